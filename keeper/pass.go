package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

var (
	oracleABI = morphochainlinkoracle.NewMorphoChainlinkOracle()
	irmABI    = fixedrateirm.NewFixedRateIrm()
)

// View is the result of one pass: the published snapshot and, for the
// executor, every liquidatable position with the state it was judged on.
type View struct {
	Snapshot *oracle.Snapshot
	Targets  []strategies.Target
	// positions keyed like the alerts, for the alert pass.
	marketStates []marketState
}

type marketState struct {
	err       error // the market could not be read this block
	market    *Market
	accrued   morpho.Market
	rate      *uint256.Int // IRM borrow rate per second
	price     *uint256.Int // nil when the oracle failed
	positions []positionState
}

type positionState struct {
	borrower common.Address
	pos      morpho.Position
	risk     *oracle.PositionRisk
}

// reader reads a block's state: phase one gets prices, market totals and
// positions; phase two asks each market's IRM for its rate at the totals just
// read. Both batches are pinned to the block's hash.
type reader struct {
	mc      *chain.Multicall
	morpho  common.Address
	assets  []oracle.Asset
	markets []*Market
	native  common.Address
	// healthAlert (WAD) decides which positions count as at risk.
	healthAlert *big.Int
	// engine adds the history-based asset figures; nil leaves them out.
	engine *oracle.Engine
	// shocks and slippage drive the stress scenarios; no shocks, no stress.
	shocks   []stress.Shock
	slippage *big.Int
}

func (r *reader) read(ctx context.Context, block chain.BlockRef, borrowers func(common.Hash) []common.Address, now time.Time) (*View, error) {
	var plan chain.Plan
	assetSlots := make([]oracle.AssetSlots, len(r.assets))
	for i, a := range r.assets {
		assetSlots[i] = a.Plan(&plan)
	}
	type marketSlots struct {
		market, price chain.Slot
		borrowers     []common.Address
		positions     chain.Slot
	}
	// Every market call may fail on its own: one broken market (a reverting
	// oracle or IRM, a bad decode) is reported degraded while the others
	// are still checked and liquidated.
	mslots := make([]marketSlots, len(r.markets))
	for i, m := range r.markets {
		s := marketSlots{
			market: plan.Add(chain.Call{Target: r.morpho, Data: morphoABI.PackMarket(m.ID), AllowFailure: true}),
			price:  plan.Add(chain.Call{Target: m.Params.Oracle, Data: oracleABI.PackPrice(), AllowFailure: true}),
		}
		s.borrowers = borrowers(m.ID)
		calls := make([]chain.Call, len(s.borrowers))
		for j, b := range s.borrowers {
			calls[j] = chain.Call{Target: r.morpho, Data: morphoABI.PackPosition(m.ID, b), AllowFailure: true}
		}
		s.positions = plan.Add(calls...)
		mslots[i] = s
	}
	res, err := r.mc.Do(ctx, block.Hash, plan.Calls())
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", block.Number, err)
	}

	snap := &oracle.Snapshot{Block: block, UpdatedAt: now}
	readings := make([]oracle.AssetReading, len(r.assets))
	for i, a := range r.assets {
		readings[i] = a.Read(assetSlots[i], res, block)
	}
	snap.Assets = readings

	// Phase two: the IRM rate at the totals just read.
	states := make([]marketState, len(r.markets))
	var rates chain.Plan
	rateSlots := make([]*chain.Slot, len(r.markets))
	for i, m := range r.markets {
		st := marketState{market: m}
		if err := r.marketTotals(&st, mslots[i].market.Of(res)[0]); err != nil {
			st.err = err
			states[i] = st
			continue
		}
		if m.Params.Irm != (common.Address{}) {
			data, err := irmABI.TryPackBorrowRateView(
				fixedrateirm.MarketParams{LoanToken: m.Params.LoanToken, CollateralToken: m.Params.CollateralToken, Oracle: m.Params.Oracle, Irm: m.Params.Irm, Lltv: m.Params.Lltv},
				fixedrateirm.Market{TotalSupplyAssets: st.accrued.TotalSupplyAssets.ToBig(), TotalSupplyShares: st.accrued.TotalSupplyShares.ToBig(),
					TotalBorrowAssets: st.accrued.TotalBorrowAssets.ToBig(), TotalBorrowShares: st.accrued.TotalBorrowShares.ToBig(),
					LastUpdate: st.accrued.LastUpdate.ToBig(), Fee: st.accrued.Fee.ToBig()})
			if err != nil {
				st.err = fmt.Errorf("pack borrowRateView: %w", err)
				states[i] = st
				continue
			}
			s := rates.Add(chain.Call{Target: m.Params.Irm, Data: data, AllowFailure: true})
			rateSlots[i] = &s
		}
		if pr := mslots[i].price.Of(res)[0]; pr.Success {
			if p, err := oracleABI.UnpackPrice(pr.Data); err == nil {
				st.price = u(p)
			}
		}
		states[i] = st
	}
	var rateRes []chain.Result
	if len(rates.Calls()) > 0 {
		rateRes, err = r.mc.Do(ctx, block.Hash, rates.Calls())
		if err != nil {
			return nil, fmt.Errorf("read borrow rates at block %d: %w", block.Number, err)
		}
	}
	// Every chain read of the block succeeded: only now may the engine's
	// history move, so a failed pass never swallows a slash or band change.
	if r.engine != nil {
		r.engine.Assess(ctx, block.Time, readings)
	}

	view := &View{Snapshot: snap}
	for i, m := range r.markets {
		st := &states[i]
		asset := readings[m.Asset]
		if st.err == nil {
			st.err = r.accrue(st, rateSlots[i], rateRes, block.Time)
		}
		if st.err != nil {
			snap.Markets = append(snap.Markets, oracle.MarketRisk{
				ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
				OracleKind: m.OracleKind, OracleKindFrom: m.OracleKindFrom, Err: st.err,
			})
			continue
		}
		mr, err := r.assess(st, asset, mslots[i].borrowers, mslots[i].positions.Of(res))
		if err != nil {
			mr = oracle.MarketRisk{ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
				OracleKind: m.OracleKind, OracleKindFrom: m.OracleKindFrom, Err: err}
			st.positions = nil
		}
		snap.Markets = append(snap.Markets, mr)
		for _, ps := range st.positions {
			if ps.risk.Liquidatable && st.price != nil {
				view.Targets = append(view.Targets, r.target(block, st, ps, asset))
			}
		}
	}
	view.marketStates = states
	return view, nil
}

// marketTotals decodes market() into st.accrued (not yet accrued).
func (r *reader) marketTotals(st *marketState, res chain.Result) error {
	if !res.Success {
		return errors.New("market() reverted")
	}
	raw, err := morphoABI.UnpackMarket(res.Data)
	if err != nil {
		return fmt.Errorf("decode market(): %w", err)
	}
	st.accrued.TotalSupplyAssets.Set(u(raw.TotalSupplyAssets))
	st.accrued.TotalSupplyShares.Set(u(raw.TotalSupplyShares))
	st.accrued.TotalBorrowAssets.Set(u(raw.TotalBorrowAssets))
	st.accrued.TotalBorrowShares.Set(u(raw.TotalBorrowShares))
	st.accrued.LastUpdate.Set(u(raw.LastUpdate))
	st.accrued.Fee.Set(u(raw.Fee))
	return nil
}

// accrue reads the IRM's rate and accrues the market to the block.
func (r *reader) accrue(st *marketState, slot *chain.Slot, rateRes []chain.Result, blockTime uint64) error {
	rate := new(uint256.Int)
	if slot != nil {
		res := slot.Of(rateRes)[0]
		if !res.Success {
			return fmt.Errorf("borrowRateView of IRM %s reverted", st.market.Params.Irm.Hex())
		}
		v, err := irmABI.UnpackBorrowRateView(res.Data)
		if err != nil {
			return fmt.Errorf("decode borrowRateView: %w", err)
		}
		rate = u(v)
	}
	accrued, err := morpho.AccrueInterest(st.accrued, rate, blockTime)
	if err != nil {
		return fmt.Errorf("accrue interest: %w", err)
	}
	st.accrued, st.rate = accrued, rate
	return nil
}

// assess computes every position's health in one market.
func (r *reader) assess(st *marketState, asset oracle.AssetReading, borrowers []common.Address, results []chain.Result) (oracle.MarketRisk, error) {
	m := st.market
	mr := oracle.MarketRisk{
		ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
		TotalSupplyAssets: st.accrued.TotalSupplyAssets.ToBig(),
		TotalBorrowAssets: st.accrued.TotalBorrowAssets.ToBig(),
		TotalCollateral:   new(big.Int),
	}
	if st.price != nil {
		mr.OraclePrice = st.price.ToBig()
	} else {
		mr.OracleErr = fmt.Errorf("price() of oracle %s reverted", m.Params.Oracle.Hex())
	}
	marketPrice, err := r.scaled(asset.Market, asset.MarketErr, m)
	if err != nil {
		return mr, err
	}
	fairPrice, err := r.scaled(asset.Fair, asset.FairErr, m)
	if err != nil {
		return mr, err
	}
	for j, b := range borrowers {
		if !results[j].Success {
			return mr, fmt.Errorf("position(%s) reverted", b.Hex())
		}
		raw, err := morphoABI.UnpackPosition(results[j].Data)
		if err != nil {
			return mr, fmt.Errorf("decode position of %s: %w", b.Hex(), err)
		}
		var pos morpho.Position
		pos.SupplyShares.Set(u(raw.SupplyShares))
		pos.BorrowShares.Set(u(raw.BorrowShares))
		pos.Collateral.Set(u(raw.Collateral))
		risk := &oracle.PositionRisk{
			Borrower: b, Collateral: raw.Collateral, BorrowShares: raw.BorrowShares,
			HasDebt: !pos.BorrowShares.IsZero(),
		}
		borrowed, err := morpho.ToAssetsUp(&pos.BorrowShares, &st.accrued.TotalBorrowAssets, &st.accrued.TotalBorrowShares)
		if err != nil {
			return mr, fmt.Errorf("borrowed assets of %s: %w", b.Hex(), err)
		}
		risk.BorrowAssets = borrowed.ToBig()
		health := func(price *uint256.Int) (*big.Int, bool, error) {
			if price == nil {
				return nil, false, nil
			}
			h, err := morpho.PositionHealth(pos, st.accrued, price, m.LLTV)
			if err != nil {
				return nil, false, fmt.Errorf("health of %s: %w", b.Hex(), err)
			}
			return h.Ratio.ToBig(), h.Liquidatable, nil
		}
		if risk.Health, risk.Liquidatable, err = health(st.price); err != nil {
			return mr, err
		}
		if risk.HealthMarket, _, err = health(marketPrice); err != nil {
			return mr, err
		}
		if risk.HealthFair, _, err = health(fairPrice); err != nil {
			return mr, err
		}
		if lp, ok, err := morpho.LiquidationPrice(pos, st.accrued, m.LLTV); err != nil {
			return mr, fmt.Errorf("liquidation price of %s: %w", b.Hex(), err)
		} else if ok {
			risk.LiquidationPrice = lp.ToBig()
		}
		mr.TotalCollateral.Add(mr.TotalCollateral, raw.Collateral)
		if risk.HasDebt && risk.Health != nil && risk.Health.Cmp(r.healthAlert) < 0 {
			mr.AtRisk++
		}
		if risk.HasDebt && risk.Health != nil && (mr.MinHealth == nil || risk.Health.Cmp(mr.MinHealth) < 0) {
			mr.MinHealth = risk.Health
		}
		mr.Positions = append(mr.Positions, *risk)
		st.positions = append(st.positions, positionState{borrower: b, pos: pos, risk: &mr.Positions[len(mr.Positions)-1]})
	}
	// Re-point after the slice stopped growing.
	for i := range st.positions {
		st.positions[i].risk = &mr.Positions[i]
	}
	// Risk figures are secondary: their failure is published and alerted
	// but never stops the health checks and liquidations of this block.
	if err := r.marketMetrics(st, asset, &mr); err != nil {
		mr.RiskErr = err
	}
	return mr, nil
}

// marketMetrics adds the oracle comparisons, utilisation, borrow rate,
// stress scenarios and per-position risk figures.
func (r *reader) marketMetrics(st *marketState, asset oracle.AssetReading, mr *oracle.MarketRisk) error {
	m := st.market
	mr.OracleKind, mr.OracleKindFrom = m.OracleKind, m.OracleKindFrom
	if st.accrued.TotalSupplyAssets.Sign() > 0 {
		u := new(big.Int).Mul(st.accrued.TotalBorrowAssets.ToBig(), wadBig)
		mr.Utilization = u.Quo(u, st.accrued.TotalSupplyAssets.ToBig())
	}
	if st.rate != nil {
		mr.BorrowRateAPR = new(big.Int).Mul(st.rate.ToBig(), big.NewInt(secondsPerYear))
	}
	if !r.loanIsETH(m) {
		return errLoanNotETH
	}
	if st.price == nil {
		return nil
	}
	oracleWad := oracleToWad(st.price, m)
	mr.OracleVsMarketBps = relativeBps(oracleWad, asset.Market.Price, asset.MarketErr)
	mr.OracleVsFairBps = relativeBps(oracleWad, asset.Fair.Price, asset.FairErr)
	if asset.FairErr != nil || asset.Fair.Price == nil || asset.Fair.Price.Sign() <= 0 {
		return nil // stress and carry need the fair value
	}
	book := stress.Book{
		Market: st.accrued, LLTV: m.LLTV, Kind: stress.OracleKind(m.OracleKind), OraclePrice: st.price,
		FairWad: asset.Fair.Price, CollateralDecimals: m.CollateralDecimals, LoanDecimals: m.LoanDecimals,
		Slippage: r.slippage,
	}
	if asset.MarketErr == nil {
		book.MarketWad = asset.Market.Price
	}
	for _, ps := range st.positions {
		book.Positions = append(book.Positions, ps.pos)
	}
	if len(r.shocks) > 0 {
		res, err := stress.Run(book, r.shocks)
		if err != nil {
			return fmt.Errorf("stress: %w", err)
		}
		mr.Stress = res
	}
	var yield *big.Int
	if asset.Risk != nil {
		for _, g := range asset.Risk.Growth { // the shortest window known
			if g != nil {
				yield = g
				break
			}
		}
	}
	var ratePerSecond *big.Int
	if st.rate != nil {
		ratePerSecond = st.rate.ToBig()
	}
	for _, ps := range st.positions {
		if !ps.risk.HasDebt {
			continue
		}
		pm, err := stress.Position(ps.pos, book, ratePerSecond, yield)
		if err != nil {
			return fmt.Errorf("risk of %s: %w", ps.borrower.Hex(), err)
		}
		ps.risk.Leverage, ps.risk.DepegBufferBps, ps.risk.TimeToLiquidation = pm.Leverage, pm.DepegBufferBps, pm.TimeToLiquidation
	}
	return nil
}

const secondsPerYear = 365 * 24 * 60 * 60

var wadBig = big.NewInt(1e18)

// oracleToWad expresses a 1e36-scaled oracle price as whole loan tokens per
// whole collateral token, WAD, rounded down.
func oracleToWad(price *uint256.Int, m *Market) *big.Int {
	p := price.ToBig()
	exp := int(m.CollateralDecimals) - int(m.LoanDecimals) - 18
	ten := big.NewInt(10)
	if exp >= 0 {
		return p.Mul(p, new(big.Int).Exp(ten, big.NewInt(int64(exp)), nil))
	}
	return p.Quo(p, new(big.Int).Exp(ten, big.NewInt(int64(-exp)), nil))
}

// relativeBps is (a/b − 1)·1e4 as WAD-scaled bps, truncated toward zero;
// nil when b is unknown.
func relativeBps(a, b *big.Int, berr error) *big.Int {
	if berr != nil || b == nil || b.Sign() == 0 {
		return nil
	}
	d := new(big.Int).Sub(a, b)
	d.Mul(d, big.NewInt(10_000))
	d.Mul(d, wadBig)
	return d.Quo(d, b)
}

// loanIsETH reports whether m borrows the wrapped native token: only then
// can ETH-quoted asset prices value its collateral in loan units.
func (r *reader) loanIsETH(m *Market) bool {
	return r.native != (common.Address{}) && m.Params.LoanToken == r.native
}

// errLoanNotETH explains the figures left out for other loan tokens.
var errLoanNotETH = errors.New("loan token is not chain.wrapped_native: ETH-quoted prices cannot value the collateral in it, so market/fair health, stress and liquidation are left out")

// scaled converts an asset quote (ETH per token, WAD) to the market's oracle
// scale; nil when the quote is unavailable or the loan token is not ETH.
func (r *reader) scaled(q oracle.Quote, qerr error, m *Market) (*uint256.Int, error) {
	if qerr != nil || q.Price == nil || !r.loanIsETH(m) {
		return nil, nil
	}
	p, overflow := uint256.FromBig(q.Price)
	if overflow {
		return nil, fmt.Errorf("price %s overflows uint256", q.Price)
	}
	s, err := morpho.ScalePriceWad(p, m.CollateralDecimals, m.LoanDecimals)
	if err != nil {
		return nil, fmt.Errorf("scale price: %w", err)
	}
	return s, nil
}

func (r *reader) target(block chain.BlockRef, st *marketState, ps positionState, asset oracle.AssetReading) strategies.Target {
	t := strategies.Target{
		Block: block, MarketID: st.market.ID, MarketName: st.market.Name, Params: st.market.Params,
		Borrower: ps.borrower, Position: ps.pos, Market: st.accrued, OraclePrice: st.price,
		LoanIsNative: r.loanIsETH(st.market),
	}
	if sale, err := r.scaled(asset.Market, asset.MarketErr, st.market); err == nil && sale != nil {
		t.SalePrice = sale
	}
	return t
}
