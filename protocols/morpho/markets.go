// Package morpho is the Morpho Blue adapter: it owns Morpho's events, its
// state reads and (through internal/morpho) its exact math, and feeds the
// protocol-neutral position book. It imports neither oracle nor strategies:
// the keeper joins what it exports with the asset prices.
package morpho

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

var (
	morphoABI = morphoblue.NewMorphoBlue()
	oracleABI = morphochainlinkoracle.NewMorphoChainlinkOracle()
	irmABI    = fixedrateirm.NewFixedRateIrm()
)

// MarketSpec is a watched market as configured.
type MarketSpec struct {
	ID    common.Hash
	Name  string
	Asset int // index of the collateral asset in the keeper's assets
	// CollateralToken is the configured asset's token: the market's
	// collateral must be it.
	CollateralToken common.Address
	// AssetSymbol names the collateral asset in errors.
	AssetSymbol string
	// OracleKind overrides detection: market, exchange_rate or capped;
	// "" or "auto" detects it from the oracle.
	OracleKind string
	// MarketFeeds are the asset's market-price feeds, which tell a
	// market-priced oracle from one built on an exchange-rate feed.
	MarketFeeds []common.Address
}

// Oracle kinds: which price a market's oracle follows.
const (
	OracleMarket       = "market"
	OracleExchangeRate = "exchange_rate"
	OracleCapped       = "capped"
	OracleUnknown      = "unknown"
)

// Market is a watched market with what the chain says about it. Its
// parameters are immutable on Morpho, so they are read once.
type Market struct {
	MarketSpec
	Params             morphoblue.MarketParams
	LLTV               *uint256.Int
	LIF                *uint256.Int
	LoanDecimals       uint8
	CollateralDecimals uint8
	// OracleKind is the price the oracle follows; OracleKindFrom says how
	// that was learnt: "configured", "detected" or "assumed".
	OracleKind     string
	OracleKindFrom string
	// DustCollateral is the book's dust bound for this market (see
	// book.AddMarket): the collateral worth dustValue loan units at the
	// oracle price when the market was loaded.
	DustCollateral *uint256.Int
}

// dustValue is the smallest position value (loan units at LLTV) kept in
// the book's order. The exact walk's window below the liquidation boundary
// is then a relative 3/dustValue of the price: 3·10⁻⁷.
const dustValue = 10_000_000

// dustCollateral is ceil(dustValue·1e54/(price·lltv)): collateral worth
// dustValue loan units at LLTV. Without a price it falls back to
// 10^(collateral decimals/2) units.
func dustCollateral(price, lltv *uint256.Int, collateralDecimals uint8) *uint256.Int {
	if price == nil || price.IsZero() {
		return new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(collateralDecimals/2)))
	}
	num := new(big.Int).Mul(big.NewInt(dustValue), new(big.Int).Exp(big.NewInt(10), big.NewInt(54), nil))
	den := new(big.Int).Mul(price.ToBig(), lltv.ToBig())
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	z, overflow := uint256.FromBig(q)
	if overflow {
		z.SetAllOne()
	}
	return z
}

var erc20ABI = weth9.NewWETH9()

// LoadMarkets reads each market's parameters and its tokens' decimals at
// block, and checks them against the configured assets.
func LoadMarkets(ctx context.Context, mc *chain.Multicall, morphoAddr common.Address, block common.Hash, specs []MarketSpec) ([]*Market, error) {
	var plan chain.Plan
	slots := make([]chain.Slot, len(specs))
	for i, s := range specs {
		slots[i] = plan.Add(chain.Call{Target: morphoAddr, Data: morphoABI.PackIdToMarketParams(s.ID), AllowFailure: true})
	}
	res, err := mc.Do(ctx, block, plan.Calls())
	if err != nil {
		return nil, fmt.Errorf("read market params: %w", err)
	}
	markets := make([]*Market, len(specs))
	var tokens chain.Plan
	decSlots := make([][2]chain.Slot, len(specs))
	for i, s := range specs {
		r := slots[i].Of(res)[0]
		if !r.Success {
			return nil, fmt.Errorf("market %s: idToMarketParams reverted on morpho %s", s.ID.Hex(), morphoAddr.Hex())
		}
		p, err := morphoABI.UnpackIdToMarketParams(r.Data)
		if err != nil {
			return nil, fmt.Errorf("market %s: decode params: %w", s.ID.Hex(), err)
		}
		if p.LoanToken == (common.Address{}) {
			return nil, fmt.Errorf("market %s: not created on morpho %s", s.ID.Hex(), morphoAddr.Hex())
		}
		if p.CollateralToken != s.CollateralToken {
			return nil, fmt.Errorf("market %s: collateral token is %s but asset %s is configured with token %s",
				s.ID.Hex(), p.CollateralToken.Hex(), s.AssetSymbol, s.CollateralToken.Hex())
		}
		lltv, overflow := uint256.FromBig(p.Lltv)
		if overflow || lltv.IsZero() || lltv.CmpUint64(morpho.WAD) >= 0 {
			return nil, fmt.Errorf("market %s: lltv %s out of range", s.ID.Hex(), p.Lltv)
		}
		lif, err := morpho.LIF(lltv)
		if err != nil {
			return nil, fmt.Errorf("market %s: liquidation incentive: %w", s.ID.Hex(), err)
		}
		markets[i] = &Market{
			MarketSpec: s, LLTV: lltv, LIF: lif,
			Params: morphoblue.MarketParams{LoanToken: p.LoanToken, CollateralToken: p.CollateralToken, Oracle: p.Oracle, Irm: p.Irm, Lltv: p.Lltv},
		}
		decSlots[i] = [2]chain.Slot{
			tokens.Add(chain.Call{Target: p.LoanToken, Data: erc20ABI.PackDecimals(), AllowFailure: true}),
			tokens.Add(chain.Call{Target: p.CollateralToken, Data: erc20ABI.PackDecimals(), AllowFailure: true}),
		}
	}
	priceSlots := make([]chain.Slot, len(markets))
	for i, m := range markets {
		priceSlots[i] = tokens.Add(chain.Call{Target: m.Params.Oracle, Data: oracleABI.PackPrice(), AllowFailure: true})
	}
	kindSlots := make([]chain.Slot, len(markets))
	for i, m := range markets {
		o := m.Params.Oracle
		kindSlots[i] = tokens.Add(
			chain.Call{Target: o, Data: oracleABI.PackBASEVAULT(), AllowFailure: true},
			chain.Call{Target: o, Data: oracleABI.PackBASEFEED1(), AllowFailure: true},
			chain.Call{Target: o, Data: oracleABI.PackBASEFEED2(), AllowFailure: true},
		)
	}
	res, err = mc.Do(ctx, block, tokens.Calls())
	if err != nil {
		return nil, fmt.Errorf("read token decimals: %w", err)
	}
	for i, m := range markets {
		m.OracleKind, m.OracleKindFrom = classifyOracle(m.MarketSpec, kindSlots[i].Of(res))
	}
	for i, m := range markets {
		for j, dst := range []*uint8{&m.LoanDecimals, &m.CollateralDecimals} {
			r := decSlots[i][j].Of(res)[0]
			if !r.Success {
				return nil, fmt.Errorf("market %s: decimals() reverted on token %s", m.ID.Hex(), tokenOf(m, j).Hex())
			}
			d, err := erc20ABI.UnpackDecimals(r.Data)
			if err != nil {
				return nil, fmt.Errorf("market %s: decode decimals of %s: %w", m.ID.Hex(), tokenOf(m, j).Hex(), err)
			}
			*dst = d
		}
		var price *uint256.Int
		if r := priceSlots[i].Of(res)[0]; r.Success {
			if p, err := oracleABI.UnpackPrice(r.Data); err == nil {
				price = u(p)
			}
		}
		m.DustCollateral = dustCollateral(price, m.LLTV, m.CollateralDecimals)
	}
	return markets, nil
}

func tokenOf(m *Market, j int) common.Address {
	if j == 0 {
		return m.Params.LoanToken
	}
	return m.Params.CollateralToken
}

// u converts a decoded on-chain integer; ABI decoding bounds it to 256 bits.
func u(x *big.Int) *uint256.Int {
	v, overflow := uint256.FromBig(x)
	if overflow || x.Sign() < 0 {
		// Only reachable with a corrupt decoder; callers pass ABI uint values.
		return new(uint256.Int).SetAllOne()
	}
	return v
}

// classifyOracle tells which price a MorphoChainlinkOracleV2-shaped oracle
// follows: a vault and no feed is an exchange rate; a base feed that is one
// of the asset's market feeds is the market price. Anything else is assumed
// to be the market price, the conservative choice: depeg stress then moves it.
func classifyOracle(spec MarketSpec, res []chain.Result) (kind, from string) {
	switch spec.OracleKind {
	case OracleMarket, OracleExchangeRate, OracleCapped:
		return spec.OracleKind, "configured"
	}
	addr := func(r chain.Result) (common.Address, bool) {
		if !r.Success || len(r.Data) != 32 {
			return common.Address{}, false
		}
		return common.BytesToAddress(r.Data), true
	}
	vault, okV := addr(res[0])
	feed1, okF1 := addr(res[1])
	feed2, okF2 := addr(res[2])
	if !okV || !okF1 || !okF2 {
		return OracleMarket, "assumed"
	}
	none := common.Address{}
	if vault != none && feed1 == none && feed2 == none {
		return OracleExchangeRate, "detected"
	}
	for _, f := range spec.MarketFeeds {
		if f == feed1 && feed2 == none {
			if vault == none {
				return OracleMarket, "detected"
			}
			break
		}
	}
	return OracleMarket, "assumed"
}
