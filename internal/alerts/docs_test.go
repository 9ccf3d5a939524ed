package alerts

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEveryKindIsDocumented: docs/alerts.md has a row for every alert kind
// the daemon can raise, and no row for one it cannot.
func TestEveryKindIsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/alerts.md")
	require.NoError(t, err)
	rows := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|[^|\\n]+\\|[^|\\n]+\\|[^|\\n]+\\|$").FindAllStringSubmatch(string(doc), -1) // the four-column kind tables
	var documented []string
	for _, r := range rows {
		documented = append(documented, r[1])
	}
	for _, k := range Kinds {
		require.Contains(t, documented, k, "docs/alerts.md lacks %s", k)
	}
	for _, d := range documented {
		require.True(t, slices.Contains(Kinds, d), "docs/alerts.md documents %s, which is not an alert kind", d)
	}
	require.Len(t, documented, len(Kinds))
}
