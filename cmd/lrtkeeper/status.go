package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

const statusUsage = `usage: lrtkeeper status [--config config.yaml] [--json] [--top N]
  --config PATH    the YAML config (default config.yaml); its redis.url and
                   redis.key_prefix say where the daemon publishes
  --json           print one JSON object instead of the tables
  --top N          list the N positions closest to liquidation (default 10)
Reads the risk oracle a running daemon publishes to Redis: the head block,
every asset and market, and the positions closest to liquidation at their
market's oracle price. redis.url must name a server: the embedded Redis
("embedded") lives inside the daemon and cannot be read from outside.
Exit code 1 means Redis is unreachable or holds no oracle data.` + envAndExit

// defaultStatusTop is how many positions status lists without --top.
const defaultStatusTop = 10

// runStatus prints the oracle the daemon published to the configured Redis
// and returns the exit code: 1 when Redis cannot be read or holds no
// oracle, 2 on bad usage or configuration.
func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	configPath := fs.String("config", "config.yaml", "path to the YAML config")
	asJSON := fs.Bool("json", false, "print JSON")
	top := fs.Int("top", defaultStatusTop, "positions to list")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper status: %s\n%s\n", oneLine(err.Error()), statusUsage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "lrtkeeper status: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *top < 0 {
		fmt.Fprintln(stderr, "lrtkeeper status: --top must not be negative")
		return 2
	}
	cfg, err := loadConfig(*configPath, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper status: %s\n", oneLine(err.Error()))
		return 2
	}
	if cfg.EmbeddedRedis() {
		fmt.Fprintf(stderr, "lrtkeeper status: %s: redis.url is %q: the embedded Redis lives inside the running daemon and cannot be read from outside; set redis.url (LRTKEEPER_REDIS_URL in the shipped config) to the server the daemon publishes to\n",
			*configPath, config.EmbeddedURL)
		return 2
	}
	rdb, err := statusClient(cfg.Redis)
	if err != nil {
		// Never echo the URL: it may carry a password.
		fmt.Fprintf(stderr, "lrtkeeper status: %s: redis.url: not a valid Redis URL\n", *configPath)
		return 2
	}
	defer rdb.Close()
	rep, err := readStatus(ctx, rdb, cfg.Redis, *top)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper status: %s\n", oneLine(err.Error()))
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "lrtkeeper status: write: %s\n", oneLine(err.Error()))
			return 1
		}
		return 0
	}
	if err := writeStatus(stdout, rep, *top, time.Now()); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper status: write: %s\n", oneLine(err.Error()))
		return 1
	}
	return 0
}

// quietRedisLogger drops go-redis's own log lines (pool dial failures):
// status reports a failure in its one line on stderr.
type quietRedisLogger struct{}

func (quietRedisLogger) Printf(context.Context, string, ...any) {}

// statusClient connects to c.URL (a cluster with c.Cluster) with c's
// timeouts, failing fast: status is a one-shot read.
func statusClient(c config.Redis) (redis.UniversalClient, error) {
	rdb, err := newRedisClient(c, c.URL, 1)
	if err != nil {
		return nil, err
	}
	redis.SetLogger(quietRedisLogger{})
	return rdb, nil
}

// statusReport is what status prints; its JSON field names are stable.
// Amounts, prices, ratios and health are strings exactly as published
// (see docs/oracle-schema.md); null means the value is not published.
type statusReport struct {
	Head     statusHead       `json:"head"`
	Assets   []statusAsset    `json:"assets"`
	Markets  []statusMarket   `json:"markets"`
	Riskiest []statusPosition `json:"riskiest_positions"`
}

type statusHead struct {
	Block     uint64 `json:"block"`
	BlockHash string `json:"block_hash"`
	// UpdatedAt is when the daemon wrote the block, unix milliseconds.
	UpdatedAt     int64   `json:"updated_at"`
	SchemaVersion int     `json:"schema_version"`
	FullBlock     *uint64 `json:"full_block"`
}

type statusAsset struct {
	Symbol      string   `json:"symbol"`
	MarketPrice optional `json:"market_price"`
	FairValue   optional `json:"fair_value"`
	DepegBps    optional `json:"depeg_bps"`
	RiskScore   *int     `json:"risk_score"`
	Status      string   `json:"status"`
	Error       optional `json:"error"`
}

type statusMarket struct {
	ID              string   `json:"id"`
	Name            string   `json:"name"`
	Protocol        string   `json:"protocol"`
	Collateral      string   `json:"collateral_asset"`
	Positions       *int     `json:"positions"`
	PositionsAtRisk *int     `json:"positions_at_risk"`
	MinHealth       optional `json:"min_health"`
	// OraclePrice is the published 1e36-scaled integer; PerToken is it in
	// loan tokens per whole collateral token, an 18-place decimal
	// truncated toward zero, when the token decimals are known.
	OraclePrice optional `json:"oracle_price"`
	PerToken    optional `json:"oracle_price_per_token"`
	Status      string   `json:"status"`
	Error       optional `json:"error"`

	oracle *big.Int // OraclePrice parsed; nil when absent
}

type statusPosition struct {
	MarketID         string   `json:"market_id"`
	Market           string   `json:"market"`
	Protocol         string   `json:"protocol"`
	Borrower         string   `json:"borrower"`
	Health           string   `json:"health"`
	HealthMarket     string   `json:"health_market"`
	LiquidationPrice string   `json:"liquidation_price"`
	Distance         optional `json:"distance_to_liquidation_pct"`
	Collateral       string   `json:"collateral"`
	Debt             string   `json:"debt"`
	Liquidatable     bool     `json:"liquidatable"`
	Block            string   `json:"block"`

	distance *big.Int // Distance as a WAD; nil when unknown
}

// optional is a published value, "" when absent; it encodes as a JSON
// string, or null when absent.
type optional string

func (o optional) MarshalJSON() ([]byte, error) {
	if o == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(o))
}

// readStatus reads the oracle: head, assets and markets from one block,
// then the top positions of each market's liquidation-price set.
func readStatus(ctx context.Context, rdb redis.UniversalClient, c config.Redis, top int) (*statusReport, error) {
	if err := oracle.Ping(ctx, rdb, c.DialTimeout); err != nil {
		return nil, err
	}
	prefix := strings.TrimSuffix(c.KeyPrefix, ":")
	st, err := oracle.ReadState(ctx, rdb, prefix)
	if errors.Is(err, oracle.ErrNoHead) {
		return nil, fmt.Errorf("no oracle data in redis at %s: %w (no daemon publishes under this redis.key_prefix, or its keys expired)",
			oracle.Addr(rdb), err)
	}
	if err != nil {
		return nil, fmt.Errorf("read the oracle from redis at %s: %w", oracle.Addr(rdb), err)
	}
	head, err := parseHead(st.Head)
	if err != nil {
		return nil, fmt.Errorf("%s:%s: %w", prefix, oracle.HeadKey, err)
	}
	rep := &statusReport{Head: head, Assets: []statusAsset{}, Markets: []statusMarket{}, Riskiest: []statusPosition{}}
	for sym, f := range st.Assets {
		rep.Assets = append(rep.Assets, assetRow(sym, f))
	}
	slices.SortFunc(rep.Assets, func(a, b statusAsset) int { return cmp.Compare(a.Symbol, b.Symbol) })
	ids := make([]common.Hash, 0, len(st.Markets))
	byID := make(map[common.Hash]*statusMarket, len(st.Markets))
	for id, f := range st.Markets {
		rep.Markets = append(rep.Markets, marketRow(id, f))
		ids = append(ids, id)
	}
	slices.SortFunc(rep.Markets, func(a, b statusMarket) int {
		return cmp.Or(cmp.Compare(a.Protocol, b.Protocol), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	for i := range rep.Markets {
		byID[common.HexToHash(rep.Markets[i].ID)] = &rep.Markets[i]
	}
	// One member per market at least: its score tells the market's token
	// decimals apart, for the oracle price per whole token.
	closest, err := oracle.ReadClosestToLiquidation(ctx, rdb, prefix, ids, max(top, 1))
	if err != nil {
		return nil, fmt.Errorf("read positions from redis at %s: %w", oracle.Addr(rdb), err)
	}
	for id, ps := range closest {
		m := byID[id]
		for _, p := range ps {
			if m.PerToken == "" {
				m.PerToken = perToken(m.oracle, p)
			}
			rep.Riskiest = append(rep.Riskiest, positionRow(m, p))
		}
	}
	// Within a market the set's order is the distance's; across markets
	// the distance ranks them (unknown last, by health).
	slices.SortFunc(rep.Riskiest, func(a, b statusPosition) int {
		switch {
		case a.distance != nil && b.distance != nil:
			if c := a.distance.Cmp(b.distance); c != 0 {
				return c
			}
		case a.distance != nil:
			return -1
		case b.distance != nil:
			return 1
		}
		return cmp.Or(compareHealth(a.Health, b.Health), cmp.Compare(a.MarketID, b.MarketID), cmp.Compare(a.Borrower, b.Borrower))
	})
	rep.Riskiest = rep.Riskiest[:min(top, len(rep.Riskiest))]
	return rep, nil
}

// parseHead checks the head marker is one this build reads.
func parseHead(f map[string]string) (statusHead, error) {
	var h statusHead
	var err error
	if h.Block, err = strconv.ParseUint(f["block"], 10, 64); err != nil {
		return h, fmt.Errorf("field block: %w", err)
	}
	if h.UpdatedAt, err = strconv.ParseInt(f["updated_at"], 10, 64); err != nil {
		return h, fmt.Errorf("field updated_at: %w", err)
	}
	if h.SchemaVersion, err = strconv.Atoi(f["schema_version"]); err != nil {
		return h, fmt.Errorf("field schema_version: %w", err)
	}
	if h.SchemaVersion != oracle.SchemaVersion {
		return h, fmt.Errorf("schema version %d, this lrtkeeper reads version %d", h.SchemaVersion, oracle.SchemaVersion)
	}
	h.BlockHash = f["block_hash"]
	if s, ok := f["full_block"]; ok {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			h.FullBlock = &n
		}
	}
	return h, nil
}

func assetRow(symbol string, f map[string]string) statusAsset {
	a := statusAsset{
		Symbol: symbol, MarketPrice: optional(f["market_price"]), FairValue: optional(f["fair_value"]),
		DepegBps: optional(f["depeg_bps"]), Status: f["status"], Error: optional(f["error"]),
	}
	a.RiskScore = optInt(f["risk_score"])
	return a
}

func marketRow(id common.Hash, f map[string]string) statusMarket {
	m := statusMarket{
		ID: id.Hex(), Name: f["name"], Protocol: f["protocol"], Collateral: f["collateral_asset"],
		Positions: optInt(f["positions"]), PositionsAtRisk: optInt(f["positions_at_risk"]),
		MinHealth: optional(f["min_health"]), OraclePrice: optional(f["oracle_price"]), Status: f["status"],
	}
	var problems []string
	for _, k := range []string{"error", "risk_error"} {
		if e := f[k]; e != "" {
			problems = append(problems, e)
		}
	}
	m.Error = optional(strings.Join(problems, "; "))
	if p, ok := new(big.Int).SetString(f["oracle_price"], 10); ok && p.Sign() > 0 {
		m.oracle = p
	}
	return m
}

func positionRow(m *statusMarket, p oracle.ClosePosition) statusPosition {
	r := p.Record
	row := statusPosition{
		MarketID: m.ID, Market: m.Name, Protocol: m.Protocol, Borrower: p.Borrower,
		Health: r["health"], HealthMarket: r["health_market"], LiquidationPrice: r["liquidation_price"],
		Collateral: r["collateral"], Debt: r["borrow_assets"], Liquidatable: r["liquidatable"] == "1", Block: r["block"],
	}
	liq, ok := new(big.Int).SetString(row.LiquidationPrice, 10)
	if ok && m.oracle != nil {
		// (oracle − liq)/oracle in percent, as a WAD truncated toward zero.
		d := new(big.Int).Sub(m.oracle, liq)
		d.Mul(d, fixed.Pow10(fixed.WadDecimals+2))
		row.distance = d.Quo(d, m.oracle)
		row.Distance = optional(fixed.FormatWad(row.distance))
	}
	return row
}

// perToken is the market's oracle price in loan tokens per whole collateral
// token, a WAD, or "" when unknown. The schema does not publish the
// tokens' decimals, but a liquidation-price set's score is the record's
// 1e36-scaled liquidation price times 10^(collateral decimals − loan
// decimals) / 1e36 (within 1.4e-15), so one member gives the exponent.
func perToken(price *big.Int, p oracle.ClosePosition) optional {
	liq, ok := new(big.Int).SetString(p.Record["liquidation_price"], 10)
	if price == nil || !ok || liq.Sign() <= 0 || p.Score <= 0 || math.IsInf(p.Score, 0) {
		return ""
	}
	lf, _ := new(big.Float).SetInt(liq).Float64()
	exp := math.Log10(p.Score) - (math.Log10(lf) - 36)
	k := math.Round(exp)
	if math.Abs(exp-k) > 0.01 || math.Abs(k) > 77 {
		return ""
	}
	// price · 10^k / 1e36 as a WAD: price · 10^(k − 18).
	v := new(big.Int).Set(price)
	if shift := int(k) - fixed.WadDecimals; shift >= 0 {
		v.Mul(v, fixed.Pow10(shift))
	} else {
		v.Quo(v, fixed.Pow10(-shift))
	}
	return optional(fixed.FormatWad(v))
}

// compareHealth orders published health values, "inf" and "none" last.
func compareHealth(a, b string) int {
	x, errA := fixed.ParseWad(a)
	y, errB := fixed.ParseWad(b)
	switch {
	case errA == nil && errB == nil:
		return x.Cmp(y)
	case errA == nil:
		return -1
	case errB == nil:
		return 1
	}
	return cmp.Compare(a, b)
}

// optInt parses a published integer; nil when absent or not one.
func optInt(s string) *int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return nil
	}
	return &n
}

// writeStatus prints rep as tables; now dates the head.
func writeStatus(out io.Writer, rep *statusReport, top int, now time.Time) error {
	h := rep.Head
	updated := time.UnixMilli(h.UpdatedAt).UTC()
	full := "none since Redis started empty"
	if h.FullBlock != nil {
		full = "block " + strconv.FormatUint(*h.FullBlock, 10)
	}
	fmt.Fprintf(out, "head     block %d  %s\n", h.Block, h.BlockHash)
	fmt.Fprintf(out, "updated  %s (%s ago)\n", updated.Format(time.DateTime+" UTC"), now.Sub(updated).Round(time.Second))
	fmt.Fprintf(out, "schema   version %d; last full write: %s\n", h.SchemaVersion, full)

	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\nASSET\tMARKET PRICE\tFAIR VALUE\tDEPEG BPS\tRISK\tSTATUS\n")
	for _, a := range rep.Assets {
		score := "-"
		if a.RiskScore != nil {
			score = strconv.Itoa(*a.RiskScore)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.Symbol, decimalCell(a.MarketPrice, 6), decimalCell(a.FairValue, 6),
			decimalCell(a.DepegBps, 2), score, withError(a.Status, a.Error))
	}
	fmt.Fprintf(tw, "\nMARKET\tPROTOCOL\tPOSITIONS\tAT RISK\tMIN HEALTH\tORACLE PRICE\tSTATUS\n")
	rawPrice := false
	for _, m := range rep.Markets {
		price := decimalCell(m.PerToken, 6)
		if m.PerToken == "" && m.OraclePrice != "" {
			price, rawPrice = string(m.OraclePrice)+" (1e36)", true
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Name, m.Protocol, intCell(m.Positions), intCell(m.PositionsAtRisk),
			decimalCell(m.MinHealth, 4), price, withError(m.Status, m.Error))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(out, "oracle price: loan tokens per whole collateral token")
	if rawPrice {
		fmt.Fprintln(out, "  (1e36): the raw published integer, where no position tells the token decimals")
	}

	if top == 0 {
		return nil
	}
	fmt.Fprintf(out, "\nriskiest positions: the %d closest to liquidation at their market's oracle price\n", top)
	if len(rep.Riskiest) == 0 {
		_, err := fmt.Fprintln(out, "  none with a liquidation price")
		return err
	}
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "MARKET\tBORROWER\tHEALTH\tHEALTH AT MARKET\tTO LIQUIDATION\tLIQUIDATABLE\tCOLLATERAL (RAW)\tDEBT (RAW)\n")
	for _, p := range rep.Riskiest {
		dist := "-"
		if p.Distance != "" {
			dist = decimalCell(p.Distance, 2) + "%"
		}
		liquidatable := "no"
		if p.Liquidatable {
			liquidatable = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Market, p.Borrower, decimalCell(optional(p.Health), 4),
			decimalCell(optional(p.HealthMarket), 4), dist, liquidatable, p.Collateral, p.Debt)
	}
	return tw.Flush()
}

// decimalCell shortens a published decimal to places fractional digits,
// truncating toward zero as the schema does; "-" when absent, and words
// (inf, none) as they are.
func decimalCell(v optional, places int) string {
	s := string(v)
	if s == "" {
		return "-"
	}
	whole, frac, ok := strings.Cut(s, ".")
	if !ok {
		return s
	}
	if len(frac) > places {
		frac = frac[:places]
	}
	return whole + "." + frac
}

func intCell(n *int) string {
	if n == nil {
		return "-"
	}
	return strconv.Itoa(*n)
}

func withError(status string, err optional) string {
	if err == "" {
		return status
	}
	return status + ": " + string(err)
}
