package aave

import (
	"encoding/binary"
	"math/rand/v2"
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

// FuzzLiquidatableMatchesFullScan: over random books (loops of every size,
// some in e-mode, and multi-reserve users) and price and index paths, the
// walk of the loop order with its stop bound finds exactly the users a
// full scan of getUserAccountData's arithmetic finds below 1, under both
// rule sets.
func FuzzLiquidatableMatchesFullScan(f *testing.F) {
	f.Add(uint64(1), uint16(9500), uint64(3090), uint64(0), uint64(0), false)
	f.Add(uint64(7), uint16(9300), uint64(2600), uint64(1e19), uint64(5e15), true)
	f.Add(uint64(42), uint16(9700), uint64(4000), uint64(3), uint64(9e14), false)
	f.Fuzz(func(t *testing.T, seed uint64, emodeLT uint16, price, incomeBump, debtBump uint64, v33 bool) {
		emodeLT = 8500 + emodeLT%1400
		rng := rand.New(rand.NewPCG(seed, seed>>1))
		// Collateral from 1e-9 to ~1e6 tokens: every tier and the loose
		// list.
		w := newIndexWorld(rng, 300, 30, emodeLT, 9, 22)
		if v33 {
			w.tr.m.Version = aave.V3_3
		}
		for step := range 4 {
			p := 1500 + (price+uint64(step)*97)%3000
			w.tick(p, incomeBump%1e19, debtBump%1e16)
			require.Equal(t, w.fullScan(t), w.walk(t), "step %d, collateral at $%d", step, p)
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
