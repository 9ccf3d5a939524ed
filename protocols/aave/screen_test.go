package aave

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
)

// stateOf is u as the tracker keeps a complex user.
func stateOf(u *User) *userState {
	st := &userState{emode: u.EMode}
	st.config.Set(&u.Config)
	for r := range u.ScaledCollateral {
		st.setLeg(r, &u.ScaledCollateral[r], &u.ScaledDebt[r])
	}
	return st
}

// randomWidth is a value of up to bits bits, often round or at an edge.
func randomWidth(rng *rand.Rand, bits int) *uint256.Int {
	x := new(uint256.Int)
	switch rng.IntN(6) {
	case 0:
		return x
	case 1: // 2^k − 1
		k := uint(rng.IntN(bits + 1))
		return x.Sub(x.Lsh(uint256.NewInt(1), k), uint256.NewInt(1))
	}
	for i := range 4 {
		x[i] = rng.Uint64()
	}
	return x.Rsh(x, uint(256-rng.IntN(bits+1)))
}

// screenCase is a random state and user: prices, units and indexes across
// their ranges (past the screen's own limits), reserve ids past 127, an LT
// of 0, an e-mode category read or not, flags without balances and
// balances without flags, up to past 2^128.
func screenCase(rng *rand.Rand) (*State, *User) {
	n := 1 + rng.IntN(5)
	s := &State{Reserves: make([]aave.Reserve, n), EModes: map[uint8]*aave.EMode{}}
	decimals := []uint64{0, 6, 8, 18, 18, 18, 24, 40, 77}
	for i := range s.Reserves {
		r := &s.Reserves[i]
		r.ID = uint16(i)
		if rng.IntN(10) == 0 {
			r.ID = 128 + uint16(i)
		}
		r.Unit.Exp(uint256.NewInt(10), uint256.NewInt(decimals[rng.IntN(len(decimals))]))
		if rng.IntN(2) == 0 {
			r.Price.SetUint64(rng.Uint64N(1e13))
		} else {
			r.Price.Set(randomWidth(rng, 104))
		}
		for _, ix := range []*uint256.Int{&r.Income, &r.Debt} {
			if rng.IntN(3) > 0 {
				ix.Add(aave.RAY, new(uint256.Int).Mul(aave.RAY, uint256.NewInt(rng.Uint64N(4))))
				ix.Add(ix, uint256.NewInt(rng.Uint64()))
			} else {
				ix.Set(randomWidth(rng, 104))
			}
		}
		r.LT = uint16(rng.IntN(10_001))
		if rng.IntN(5) == 0 {
			r.LT = 0
		}
		r.LTV = uint16(rng.IntN(int(r.LT) + 1))
	}
	if rng.IntN(4) > 0 {
		em := &aave.EMode{ID: 1, LT: uint16(rng.IntN(10_001))}
		em.LTV = uint16(rng.IntN(int(em.LT) + 1))
		em.Collateral[0] = rng.Uint64()
		s.EModes[1] = em
	}
	u := &User{EMode: uint8(rng.IntN(2)), ScaledCollateral: make([]uint256.Int, n), ScaledDebt: make([]uint256.Int, n)}
	u.Config[0] = rng.Uint64()
	for i := range n {
		if rng.IntN(4) > 0 {
			u.ScaledCollateral[i].Set(randomWidth(rng, 130))
		}
		if rng.IntN(3) > 0 {
			u.ScaledDebt[i].Set(randomWidth(rng, 130))
		}
	}
	return s, u
}

// checkScreen fails when the screen clears u but the exact account data
// is under 1 or fails.
func checkScreen(t *testing.T, v aave.Version, s *State, u *User) (cleared bool) {
	t.Helper()
	sc := newScreen(s)
	if !sc.healthy(s, stateOf(u)) {
		return false
	}
	a, err := s.Account(v, u)
	require.NoError(t, err, "cleared by the screen, but the account data fails")
	require.False(t, a.HealthFactor.Lt(uint256.NewInt(aave.WAD)), "cleared by the screen at a health factor of %s", a.HealthFactor.Dec())
	return true
}

// edge moves u's debt in reserve r to the smallest scaled debt at which
// its health factor is under 1 (bisection: the health falls as the debt
// grows); false when there is none below 2^128 or the account fails.
func edge(v aave.Version, s *State, u *User, r int) bool {
	under := func(x *uint256.Int) (bool, bool) {
		u.ScaledDebt[r].Set(x)
		a, err := s.Account(v, u)
		if err != nil {
			return false, false
		}
		return a.HealthFactor.Lt(uint256.NewInt(aave.WAD)), true
	}
	lo, hi := new(uint256.Int), new(uint256.Int).Lsh(uint256.NewInt(1), 128)
	if below, ok := under(hi); !ok || !below {
		return false
	}
	for new(uint256.Int).Sub(hi, lo).GtUint64(1) {
		mid := new(uint256.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if below, ok := under(mid); !ok || below {
			hi = mid
		} else {
			lo = mid
		}
	}
	u.ScaledDebt[r].Set(hi)
	return true
}

// FuzzScreenNeverClearsALiquidatableUser: over random states and users
// (screenCase), and the same users moved to within a wei of scaled debt
// of a health factor of 1 in each borrowed reserve, the screen clears a
// user only when getUserAccountData's arithmetic gives a health factor of
// 1 or more without failing, under both rule sets.
func FuzzScreenNeverClearsALiquidatableUser(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed, seed%2 == 0)
	}
	f.Fuzz(func(t *testing.T, seed uint64, v33 bool) {
		v := aave.V3_5
		if v33 {
			v = aave.V3_3
		}
		rng := rand.New(rand.NewPCG(seed, seed^0x5c4ee))
		s, u := screenCase(rng)
		checkScreen(t, v, s, u)
		for r := range s.Reserves {
			if s.Reserves[r].ID >= 128 || !u.Borrowing(s.Reserves[r].ID) {
				continue
			}
			if !edge(v, s, u, r) {
				continue
			}
			for _, d := range []int64{-1, 0, 1} {
				x := new(uint256.Int).Set(&u.ScaledDebt[r])
				if d < 0 {
					x.SubUint64(x, 1)
				} else {
					x.AddUint64(x, uint64(d))
				}
				e := *u
				e.ScaledDebt = append([]uint256.Int(nil), u.ScaledDebt...)
				e.ScaledDebt[r].Set(x)
				checkScreen(t, v, s, &e)
			}
		}
	})
}

// TestScreen: the screen clears ordinary healthy users, even close to 1,
// and passes over users under 1, states past its limits, e-mode
// categories not read and balances of 2^128 or more.
func TestScreen(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	w := newMultiWorld(rng, 0, 0, 9300, 7800)
	v := w.tr.m.Version
	// 4 LRT and 1 WETH of collateral, WETH and USDC debt at a health
	// factor of about h (in 1e-6).
	user := func(h uint64, emode uint8) *User {
		u := &User{Address: common.Address{1}, EMode: emode, ScaledCollateral: make([]uint256.Int, 3), ScaledDebt: make([]uint256.Int, 3)}
		u.Config.SetUint64(0b_01_11_10) // collateral 0 and 1, borrowing 1 and 2
		u.ScaledCollateral[0].SetUint64(4e18)
		u.ScaledCollateral[1].SetUint64(1e18)
		lt0, lt1 := uint64(7500), uint64(8300)
		if emode == 1 {
			lt0, lt1 = 9300, 9300
		}
		weighted := (4*3090*lt0 + 3000*lt1) * 1e8 / 1e4 // Σ value·LT in base currency
		debt := new(uint256.Int).Mul(uint256.NewInt(weighted), uint256.NewInt(1e6/2))
		debt.Div(debt, uint256.NewInt(h))
		u.ScaledDebt[1].Set(new(uint256.Int).Div(new(uint256.Int).Mul(debt, uint256.NewInt(1e18)), uint256.NewInt(3000e8)))
		u.ScaledDebt[2].Set(new(uint256.Int).Div(new(uint256.Int).Mul(debt, uint256.NewInt(1e6)), uint256.NewInt(1e8)))
		return u
	}
	for _, emode := range []uint8{0, 1} {
		for _, h := range []uint64{1_000_300, 1_010_000, 1_500_000, 10_000_000} {
			require.True(t, checkScreen(t, v, w.state, user(h, emode)), "health %d ppm, e-mode %d", h, emode)
		}
		for _, h := range []uint64{999_000, 1_000_000, 1_000_050} {
			require.False(t, newScreen(w.state).healthy(w.state, stateOf(user(h, emode))), "health %d ppm, e-mode %d", h, emode)
		}
	}

	far := user(1_500_000, 0)
	far.EMode = 2 // not read: the exact account fails
	require.False(t, newScreen(w.state).healthy(w.state, stateOf(far)))
	wide := user(1_500_000, 0)
	wide.ScaledCollateral[2].Lsh(uint256.NewInt(1), 128)
	wide.Config.SetUint64(0b_11_11_10)
	require.False(t, newScreen(w.state).healthy(w.state, stateOf(wide)), "a balance past the Pool's 128 bits")
	w.state.Reserves[2].Price.Lsh(uint256.NewInt(1), 100)
	require.False(t, newScreen(w.state).on, "a price past 2^100 turns the screen off")
}
