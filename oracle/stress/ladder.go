package stress

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// ErrUnordered is a Book whose indebted positions are not ordered by borrow
// shares per unit of collateral, highest first, as NewLadder needs (see
// OrderPositions).
var ErrUnordered = errors.New("stress: positions not ordered by debt per collateral")

var (
	e36Big = new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil)
	e54Big = new(big.Int).Exp(big.NewInt(10), big.NewInt(54), nil)
	e72Big = new(big.Int).Exp(big.NewInt(10), big.NewInt(72), nil)
	// priceScaleLess1 is the 1e36 − 1 that mulDivUp(x, price, 1e36) adds.
	priceScaleLess1 = new(uint256.Int).SubUint64(priceScale, 1)
)

// rung is one position of the ladder: collateral C, borrow shares B and its
// index in Book.Positions.
type rung struct {
	coll, shares uint256.Int
	index        int
}

// Ladder is a Book prepared for many shocks. Its indebted positions with at
// least the dust collateral (the rungs) are kept in debt-per-collateral
// order with exact prefix sums of collateral and borrow shares, so every
// aggregate of a shock is a few range sums plus the positions a rounding
// window or the dust bound makes it check one by one. The package doc
// (# Ladder) defines the figures; RunFullScan computes the same ones by
// visiting every position. A Ladder is read-only once built and safe for
// concurrent use.
type Ladder struct {
	base
	rungs              []rung
	cumColl, cumShares []sum // cum[i] = Σ over rungs[:i]
	dust               []rung
	cmin               uint256.Int // least collateral of a rung
	maxColl, maxShares uint256.Int // largest among all indebted positions
	indebted           bool
}

// base is what both engines derive from a Book: its validated prices and
// the market's constants.
type base struct {
	pr   *params
	a, s *big.Int // TBA + 1 and TBS + 1e6
	lif  *big.Int
}

func newBase(b *Book) (base, error) {
	pr, err := newParams(b)
	if err != nil {
		return base{}, err
	}
	lif, err := morpho.LIF(&pr.lltv) // LLTV ≤ 1e18 was checked: cannot fail
	if err != nil {
		return base{}, fmt.Errorf("liquidation incentive factor: %w", err)
	}
	a := new(big.Int).Add(pr.market.TotalBorrowAssets.ToBig(), big.NewInt(int64(morpho.VirtualAssets)))
	s := new(big.Int).Add(pr.market.TotalBorrowShares.ToBig(), big.NewInt(int64(morpho.VirtualShares)))
	return base{pr: pr, a: a, s: s, lif: lif.ToBig()}, nil
}

// NewLadder prepares b for many shocks in O(n). The indebted positions with
// collateral of at least dustCollateral (nil means 0) and above 0, the
// rungs, must come in b.Positions ordered by borrowShares/collateral,
// highest first, ties in any order (OrderPositions sorts a slice so);
// an out-of-order rung fails with ErrUnordered. The others may be anywhere:
// positions without debt are skipped, and the dust (indebted, collateral
// below the bound or none) is kept aside and checked one by one on every
// shock. The rungs are copied with exact running sums of their collateral
// and borrow shares (256 bits plus a carry count). A dust bound near the
// smallest collateral worth tracking keeps the rounding windows thin (see
// the package doc).
func NewLadder(b Book, dustCollateral *uint256.Int) (*Ladder, error) {
	bs, err := newBase(&b)
	if err != nil {
		return nil, err
	}
	l := &Ladder{base: bs}
	var dust uint256.Int
	if dustCollateral != nil {
		dust.Set(dustCollateral)
	}
	var nRungs int
	for i := range b.Positions {
		p := &b.Positions[i]
		if !p.BorrowShares.IsZero() && !p.Collateral.IsZero() && !p.Collateral.Lt(&dust) {
			nRungs++
		}
	}
	l.rungs = make([]rung, 0, nRungs)
	for i := range b.Positions {
		p := &b.Positions[i]
		if p.BorrowShares.IsZero() {
			continue
		}
		l.indebted = true
		if p.Collateral.Gt(&l.maxColl) {
			l.maxColl.Set(&p.Collateral)
		}
		if p.BorrowShares.Gt(&l.maxShares) {
			l.maxShares.Set(&p.BorrowShares)
		}
		r := rung{coll: p.Collateral, shares: p.BorrowShares, index: i}
		if p.Collateral.IsZero() || p.Collateral.Lt(&dust) {
			l.dust = append(l.dust, r)
			continue
		}
		if n := len(l.rungs); n > 0 {
			prev := &l.rungs[n-1]
			if cmpRatio(&prev.shares, &prev.coll, &r.shares, &r.coll) < 0 {
				return nil, fmt.Errorf("%w: position %d has more debt per collateral than position %d before it",
					ErrUnordered, i, prev.index)
			}
		}
		if len(l.rungs) == 0 || r.coll.Lt(&l.cmin) {
			l.cmin.Set(&r.coll)
		}
		l.rungs = append(l.rungs, r)
	}
	l.cumColl = make([]sum, len(l.rungs)+1)
	l.cumShares = make([]sum, len(l.rungs)+1)
	for i := range l.rungs {
		l.cumColl[i+1] = l.cumColl[i]
		l.cumColl[i+1].add(&l.rungs[i].coll)
		l.cumShares[i+1] = l.cumShares[i]
		l.cumShares[i+1].add(&l.rungs[i].shares)
	}
	return l, nil
}

// Run evaluates every shock, in order, in O(log n + w) each, where w counts
// the positions in the thin rounding windows around the liquidation
// threshold plus the dust (and, only when a shock puts the keeper's margin
// within a few wei per position of zero, the liquidatable positions). It
// fails on an invalid shock and when Morpho's arithmetic could overflow
// for the largest indebted collateral or borrow shares (see the package
// doc); such failures match RunFullScan's.
func (l *Ladder) Run(shocks []Shock) ([]Result, error) {
	out := make([]Result, len(shocks))
	sc := new(scratch)
	for i := range shocks {
		if _, err := l.run(&out[i], shocks[i], sc); err != nil {
			return nil, fmt.Errorf("shock %d (%s): %w", i, shocks[i].Name, err)
		}
	}
	return out, nil
}

// run fills r for shock s and returns how many positions it checked one by
// one.
func (l *Ladder) run(r *Result, s Shock, sc *scratch) (int, error) {
	sh, err := l.pr.prices(s)
	if err != nil {
		return 0, err
	}
	ev := l.newEval(sh)
	if l.indebted {
		if err := ev.checkRange(&l.maxColl, &l.maxShares); err != nil {
			return 0, err
		}
	}
	var t tally
	lo := l.search(0, &ev.liq, sc)
	safe := ev.safeRay(&l.cmin)
	hi := l.search(lo, safe, sc)
	bad := l.search(0, &ev.bad, sc)
	all := l.search(0, &ev.seizeAll, sc)
	mode := ev.profitMode(&l.cmin)
	checked := 0

	// rungs[:lo] are liquidatable, rungs[hi:] are not, rungs[lo:hi] are
	// checked.
	t.liq = lo
	t.liqColl.span(&l.cumColl[lo], &l.cumColl[0])
	t.liqShares.span(&l.cumShares[lo], &l.cumShares[0])
	switch mode {
	case profitAll:
		m := min(all, lo)
		t.profColl.span(&l.cumColl[m], &l.cumColl[0])
		t.profShares.span(&l.cumShares[lo], &l.cumShares[m])
	case profitCheck:
		for i := range lo {
			if err := l.checkProfit(ev, &t, i, i < all); err != nil {
				return 0, err
			}
		}
		checked += lo
	}
	for i := lo; i < hi; i++ {
		g := &l.rungs[i]
		liq, err := ev.liquidatable(&g.coll, &g.shares)
		if err != nil {
			return 0, fmt.Errorf("position %d: %w", g.index, err)
		}
		if !liq {
			continue
		}
		t.addLiquidatable(&g.coll, &g.shares)
		switch mode {
		case profitAll:
			t.addProfit(true, i < all, &g.coll, &g.shares)
		case profitCheck:
			if err := l.checkProfit(ev, &t, i, i < all); err != nil {
				return 0, err
			}
		}
	}
	checked += hi - lo

	t.badColl.span(&l.cumColl[bad], &l.cumColl[0])
	t.badShares.span(&l.cumShares[bad], &l.cumShares[0])

	for i := range l.dust {
		g := &l.dust[i]
		if err := ev.visit(&t, &g.coll, &g.shares, mode != profitNone, sc); err != nil {
			return 0, fmt.Errorf("position %d: %w", g.index, err)
		}
	}
	checked += len(l.dust)
	if mode == profitNone {
		t.unprofitable = t.liq
	}
	ev.finish(r, s, &t)
	return checked, nil
}

// checkProfit sizes rung i's liquidation exactly and adds it to t.
func (l *Ladder) checkProfit(ev *eval, t *tally, i int, seizesAll bool) error {
	g := &l.rungs[i]
	ok, err := ev.profitable(&g.coll, &g.shares)
	if err != nil {
		return fmt.Errorf("position %d: %w", g.index, err)
	}
	t.addProfit(ok, seizesAll, &g.coll, &g.shares)
	return nil
}

// search returns the first index in [from, len(rungs)) at which r fails; r
// must hold on a prefix of that range.
func (l *Ladder) search(from int, r *ray, sc *scratch) int {
	lo, hi := from, len(l.rungs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if r.holds(&l.rungs[mid].coll, &l.rungs[mid].shares, sc) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// RunFullScan computes exactly the figures of Ladder.Run (see the package
// doc, # Ladder) by visiting every position for every shock, in any order:
// the reference the ladder is tested against. Positions without debt are
// skipped. It fails where Ladder.Run fails.
func RunFullScan(b Book, shocks []Shock) ([]Result, error) {
	bs, err := newBase(&b)
	if err != nil {
		return nil, err
	}
	var maxColl, maxShares uint256.Int
	indebted := false
	for i := range b.Positions {
		p := &b.Positions[i]
		if p.BorrowShares.IsZero() {
			continue
		}
		indebted = true
		if p.Collateral.Gt(&maxColl) {
			maxColl.Set(&p.Collateral)
		}
		if p.BorrowShares.Gt(&maxShares) {
			maxShares.Set(&p.BorrowShares)
		}
	}
	out := make([]Result, len(shocks))
	sc := new(scratch)
	for i, s := range shocks {
		sh, err := bs.pr.prices(s)
		if err == nil {
			ev := bs.newEval(sh)
			if indebted {
				err = ev.checkRange(&maxColl, &maxShares)
			}
			if err == nil {
				err = ev.scan(&out[i], s, b.Positions, sc)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("shock %d (%s): %w", i, s.Name, err)
		}
	}
	return out, nil
}

func (ev *eval) scan(r *Result, s Shock, positions []morpho.Position, sc *scratch) error {
	var t tally
	for i := range positions {
		p := &positions[i]
		if p.BorrowShares.IsZero() {
			continue
		}
		if err := ev.visit(&t, &p.Collateral, &p.BorrowShares, true, sc); err != nil {
			return fmt.Errorf("position %d: %w", i, err)
		}
	}
	ev.finish(r, s, &t)
	return nil
}

// OrderPositions sorts ps in place into the order NewLadder needs: borrow
// shares per unit of collateral, highest first (without collateral first
// of all), then the positions without debt. Ties come in any order.
func OrderPositions(ps []morpho.Position) {
	slices.SortFunc(ps, func(x, y morpho.Position) int {
		switch dx, dy := !x.BorrowShares.IsZero(), !y.BorrowShares.IsZero(); {
		case dx && dy:
			return cmpRatio(&y.BorrowShares, &y.Collateral, &x.BorrowShares, &x.Collateral)
		case dx:
			return -1
		case dy:
			return 1
		}
		return 0
	})
}

// cmpRatio returns the sign of bx·cy − by·cx, which compares bx/cx with
// by/cy, computed exactly.
func cmpRatio(bx, cx, by, cy *uint256.Int) int {
	var l, r uint256.Int
	_, o1 := l.MulOverflow(bx, cy)
	_, o2 := r.MulOverflow(by, cx)
	if !o1 && !o2 {
		return l.Cmp(&r)
	}
	lb := new(big.Int).Mul(bx.ToBig(), cy.ToBig())
	return lb.Cmp(new(big.Int).Mul(by.ToBig(), cx.ToBig()))
}

// ray is the exact test B·v > C·u (B·v ≥ C·u with orEqual) on a position
// with collateral C and borrow shares B. For C > 0 and v > 0 it compares
// the ratio B/C with u/v, so along the ladder it holds on a prefix.
type ray struct {
	u, v    big.Int
	orEqual bool
}

// scratch is reusable space for ray tests.
type scratch struct {
	c, b *big.Int
	x, y big.Int
}

func (r *ray) holds(c, b *uint256.Int, sc *scratch) bool {
	b.IntoBig(&sc.b)
	c.IntoBig(&sc.c)
	sc.x.Mul(sc.b, &r.v)
	sc.y.Mul(sc.c, &r.u)
	k := sc.x.Cmp(&sc.y)
	return k > 0 || (k == 0 && r.orEqual)
}

// profitMode says how a shock's keeper profitability is settled.
type profitMode uint8

const (
	// profitNone: E·LIF ≤ 1e18·P, no liquidation pays (proved).
	profitNone profitMode = iota
	// profitAll: every liquidatable rung's liquidation pays (proved);
	// only the dust is sized one by one.
	profitAll
	// profitCheck: the margin is too thin to tell; every liquidatable
	// position is sized one by one.
	profitCheck
)

// eval is one shock against one market: prices, the exact tests of the
// package doc (# Ladder) and per-position checks.
type eval struct {
	*base
	sh   *shocked
	p, e *big.Int // shocked oracle price P, execution price E (1e36)
	d    *big.Int // E·LIF − 1e18·P: the keeper's margin, scaled
	// liq: surely liquidatable; bad: bad debt; seizeAll: the real-valued
	// seizure for all shares covers the collateral.
	liq, bad, seizeAll ray
	pos                morpho.Position
}

func (bs *base) newEval(sh *shocked) *eval {
	ev := &eval{base: bs, sh: sh, p: sh.oracleBig, e: sh.exec.ToBig()}
	lltv := bs.pr.lltv.ToBig()
	// liq: B·A·1e54 > C·P·λ·S, i.e. B·r > C·P·λ/1e54.
	ev.liq.v.Mul(bs.a, e54Big)
	ev.liq.u.Mul(ev.p, lltv)
	ev.liq.u.Mul(&ev.liq.u, bs.s)
	// bad: B·A·1e36 > C·E·S, i.e. B·r > C·E/1e36.
	ev.bad.v.Mul(bs.a, e36Big)
	ev.bad.u.Mul(ev.e, bs.s)
	// seizeAll: B·A·LIF·1e36 ≥ C·P·S·1e18, i.e. B·r·(LIF/1e18)/(P/1e36) ≥ C.
	ev.seizeAll.v.Mul(bs.a, bs.lif)
	ev.seizeAll.v.Mul(&ev.seizeAll.v, e36Big)
	ev.seizeAll.u.Mul(ev.p, bs.s)
	ev.seizeAll.u.Mul(&ev.seizeAll.u, wadBig)
	ev.seizeAll.orEqual = true
	ev.d = new(big.Int).Mul(ev.e, bs.lif)
	ev.d.Sub(ev.d, new(big.Int).Mul(wadBig, ev.p))
	return ev
}

// safeRay returns the test that fails from the first rung beyond which no
// rung is liquidatable: B·cmin·A·1e54 > C·S·(cmin·P·λ − 3e54), the negation
// of cmin·(C·q − B·r) ≥ 3·C with q = P·λ/1e54 (package doc).
func (ev *eval) safeRay(cmin *uint256.Int) *ray {
	r := new(ray)
	c := cmin.ToBig()
	r.v.Mul(c, ev.a)
	r.v.Mul(&r.v, e54Big)
	r.u.Mul(c, ev.p)
	r.u.Mul(&r.u, ev.pr.lltv.ToBig())
	r.u.Sub(&r.u, new(big.Int).Mul(big.NewInt(3), e54Big))
	r.u.Mul(&r.u, ev.s)
	return r
}

// profitMode decides how profitability is settled for this shock (package
// doc: with X the real-valued seizure and δ = E − P·1e18/LIF, a
// liquidation's exact gross profit π satisfies X·δ/1e36 − K < π ≤ X·δ/1e36).
func (ev *eval) profitMode(cmin *uint256.Int) profitMode {
	if ev.d.Sign() <= 0 {
		return profitNone
	}
	k := ev.kBound()
	c := cmin.ToBig()
	if ev.p.Sign() == 0 {
		// Every seizure is the collateral: X ≥ cmin, δ/1e36 = D/(1e36·LIF).
		lhs := c.Mul(c, ev.d)
		rhs := k.Mul(k, e36Big)
		rhs.Mul(rhs, ev.lif)
		if lhs.Cmp(rhs) >= 0 {
			return profitAll
		}
		return profitCheck
	}
	// X ≥ cmin·λ·LIF/1e36 − 2·LIF·1e18/P = xl/(1e36·P) for a liquidatable
	// rung; need xl/(1e36·P) · D/(1e36·LIF) ≥ K.
	xl := c.Mul(c, ev.pr.lltv.ToBig())
	xl.Mul(xl, ev.lif).Mul(xl, ev.p)
	xl.Sub(xl, new(big.Int).Mul(new(big.Int).Lsh(ev.lif, 1), e54Big))
	if xl.Sign() <= 0 {
		return profitCheck
	}
	xl.Mul(xl, ev.d)
	rhs := k.Mul(k, e72Big)
	rhs.Mul(rhs, ev.p).Mul(rhs, ev.lif)
	if xl.Cmp(rhs) >= 0 {
		return profitAll
	}
	return profitCheck
}

// kBound returns an integer K ≥ max(r + 4, E'·(LIF'+1)/P' + E' + 2) with
// r = A/S, E' = E/1e36, P' = P/1e36, LIF' = LIF/1e18 (the second term only
// when P > 0): ⌈A/S⌉ + ⌈E/1e36⌉ + ⌈E·(LIF+1e18)/(P·1e18)⌉ + 6.
func (ev *eval) kBound() *big.Int {
	k := ceilDiv(ev.a, ev.s)
	k.Add(k, ceilDiv(ev.e, e36Big))
	k.Add(k, big.NewInt(6))
	if ev.p.Sign() > 0 {
		num := new(big.Int).Add(ev.lif, wadBig)
		num.Mul(num, ev.e)
		k.Add(k, ceilDiv(num, new(big.Int).Mul(ev.p, wadBig)))
	}
	return k
}

// checkRange fails when Morpho's health check or liquidation sizing could
// overflow for some indebted position: both grow with the collateral and
// the borrow shares alone, so the largest of each decide.
func (ev *eval) checkRange(maxColl, maxShares *uint256.Int) error {
	m := &ev.pr.market
	p := morpho.Position{Collateral: *maxColl, BorrowShares: *maxShares}
	if _, err := morpho.PositionHealth(p, *m, &ev.sh.oracle, &ev.pr.lltv); err != nil {
		return fmt.Errorf("health of the largest position: %w", err)
	}
	// mulDivUp(seized, price, 1e36) with seized ≤ collateral.
	var x uint256.Int
	if _, overflow := x.MulOverflow(maxColl, &ev.sh.oracle); overflow {
		return fmt.Errorf("largest collateral quoted: %w", morpho.ErrOverflow)
	}
	if _, overflow := x.AddOverflow(&x, priceScaleLess1); overflow {
		return fmt.Errorf("largest collateral quoted: %w", morpho.ErrOverflow)
	}
	// toSharesUp(q) with q ≤ ⌊shares·A/S⌋ (MaxSeizable's bound): q·S + A − 1.
	// The health check above made A, S and shares·A fit.
	var a, s, am1 uint256.Int
	a.AddUint64(&m.TotalBorrowAssets, morpho.VirtualAssets)
	s.AddUint64(&m.TotalBorrowShares, morpho.VirtualShares)
	am1.SubUint64(&a, 1)
	x.MulDivOverflow(maxShares, &a, &s)
	if _, overflow := x.MulOverflow(&x, &s); overflow {
		return fmt.Errorf("largest repaid shares: %w", morpho.ErrOverflow)
	}
	if _, overflow := x.AddOverflow(&x, &am1); overflow {
		return fmt.Errorf("largest repaid shares: %w", morpho.ErrOverflow)
	}
	return nil
}

func (ev *eval) liquidatable(c, b *uint256.Int) (bool, error) {
	ev.pos.Collateral.Set(c)
	ev.pos.BorrowShares.Set(b)
	h, err := morpho.PositionHealth(ev.pos, ev.pr.market, &ev.sh.oracle, &ev.pr.lltv)
	if err != nil {
		return false, err
	}
	return h.Liquidatable, nil
}

// profitable reports whether the largest liquidation of the position
// (morpho.MaxSeizable) fetches more at E than it repays, as Run decides it;
// a value beyond 2^256 does.
func (ev *eval) profitable(c, b *uint256.Int) (bool, error) {
	ev.pos.Collateral.Set(c)
	ev.pos.BorrowShares.Set(b)
	seized, _, repaid, err := morpho.MaxSeizable(ev.pos, ev.pr.market, &ev.sh.oracle, &ev.pr.lltv)
	if err != nil {
		return false, fmt.Errorf("liquidation sizing: %w", err)
	}
	var value uint256.Int
	if _, overflow := value.MulDivOverflow(&seized, &ev.sh.exec, priceScale); overflow {
		return true, nil
	}
	return value.Gt(&repaid), nil
}

// visit checks one indebted position in full and adds it to t; sized says
// whether to size its liquidation (otherwise it is left to the caller).
func (ev *eval) visit(t *tally, c, b *uint256.Int, sized bool, sc *scratch) error {
	if ev.bad.holds(c, b, sc) {
		t.badColl.add(c)
		t.badShares.add(b)
	}
	liq, err := ev.liquidatable(c, b)
	if err != nil || !liq {
		return err
	}
	t.addLiquidatable(c, b)
	if !sized {
		return nil
	}
	ok, err := ev.profitable(c, b)
	if err != nil {
		return err
	}
	t.addProfit(ok, ev.seizeAll.holds(c, b, sc), c, b)
	return nil
}

// tally is one shock's exact sums before rounding.
type tally struct {
	liq, unprofitable    int
	liqColl, liqShares   sum // liquidatable
	badColl, badShares   sum // bad debt (real-valued test)
	profColl, profShares sum // profitable: collateral where all is seized, shares elsewhere
}

func (t *tally) addLiquidatable(c, b *uint256.Int) {
	t.liq++
	t.liqColl.add(c)
	t.liqShares.add(b)
}

func (t *tally) addProfit(ok, seizesAll bool, c, b *uint256.Int) {
	switch {
	case !ok:
		t.unprofitable++
	case seizesAll:
		t.profColl.add(c)
	default:
		t.profShares.add(b)
	}
}

// finish rounds t into r (package doc, # Ladder).
func (ev *eval) finish(r *Result, s Shock, t *tally) {
	r.Shock = Shock{Name: s.Name, Depeg: clone(s.Depeg), Slash: clone(s.Slash)}
	r.OracleMoved = ev.sh.moved
	r.OraclePriceAfter = ev.sh.oracleBig
	r.MarketPriceAfter = ev.sh.market
	r.Liquidatable = t.liq
	r.Unprofitable = t.unprofitable
	r.Collateral = t.liqColl.big()

	// Debt = ⌈ΣB·A/S⌉.
	debt := t.liqShares.big()
	r.Debt = ceilDiv(debt.Mul(debt, ev.a), ev.s)

	// BadDebt = ⌈(ΣB·A·1e36 − ΣC·E·S)/(S·1e36)⌉; each bad position adds a
	// positive term, so the numerator is positive unless the set is empty.
	bad := t.badShares.big()
	bad.Mul(bad, ev.a).Mul(bad, e36Big)
	value := t.badColl.big()
	value.Mul(value, ev.e).Mul(value, ev.s)
	if bad.Sub(bad, value).Sign() <= 0 {
		r.BadDebt = new(big.Int)
	} else {
		r.BadDebt = ceilDiv(bad, new(big.Int).Mul(ev.s, e36Big))
	}
	r.KeeperProfit = ev.profit(&t.profColl, &t.profShares)
}

// profit returns ⌊D·(ΣC·S·P + ΣB·A·1e18·LIF)/(1e36·LIF·S·P)⌋, the
// real-valued profit of the profitable liquidations rounded down (with
// P = 0 every seizure is the collateral: ⌊ΣC·D/(1e36·LIF)⌋).
func (ev *eval) profit(coll, shares *sum) *big.Int {
	if ev.d.Sign() <= 0 {
		return new(big.Int) // nothing is profitable
	}
	c := coll.big()
	if ev.p.Sign() == 0 {
		c.Mul(c, ev.d)
		return c.Quo(c, new(big.Int).Mul(e36Big, ev.lif))
	}
	c.Mul(c, ev.s).Mul(c, ev.p)
	b := shares.big()
	b.Mul(b, ev.a).Mul(b, wadBig).Mul(b, ev.lif)
	c.Add(c, b).Mul(c, ev.d)
	den := new(big.Int).Mul(e36Big, ev.lif)
	den.Mul(den, ev.s).Mul(den, ev.p)
	return c.Quo(c, den)
}

// span sets s = hi − lo for running totals hi ≥ lo.
func (s *sum) span(hi, lo *sum) {
	_, borrow := s.lo.SubOverflow(&hi.lo, &lo.lo)
	s.carries = hi.carries - lo.carries
	if borrow {
		s.carries--
	}
}
