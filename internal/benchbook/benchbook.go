// Package benchbook builds synthetic Morpho books with exact math and
// measures the engine on them: the price tick through the index against
// the same tick answered by a full scan, a full exact rescan, the index
// build and the memory per position. `go test -bench` and `lrtkeeper bench`
// share it, so both report the same quantities.
package benchbook

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
)

// Book is a synthetic one-market book: looped positions of 0.01 to 1,000
// tokens at leverage that puts their liquidation prices between 60 % and
// 99.9 % of the starting oracle price, plus a few debt-free and dust
// positions.
type Book struct {
	Book   *book.Book
	Market *book.Market
	State  morpho.Market
	LLTV   *uint256.Int
	// Price is the starting oracle price (1e36 scale: 1 loan unit per
	// collateral unit).
	Price *uint256.Int
	// Liquidation prices of the indebted positions, descending: a tick to
	// just below LiqPrices[k] makes exactly the first k+1 liquidatable
	// (up to rounding ties).
	LiqPrices []*uint256.Int
}

var (
	wad   = uint256.NewInt(1e18)
	e36   = new(uint256.Int).Mul(wad, wad)
	dust  = uint256.NewInt(10_000_000) // collateral units, as a market at price 1 would get
	share = uint256.NewInt(1_000_000)
)

// Position is one generated position before it enters the book.
type Position struct {
	Owner            common.Address
	Collateral, Debt uint256.Int
}

// New builds a book of n positions from seed.
func New(n int, seed uint64) (*Book, error) {
	sb, positions, err := Generate(n, seed)
	if err != nil {
		return nil, err
	}
	if err := sb.Load(positions); err != nil {
		return nil, err
	}
	return sb, sb.ComputeLiqPrices()
}

// Load puts the positions into the book: the index build.
func (b *Book) Load(positions []Position) error {
	b.Market.Reserve(len(positions))
	for i := range positions {
		p := &positions[i]
		if err := b.Market.Put(p.Owner, &p.Collateral, &p.Debt, 1); err != nil {
			return err
		}
	}
	return nil
}

// Generate makes the market state and n positions, without a book.
func Generate(n int, seed uint64) (*Book, []Position, error) {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	b := book.New()
	bm := b.AddMarket(common.Hash{0xbe, 0x4c}, dust)
	sb := &Book{Book: b, Market: bm, LLTV: uint256.NewInt(945e15), Price: e36.Clone()}
	positions := make([]Position, n)
	// Share price 1.02: TBA/TBS = 1.02e-6.
	sb.State.TotalBorrowShares.Mul(uint256.NewInt(uint64(n)+1), new(uint256.Int).Mul(wad, uint256.NewInt(1e8)))
	sb.State.TotalBorrowAssets.Mul(&sb.State.TotalBorrowShares, uint256.NewInt(102))
	sb.State.TotalBorrowAssets.Div(&sb.State.TotalBorrowAssets, uint256.NewInt(100*1_000_000))
	sb.State.TotalSupplyAssets.Mul(&sb.State.TotalBorrowAssets, uint256.NewInt(2))
	sb.State.TotalSupplyShares.Mul(&sb.State.TotalSupplyAssets, share)
	var owner common.Address
	for i := range n {
		owner[0], owner[1], owner[2], owner[3] = byte(i>>24), byte(i>>16), byte(i>>8), byte(i)
		coll := uint256.NewInt(1e16 + rng.Uint64N(1e18))        // 0.01 .. 1 token
		coll.Mul(coll, uint256.NewInt(uint64(1)<<rng.IntN(10))) // .. 1,000 tokens
		if i%2000 == 3 {
			coll.SetUint64(1 + rng.Uint64N(1_000_000)) // dust: a millionth of a millionth of a token
		}
		lp := 600_000 + rng.Uint64N(399_000)                             // liquidation price, ppm of 1
		debtAssets := new(uint256.Int).Mul(coll, uint256.NewInt(lp*945)) // C·LP·LLTV ...
		debtAssets.Div(debtAssets, uint256.NewInt(1_000_000*1_000))      // ... in loan units
		shares, err := morpho.ToSharesDown(debtAssets, &sb.State.TotalBorrowAssets, &sb.State.TotalBorrowShares)
		if err != nil {
			return nil, nil, err
		}
		if i%500 == 1 {
			shares.Clear() // collateral only
		}
		positions[i] = Position{Owner: owner, Collateral: *coll, Debt: *shares}
	}
	return sb, positions, nil
}

// ComputeLiqPrices fills LiqPrices from the book.
func (sb *Book) ComputeLiqPrices() error {
	for _, r := range indebted(sb.Market) {
		var pos morpho.Position
		pos.Collateral.Set(&r.Collateral)
		pos.BorrowShares.Set(&r.Debt)
		lp, ok, err := morpho.LiquidationPrice(pos, sb.State, sb.LLTV)
		if err != nil {
			return fmt.Errorf("liquidation price: %w", err)
		}
		if ok {
			sb.LiqPrices = append(sb.LiqPrices, lp)
		}
	}
	slices.SortFunc(sb.LiqPrices, func(a, b *uint256.Int) int { return b.Cmp(a) })
	return nil
}

func indebted(bm *book.Market) []book.Record {
	var out []book.Record
	bm.All(func(r *book.Record) bool {
		if r.HasDebt() {
			out = append(out, *r)
		}
		return true
	})
	return out
}

// TickPrice is a price at which between 1 and k+1 positions are
// liquidatable: just below the k-th highest liquidation price.
func (b *Book) TickPrice(k int) *uint256.Int {
	k = min(k, len(b.LiqPrices)-1)
	return b.LiqPrices[k].Clone()
}

// Tick answers a price change through the index: the liquidatable set.
func (b *Book) Tick(price *uint256.Int) (int, error) {
	n := 0
	err := protocol.Below(b.Market, &b.State, price, b.LLTV, protocol.WAD, func(*book.Record, *morpho.Health) bool { n++; return true })
	return n, err
}

// NaiveTick answers the same price change by checking every position.
func (b *Book) NaiveTick(price *uint256.Int) (int, error) {
	n := 0
	err := protocol.BelowFullScan(b.Market, &b.State, price, b.LLTV, protocol.WAD, func(*book.Record, *morpho.Health) bool { n++; return true })
	return n, err
}

// FullRescan computes the exact health of every position at price, on
// every core (slot ranges in parallel): the daemon's full snapshot, which
// assesses every position, at its start and when Redis came back empty.
func (b *Book) FullRescan(price *uint256.Int) error {
	workers := runtime.GOMAXPROCS(0)
	n := b.Market.SlotCount()
	per := (n + workers - 1) / workers
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var pos morpho.Position
			var h morpho.Health
			b.Market.Slots(w*per, (w+1)*per, func(r *book.Record) {
				if errs[w] != nil {
					return
				}
				pos.Collateral.Set(&r.Collateral)
				pos.BorrowShares.Set(&r.Debt)
				errs[w] = morpho.HealthInto(&h, &pos, &b.State, price, b.LLTV)
			})
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Result is one measurement run, the JSON that `lrtkeeper bench` prints
// (the Redis and RPC fields are filled by the command).
type Result struct {
	Positions           int     `json:"positions"`
	TickP50us           float64 `json:"tick_p50_us"`
	TickP99us           float64 `json:"tick_p99_us"`
	TickMaxCrossings    int     `json:"tick_max_crossings"`
	NaiveTickP50us      float64 `json:"naive_tick_p50_us"`
	FullRescanMs        float64 `json:"full_rescan_ms"`
	IndexBuildMs        float64 `json:"index_build_ms"`
	BytesPerPosition    float64 `json:"bytes_per_position"`
	RedisPublishFullMs  float64 `json:"redis_publish_full_ms,omitempty"`
	RedisPublishColdMs  float64 `json:"redis_publish_full_cold_ms,omitempty"`
	RedisPublishBlockMs float64 `json:"redis_publish_block_ms,omitempty"`
	RPCPerBlock         float64 `json:"rpc_per_block,omitempty"`
	RPCPositions        int     `json:"rpc_positions,omitempty"`
	NaiveRPCPerBlock    int     `json:"naive_rpc_per_block,omitempty"`
}

// Measure builds a book of n positions and measures it: ticks random
// prices whose liquidatable set has at most maxK positions.
func Measure(n, ticks, maxK int, seed uint64) (Result, *Book, error) {
	r := Result{Positions: n, TickMaxCrossings: maxK}
	b, positions, err := Generate(n, seed)
	if err != nil {
		return r, nil, err
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	if err := b.Load(positions); err != nil {
		return r, nil, err
	}
	r.IndexBuildMs = ms(time.Since(start))
	positions = nil //nolint:ineffassign // frees the input before the heap is measured
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// The input slice was live in both readings; it is freed by now, so
	// add its size back to the difference.
	inputBytes := float64(n) * float64(unsafe.Sizeof(Position{}))
	r.BytesPerPosition = (float64(after.HeapAlloc) - float64(before.HeapAlloc) + inputBytes) / float64(n)
	runtime.KeepAlive(b)
	if err := b.ComputeLiqPrices(); err != nil {
		return r, nil, err
	}

	rng := rand.New(rand.NewPCG(seed, 99))
	tick := make([]time.Duration, 0, ticks)
	naive := make([]time.Duration, 0, min(ticks, 20))
	for i := range ticks {
		price := b.TickPrice(rng.IntN(maxK))
		t0 := time.Now()
		k, err := b.Tick(price)
		tick = append(tick, time.Since(t0))
		if err != nil {
			return r, nil, err
		}
		if k > maxK+10 || k == 0 {
			return r, nil, fmt.Errorf("tick at %s found %d liquidatable, want 1..%d", price, k, maxK)
		}
		if i < cap(naive) {
			t0 = time.Now()
			kn, err := b.NaiveTick(price)
			naive = append(naive, time.Since(t0))
			if err != nil {
				return r, nil, err
			}
			if kn != k {
				return r, nil, fmt.Errorf("index found %d liquidatable at %s, full scan %d", k, price, kn)
			}
		}
	}
	r.TickP50us, r.TickP99us = us(quantile(tick, 0.5)), us(quantile(tick, 0.99))
	r.NaiveTickP50us = us(quantile(naive, 0.5))
	t0 := time.Now()
	if err := b.FullRescan(b.Price); err != nil {
		return r, nil, err
	}
	r.FullRescanMs = ms(time.Since(t0))
	return r, b, nil
}

func quantile(d []time.Duration, q float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func us(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1000 }
