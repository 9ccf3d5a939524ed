package keeper

import (
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/aave"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// aaveRisk is the risk stage's memory of what it published for a pool.
type aaveRisk struct {
	// published is the market each user's record was last written in.
	published map[common.Address]common.Hash
	atRisk    map[common.Address]bool
	// rows are every market published so far: a market whose last loop
	// left is still written, with no positions.
	rows map[common.Hash]aaveRowKey
	// cursor is the last user the refresh slice wrote; addrs the sorted
	// users of the assessment in progress.
	cursor   common.Address
	addrs    []common.Address
	lastTime uint64
}

// aaveRowKey is a published market: a loop market, or (others) the
// pool's indebted users that are not loops.
type aaveRowKey struct {
	others     bool
	coll, debt int
	emode      uint8
}

// aaveRow accumulates one market row over the block's users.
type aaveRow struct {
	key       aaveRowKey
	risk      oracle.MarketRisk
	coll      big.Int // Σ collateral balances (loops) or base values
	debt      big.Int
	positions []morpho.Position // loops as a Morpho-shaped book, for stress
	debtSum   uint256.Int
	// written are the loops written this block, Morpho-shaped, by index
	// in risk.Positions: their depeg buffer and carry come from stress.
	written []writtenLoop
}

type writtenLoop struct {
	at  int
	pos morpho.Position
}

// aaveStressShares makes the stress book's shares convert to assets
// exactly: with shares = assets·1e6 and totals alike, Morpho's virtual
// share and asset cancel.
var aaveStressShares = uint256.NewInt(1_000_000)

// pricedState is the block's state with every watched asset's oracle
// price replaced by its market price (or fair value): the Aave oracle's
// base currency per token is the asset's ETH price times the wrapped
// native token's oracle price. unknown marks the reserves whose price is
// missing.
func (b *aaveBlock) pricedState(readings []oracle.AssetReading, quote func(oracle.AssetReading) (oracle.Quote, error)) (*protocol.State, []bool) {
	s := *b.state
	s.Reserves = slices.Clone(b.state.Reserves)
	unknown := make([]bool, len(s.Reserves))
	for i, ai := range b.p.assetOf {
		if ai < 0 {
			continue
		}
		q, err := quote(readings[ai])
		if err != nil || q.Price == nil || q.Price.Sign() <= 0 || b.p.native < 0 {
			unknown[i] = true
			continue
		}
		p := new(big.Int).Mul(q.Price, b.state.Reserves[b.p.native].Price.ToBig())
		p.Quo(p, wadBig)
		v, overflow := uint256.FromBig(p)
		if overflow {
			unknown[i] = true
			continue
		}
		s.Reserves[i].Price = *v
	}
	return &s, unknown
}

// Assess computes every indebted user's health at the pool's oracle, at
// the market and at the fair prices, and lists the records to write: on a
// full snapshot all of them; otherwise the users events changed since the
// last assessment, those at risk or that just left that set, and a slice
// of the rest so that each is rewritten within the refresh interval.
func (b *aaveBlock) Assess(full bool, readings []oracle.AssetReading) []oracle.MarketRisk {
	l := b.l
	r := &l.risk
	if r.published == nil {
		r.published, r.atRisk, r.rows = map[common.Address]common.Hash{}, map[common.Address]bool{}, map[common.Hash]aaveRowKey{}
	}
	l.mu.Lock()
	touched := l.touched
	l.touched = map[common.Address]bool{}
	l.mu.Unlock()
	l.mu.RLock()
	addrs := b.p.tracker.Addresses()
	l.mu.RUnlock()

	marketState, marketUnknown := b.pricedState(readings, func(a oracle.AssetReading) (oracle.Quote, error) { return a.Market, a.MarketErr })
	fairState, fairUnknown := b.pricedState(readings, func(a oracle.AssetReading) (oracle.Quote, error) { return a.Fair, a.FairErr })
	r.addrs = addrs
	refreshFrom, refreshN := b.refreshWindow(len(addrs))

	rows := map[common.Hash]*aaveRow{}
	seen := make(map[common.Address]bool, len(r.published))
	nextAtRisk := map[common.Address]bool{}
	alert := l.env.HealthAlert
	var firstErr error
	failed := 0
	for from := 0; from < len(addrs); from += riskChunk {
		// A chunk at a time, so the hot path's next Apply never waits long.
		l.mu.RLock()
		for i := from; i < min(from+riskChunk, len(addrs)); i++ {
			addr := addrs[i]
			id, row, pos, shaped, err := b.assessUser(addr, rows, marketState, marketUnknown, fairState, fairUnknown)
			if err != nil {
				// Not a user leaving: its record and alerts stay as they
				// were until it can be assessed again.
				failed++
				if firstErr == nil {
					firstErr = err
				}
				seen[addr] = true
				if r.atRisk[addr] {
					nextAtRisk[addr] = true
				}
				continue
			}
			if row == nil {
				continue // no debt: not a position
			}
			seen[addr] = true
			low := pos.Health != nil && alert != nil && pos.Health.Cmp(alert) < 0
			if low || pos.Liquidatable {
				nextAtRisk[addr] = true
				if low {
					row.risk.AtRisk++
				}
			}
			refreshed := refreshN > 0 && (i-refreshFrom+len(addrs))%len(addrs) < refreshN
			if old, ok := r.published[addr]; ok && old != id {
				b.closeIn(rows, old, addr)
			}
			if full || touched[addr] || nextAtRisk[addr] || r.atRisk[addr] || refreshed || r.published[addr] != id {
				row.risk.Positions = append(row.risk.Positions, *pos)
				r.published[addr] = id
				if shaped != nil {
					row.written = append(row.written, writtenLoop{at: len(row.risk.Positions) - 1, pos: *shaped})
				}
			}
		}
		l.mu.RUnlock()
	}
	for addr, id := range r.published {
		if !seen[addr] {
			b.closeIn(rows, id, addr)
			delete(r.published, addr)
		}
	}
	r.atRisk = nextAtRisk
	if failed > 0 {
		l.log.Warn().Err(firstErr).Int("users", failed).Uint64("block", b.state.Block.Number).Msg("aave users not assessed: their records are kept")
	}
	out := make([]oracle.MarketRisk, 0, len(r.rows))
	ids := make([]common.Hash, 0, len(r.rows))
	for id := range r.rows {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return a.Cmp(b) })
	// The pool's status row: the market whose market_unavailable alert a
	// failed block raises and this one resolves. Its positions are the
	// other rows' (counted there), its lowest health the pool's.
	status := oracle.MarketRisk{Protocol: strategies.ProtocolAave, ID: aavePoolID(b.p.market.Pool), Name: l.spec.Name + " pool"}
	for _, id := range ids {
		row := b.row(rows, id, r.rows[id])
		b.finishRow(row, readings)
		out = append(out, row.risk)
		if h := row.risk.MinHealth; h != nil && (status.MinHealth == nil || h.Cmp(status.MinHealth) < 0) {
			status.MinHealth = h
		}
	}
	return append(out, status)
}

// refreshWindow is the slice of the sorted users this block rewrites, so
// that all are written within the refresh interval of block time.
func (b *aaveBlock) refreshWindow(n int) (from, count int) {
	r := &b.l.risk
	now := b.state.Block.Time
	dt := uint64(1)
	if r.lastTime != 0 && now > r.lastTime {
		dt = now - r.lastTime
	}
	r.lastTime = max(r.lastTime, now)
	if n == 0 {
		return 0, 0
	}
	interval := uint64(max(b.l.env.RefreshInterval/time.Second, 1))
	count = int(min(uint64(n), (uint64(n)*dt+interval-1)/interval))
	// Resume after the last user refreshed, by address: users added or
	// removed since do not shift the cycle.
	from, _ = slices.BinarySearchFunc(b.l.risk.addrs, r.cursor, func(a, c common.Address) int { return a.Cmp(c) })
	if r.cursor != (common.Address{}) && from < n && b.l.risk.addrs[from] == r.cursor {
		from++
	}
	from %= n
	if count > 0 {
		r.cursor = b.l.risk.addrs[(from+count-1)%n] // the next slice resumes after it
	}
	return from, count
}

// closeIn lists addr among the closed records of the market id.
func (b *aaveBlock) closeIn(rows map[common.Hash]*aaveRow, id common.Hash, addr common.Address) {
	row := b.row(rows, id, b.l.risk.rows[id])
	row.risk.Closed = append(row.risk.Closed, addr)
}

// row returns the accumulating row of market id, created on first use.
func (b *aaveBlock) row(rows map[common.Hash]*aaveRow, id common.Hash, key aaveRowKey) *aaveRow {
	if row, ok := rows[id]; ok {
		return row
	}
	l := b.l
	row := &aaveRow{key: key}
	row.risk = oracle.MarketRisk{ID: id, Protocol: strategies.ProtocolAave}
	if key.others {
		row.risk.Name = l.spec.Name + " multi-asset"
	} else {
		row.risk.Name = b.loopName(key)
		if a := b.p.assetOf[key.coll]; a >= 0 {
			row.risk.Collateral = l.env.Assets[a].Symbol
		}
	}
	rows[id] = row
	l.risk.rows[id] = key
	return row
}

// assessUser files one user: its market row and its record. A user
// without debt has no row.
func (b *aaveBlock) assessUser(addr common.Address, rows map[common.Hash]*aaveRow,
	mState *protocol.State, mUnknown []bool, fState *protocol.State, fUnknown []bool,
) (common.Hash, *aaveRow, *oracle.PositionRisk, *morpho.Position, error) {
	l := b.l
	s := b.state
	v := l.spec.Version
	u, ok := b.p.tracker.User(addr)
	if !ok {
		return common.Hash{}, nil, nil, nil, nil
	}
	acct, err := s.Account(v, &u)
	if err != nil {
		return common.Hash{}, nil, nil, nil, err
	}
	if acct.TotalDebtBase.IsZero() {
		return common.Hash{}, nil, nil, nil, nil
	}
	pos := &oracle.PositionRisk{Borrower: addr, HasDebt: true, Health: acct.HealthFactor.ToBig()}
	pos.Liquidatable = acct.HealthFactor.Lt(uint256.NewInt(aave.WAD))
	if pos.HealthMarket, err = b.healthAt(mState, mUnknown, &u); err != nil {
		return common.Hash{}, nil, nil, nil, err
	}
	if pos.HealthFair, err = b.healthAt(fState, fUnknown, &u); err != nil {
		return common.Hash{}, nil, nil, nil, err
	}
	if acct.TotalCollateralBase.Gt(&acct.TotalDebtBase) {
		var equity uint256.Int
		equity.Sub(&acct.TotalCollateralBase, &acct.TotalDebtBase)
		lev := new(big.Int).Mul(acct.TotalCollateralBase.ToBig(), wadBig)
		pos.Leverage = lev.Quo(lev, equity.ToBig())
	}
	loop, isLoop := b.p.tracker.Loop(addr)
	var key aaveRowKey
	var id common.Hash
	m := b.p.market
	if isLoop {
		key = aaveRowKey{coll: loop.Coll, debt: loop.Debt, emode: loop.EMode}
		id = aaveLoopMarketID(m.Pool, m.Reserves[loop.Coll].Asset, m.Reserves[loop.Debt].Asset, loop.EMode)
	} else {
		key = aaveRowKey{others: true}
		id = aaveOthersID(m.Pool)
	}
	row := b.row(rows, id, key)
	row.risk.PositionCount++
	if row.risk.MinHealth == nil || pos.Health.Cmp(row.risk.MinHealth) < 0 {
		row.risk.MinHealth = pos.Health
	}
	if !isLoop {
		// Several reserves: amounts in the oracle's base currency.
		pos.Collateral, pos.BorrowShares, pos.BorrowAssets = acct.TotalCollateralBase.ToBig(), new(big.Int), acct.TotalDebtBase.ToBig()
		row.coll.Add(&row.coll, pos.Collateral)
		row.debt.Add(&row.debt, pos.BorrowAssets)
		return id, row, pos, nil, nil
	}
	coll, err := aave.CollateralBalance(v, &u.ScaledCollateral[loop.Coll], &s.Reserves[loop.Coll].Income)
	if err != nil {
		return id, nil, nil, nil, err
	}
	debt, err := aave.DebtBalance(v, &u.ScaledDebt[loop.Debt], &s.Reserves[loop.Debt].Debt)
	if err != nil {
		return id, nil, nil, nil, err
	}
	pos.Collateral, pos.BorrowShares, pos.BorrowAssets = coll.ToBig(), u.ScaledDebt[loop.Debt].ToBig(), debt.ToBig()
	row.coll.Add(&row.coll, pos.Collateral)
	row.debt.Add(&row.debt, pos.BorrowAssets)
	if lt := b.loopLT(key); lt != 0 && !coll.IsZero() {
		// The oracle price (1e36 scale) at which collateral·LT equals the
		// debt: health 1, to within the Pool's rounding.
		lp := new(big.Int).Mul(pos.BorrowAssets, big.NewInt(1e4))
		lp.Mul(lp, oracleScale)
		pos.LiquidationPrice = lp.Quo(lp, new(big.Int).Mul(pos.Collateral, big.NewInt(int64(lt))))
	}
	shaped := &morpho.Position{}
	shaped.Collateral.Set(coll)
	shaped.BorrowShares.Mul(debt, aaveStressShares)
	row.debtSum.Add(&row.debtSum, debt)
	if len(l.env.Shocks) > 0 {
		row.positions = append(row.positions, *shaped)
	}
	return id, row, pos, shaped, nil
}

// healthAt is u's health factor at a priced state; nil when a reserve it
// holds has no price there.
func (b *aaveBlock) healthAt(s *protocol.State, unknown []bool, u *protocol.User) (*big.Int, error) {
	for i := range unknown {
		if unknown[i] && (!u.ScaledCollateral[i].IsZero() || !u.ScaledDebt[i].IsZero()) {
			return nil, nil
		}
	}
	a, err := s.Account(b.l.spec.Version, u)
	if err != nil {
		return nil, err
	}
	return a.HealthFactor.ToBig(), nil
}

// loopLT is a loop market's liquidation threshold (bps): its e-mode
// category's when that covers the collateral, else the reserve's.
func (b *aaveBlock) loopLT(k aaveRowKey) uint16 {
	s := b.state
	if em := s.EModes[k.emode]; k.emode != 0 && em.Covers(s.Reserves[k.coll].ID) {
		return em.LT
	}
	return s.Reserves[k.coll].LT
}

// finishRow adds a row's market figures: totals, LT, oracle price and its
// comparisons, the debt's borrow rate and the stress scenarios.
func (b *aaveBlock) finishRow(row *aaveRow, readings []oracle.AssetReading) {
	l := b.l
	s := b.state
	mr := &row.risk
	mr.TotalCollateral, mr.TotalBorrowAssets = new(big.Int).Set(&row.coll), new(big.Int).Set(&row.debt)
	mr.OracleKind, mr.OracleKindFrom = string(stress.OracleUnknown), "assumed"
	if row.key.others {
		return
	}
	k := row.key
	mr.OracleKind, mr.OracleKindFrom = b.p.oracleKind[k.coll], b.p.oracleFrom[k.coll]
	lt := b.loopLT(k)
	mr.LLTV = new(big.Int).Mul(big.NewInt(int64(lt)), big.NewInt(1e14))
	mr.CollateralDecimals, mr.LoanDecimals = b.p.market.Reserves[k.coll].Config.Decimals, b.p.market.Reserves[k.debt].Config.Decimals
	// Aave's rates are RAY a year.
	mr.BorrowRateAPR = new(big.Int).Quo(s.Data[k.debt].Indexes.VariableBorrowRate.ToBig(), big.NewInt(1e9))
	price, err := strategies.AaveOraclePrice(&s.Reserves[k.coll], &s.Reserves[k.debt])
	if err != nil {
		mr.OracleErr = err
		return
	}
	mr.OraclePrice = price.ToBig()
	ai := b.p.assetOf[k.coll]
	if ai < 0 || k.debt != b.p.native {
		// A pair of unwatched reserves (a pool lists many): health at the
		// pool's oracle only, nothing missing to alert on.
		return
	}
	asset := readings[ai]
	// The oracle's collateral price in ETH (WAD): its base price over the
	// wrapped native token's.
	if !s.Reserves[b.p.native].Price.IsZero() {
		ow := new(big.Int).Mul(s.Reserves[k.coll].Price.ToBig(), wadBig)
		ow.Quo(ow, s.Reserves[b.p.native].Price.ToBig())
		mr.OracleVsMarketBps = relativeBps(ow, asset.Market.Price, asset.MarketErr)
		mr.OracleVsFairBps = relativeBps(ow, asset.Fair.Price, asset.FairErr)
	}
	if asset.FairErr != nil || asset.Fair.Price == nil || asset.Fair.Price.Sign() <= 0 {
		return // stress and carry need the fair value
	}
	book := stress.Book{
		LLTV: uint256.MustFromBig(mr.LLTV), Kind: stress.OracleKind(mr.OracleKind), OraclePrice: price,
		FairWad: asset.Fair.Price, CollateralDecimals: mr.CollateralDecimals, LoanDecimals: mr.LoanDecimals,
		Slippage: l.env.Slippage, Positions: row.positions,
	}
	book.Market.TotalBorrowAssets.Set(&row.debtSum)
	book.Market.TotalBorrowShares.Mul(&row.debtSum, aaveStressShares)
	book.Market.TotalSupplyAssets.Set(&row.debtSum)
	book.Market.TotalSupplyShares.Mul(&row.debtSum, aaveStressShares)
	if asset.MarketErr == nil {
		book.MarketWad = asset.Market.Price
	}
	if len(l.env.Shocks) > 0 {
		if mr.Stress, err = stress.Run(book, l.env.Shocks); err != nil {
			mr.RiskErr = fmt.Errorf("stress: %w", err)
			return
		}
	}
	// The depeg that makes a loop liquidatable, and for capped oracles the
	// time negative carry takes: the debt reserve's rate against the
	// asset's shortest known growth.
	var yield *big.Int
	if asset.Risk != nil {
		for _, g := range asset.Risk.Growth {
			if g != nil {
				yield = g
				break
			}
		}
	}
	perSecond := new(big.Int).Quo(mr.BorrowRateAPR, big.NewInt(secondsPerYear))
	for _, w := range row.written {
		pm, err := stress.Position(w.pos, book, perSecond, yield)
		if err != nil {
			mr.RiskErr = fmt.Errorf("risk of %s: %w", mr.Positions[w.at].Borrower.Hex(), err)
			return
		}
		p := &mr.Positions[w.at]
		p.DepegBufferBps, p.TimeToLiquidation = pm.DepegBufferBps, pm.TimeToLiquidation
	}
}
