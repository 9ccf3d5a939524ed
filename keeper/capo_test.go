package keeper

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// TestCapoBelowRateFiresAndResolves walks a CAPO gap down through the
// bound and back: one firing event with the figures, one resolved event
// once the gap is back within the bound less the hysteresis, nothing for
// an adapter that cannot be read.
func TestCapoBelowRateFiresAndResolves(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	counts := alertCounter{}
	k := &Keeper{alerts: alerts.New(zerolog.New(&buf), counts), settings: Settings{HysteresisBps: 2}}
	w := oracle.CapoWatch{Name: "aave_wsteth", Adapter: common.HexToAddress("0xca90"), AlertBelowBps: 10}
	spec := AssetSpec{Asset: oracle.Asset{Symbol: "wstETH", Capos: []oracle.CapoWatch{w}}}
	ids := func(e *zerolog.Event) *zerolog.Event { return e.Str("asset", "wstETH") }
	step := func(gapBps int64, err error) {
		r := oracle.CapoReading{Name: w.Name, Adapter: w.Adapter, Ratio: big.NewInt(1.2e18), MaxRatio: big.NewInt(1.2e18), RatioDecimals: 18,
			GapBps: new(big.Int).Mul(big.NewInt(gapBps), big.NewInt(1e18)), Err: err}
		k.evaluateCapos(oracle.AssetReading{Symbol: "wstETH", Capos: []oracle.CapoReading{r}}, spec, ids)
	}
	step(50, nil)
	step(-10, nil) // at the bound: not beyond it
	require.Empty(t, buf.String())
	step(-285, nil)
	step(-300, nil)
	lines := decodeLines(t, &buf)
	require.Len(t, lines, 1)
	require.Equal(t, "capo_below_rate", lines[0]["alert"])
	require.Equal(t, "firing", lines[0]["state"])
	require.Equal(t, "critical", lines[0]["severity"])
	require.Equal(t, "-285.000000000000000000", lines[0]["capo_gap_bps"])
	require.Equal(t, "aave_wsteth", lines[0]["adapter"])
	step(0, errString("unreadable")) // neither raises nor clears
	step(-9, nil)                    // within the bound, not past the hysteresis
	require.Equal(t, 1, counts["capo_below_rate/firing"])
	require.Zero(t, counts["capo_below_rate/resolved"])
	step(-8, nil)
	require.Equal(t, 1, counts["capo_below_rate/resolved"])
}

type errString string

func (e errString) Error() string { return string(e) }
