package config

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"
)

// maxErrors bounds the number of problems one error reports.
const maxErrors = 20

// maxFileSize bounds the config file; anything larger is surely a mistake.
const maxFileSize = 4 << 20

// envHint says what a well-known variable is for.
func envHint(name string) string {
	switch name {
	case "LRTKEEPER_RPC_URL":
		return " (the node of the chain to watch: ws://, wss://, http:// or https://)"
	case "LRTKEEPER_REDIS_URL":
		return " (the Redis the risk oracle is published to: redis://host:port/db)"
	}
	return ""
}

// Load reads the YAML config at path and returns it checked.
//
// The raw text first has ${VAR} and ${VAR:-default} replaced using getenv
// (nil means os.Getenv): ${VAR} with VAR unset or empty is an error naming
// VAR, and ${VAR:-default} gives default when VAR is unset or empty. "$$" is a literal
// '$'; any other '$' is kept as is. Expansion also applies inside comments
// and does not nest. The result is decoded strictly (unknown fields are
// errors) over Default(), must be a single YAML document, and is then
// validated with Check. A field given an empty (null) value keeps its
// default.
//
// Every error is a single line naming the file and either the YAML line
// (decode errors) or the field path (Check errors). Load does not panic on
// any input.
func Load(path string, getenv func(string) string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("%s: file larger than %d bytes", path, maxFileSize)
	}
	return Parse(path, data, getenv)
}

// Parse is Load on data already read; name is used in error messages.
func Parse(name string, data []byte, getenv func(string) string) (cfg *Config, err error) {
	defer func() {
		// yaml.v3 reports most problems with panics it recovers itself;
		// anything else escaping it must still not crash the daemon.
		if r := recover(); r != nil {
			cfg, err = nil, fmt.Errorf("%s: malformed YAML (decoder failure: %v)", name, r)
		}
	}()
	if getenv == nil {
		getenv = os.Getenv
	}
	text, err := expandEnv(data, getenv)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}

	// Pass 1: the node tree, to reject extra documents and to report bad
	// values (addresses, ids, amounts, durations, numbers) and unknown
	// fields with line and field path.
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, decodeError(name, err, nil)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, fmt.Errorf("%s: line %d: multiple YAML documents: the config must be a single document", name, extra.Line)
	case !errors.Is(err, io.EOF):
		return nil, decodeError(name, err, nil)
	}
	w := walker{file: name, paths: make(map[int]string), budget: 100_000}
	w.walk(&doc, reflect.TypeFor[Config](), "", 0)
	if len(w.errs) > 0 {
		return nil, capErrors(name, w.errs)
	}

	if doc.Kind == 0 {
		// An empty file would run the embedded simulator in production.
		return nil, fmt.Errorf("%s: the config is empty: start from config.yaml (embedded first run) or examples/mainnet.yaml (a real chain)", name)
	}

	// Pass 2: strict decode over the defaults.
	cfg = Default()
	dec = yaml.NewDecoder(bytes.NewReader(text))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return nil, decodeError(name, err, w.paths)
	}
	if err := cfg.Check(); err != nil {
		return nil, prefixErrors(name, err)
	}
	return cfg, nil
}

// prefixErrors prefixes every error of a Check with the file name.
func prefixErrors(name string, err error) error {
	var list Errors
	if !errors.As(err, &list) {
		return fmt.Errorf("%s: %w", name, err)
	}
	out := make(Errors, len(list))
	for i, e := range list {
		out[i] = fmt.Errorf("%s: %w", name, e)
	}
	return capErrors(name, out)
}

// capErrors keeps the first maxErrors problems and counts the rest.
func capErrors(name string, list Errors) Errors {
	if len(list) <= maxErrors {
		return list
	}
	out := append(Errors(nil), list[:maxErrors]...)
	return append(out, fmt.Errorf("%s: and %d more problems", name, len(list)-maxErrors))
}

var lineRE = regexp.MustCompile(`^line (\d+): (.*)$`)

// decodeError rewrites a yaml.v3 error as single-line errors that name the
// file, and the field path when the line is known.
func decodeError(name string, err error, paths map[int]string) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		out := make(Errors, 0, len(te.Errors))
		for _, msg := range te.Errors {
			out = append(out, errors.New(name+": "+withPath(oneLine(msg), paths)))
		}
		if len(out) == 0 {
			return fmt.Errorf("%s: malformed YAML", name)
		}
		return capErrors(name, out)
	}
	msg := strings.TrimPrefix(oneLine(err.Error()), "yaml: ")
	return errors.New(name + ": " + withPath(msg, paths))
}

// withPath inserts the field path after a "line N: " prefix when known.
func withPath(msg string, paths map[int]string) string {
	m := lineRE.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return msg
	}
	if p := paths[n]; p != "" {
		return fmt.Sprintf("line %d: %s: %s", n, p, m[2])
	}
	return msg
}

// oneLine folds a possibly multi-line message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// expandEnv replaces ${VAR}, ${VAR:-default} and $$ in text. Error messages
// name variables and lines but never their values.
func expandEnv(text []byte, getenv func(string) string) ([]byte, error) {
	if !bytes.Contains(text, []byte{'$'}) {
		return text, nil
	}
	var out bytes.Buffer
	out.Grow(len(text))
	line := 1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			line++
		}
		if c != '$' || i+1 >= len(text) {
			out.WriteByte(c)
			continue
		}
		switch text[i+1] {
		case '$':
			out.WriteByte('$')
			i++
		case '{':
			end := bytes.IndexByte(text[i+2:], '}')
			if nl := bytes.IndexByte(text[i+2:], '\n'); end < 0 || (nl >= 0 && nl < end) {
				return nil, fmt.Errorf("line %d: unterminated ${ (write $$ for a literal $)", line)
			}
			inner := string(text[i+2 : i+2+end])
			name, def, hasDef := strings.Cut(inner, ":-")
			if !envNameRE.MatchString(name) {
				return nil, fmt.Errorf("line %d: invalid variable name %s in ${...}: want letters, digits and _ (write $$ for a literal $)", line, quoteShort(name))
			}
			if strings.Contains(def, "${") {
				return nil, fmt.Errorf("line %d: nested ${...} in the default of ${%s:-...} is not supported", line, name)
			}
			val := getenv(name)
			if hasDef && val == "" {
				val = def
			}
			if !hasDef && val == "" {
				// A silent empty value turns into another error far from
				// its cause (an unset RPC URL reads as "no markets").
				return nil, fmt.Errorf("line %d: ${%s} is not set: export %s, or give a default with ${%s:-value}%s", line, name, name, name, envHint(name))
			}
			out.WriteString(val)
			i += 2 + end
		default:
			out.WriteByte('$')
		}
	}
	return out.Bytes(), nil
}

var (
	addressType         = reflect.TypeFor[common.Address]()
	hashType            = reflect.TypeFor[common.Hash]()
	durationType        = reflect.TypeFor[time.Duration]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// walker checks a YAML node tree against the Go type it decodes into. It
// reports, with line and field path, what yaml.v3 would report without a
// line or field (text-decoded values such as addresses, ids, decimals and
// amounts), unknown fields, and the type errors yaml.v3 would report with a
// line only (see decode). It also records the field path of each line so
// the errors left to yaml.v3 can name the field too.
type walker struct {
	file   string
	errs   Errors
	paths  map[int]string
	budget int // bounds the work on alias-heavy input
}

func (w *walker) errorf(line int, path, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if path != "" {
		msg = path + ": " + msg
	}
	w.errs = append(w.errs, fmt.Errorf("%s: line %d: %s", w.file, line, msg))
}

func (w *walker) walk(n *yaml.Node, t reflect.Type, path string, depth int) {
	if n == nil || w.budget <= 0 || depth > 64 {
		return
	}
	w.budget--
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			w.walk(n.Content[0], t, path, depth+1)
		}
		return
	case yaml.AliasNode:
		w.walk(n.Alias, t, path, depth+1)
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return // null keeps the default
	}
	switch {
	case t == addressType:
		if n.Kind != yaml.ScalarNode {
			w.errorf(n.Line, path, "expected an address, got a %s", kindName(n.Kind))
		} else if err := validateAddress(n.Value); err != nil {
			w.errorf(n.Line, path, "%v", err)
		}
	case t == hashType:
		if n.Kind != yaml.ScalarNode {
			w.errorf(n.Line, path, "expected a 32-byte hex id, got a %s", kindName(n.Kind))
		} else if err := validateHash(n.Value); err != nil {
			w.errorf(n.Line, path, "%v", err)
		}
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		if n.Kind != yaml.ScalarNode {
			w.errorf(n.Line, path, "expected a scalar value, got a %s", kindName(n.Kind))
			return
		}
		u, ok := reflect.New(t).Interface().(encoding.TextUnmarshaler)
		if !ok {
			return
		}
		if err := u.UnmarshalText([]byte(n.Value)); err != nil {
			w.errorf(n.Line, path, "%v", err)
		}
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			w.decode(n, t, path)
			return
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			key, val := n.Content[i], n.Content[i+1]
			if key.Kind != yaml.ScalarNode {
				continue // yaml.v3 reports it
			}
			if key.Value == "<<" && key.ShortTag() == "!!merge" {
				continue // merge keys: yaml.v3 checks the merged fields
			}
			fpath := joinPath(path, key.Value)
			if _, seen := w.paths[key.Line]; !seen {
				w.paths[key.Line] = fpath
			}
			ft, ok := fields[key.Value]
			if !ok {
				w.errorf(key.Line, fpath, "unknown field (valid: %s)", strings.Join(sortedKeys(fields), ", "))
				continue
			}
			w.walk(val, ft, fpath, depth+1)
		}
	case t.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			w.decode(n, t, path)
			return
		}
		for i, el := range n.Content {
			w.walk(el, t.Elem(), fmt.Sprintf("%s[%d]", path, i), depth+1)
		}
	default:
		w.decode(n, t, path)
	}
}

// decode decodes n alone into a value of type t, as pass 2 will, and
// reports yaml.v3's error with the field path: the path pass 2 could give
// is the first field on the error's line, which on a line holding several
// fields (flow style, {a: 1, b: x}) is not the field at fault. It also
// refuses a fraction for an integer field, which yaml.v3 would truncate
// (max_slippage_bps: 0.5 silently becoming 0), and a negative float for
// an unsigned one.
func (w *walker) decode(n *yaml.Node, t reflect.Type, path string) {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if t == durationType || n.Kind != yaml.ScalarNode || n.ShortTag() != "!!float" {
			break
		}
		var f float64
		if err := n.Decode(&f); err != nil {
			break
		}
		if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			w.errorf(n.Line, path, "must be a whole number, got %s", quoteShort(n.Value))
			return
		}
		if f < 0 && t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uint64 {
			// yaml.v3 would wrap it around.
			w.errorf(n.Line, path, "must not be negative, got %s", quoteShort(n.Value))
			return
		}
	}
	err := n.Decode(reflect.New(t).Interface())
	if err == nil {
		return
	}
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		w.errorf(n.Line, path, "%s", oneLine(err.Error()))
		return
	}
	for _, msg := range te.Errors {
		line, text := n.Line, oneLine(msg)
		if m := lineRE.FindStringSubmatch(text); m != nil {
			if l, err := strconv.Atoi(m[1]); err == nil {
				line, text = l, m[2]
			}
		}
		w.errorf(line, path, "%s", text)
	}
}

// yamlFields maps the YAML keys of struct type t to the field types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	fields := make(map[string]reflect.Type, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fields[name] = f.Type
	}
	return fields
}

func sortedKeys(m map[string]reflect.Type) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "sequence"
	case yaml.ScalarNode:
		return "scalar"
	case yaml.AliasNode:
		return "alias"
	default:
		return "document"
	}
}
