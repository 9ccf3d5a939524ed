package benchbook

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	aavemath "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	aaveproto "github.com/lrtkeeper/lrtkeeper/protocols/aave"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// The synthetic Aave pool's reserves, in the pool's order (the order of
// devnet.DefaultAaveSpec): WETH and USDC are borrowed, ezETH is the
// collateral whose price the ticks move.
const (
	aaveWETH = 0
	aaveEz   = 1
	aaveUSDC = 2
)

// aaveReserveSpecs are the pool's reserves: parameters as
// devnet.DefaultAaveSpec lists them, indexes grown as a pool a few years
// old has them (RAY as decimal strings).
var aaveReserveSpecs = []struct {
	symbol         string
	decimals       uint8
	ltv, lt, bonus uint16
	borrowing      bool
	price          uint64 // oracle base currency (USD, 8 decimals) per token
	income, debt   string
}{
	{"WETH", 18, 8000, 8300, 10500, true, 3000e8, "1031000000000000000000000000", "1058000000000000000000000000"},
	{"ezETH", 18, 7200, 7500, 10750, false, 3090e8, "1000400000000000000000000000", "1000000000000000000000000000"},
	{"USDC", 6, 7500, 7800, 10450, true, 1e8, "1047000000000000000000000000", "1089000000000000000000000000"},
}

// aaveEModeLT is the e-mode category 1's liquidation threshold (ETH
// correlated: WETH and ezETH as collateral).
const aaveEModeLT = 9500

// aaveComplexEvery: one user in aaveComplexEvery is a multi-asset user
// (ezETH and WETH collateral, WETH and USDC debt), which the tracker
// screens at every tick (protocols/aave/screen.go), evaluating in full
// those the screen cannot clear.
const aaveComplexEvery = 1000

// AaveBook is a synthetic Aave v3 pool followed by a protocols/aave
// Tracker: loops of ezETH against WETH (a third of them in e-mode) or
// USDC, and a few multi-asset users; 0.01 to ~10⁶ ezETH of collateral
// each, health factors 1.0 to 1.67 at the starting prices.
type AaveBook struct {
	Tracker *aaveproto.Tracker
	// State is the pool at the measured block; the ticks move its ezETH
	// price.
	State *aaveproto.State
	// Users are every user, in the order they were generated.
	Users []common.Address
	// Price is ezETH's starting oracle price (base currency, 8 decimals).
	Price uint256.Int
	// Thresholds are, per user whose health a lower ezETH price lowers,
	// the ezETH price below which it is liquidatable (float64, base
	// currency units), descending: a tick to just below Thresholds[k]
	// makes about the first k+1 liquidatable.
	Thresholds []float64
}

// aavePool is the synthetic pool's address.
var aavePool = common.HexToAddress("0xaa7e000000000000000000000000000000000001")

// aaveMarket builds the pool's Market and its State at the starting
// prices.
func aaveMarket() (*aaveproto.Market, *aaveproto.State) {
	m := &aaveproto.Market{Pool: aavePool, Oracle: common.HexToAddress("0xaa7e000000000000000000000000000000000002"), Version: aavemath.V3_5}
	n := len(aaveReserveSpecs)
	s := &aaveproto.State{Reserves: make([]aavemath.Reserve, n), Data: make([]aaveproto.ReserveData, n), EModes: map[uint8]*aavemath.EMode{}}
	for i, spec := range aaveReserveSpecs {
		addr := func(kind byte) common.Address {
			return common.BytesToAddress([]byte{0xaa, 0x7e, kind, byte(i)})
		}
		d := aaveproto.ReserveData{
			Config: aaveproto.ReserveConfig{
				LTV: spec.ltv, LT: spec.lt, Bonus: spec.bonus, Decimals: spec.decimals,
				Active: true, Borrowing: spec.borrowing, ReserveFactor: 1500, ProtocolFee: 1000,
			},
			ID: uint16(i), AToken: addr(0xa0), VariableDebt: addr(0xd0),
		}
		d.Indexes.LiquidityIndex.Set(uint256.MustFromDecimal(spec.income))
		d.Indexes.VariableBorrowIndex.Set(uint256.MustFromDecimal(spec.debt))
		d.Indexes.VariableBorrowRate.Set(uint256.MustFromDecimal("31000000000000000000000000")) // 3.1 % a year
		m.Reserves = append(m.Reserves, aaveproto.Reserve{Asset: addr(0x70), ReserveData: d})
		r := &s.Reserves[i]
		r.ID, r.LTV, r.LT = d.ID, spec.ltv, spec.lt
		r.Income.Set(&d.Indexes.LiquidityIndex)
		r.Debt.Set(&d.Indexes.VariableBorrowIndex)
		r.Price.SetUint64(spec.price)
		r.Unit.Exp(uint256.NewInt(10), uint256.NewInt(uint64(spec.decimals)))
		s.Data[i] = d
	}
	em := &aavemath.EMode{ID: 1, LTV: aaveEModeLT - 200, LT: aaveEModeLT, LB: 10100}
	em.Collateral.SetUint64(1<<aaveWETH | 1<<aaveEz)
	s.EModes[1] = em
	return m, s
}

// Configuration bits of a user: bit 2·id borrows reserve id, bit 2·id+1
// uses it as collateral.
const (
	aaveCollEz   = 1 << (2*aaveEz + 1)
	aaveCollWETH = 1 << (2*aaveWETH + 1)
	aaveDebtWETH = 1 << (2 * aaveWETH)
	aaveDebtUSDC = 1 << (2 * aaveUSDC)
)

// GenerateAave makes the pool and n users, without loading them.
func GenerateAave(n int, seed uint64) (*AaveBook, []aaveproto.User, error) {
	rng := rand.New(rand.NewPCG(seed, seed+2))
	m, s := aaveMarket()
	b := &AaveBook{Tracker: aaveproto.NewTracker(m), State: s, Users: make([]common.Address, n)}
	b.Price.Set(&s.Reserves[aaveEz].Price)
	nr := len(m.Reserves)
	// One backing array for every balance: the input's size is then known
	// exactly (bytes per position adds it back).
	flat := make([]uint256.Int, 2*nr*n)
	users := make([]aaveproto.User, n)
	for i := range n {
		u := &users[i]
		at := 2 * nr * i
		u.ScaledCollateral, u.ScaledDebt = flat[at:at+nr:at+nr], flat[at+nr:at+2*nr:at+2*nr]
		binary.BigEndian.PutUint64(u.Address[12:], uint64(i)+1)
		binary.BigEndian.PutUint32(u.Address[:4], uint32(rng.Uint64()))
		b.Users[i] = u.Address
		// 0.01 to ~1,000,000 ezETH: a decade from 10^16 to 10^21 wei, a
		// mantissa of 1 to 999 on top.
		coll := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(16+rng.IntN(6))))
		coll.Mul(coll, uint256.NewInt(uint64(1+rng.IntN(999))))
		// 1/health in ppm: health factors 1.0 to 1.67.
		f := 600_000 + rng.Uint64N(399_000)
		var err error
		switch {
		case i%aaveComplexEvery == aaveComplexEvery/2:
			err = b.complexUser(u, coll, f)
		case rng.IntN(3) == 0:
			u.EMode = 1
			err = b.loopUser(u, coll, aaveWETH, f)
		case rng.IntN(6) == 0:
			err = b.loopUser(u, coll, aaveUSDC, f)
		default:
			err = b.loopUser(u, coll, aaveWETH, f)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("aave user %d: %w", i, err)
		}
	}
	return b, users, nil
}

// loopUser gives u coll ezETH and the debt in reserve debt that puts its
// health at 1e6/f.
func (b *AaveBook) loopUser(u *aaveproto.User, coll *uint256.Int, debt int, f uint64) error {
	u.Config.SetUint64(aaveCollEz | 1<<(2*debt))
	if err := b.supply(u, aaveEz, coll); err != nil {
		return err
	}
	lt := uint64(aaveReserveSpecs[aaveEz].lt)
	if u.EMode == 1 {
		lt = aaveEModeLT
	}
	base := b.baseValue(aaveEz, coll)
	base.Mul(base, uint256.NewInt(lt*f))
	base.Div(base, uint256.NewInt(10_000*1_000_000))
	return b.borrow(u, debt, base)
}

// complexUser gives u coll ezETH and a third as much WETH as collateral,
// and debt split evenly between WETH and USDC at health 1e6/f.
func (b *AaveBook) complexUser(u *aaveproto.User, coll *uint256.Int, f uint64) error {
	u.Config.SetUint64(aaveCollEz | aaveCollWETH | aaveDebtWETH | aaveDebtUSDC)
	weth := new(uint256.Int).Div(coll, uint256.NewInt(3))
	if err := b.supply(u, aaveEz, coll); err != nil {
		return err
	}
	if err := b.supply(u, aaveWETH, weth); err != nil {
		return err
	}
	weighted := b.baseValue(aaveEz, coll)
	weighted.Mul(weighted, uint256.NewInt(uint64(aaveReserveSpecs[aaveEz].lt)))
	w := b.baseValue(aaveWETH, weth)
	weighted.Add(weighted, w.Mul(w, uint256.NewInt(uint64(aaveReserveSpecs[aaveWETH].lt))))
	half := weighted.Mul(weighted, uint256.NewInt(f))
	half.Div(half, uint256.NewInt(2*10_000*1_000_000))
	if err := b.borrow(u, aaveWETH, half); err != nil {
		return err
	}
	return b.borrow(u, aaveUSDC, half)
}

// baseValue is amount of reserve r in the oracle's base currency.
func (b *AaveBook) baseValue(r int, amount *uint256.Int) *uint256.Int {
	rv := &b.State.Reserves[r]
	v := new(uint256.Int).Mul(amount, &rv.Price)
	return v.Div(v, &rv.Unit)
}

// supply sets u's scaled aToken balance of reserve r for amount.
func (b *AaveBook) supply(u *aaveproto.User, r int, amount *uint256.Int) error {
	scaled, err := aavemath.RayDiv(amount, &b.State.Reserves[r].Income)
	if err != nil {
		return err
	}
	u.ScaledCollateral[r].Set(scaled)
	return nil
}

// borrow sets u's scaled debt of reserve r for base, a value in the
// oracle's base currency.
func (b *AaveBook) borrow(u *aaveproto.User, r int, base *uint256.Int) error {
	rv := &b.State.Reserves[r]
	amount := new(uint256.Int).Mul(base, &rv.Unit)
	amount.Div(amount, &rv.Price)
	scaled, err := aavemath.RayDiv(amount, &rv.Debt)
	if err != nil {
		return err
	}
	u.ScaledDebt[r].Set(scaled)
	return nil
}

// NewAave builds a pool of n users from seed.
func NewAave(n int, seed uint64) (*AaveBook, error) {
	b, users, err := GenerateAave(n, seed)
	if err != nil {
		return nil, err
	}
	if err := b.Load(users); err != nil {
		return nil, err
	}
	b.ComputeThresholds()
	return b, nil
}

// Load stores the users in the tracker: the index build.
func (b *AaveBook) Load(users []aaveproto.User) error {
	for i := range users {
		if err := b.Tracker.Set(users[i], 1); err != nil {
			return err
		}
	}
	return nil
}

// ComputeThresholds fills Thresholds from the tracker at the state's
// prices (other than ezETH's). A user is below 1 when
// Σ value·LT < 1e4·debt, which is linear in the ezETH price; the float
// solution orders the users, the ticks find the exact set.
func (b *AaveBook) ComputeThresholds() {
	s := b.State
	ray := aavemath.RAY.Float64()
	b.Thresholds = b.Thresholds[:0]
	for _, addr := range b.Users {
		u, ok := b.Tracker.User(addr)
		if !ok {
			continue
		}
		var ezWeight, otherWeighted, debt float64
		for i := range s.Reserves {
			r := &s.Reserves[i]
			if u.Collateral(r.ID) && r.LT != 0 {
				lt := float64(r.LT)
				if em := s.EModes[u.EMode]; u.EMode != 0 && em.Covers(r.ID) {
					lt = float64(em.LT)
				}
				tokens := u.ScaledCollateral[i].Float64() * r.Income.Float64() / ray / r.Unit.Float64()
				if i == aaveEz {
					ezWeight = tokens * lt
				} else {
					otherWeighted += tokens * r.Price.Float64() * lt
				}
			}
			if u.Borrowing(r.ID) {
				debt += u.ScaledDebt[i].Float64() * r.Debt.Float64() / ray / r.Unit.Float64() * r.Price.Float64()
			}
		}
		if ezWeight == 0 || debt == 0 {
			continue
		}
		if th := (1e4*debt - otherWeighted) / ezWeight; th > 0 {
			b.Thresholds = append(b.Thresholds, th)
		}
	}
	slices.SortFunc(b.Thresholds, func(x, y float64) int { return -cmpFloat(x, y) })
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// TickPrice is an ezETH price at which about k+1 users are liquidatable:
// a hundred-millionth below the k-th highest threshold, well clear of the
// Pool's rounding (a unit of base currency in 3·10⁹ for the smallest
// collateral).
func (b *AaveBook) TickPrice(k int) *uint256.Int {
	k = min(k, len(b.Thresholds)-1)
	return uint256.NewInt(uint64(math.Floor(b.Thresholds[k] * (1 - 1e-8))))
}

// SetPrice sets ezETH's oracle price in the state.
func (b *AaveBook) SetPrice(p *uint256.Int) { b.State.Reserves[aaveEz].Price.Set(p) }

// Tick answers the state's prices through the tracker's index: the
// liquidatable users, sorted.
func (b *AaveBook) Tick() ([]common.Address, error) {
	targets, err := b.Tracker.Liquidatable(b.State)
	if err != nil {
		return nil, err
	}
	return targetUsers(targets), nil
}

func targetUsers(targets []aaveproto.Target) []common.Address {
	out := make([]common.Address, len(targets))
	for i := range targets {
		out[i] = targets[i].User
	}
	slices.SortFunc(out, func(x, y common.Address) int { return x.Cmp(y) })
	return out
}

// NaiveTick answers the same by computing every user's account data, on
// one core, in the users' order (unsorted).
func (b *AaveBook) NaiveTick() ([]common.Address, error) {
	return b.scan(b.Users)
}

// scan is the users of list whose health factor is below 1.
func (b *AaveBook) scan(list []common.Address) ([]common.Address, error) {
	var out []common.Address
	v := b.Tracker.Market().Version
	one := uint256.NewInt(aavemath.WAD)
	for _, addr := range list {
		u, ok := b.Tracker.User(addr)
		if !ok {
			continue
		}
		a, err := b.State.Account(v, &u)
		if err != nil {
			return nil, err
		}
		if a.HealthFactor.Lt(one) {
			out = append(out, addr)
		}
	}
	return out, nil
}

// FullRescan computes every user's account data at the state on every core
// (ranges of users in parallel) and returns those below 1, sorted.
func (b *AaveBook) FullRescan() ([]common.Address, error) {
	workers := runtime.GOMAXPROCS(0)
	per := (len(b.Users) + workers - 1) / workers
	found := make([][]common.Address, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := min(w*per, len(b.Users)), min((w+1)*per, len(b.Users))
		wg.Go(func() { found[w], errs[w] = b.scan(b.Users[lo:hi]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := slices.Concat(found...)
	slices.SortFunc(out, func(x, y common.Address) int { return x.Cmp(y) })
	return out, nil
}

// MeasureAave builds a pool of n users and measures it as Measure does a
// Morpho book: ticks random ezETH prices at which at most maxK users are
// liquidatable. Every tick's set through the index is checked against a
// full scan at the same price (cached per price, on every core); the
// first twenty ticks also time the one-core full scan (naive_tick).
func MeasureAave(n, ticks, maxK int, seed uint64) (Result, *AaveBook, error) {
	r := Result{Positions: n, TickMaxCrossings: maxK}
	b, users, err := GenerateAave(n, seed)
	if err != nil {
		return r, nil, err
	}
	inputBytes := float64(n)*float64(unsafe.Sizeof(aaveproto.User{})) +
		float64(len(users)*2*len(aaveReserveSpecs))*float64(unsafe.Sizeof(uint256.Int{}))
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	if err := b.Load(users); err != nil {
		return r, nil, err
	}
	r.IndexBuildMs = ms(time.Since(start))
	users = nil //nolint:ineffassign // frees the input before the heap is measured
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// The input was live in the first reading only: add its size back.
	r.BytesPerPosition = (float64(after.HeapAlloc) - float64(before.HeapAlloc) + inputBytes) / float64(n)
	runtime.KeepAlive(b)
	b.ComputeThresholds()
	if len(b.Thresholds) == 0 {
		return r, nil, errors.New("no user is liquidatable at any ezETH price")
	}

	rng := rand.New(rand.NewPCG(seed, 99))
	tick := make([]time.Duration, 0, ticks)
	naive := make([]time.Duration, 0, min(ticks, 20))
	want := map[uint64][]common.Address{} // the full scan's set per price
	for i := range ticks {
		price := b.TickPrice(rng.IntN(maxK))
		b.SetPrice(price)
		t0 := time.Now()
		targets, err := b.Tracker.Liquidatable(b.State)
		tick = append(tick, time.Since(t0))
		if err != nil {
			return r, nil, err
		}
		got := targetUsers(targets)
		if len(got) == 0 || len(got) > maxK+10 {
			return r, nil, fmt.Errorf("aave tick at %s found %d liquidatable, want 1..%d", price, len(got), maxK)
		}
		if i < cap(naive) {
			t0 = time.Now()
			kn, err := b.NaiveTick()
			naive = append(naive, time.Since(t0))
			if err != nil {
				return r, nil, err
			}
			slices.SortFunc(kn, func(x, y common.Address) int { return x.Cmp(y) })
			if !slices.Equal(got, kn) {
				return r, nil, fmt.Errorf("aave tick at %s: index found %d liquidatable, full scan %d (or other users)", price, len(got), len(kn))
			}
		}
		full, ok := want[price.Uint64()]
		if !ok {
			if full, err = b.FullRescan(); err != nil {
				return r, nil, err
			}
			want[price.Uint64()] = full
		}
		if !slices.Equal(got, full) {
			return r, nil, fmt.Errorf("aave tick at %s: index found %d liquidatable, full scan %d (or other users)", price, len(got), len(full))
		}
		if i < cap(naive) || !ok {
			// The scans' garbage (two slices per user) is the benchmark's,
			// not the tick's: collect it before the next tick is timed.
			runtime.GC()
		}
	}
	r.TickP50us, r.TickP99us = us(quantile(tick, 0.5)), us(quantile(tick, 0.99))
	r.NaiveTickP50us = us(quantile(naive, 0.5))
	b.SetPrice(&b.Price)
	t0 := time.Now()
	if _, err := b.FullRescan(); err != nil {
		return r, nil, err
	}
	r.FullRescanMs = ms(time.Since(t0))
	return r, b, nil
}

// AaveNaiveRPCPerBlock is what re-reading every user of a pool every block
// costs: each user's getUserAccountData, chain.MaxBatch calls to an
// aggregate3, plus the block's logs and the head.
func AaveNaiveRPCPerBlock(users int) int {
	return (users+chain.MaxBatch-1)/chain.MaxBatch + 1 + 1
}

// Snapshot is a full snapshot of the pool as the keeper's Aave lane
// publishes it (docs/oracle-schema.md, "Aave v3 markets"): a market per
// loop market (pair and e-mode) and one multi-asset market, with every
// indebted user's record from its exact account data at the state. The
// asset readings are oracle.SyntheticSnapshot's; the health at the market
// and fair prices is the oracle health shifted by a few thousandths, and
// the stress figures are made up, as in that snapshot: they cost the
// publisher the same to write.
func (b *AaveBook) Snapshot(seed uint64) (*oracle.Snapshot, error) {
	snap := oracle.SyntheticSnapshot(0, seed)
	snap.Markets = nil
	rng := rand.New(rand.NewPCG(seed, 0xaa7e))
	s, m := b.State, b.Tracker.Market()
	v := m.Version
	rows := map[common.Hash]*oracle.MarketRisk{}
	others := crypto.Keccak256Hash(m.Pool.Bytes(), []byte("multi-asset"))
	rowOf := func(loop aaveproto.LoopMarket, isLoop bool) *oracle.MarketRisk {
		id := others
		if isLoop {
			id = crypto.Keccak256Hash(m.Pool.Bytes(), m.Reserves[loop.Coll].Asset.Bytes(), m.Reserves[loop.Debt].Asset.Bytes(), []byte{loop.EMode})
		}
		row := rows[id]
		if row == nil {
			row = b.marketRow(id, loop, isLoop, rng)
			rows[id] = row
		}
		return row
	}
	wad := big.NewInt(1e18)
	alert := big.NewInt(105e16)
	for _, addr := range b.Users {
		u, ok := b.Tracker.User(addr)
		if !ok {
			continue
		}
		a, err := s.Account(v, &u)
		if err != nil {
			return nil, err
		}
		if a.TotalDebtBase.IsZero() {
			continue
		}
		loop, isLoop := b.Tracker.Loop(addr)
		row := rowOf(loop, isLoop)
		p := oracle.PositionRisk{Borrower: addr, HasDebt: true, Health: a.HealthFactor.ToBig()}
		p.Liquidatable = p.Health.Cmp(wad) < 0
		p.HealthMarket = new(big.Int).Sub(p.Health, big.NewInt(int64(rng.IntN(20))*1e15))
		p.HealthFair = new(big.Int).Add(p.Health, big.NewInt(int64(rng.IntN(20))*1e15))
		if a.TotalCollateralBase.Gt(&a.TotalDebtBase) {
			equity := new(uint256.Int).Sub(&a.TotalCollateralBase, &a.TotalDebtBase)
			p.Leverage = new(big.Int).Mul(a.TotalCollateralBase.ToBig(), wad)
			p.Leverage.Quo(p.Leverage, equity.ToBig())
		}
		if isLoop {
			coll, err := aavemath.CollateralBalance(v, &u.ScaledCollateral[loop.Coll], &s.Reserves[loop.Coll].Income)
			if err != nil {
				return nil, err
			}
			debt, err := aavemath.DebtBalance(v, &u.ScaledDebt[loop.Debt], &s.Reserves[loop.Debt].Debt)
			if err != nil {
				return nil, err
			}
			p.Collateral, p.BorrowShares, p.BorrowAssets = coll.ToBig(), u.ScaledDebt[loop.Debt].ToBig(), debt.ToBig()
			if lt := row.LLTV; lt != nil && !coll.IsZero() {
				// Collateral·LT = debt at the oracle price (1e36 scale).
				lp := new(big.Int).Mul(p.BorrowAssets, e36.ToBig())
				lp.Mul(lp, wad)
				p.LiquidationPrice = lp.Quo(lp, new(big.Int).Mul(p.Collateral, lt))
			}
		} else {
			p.Collateral, p.BorrowShares, p.BorrowAssets = a.TotalCollateralBase.ToBig(), new(big.Int), a.TotalDebtBase.ToBig()
		}
		row.PositionCount++
		row.TotalCollateral.Add(row.TotalCollateral, p.Collateral)
		row.TotalBorrowAssets.Add(row.TotalBorrowAssets, p.BorrowAssets)
		if p.Health.Cmp(alert) < 0 {
			row.AtRisk++
		}
		if row.MinHealth == nil || p.Health.Cmp(row.MinHealth) < 0 {
			row.MinHealth = p.Health
		}
		row.Positions = append(row.Positions, p)
	}
	ids := make([]common.Hash, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(x, y common.Hash) int { return x.Cmp(y) })
	for _, id := range ids {
		snap.Markets = append(snap.Markets, *rows[id])
	}
	return snap, nil
}

// marketRow is a published market's row without positions: a loop
// market's threshold, oracle price and stress, or the multi-asset market.
func (b *AaveBook) marketRow(id common.Hash, loop aaveproto.LoopMarket, isLoop bool, rng *rand.Rand) *oracle.MarketRisk {
	row := &oracle.MarketRisk{
		Protocol: strategies.ProtocolAave, ID: id, Name: "bench multi-asset",
		TotalCollateral: new(big.Int), TotalBorrowAssets: new(big.Int),
		OracleKind: string(stress.OracleUnknown), OracleKindFrom: "assumed",
	}
	if !isLoop {
		return row
	}
	s := b.State
	coll, debt := aaveReserveSpecs[loop.Coll], aaveReserveSpecs[loop.Debt]
	row.Name = "bench " + coll.symbol + "/" + debt.symbol
	lt := s.Reserves[loop.Coll].LT
	if em := s.EModes[loop.EMode]; loop.EMode != 0 && em.Covers(s.Reserves[loop.Coll].ID) {
		row.Name += fmt.Sprintf(" e-mode %d", loop.EMode)
		lt = em.LT
	}
	row.Collateral = coll.symbol
	row.LLTV = new(big.Int).Mul(big.NewInt(int64(lt)), big.NewInt(1e14))
	row.CollateralDecimals, row.LoanDecimals = coll.decimals, debt.decimals
	row.BorrowRateAPR = new(big.Int).Quo(s.Data[loop.Debt].Indexes.VariableBorrowRate.ToBig(), big.NewInt(1e9))
	// Pc·Ud·1e36 / (Pd·Uc), rounded down.
	cr, dr := &s.Reserves[loop.Coll], &s.Reserves[loop.Debt]
	price := new(big.Int).Mul(cr.Price.ToBig(), dr.Unit.ToBig())
	price.Mul(price, e36.ToBig())
	row.OraclePrice = price.Quo(price, new(big.Int).Mul(dr.Price.ToBig(), cr.Unit.ToBig()))
	if loop.Debt != aaveWETH {
		row.RiskErr = errors.New("loan token is not chain.wrapped_native: ETH-quoted prices cannot value the collateral in it, so market/fair health, stress and liquidation are left out")
		return row
	}
	row.OracleVsMarketBps = new(big.Int).Mul(big.NewInt(12), wad.ToBig())
	row.OracleVsFairBps = new(big.Int).Mul(big.NewInt(-3), wad.ToBig())
	milli := new(big.Int).Div(wad.ToBig(), big.NewInt(1000))
	for _, sh := range stress.DefaultShocks() {
		row.Stress = append(row.Stress, stress.Result{
			Shock: sh, OracleMoved: true, OraclePriceAfter: row.OraclePrice, MarketPriceAfter: new(big.Int).Mul(big.NewInt(990), milli),
			Liquidatable: rng.IntN(1000), Collateral: new(big.Int).Mul(big.NewInt(rng.Int64N(1e6)), wad.ToBig()),
			Debt: new(big.Int).Mul(big.NewInt(rng.Int64N(1e6)), wad.ToBig()), BadDebt: new(big.Int),
			KeeperProfit: new(big.Int).Mul(big.NewInt(rng.Int64N(1e4)), wad.ToBig()),
		})
	}
	return row
}

// aaveBlockGas is the simulated chain's block gas limit for opening users:
// aaveSendBatch transactions of devnet's fixed 3M gas limit fit a block.
const (
	aaveBlockGas  = 1_200_000_000
	aaveSendBatch = 390
)

// MeasureAaveRPC deploys devnet's Aave pool (devnet.DefaultAaveSpec) on a
// simulated chain, opens users positions there (e-mode and plain ezETH/WETH
// loops, ezETH/USDC loops and multi-asset users, a quarter each), builds a
// keeper that follows the pool through its Aave lane, then mines blocks
// (an ezETH price update each) and counts the requests of each block's
// pass.
func MeasureAaveRPC(ctx context.Context, users, blocks int) (RPC, error) {
	out := RPC{Positions: users, Blocks: blocks, OldEngineCall: AaveNaiveRPCPerBlock(users)}
	keys := make([]*ecdsa.PrivateKey, users+1) // the pool's owner, then the users
	alloc := types.GenesisAlloc{}
	for i := range keys {
		var seed [8]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i))
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:], []byte("lrtkeeper bench aave")))
		if err != nil {
			return out, err
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(aaveBlockGas))
	defer sim.Close()
	client, err := chain.FromSimulated(sim.Client())
	if err != nil {
		return out, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return out, err
	}
	owner := keys[0]
	a, err := devnet.DeployAave(ctx, client, owner, chainID, func() { sim.Commit() }, devnet.DefaultAaveSpec())
	if err != nil {
		return out, fmt.Errorf("deploy aave pool: %w", err)
	}
	if err := openAaveUsers(ctx, client, a, owner, keys[1:]); err != nil {
		return out, err
	}
	node := &CountingNode{C: client}
	mc := chain.NewMulticall(node, a.Multicall3)
	lane := keeper.NewAaveLane(keeper.AaveSpec{Name: "bench", Pool: a.Pool, Oracle: a.Oracle, Version: aavemath.V3_5})
	m := metrics.New(prometheus.NewRegistry(), "bench")
	k := keeper.New(zerolog.Nop(), node, mc, nil, keeper.Settings{
		LogRange: 100_000, CallTimeout: time.Minute, HealthAlert: big.NewInt(102e16),
		HeadTimeout: time.Minute, WrappedNative: a.Reserves[devAaveWETH].Token, Lanes: []keeper.Lane{lane},
	}, nil, nil, nopPublisher{}, nil, alerts.New(zerolog.Nop(), m), m)
	pass := func() (int64, error) {
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, err
		}
		before := node.Requests()
		if _, err := k.Pass(ctx, chain.RefOf(h)); err != nil {
			return 0, err
		}
		return node.Requests() - before, nil
	}
	if out.StartupCalls, err = pass(); err != nil {
		return out, err
	}
	var total int64
	for i := range blocks {
		// ezETH from $3,090 down a tenth of a percent a block.
		price := big.NewInt(3090e8 * int64(9_990-10*i) / 10_000)
		if _, err := sendAll(ctx, client, a, []devnet.KeyedTx{a.SetPrice(owner, devAaveEz, price)}); err != nil {
			return out, err
		}
		n, err := pass()
		if err != nil {
			return out, err
		}
		total += n
	}
	out.PerBlock = float64(total) / float64(max(blocks, 1))
	return out, nil
}

// Reserves of devnet.DefaultAaveSpec.
const (
	devAaveWETH = 0
	devAaveEz   = 1
	devAaveUSDC = 2
)

// openAaveUsers gives every key a position by its index mod 4: an e-mode
// ezETH/WETH loop, a plain one, a multi-asset user (ezETH and WETH
// collateral, WETH and USDC debt), an ezETH/USDC loop; 1 to 100 ezETH
// each, borrowing 85–99 % of what the LTV allows. owner supplies the
// liquidity.
func openAaveUsers(ctx context.Context, b devnet.Backend, a *devnet.Aave, owner *ecdsa.PrivateKey, keys []*ecdsa.PrivateKey) error {
	rng := rand.New(rand.NewPCG(7, 11))
	tokens := func(x float64, decimals int) *big.Int {
		f := new(big.Float).Mul(big.NewFloat(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
		out, _ := f.Int(nil)
		return out
	}
	n := float64(len(keys))
	weth, usdc := tokens(100*n+1000, 18), tokens(250_000*n+1e6, 6)
	phases := [][]devnet.KeyedTx{
		{a.Mint(owner, devAaveWETH, weth), a.Mint(owner, devAaveUSDC, usdc), a.Approve(owner, devAaveWETH), a.Approve(owner, devAaveUSDC)},
		{a.Supply(owner, devAaveWETH, weth), a.Supply(owner, devAaveUSDC, usdc)},
		nil, nil, nil,
	}
	for i, k := range keys {
		size := 1 + rng.Float64()*99
		frac := 0.85 + rng.Float64()*0.14
		ez := tokens(size, 18)
		phases[2] = append(phases[2], a.Mint(k, devAaveEz, ez), a.Approve(k, devAaveEz))
		phases[3] = append(phases[3], a.Supply(k, devAaveEz, ez))
		switch i % 4 {
		case 0:
			phases[3] = append(phases[3], a.SetEMode(k, 1))
			phases[4] = append(phases[4], a.Borrow(k, devAaveWETH, tokens(size*frac*0.93*3090/3000, 18)))
		case 1:
			phases[4] = append(phases[4], a.Borrow(k, devAaveWETH, tokens(size*frac*0.72*3090/3000, 18)))
		case 2:
			w := tokens(size/3, 18)
			phases[2] = append(phases[2], a.Mint(k, devAaveWETH, w), a.Approve(k, devAaveWETH))
			phases[3] = append(phases[3], a.Supply(k, devAaveWETH, w))
			phases[4] = append(phases[4], a.Borrow(k, devAaveWETH, tokens(size*frac*0.3, 18)), a.Borrow(k, devAaveUSDC, tokens(size*frac*800, 6)))
		case 3:
			phases[4] = append(phases[4], a.Borrow(k, devAaveUSDC, tokens(size*frac*0.72*3090, 6)))
		}
	}
	for p, txs := range phases {
		// A user's transactions of a phase stay in one batch, in order.
		for len(txs) > 0 {
			end := min(aaveSendBatch, len(txs))
			for end < len(txs) && txs[end].Key == txs[end-1].Key {
				end++
			}
			if _, err := sendAll(ctx, b, a, txs[:end]); err != nil {
				return fmt.Errorf("open aave users, step %d: %w", p+1, err)
			}
			txs = txs[end:]
		}
	}
	return nil
}

// sendAll sends txs in one block and fails unless every one succeeded.
func sendAll(ctx context.Context, b devnet.Backend, a *devnet.Aave, txs []devnet.KeyedTx) ([]*types.Receipt, error) {
	rs, err := a.Send(ctx, b, txs)
	if err != nil {
		return nil, err
	}
	for i, r := range rs {
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("transaction %d of %d (%s) reverted", i+1, len(txs), r.TxHash)
		}
	}
	return rs, nil
}
