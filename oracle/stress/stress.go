package stress

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// OracleKind says what a market's oracle follows, which decides whether a
// depeg moves it.
type OracleKind string

// Oracle kinds.
const (
	// OracleMarket follows the LRT's market price.
	OracleMarket OracleKind = "market"
	// OracleExchangeRate follows the protocol's exchange rate.
	OracleExchangeRate OracleKind = "exchange_rate"
	// OracleCapped is an exchange rate with a growth cap; under shocks it
	// behaves like OracleExchangeRate.
	OracleCapped OracleKind = "capped"
	// OracleUnknown is treated conservatively as OracleMarket. The empty
	// kind means the same.
	OracleUnknown OracleKind = "unknown"
)

// Validation errors; the returned errors wrap them with the offending field.
var (
	// ErrInvalidBook is a Book that cannot be evaluated (missing or
	// out-of-range price, LLTV, slippage or oracle kind).
	ErrInvalidBook = errors.New("stress: invalid book")
	// ErrInvalidShock is a Shock with a depeg or slash outside [0, 1e18].
	ErrInvalidShock = errors.New("stress: invalid shock")
	// ErrInvalidRate is a negative borrow rate or LRT yield.
	ErrInvalidRate = errors.New("stress: invalid rate")
)

// followsMarket reports whether a depeg moves an oracle of kind k.
func (k OracleKind) followsMarket() (bool, error) {
	switch k {
	case OracleMarket, OracleUnknown, "":
		return true, nil
	case OracleExchangeRate, OracleCapped:
		return false, nil
	default:
		return false, fmt.Errorf("%w: unknown oracle kind %q", ErrInvalidBook, string(k))
	}
}

// Shock is one price scenario. Depeg and Slash are WAD fractions in
// [0, 1e18]; nil means the component is absent (see the package doc for how
// an absent depeg differs from a zero one).
type Shock struct {
	// Name labels the scenario, e.g. "depeg_5" or "slash_2".
	Name string
	// Depeg makes the market trade at fair·(1 − Depeg).
	Depeg *big.Int
	// Slash lowers the exchange rate, and with it the market, by Slash.
	Slash *big.Int
}

// DefaultShocks returns fresh copies of the standard scenarios: depegs of 1,
// 2, 5, 10, 25 and 80% and slashes of 2 and 10%.
func DefaultShocks() []Shock {
	var out []Shock
	for _, pct := range []int64{1, 2, 5, 10, 25, 80} {
		out = append(out, Shock{Name: fmt.Sprintf("depeg_%d", pct), Depeg: percent(pct)})
	}
	for _, pct := range []int64{2, 10} {
		out = append(out, Shock{Name: fmt.Sprintf("slash_%d", pct), Slash: percent(pct)})
	}
	return out
}

func percent(pct int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(pct), big.NewInt(1e16))
}

// Book is one market's state at a block, with the prices a scenario starts
// from.
type Book struct {
	// Market is the market's state, accrued to the block.
	Market morpho.Market
	// LLTV is the market's liquidation LTV (WAD).
	LLTV *uint256.Int
	// Kind is what the market's oracle follows.
	Kind OracleKind
	// OraclePrice is the market oracle's current price() (1e36 scale).
	OraclePrice *uint256.Int
	// FairWad is the fair value (exchange rate), ETH per whole collateral
	// token (WAD). Required and positive.
	FairWad *big.Int
	// MarketWad is the market price, ETH per whole collateral token (WAD);
	// nil when unknown, in which case FairWad stands in.
	MarketWad *big.Int
	// CollateralDecimals and LoanDecimals convert WAD prices to the oracle
	// scale.
	CollateralDecimals, LoanDecimals uint8
	// Positions are the market's positions.
	Positions []morpho.Position
	// Slippage (WAD) is lost when selling seized collateral, e.g. 0.01e18;
	// nil means 0.
	Slippage *big.Int
}

// Result is one scenario's outcome for a Book.
type Result struct {
	// Shock is a copy of the scenario.
	Shock Shock
	// OracleMoved reports whether the scenario acts on this market's
	// oracle (any slash; a depeg when the oracle follows the market).
	OracleMoved bool
	// OraclePriceAfter is the shocked oracle price (1e36 scale).
	OraclePriceAfter *big.Int
	// MarketPriceAfter is the shocked market price (WAD).
	MarketPriceAfter *big.Int
	// Liquidatable counts the positions liquidatable at OraclePriceAfter.
	Liquidatable int
	// Collateral (raw collateral units) and Debt (raw loan units,
	// toAssetsUp) are the totals of the liquidatable positions.
	Collateral, Debt *big.Int
	// BadDebt (loan units) is Σ max(0, debt − collateral·P_exec) over every
	// position with debt, rounded to overstate.
	BadDebt *big.Int
	// KeeperProfit (loan units) is Σ max(0, value(seized at P_exec) −
	// repaid) over the liquidatable positions, for the largest liquidation
	// Morpho allows at OraclePriceAfter, rounded to understate.
	KeeperProfit *big.Int
	// Unprofitable counts liquidatable positions whose liquidation would
	// not pay at P_exec; they linger.
	Unprofitable int
}

var (
	wadBig     = big.NewInt(1e18)
	wadU       = uint256.NewInt(morpho.WAD)
	priceScale = morpho.OraclePriceScale.Clone()
)

// params is a validated Book, prices converted.
type params struct {
	market        morpho.Market
	lltv          uint256.Int
	followsMarket bool
	oracle        *big.Int // O, 1e36
	fair          *big.Int // F, WAD
	mkt           *big.Int // M, WAD (F when unknown)
	keep          *big.Int // W − slippage
	collDec       uint8
	loanDec       uint8
}

func newParams(b *Book) (*params, error) {
	follows, err := b.Kind.followsMarket()
	if err != nil {
		return nil, err
	}
	if b.LLTV == nil {
		return nil, fmt.Errorf("%w: LLTV missing", ErrInvalidBook)
	}
	if b.LLTV.Gt(wadU) {
		return nil, fmt.Errorf("%w: LLTV %s above 1e18", ErrInvalidBook, b.LLTV.Dec())
	}
	if b.OraclePrice == nil {
		return nil, fmt.Errorf("%w: oracle price missing", ErrInvalidBook)
	}
	if err := checkPrice(b.FairWad, "fair price"); err != nil {
		return nil, err
	}
	mkt := b.FairWad
	if b.MarketWad != nil {
		if err := checkPrice(b.MarketWad, "market price"); err != nil {
			return nil, err
		}
		mkt = b.MarketWad
	}
	keep, err := complement(b.Slippage, "slippage", ErrInvalidBook)
	if err != nil {
		return nil, err
	}
	return &params{
		market:        b.Market,
		lltv:          *b.LLTV,
		followsMarket: follows,
		oracle:        b.OraclePrice.ToBig(),
		fair:          new(big.Int).Set(b.FairWad),
		mkt:           new(big.Int).Set(mkt),
		keep:          keep,
		collDec:       b.CollateralDecimals,
		loanDec:       b.LoanDecimals,
	}, nil
}

func checkPrice(x *big.Int, what string) error {
	switch {
	case x == nil:
		return fmt.Errorf("%w: %s missing", ErrInvalidBook, what)
	case x.Sign() <= 0:
		return fmt.Errorf("%w: %s %s not positive", ErrInvalidBook, what, x)
	case x.BitLen() > 256:
		return fmt.Errorf("%w: %s %s exceeds 256 bits", ErrInvalidBook, what, x)
	}
	return nil
}

// complement returns W − x for a WAD fraction x in [0, W]; nil counts as 0.
func complement(x *big.Int, what string, kind error) (*big.Int, error) {
	if x == nil {
		return new(big.Int).Set(wadBig), nil
	}
	if x.Sign() < 0 || x.Cmp(wadBig) > 0 {
		return nil, fmt.Errorf("%w: %s %s outside [0, 1e18]", kind, what, x)
	}
	return new(big.Int).Sub(wadBig, x), nil
}

// shocked holds one scenario's prices.
type shocked struct {
	oracle    uint256.Int // 1e36
	oracleBig *big.Int
	market    *big.Int    // WAD
	exec      uint256.Int // P_exec on the oracle scale
	moved     bool
}

// prices applies s to the book's prices; see the package doc.
func (pr *params) prices(s Shock) (*shocked, error) {
	keepSlash, err := complement(s.Slash, "slash", ErrInvalidShock)
	if err != nil {
		return nil, err
	}
	var keepDepeg *big.Int
	if s.Depeg != nil {
		if keepDepeg, err = complement(s.Depeg, "depeg", ErrInvalidShock); err != nil {
			return nil, err
		}
	}
	sh := &shocked{moved: s.Slash != nil && s.Slash.Sign() > 0}

	// Oracle: O·(W−s)/W, times F·(W−d)/(M·W) when a depeg moves it; one
	// exact fraction rounded down.
	num := new(big.Int).Mul(pr.oracle, keepSlash)
	den := new(big.Int).Set(wadBig)
	if keepDepeg != nil && pr.followsMarket {
		num.Mul(num, pr.fair).Mul(num, keepDepeg)
		den.Mul(den, pr.mkt).Mul(den, wadBig)
		sh.moved = true
	}
	sh.oracleBig = num.Quo(num, den)
	if sh.oracle.SetFromBig(sh.oracleBig) {
		return nil, fmt.Errorf("shocked oracle price %s exceeds 256 bits: %w", sh.oracleBig, morpho.ErrOverflow)
	}

	// Market: F·(W−s)·(W−d)/W² with a depeg, else M·(W−s)/W; rounded down.
	if keepDepeg != nil {
		sh.market = new(big.Int).Mul(pr.fair, keepSlash)
		sh.market.Mul(sh.market, keepDepeg).Quo(sh.market, den.Mul(wadBig, wadBig))
	} else {
		sh.market = new(big.Int).Mul(pr.mkt, keepSlash)
		sh.market.Quo(sh.market, wadBig)
	}

	// P_exec = market·(W − slippage)/W rounded down, then to the oracle
	// scale (rounded down when the decimals make that a division).
	execWad := new(big.Int).Mul(sh.market, pr.keep)
	execWad.Quo(execWad, wadBig)
	var ew uint256.Int
	ew.SetFromBig(execWad) // ≤ max(F, M) < 2^256
	scaled, err := morpho.ScalePriceWad(&ew, pr.collDec, pr.loanDec)
	if err != nil {
		return nil, fmt.Errorf("execution price to oracle scale: %w", err)
	}
	sh.exec.Set(scaled)
	return sh, nil
}

// Run evaluates every shock against b's positions, in order. It fails on an
// invalid book or shock, and when Morpho's own arithmetic would revert for
// a position (for instance collateral·price overflowing 256 bits); such an
// error names the position's index.
func Run(b Book, shocks []Shock) ([]Result, error) {
	pr, err := newParams(&b)
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(shocks))
	for i := range shocks {
		if err := pr.run(&out[i], b.Positions, shocks[i]); err != nil {
			return nil, fmt.Errorf("shock %d (%s): %w", i, shocks[i].Name, err)
		}
	}
	return out, nil
}

func (pr *params) run(r *Result, positions []morpho.Position, s Shock) error {
	sh, err := pr.prices(s)
	if err != nil {
		return err
	}
	var coll, debt, bad, profit sum
	var value uint256.Int
	for i := range positions {
		p := &positions[i]
		h, err := morpho.PositionHealth(*p, pr.market, &sh.oracle, &pr.lltv)
		if err != nil {
			return fmt.Errorf("position %d: %w", i, err)
		}
		if !h.HasDebt {
			continue
		}
		// A value beyond 2^256 certainly covers the debt: no bad debt.
		if _, overflow := value.MulDivOverflow(&p.Collateral, &sh.exec, priceScale); !overflow && value.Lt(&h.Borrowed) {
			value.Sub(&h.Borrowed, &value)
			bad.add(&value)
		}
		if !h.Liquidatable {
			continue
		}
		r.Liquidatable++
		coll.add(&p.Collateral)
		debt.add(&h.Borrowed)
		seized, _, repaid, err := morpho.MaxSeizable(*p, pr.market, &sh.oracle, &pr.lltv)
		if err != nil {
			return fmt.Errorf("position %d: liquidation sizing: %w", i, err)
		}
		if _, overflow := value.MulDivOverflow(&seized, &sh.exec, priceScale); overflow {
			return fmt.Errorf("position %d: seized value: %w", i, morpho.ErrOverflow)
		}
		if value.Gt(&repaid) {
			value.Sub(&value, &repaid)
			profit.add(&value)
		} else {
			r.Unprofitable++
		}
	}
	r.Shock = Shock{Name: s.Name, Depeg: clone(s.Depeg), Slash: clone(s.Slash)}
	r.OracleMoved = sh.moved
	r.OraclePriceAfter = sh.oracleBig
	r.MarketPriceAfter = sh.market
	r.Collateral = coll.big()
	r.Debt = debt.big()
	r.BadDebt = bad.big()
	r.KeeperProfit = profit.big()
	return nil
}

func clone(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}

// sum is an exact running total: lo plus carries·2^256.
type sum struct {
	lo      uint256.Int
	carries uint64
}

func (s *sum) add(x *uint256.Int) {
	if _, overflow := s.lo.AddOverflow(&s.lo, x); overflow {
		s.carries++
	}
}

func (s *sum) big() *big.Int {
	z := s.lo.ToBig()
	if s.carries != 0 {
		c := new(big.Int).SetUint64(s.carries)
		z.Add(z, c.Lsh(c, 256))
	}
	return z
}
