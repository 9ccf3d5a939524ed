package aave

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
)

// indexWorld is a tracker over testMarket's two reserves (0: an LRT
// collateral, 1: WETH debt) filled without a chain, and a state whose
// prices and indexes the caller sets.
type indexWorld struct {
	tr    *Tracker
	state *State
	users []common.Address
}

// newIndexWorld opens loops and complexUsers positions whose collateral
// spans decades [lo, hi) of wei (a mantissa of 1–999 on top).
func newIndexWorld(rng *rand.Rand, loops, complexUsers int, emodeLT uint16, lo, hi int) *indexWorld {
	m := testMarket()
	m.Reserves[0].Config.LT, m.Reserves[0].Config.LTV = 7500, 7200
	m.Reserves[1].Config.LT, m.Reserves[1].Config.LTV = 8300, 8000
	w := &indexWorld{tr: NewTracker(m)}
	w.state = &State{Reserves: make([]aave.Reserve, 2), Data: make([]ReserveData, 2), EModes: map[uint8]*aave.EMode{}}
	for i := range 2 {
		r := &w.state.Reserves[i]
		r.ID, r.LTV, r.LT = uint16(i), m.Reserves[i].Config.LTV, m.Reserves[i].Config.LT
		r.Unit.SetUint64(1e18)
		r.Income.Set(aave.RAY)
		r.Debt.Set(aave.RAY)
	}
	em := &aave.EMode{ID: 1, LTV: emodeLT - 200, LT: emodeLT, LB: 10100}
	em.Collateral[0] = 0b11
	w.state.EModes[1] = em
	addr := func(i int) common.Address {
		var a common.Address
		binary.BigEndian.PutUint64(a[12:], uint64(i)+1)
		return a
	}
	for i := range loops + complexUsers {
		u := &userState{}
		// Health factors 1.0 to 1.67 with ezETH at $3,090 and WETH at
		// $3,000: debt = collateral·1.03·LT/h, h = 1/U(0.6, 0.999).
		if rng.IntN(3) == 0 {
			u.emode = 1
		}
		lt := uint64(m.Reserves[0].Config.LT)
		if u.emode == 1 {
			lt = uint64(emodeLT)
		}
		coll := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(lo+rng.IntN(hi-lo))))
		coll.Mul(coll, uint256.NewInt(uint64(1+rng.IntN(999))))
		debt := new(uint256.Int).Mul(coll, uint256.NewInt(103*lt*uint64(600_000+rng.IntN(399_000))))
		debt.Div(debt, uint256.NewInt(100*10_000*1_000_000))
		if i < loops {
			u.config.SetUint64(0b0110) // collateral 0, borrowing 1
			u.setLeg(0, coll, new(uint256.Int))
			u.setLeg(1, new(uint256.Int), debt)
		} else {
			u.config.SetUint64(0b1111) // both reserves both ways
			u.setLeg(0, coll, new(uint256.Int).Div(debt, uint256.NewInt(4)))
			u.setLeg(1, new(uint256.Int).Div(coll, uint256.NewInt(3)), debt)
		}
		a := addr(i)
		if err := w.tr.store(a, u, 1); err != nil {
			panic(err)
		}
		w.users = append(w.users, a)
	}
	return w
}

// tick sets the collateral's price relative to WETH's ($3,000) and grows
// both indexes.
func (w *indexWorld) tick(collPriceUSD uint64, incomeBump, debtBump uint64) {
	w.state.Reserves[0].Price.SetUint64(collPriceUSD * 1e8)
	w.state.Reserves[1].Price.SetUint64(3000e8)
	w.state.Reserves[0].Income.Add(&w.state.Reserves[0].Income, uint256.NewInt(incomeBump))
	w.state.Reserves[1].Debt.Add(&w.state.Reserves[1].Debt, new(uint256.Int).Mul(uint256.NewInt(debtBump), uint256.NewInt(1e12)))
}

// fullScan is every user below 1 by the exact account data.
func (w *indexWorld) fullScan(t testing.TB) map[common.Address]bool {
	out := map[common.Address]bool{}
	for _, a := range w.users {
		u, ok := w.tr.User(a)
		require.True(t, ok)
		acc, err := w.state.Account(w.tr.m.Version, &u)
		require.NoError(t, err)
		if acc.HealthFactor.Lt(uint256.NewInt(aave.WAD)) {
			out[a] = true
		}
	}
	return out
}

func (w *indexWorld) walk(t testing.TB) map[common.Address]bool {
	targets, err := w.tr.Liquidatable(w.state)
	require.NoError(t, err)
	out := map[common.Address]bool{}
	for _, tg := range targets {
		out[tg.User] = true
	}
	return out
}

// multiWorld is a tracker over three reserves (0: an LRT collateral at
// $3,090, 1: WETH at $3,000, 2: USDC at $1 with 6 decimals; e-mode 1
// counts 0 and 1 at its own LT) filled without a chain, and beside it the
// users as plain Users: the model the full scan reads, so that the
// tracker's own storage (a plain loop keeps its balances in its record)
// is checked too.
type multiWorld struct {
	tr    *Tracker
	state *State
	model map[common.Address]User
	users []common.Address
	rng   *rand.Rand
	// lo and hi are the decades of wei a user's LRT collateral spans.
	lo, hi int
}

var multiPrices = [3]uint64{3090e8, 3000e8, 1e8}

// testMarket3 is testMarket with a third reserve, USDC (6 decimals).
func testMarket3() *Market {
	m := testMarket()
	usdc, aUSDC := common.HexToAddress("0xa003"), common.HexToAddress("0xb003")
	m.byAsset[usdc] = 2
	m.Reserves = append(m.Reserves, Reserve{Asset: usdc, ReserveData: ReserveData{ID: 2, AToken: aUSDC, Config: ReserveConfig{Decimals: 6}}})
	return m
}

// newMultiWorld opens loops (LRT against WETH or USDC) and complexUsers
// (random configurations over the three reserves, some with a flag but no
// balance or a balance but no flag); usdcLT 0 makes USDC count no
// collateral.
func newMultiWorld(rng *rand.Rand, loops, complexUsers int, emodeLT, usdcLT uint16) *multiWorld {
	m := testMarket3()
	params := [3][2]uint16{{7200, 7500}, {8000, 8300}, {min(7500, usdcLT), usdcLT}} // LTV, LT
	w := &multiWorld{tr: NewTracker(m), model: map[common.Address]User{}, rng: rng, lo: 9, hi: 22}
	w.state = &State{Reserves: make([]aave.Reserve, 3), Data: make([]ReserveData, 3), EModes: map[uint8]*aave.EMode{}}
	for i := range 3 {
		m.Reserves[i].Config.LTV, m.Reserves[i].Config.LT = params[i][0], params[i][1]
		w.state.Data[i] = m.Reserves[i].ReserveData
		w.state.Data[i].Config.Bonus, w.state.Data[i].Config.ProtocolFee = 10500+uint16(i)*100, 1000
		r := &w.state.Reserves[i]
		r.ID, r.LTV, r.LT = uint16(i), params[i][0], params[i][1]
		r.Unit.Exp(uint256.NewInt(10), uint256.NewInt(uint64(m.Reserves[i].Config.Decimals)))
		r.Income.Set(aave.RAY)
		r.Debt.Set(aave.RAY)
		r.Price.SetUint64(multiPrices[i])
	}
	em := &aave.EMode{ID: 1, LTV: emodeLT - 200, LT: emodeLT, LB: 10100}
	em.Collateral[0] = 0b11
	w.state.EModes[1] = em
	for i := range loops + complexUsers {
		var a common.Address
		binary.BigEndian.PutUint64(a[12:], uint64(i)+1)
		w.users = append(w.users, a)
		w.set(a, w.randomUser(a, i < loops))
	}
	return w
}

// set stores u in the tracker (as a batch read of every reserve) and in
// the model.
func (w *multiWorld) set(a common.Address, u User) {
	if err := w.tr.Set(u, 1); err != nil {
		panic(err)
	}
	w.model[a] = u
}

// value is amount of reserve r in base currency at the state's price.
func (w *multiWorld) value(r int, amount *uint256.Int) *uint256.Int {
	rv := &w.state.Reserves[r]
	v := new(uint256.Int).Mul(amount, &rv.Price)
	return v.Div(v, &rv.Unit)
}

// amountOf is base (in base currency) in tokens of reserve r.
func (w *multiWorld) amountOf(r int, base *uint256.Int) *uint256.Int {
	rv := &w.state.Reserves[r]
	v := new(uint256.Int).Mul(base, &rv.Unit)
	return v.Div(v, &rv.Price)
}

// randomUser is a loop or a multi-reserve user whose health factor is
// about 1.0 to 1.67 at the state's prices (a few complex users start
// under 1). Balances are taken as scaled: what the indexes then do to
// them is the point.
func (w *multiWorld) randomUser(a common.Address, loop bool) User {
	rng := w.rng
	u := User{Address: a, ScaledCollateral: make([]uint256.Int, 3), ScaledDebt: make([]uint256.Int, 3)}
	if rng.IntN(3) == 0 {
		u.EMode = 1
	}
	lrt := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(w.lo+rng.IntN(w.hi-w.lo))))
	lrt.Mul(lrt, uint256.NewInt(uint64(1+rng.IntN(999))))
	var coll, borrow [3]bool
	coll[0] = true
	u.ScaledCollateral[0].Set(lrt)
	if loop {
		borrow[1+rng.IntN(2)] = true
	} else {
		for r := 1; r < 3; r++ {
			coll[r] = rng.IntN(2) == 0
			if coll[r] || rng.IntN(8) == 0 { // now and then a balance that is not collateral
				base := w.value(0, lrt)
				base.Mul(base, uint256.NewInt(uint64(1+rng.IntN(100))))
				u.ScaledCollateral[r].Set(w.amountOf(r, base.Div(base, uint256.NewInt(100))))
			}
		}
		for r := range 3 {
			borrow[r] = rng.IntN(2) == 0
		}
		if !borrow[1] && !borrow[2] {
			borrow[1+rng.IntN(2)] = true
		}
		if rng.IntN(8) == 0 {
			coll[rng.IntN(3)] = true // perhaps a flag without a balance
		}
	}
	// Debt: the weighted collateral over the health factor, split over
	// the borrowed reserves; 1/h from 0.6 to 0.999 (to 1.05 for complex
	// users).
	weighted := new(uint256.Int)
	for r := range 3 {
		lt := uint64(w.state.Reserves[r].LT)
		if u.EMode == 1 && r < 2 && lt != 0 {
			lt = uint64(w.state.EModes[1].LT)
		}
		if coll[r] {
			v := w.value(r, &u.ScaledCollateral[r])
			weighted.Add(weighted, v.Mul(v, uint256.NewInt(lt)))
		}
	}
	f := 600_000 + rng.Uint64N(399_000)
	if !loop {
		f = 600_000 + rng.Uint64N(450_000)
	}
	weighted.Mul(weighted, uint256.NewInt(f))
	weighted.Div(weighted, uint256.NewInt(10_000*1_000_000))
	var shares [3]uint64
	total := uint64(0)
	for r := range 3 {
		if borrow[r] {
			shares[r] = 1 + rng.Uint64N(9)
			total += shares[r]
		}
	}
	for r := range 3 {
		if borrow[r] {
			base := new(uint256.Int).Mul(weighted, uint256.NewInt(shares[r]))
			u.ScaledDebt[r].Set(w.amountOf(r, base.Div(base, uint256.NewInt(total))))
		}
	}
	for r := range 3 {
		if coll[r] {
			u.Config[0] |= 1 << (2*r + 1)
		}
		if borrow[r] {
			u.Config[0] |= 1 << (2 * r)
		}
	}
	return u
}

// move sets every reserve's price (the LRT's to lrtUSD, WETH within 5 %
// of $3,000, USDC within 3 % of $1) and grows every index (debt by up to
// 3 % of RAY a tick).
func (w *multiWorld) move(lrtUSD, incomeBump, debtBump uint64) {
	rng := w.rng
	w.state.Reserves[0].Price.SetUint64(lrtUSD * 1e8)
	w.state.Reserves[1].Price.SetUint64(3000e8 * (950 + rng.Uint64N(101)) / 1000)
	w.state.Reserves[2].Price.SetUint64(1e8 * (970 + rng.Uint64N(61)) / 1000)
	for i := range w.state.Reserves {
		r := &w.state.Reserves[i]
		r.Income.Add(&r.Income, new(uint256.Int).Mul(uint256.NewInt(incomeBump), uint256.NewInt(uint64(i)+1)))
		r.Debt.Add(&r.Debt, new(uint256.Int).Mul(uint256.NewInt(debtBump), uint256.NewInt(uint64(3-i)*1e9)))
	}
}

// check compares the tracker with the model at the state: every user's
// balances, the liquidatable set with a full scan of the model, and each
// target's account and terms with what the model gives.
func (w *multiWorld) check(t *testing.T, where string) {
	t.Helper()
	v := w.tr.m.Version
	want := map[common.Address]aave.Account{}
	for _, a := range w.users {
		mu := w.model[a]
		u, ok := w.tr.User(a)
		held := slices.ContainsFunc(mu.ScaledCollateral, func(x uint256.Int) bool { return !x.IsZero() }) ||
			slices.ContainsFunc(mu.ScaledDebt, func(x uint256.Int) bool { return !x.IsZero() })
		require.Equal(t, held, ok, "%s: user %s held", where, a)
		if !ok {
			continue
		}
		require.Equal(t, mu, u, "%s: user %s as the tracker keeps it", where, a)
		acc, err := w.state.Account(v, &mu)
		require.NoError(t, err)
		if acc.HealthFactor.Lt(uint256.NewInt(aave.WAD)) {
			want[a] = acc
		}
	}
	targets, err := w.tr.Liquidatable(w.state)
	require.NoError(t, err)
	got := map[common.Address]bool{}
	for _, tg := range targets {
		require.False(t, got[tg.User], "%s: %s twice", where, tg.User)
		got[tg.User] = true
		acc, ok := want[tg.User]
		require.True(t, ok, "%s: %s is not below 1", where, tg.User)
		require.Equal(t, acc, tg.Account, "%s: %s's account", where, tg.User)
		mu := w.model[tg.User]
		coll, debt := referenceTarget(t, v, w.state, &mu)
		require.Equal(t, [2]int{coll, debt}, [2]int{tg.Coll, tg.Debt}, "%s: %s's reserves", where, tg.User)
		if coll < 0 || debt < 0 {
			require.Nil(t, tg.Case)
			continue
		}
		require.NotNil(t, tg.Case)
		require.Equal(t, acc, *tg.Case.Account)
		require.Equal(t, &w.state.Reserves[coll], tg.Case.Coll)
		require.Equal(t, &w.state.Reserves[debt], tg.Case.Debt)
		require.Equal(t, mu.ScaledCollateral[coll], tg.Case.ScaledCollateral)
		require.Equal(t, mu.ScaledDebt[debt], tg.Case.ScaledDebt)
		bonus := w.state.Data[coll].Config.Bonus
		if mu.EMode == 1 && coll < 2 {
			bonus = w.state.EModes[1].LB
		}
		require.Equal(t, bonus, tg.Case.Bonus)
	}
	var missed []common.Address
	for a := range want {
		if !got[a] {
			missed = append(missed, a)
		}
	}
	require.Empty(t, missed, "%s: below 1 by a full scan, not found", where)
}

// referenceTarget picks the reserves to liquidate from a User, by the rule
// Target documents: the largest counted collateral and the largest debt by
// value, the first on a tie.
func referenceTarget(t *testing.T, v aave.Version, s *State, u *User) (coll, debt int) {
	coll, debt = -1, -1
	var best [2]*uint256.Int
	for i := range s.Reserves {
		r := &s.Reserves[i]
		if u.Collateral(r.ID) && r.LT != 0 && !u.ScaledCollateral[i].IsZero() {
			val, err := aave.CollateralValue(v, &u.ScaledCollateral[i], r)
			require.NoError(t, err)
			if coll < 0 || val.Gt(best[0]) {
				coll, best[0] = i, val
			}
		}
		if !u.ScaledDebt[i].IsZero() {
			val, err := aave.DebtValue(v, &u.ScaledDebt[i], r)
			require.NoError(t, err)
			if debt < 0 || val.Gt(best[1]) {
				debt, best[1] = i, val
			}
		}
	}
	return coll, debt
}

// FuzzLiquidatableMatchesFullScan: over random books (loops of every
// size, some in e-mode, against WETH or USDC, and multi-reserve users of
// random configurations) and paths of four ticks that each move every
// reserve's price, grow every index and change a few users, the tracker
// finds exactly the users a full scan of getUserAccountData's arithmetic
// finds below 1, with their exact accounts and terms, under both rule
// sets; and it keeps every user's balances as the model holds them.
func FuzzLiquidatableMatchesFullScan(f *testing.F) {
	f.Add(uint64(1), uint16(9500), uint64(3090), uint64(0), uint64(0), false, uint16(7800))
	f.Add(uint64(7), uint16(9300), uint64(2600), uint64(1e19), uint64(5e15), true, uint16(0))
	f.Add(uint64(42), uint16(9700), uint64(4000), uint64(3), uint64(9e14), false, uint16(8600))
	f.Fuzz(func(t *testing.T, seed uint64, emodeLT uint16, price, incomeBump, debtBump uint64, v33 bool, usdcLT uint16) {
		emodeLT = 8500 + emodeLT%1400
		if usdcLT%3 == 0 {
			usdcLT = 0 // a reserve that counts no collateral
		} else {
			usdcLT = 5000 + usdcLT%4000
		}
		rng := rand.New(rand.NewPCG(seed, seed>>1))
		// Collateral from 1e-9 to ~1e6 tokens: every tier and the loose
		// list.
		w := newMultiWorld(rng, 300, 60, emodeLT, usdcLT)
		if v33 {
			w.tr.m.Version = aave.V3_3
		}
		for step := range 4 {
			p := 1500 + (price+uint64(step)*97)%3000
			w.move(p, incomeBump%1e19, debtBump%1e16)
			// A few users change between ticks: a new position, a loop
			// turning complex or back, or everything closed.
			for range 6 {
				a := w.users[rng.IntN(len(w.users))]
				u := w.randomUser(a, rng.IntN(2) == 0)
				if rng.IntN(6) == 0 {
					u = User{Address: a, ScaledCollateral: make([]uint256.Int, 3), ScaledDebt: make([]uint256.Int, 3)}
				}
				w.set(a, u)
			}
			w.check(t, fmt.Sprintf("step %d, LRT at $%d", step, p))
		}
	})
}

// BenchmarkAaveTick measures finding the liquidatable users after a price
// tick among 100,000 loops (≤ ~100 of them liquidatable), through the
// order, against a full scan of every user's account data.
func BenchmarkAaveTick(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 5))
	// 0.01 to ~1,000,000 tokens, as real books hold.
	w := newIndexWorld(rng, 100_000, 0, 9500, 16, 22)
	// A price at which about a hundred loops are under 1.
	lo, hi := uint64(1000), uint64(6000)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		w.tick(mid, 0, 0)
		if len(w.walk(b)) > 100 {
			lo = mid
		} else {
			hi = mid
		}
	}
	w.tick(hi, 0, 0)
	n := len(w.walk(b))
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			if _, err := w.tr.Liquidatable(w.state); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n), "liquidatable")
	})
	b.Run("full_scan", func(b *testing.B) {
		for b.Loop() {
			w.fullScan(b)
		}
	})
}
