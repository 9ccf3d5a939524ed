package benche2e

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"golang.org/x/sync/errgroup"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

// Storage layout of contracts/src/MorphoBlue.sol (no inheritance, so slots
// follow declaration order):
//
//	0 owner, 1 feeRecipient,
//	2 positions: mapping(bytes32 => mapping(address => Position))
//	3 markets:   mapping(bytes32 => Market)
//
// Position{uint256 supplyShares; uint128 borrowShares; uint128 collateral}
// takes two words: base+0 supplyShares, base+1 borrowShares (low 128 bits)
// | collateral (high 128 bits), with
// base = keccak256(pad32(user) ‖ keccak256(id ‖ uint256(2))).
//
// Market{uint128 totalSupplyAssets, totalSupplyShares, totalBorrowAssets,
// totalBorrowShares, lastUpdate, fee} takes three words at
// base = keccak256(id ‖ uint256(3)): base+0 supply assets | shares<<128,
// base+1 borrow assets | shares<<128, base+2 lastUpdate | fee<<128.
//
// LRTVault (contracts/src/LRTVault.sol): 0 name, 1 symbol, 2 totalSupply,
// 3 balanceOf: mapping(address => uint256), so balanceOf[a] is at
// keccak256(pad32(a) ‖ uint256(3)). Constants and immutables take no slot.
const (
	morphoPositionsSlot = 2
	morphoMarketsSlot   = 3
	lrtTotalSupplySlot  = 2
	lrtBalanceOfSlot    = 3

	// virtualShares is Morpho's share-price offset: with totalShares =
	// totalAssets·1e6 a share is worth exactly 1e-6 asset, so debts of
	// shares·1e-6 assets round nowhere.
	virtualShares = 1_000_000

	// storageBatch is how many anvil_setStorageAt calls go in one HTTP
	// request; storageWorkers requests are in flight at once.
	storageBatch   = 1000
	storageWorkers = 4
	// minSample is how many random positions are read back with position().
	minSample = 200
)

var (
	wad = big.NewInt(1e18)
	// e36 is Morpho's ORACLE_PRICE_SCALE.
	e36 = new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil)
	// stepBps is each tick's price step, in basis points of the initial
	// price.
	stepBps = int64(10)
	// A position a tick liquidates holds bandMinCollateral plus less than
	// bandCollateralSpan ezETH; bandMaxCollateral bounds it.
	bandMinCollateral  = big.NewInt(500_000_000_000_000_000)
	bandCollateralSpan = int64(4_500_000_000_000_000_000)
	bandMaxCollateral  = new(big.Int).Add(bandMinCollateral, big.NewInt(bandCollateralSpan))
)

var (
	morphoABI = morphoblue.NewMorphoBlue()
	lrtABI    = lrtvault.NewLRTVault()
	oracleABI = morphochainlinkoracle.NewMorphoChainlinkOracle()
)

// slotOf is the Solidity mapping slot keccak256(key ‖ base).
func slotOf(key, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(key[:], base[:])
}

func word(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(n)) }

// positionSlot is the first word of positions[id][user].
func positionSlot(id common.Hash, user common.Address) common.Hash {
	return slotOf(common.BytesToHash(user.Bytes()), slotOf(id, word(morphoPositionsSlot)))
}

// marketSlot is the first word of markets[id].
func marketSlot(id common.Hash) common.Hash { return slotOf(id, word(morphoMarketsSlot)) }

// balanceSlot is balanceOf[a] of the LRTVault.
func balanceSlot(a common.Address) common.Hash {
	return slotOf(common.BytesToHash(a.Bytes()), word(lrtBalanceOfSlot))
}

// plus returns slot h+n.
func plus(h common.Hash, n uint64) common.Hash {
	return common.BigToHash(new(big.Int).Add(h.Big(), new(big.Int).SetUint64(n)))
}

// pack128 is lo | hi<<128; both must be below 2^128.
func pack128(lo, hi *big.Int) (common.Hash, error) {
	if lo.BitLen() > 128 || hi.BitLen() > 128 {
		return common.Hash{}, fmt.Errorf("pack128: %s or %s does not fit 128 bits", lo, hi)
	}
	return common.BigToHash(new(big.Int).Or(lo, new(big.Int).Lsh(hi, 128))), nil
}

// position is one seeded borrower.
type position struct {
	owner      common.Address
	collateral *big.Int // ezETH units
	shares     *big.Int // borrow shares = debt·1e6
	debt       *big.Int // WETH units at seeding
	// tick is the first tick whose price makes the position liquidatable;
	// 0 for positions no tick reaches.
	tick int
}

// plan is the seeded book and the price path that walks through it.
type plan struct {
	positions []position
	// prices[k] is the feed answer of tick k (WAD); prices[0] is the
	// initial price.
	prices []*big.Int
	// byTick[k] are the indexes of the positions tick k makes liquidatable.
	byTick [][]int
	// totals over every position
	collateral, debt *big.Int
}

// ownerOf derives borrower i's address.
func ownerOf(i int) common.Address {
	var b [16]byte
	copy(b[:8], "lrtbench")
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	return common.BytesToAddress(crypto.Keccak256(b[:])[12:])
}

// healthy is Morpho's _isHealthyAt for a debt with exact share price:
// ⌊⌊collateral·price/1e36⌋·lltv/1e18⌋ ≥ debt.
func healthy(collateral, debt, oraclePrice, lltv *big.Int) bool {
	maxBorrow := new(big.Int).Mul(collateral, oraclePrice)
	maxBorrow.Quo(maxBorrow, e36)
	maxBorrow.Mul(maxBorrow, lltv)
	maxBorrow.Quo(maxBorrow, wad)
	return maxBorrow.Cmp(debt) >= 0
}

// newPlan draws n positions and a path of ticks prices stepping down
// stepBps of the initial price each. Tick k makes 1 to maxPerTick positions
// liquidatable: their liquidation prices lie strictly inside (p_k, p_k-1),
// at least a fifth of a step from either end, so interest accrued during the
// run (3%/year: parts per million over minutes) cannot move them across a
// tick. Every other position's liquidation price is in [0.50, 0.90] ETH, far
// below the last tick. oracleScale turns a feed answer into the Morpho
// oracle's price. It checks every position against the exact health rule.
func newPlan(n, ticks, maxPerTick int, seed uint64, initial, lltv, oracleScale *big.Int) (*plan, error) {
	r := rand.New(rand.NewPCG(seed, 0x6c72746b))
	p := &plan{prices: make([]*big.Int, ticks+1), byTick: make([][]int, ticks+1),
		collateral: new(big.Int), debt: new(big.Int)}
	for k := range p.prices {
		v := new(big.Int).Mul(initial, big.NewInt(10_000-stepBps*int64(k)))
		p.prices[k] = v.Quo(v, big.NewInt(10_000))
	}
	if p.prices[ticks].Cmp(new(big.Int).Div(new(big.Int).Mul(wad, big.NewInt(95)), big.NewInt(100))) < 0 {
		return nil, fmt.Errorf("%d ticks of %d bps take the price below 0.95 ETH, into the other positions' range", ticks, stepBps)
	}
	counts := make([]int, ticks+1)
	band := 0
	for k := 1; k <= ticks; k++ {
		counts[k] = 1 + r.IntN(maxPerTick)
		band += counts[k]
	}
	if band > n {
		return nil, fmt.Errorf("%d positions cannot hold the %d that %d ticks liquidate", n, band, ticks)
	}
	p.positions = make([]position, 0, n)
	add := func(collateral, lp *big.Int, tick int) {
		debt := new(big.Int).Mul(collateral, lp)
		debt.Mul(debt, lltv)
		debt.Quo(debt, e36)
		if debt.Sign() == 0 {
			debt.SetInt64(1)
		}
		i := len(p.positions)
		p.positions = append(p.positions, position{owner: ownerOf(i), collateral: collateral, debt: debt,
			shares: new(big.Int).Mul(debt, big.NewInt(virtualShares)), tick: tick})
		p.collateral.Add(p.collateral, collateral)
		p.debt.Add(p.debt, debt)
		if tick > 0 {
			p.byTick[tick] = append(p.byTick[tick], i)
		}
	}
	// Liquidated positions are interleaved with the rest so that their
	// book slots are spread out.
	order := r.Perm(n)
	tickOf := make([]int, n)
	j := 0
	for k := 1; k <= ticks; k++ {
		for range counts[k] {
			tickOf[order[j]] = k
			j++
		}
	}
	for i := range n {
		k := tickOf[i]
		if k == 0 {
			// 0.1 to 100 ezETH, log-uniform, plus random wei.
			units := uint64(math.Pow(10, -1+3*r.Float64()) * 1e9)
			c := new(big.Int).Mul(new(big.Int).SetUint64(units), big.NewInt(1e9))
			c.Add(c, big.NewInt(r.Int64N(1e9)))
			lp := big.NewInt(500_000_000_000_000_000 + r.Int64N(400_000_000_000_000_000))
			add(c, lp, 0)
			continue
		}
		c := new(big.Int).Add(bandMinCollateral, big.NewInt(r.Int64N(bandCollateralSpan)))
		span := new(big.Int).Sub(p.prices[k-1], p.prices[k])
		lp := span.Mul(span, big.NewInt(200+r.Int64N(601)))
		lp.Quo(lp, big.NewInt(1000))
		lp.Add(lp, p.prices[k])
		add(c, lp, k)
	}
	last := new(big.Int).Mul(p.prices[ticks], oracleScale)
	for i := range p.positions {
		pos := &p.positions[i]
		k := pos.tick
		if k == 0 {
			if !healthy(pos.collateral, pos.debt, last, lltv) {
				return nil, fmt.Errorf("plan: position %d is unhealthy at the last tick's price", i)
			}
			continue
		}
		before := new(big.Int).Mul(p.prices[k-1], oracleScale)
		at := new(big.Int).Mul(p.prices[k], oracleScale)
		if !healthy(pos.collateral, pos.debt, before, lltv) || healthy(pos.collateral, pos.debt, at, lltv) {
			return nil, fmt.Errorf("plan: position %d is not liquidatable exactly from tick %d", i, k)
		}
	}
	return p, nil
}

// storageWrite is one anvil_setStorageAt.
type storageWrite struct {
	addr  common.Address
	slot  common.Hash
	value common.Hash
}

// seedTarget is what the seeding writes into.
type seedTarget struct {
	morpho   common.Address
	lrt      common.Address
	market   devnet.Market
	supplier common.Address
}

// chainBefore is the state the seeding adds to.
type chainBefore struct {
	market      morphoblue.MarketOutput
	lrtSupply   *big.Int
	lrtBalance  *big.Int // the LRT Morpho holds
	lastUpdate  uint64   // the head's timestamp
	oracleScale *big.Int // Morpho oracle price per feed answer
}

// expected is the state after seeding.
type expected struct {
	market         morphoblue.MarketOutput
	lrtSupply      *big.Int
	lrtBalance     *big.Int
	supplierShares *big.Int
}

// writes lists every storage write of the seeding: one word per position,
// the supplier's supply shares, the market totals and the LRT that Morpho
// holds as collateral (so seizures pay out).
func (p *plan) writes(t seedTarget, b chainBefore) ([]storageWrite, expected, error) {
	var exp expected
	m := b.market
	if m.TotalBorrowAssets.Sign() != 0 || m.TotalBorrowShares.Sign() != 0 {
		return nil, exp, fmt.Errorf("market %s already has borrows: seed a fresh deployment", t.market.Name)
	}
	if new(big.Int).Mul(m.TotalSupplyAssets, big.NewInt(virtualShares)).Cmp(m.TotalSupplyShares) != 0 {
		return nil, exp, fmt.Errorf("market %s supply share price is not 1e-6 (%s assets, %s shares)", t.market.Name, m.TotalSupplyAssets, m.TotalSupplyShares)
	}
	// The debt is lent by one supplier, at the same share price.
	exp.supplierShares = new(big.Int).Mul(p.debt, big.NewInt(virtualShares))
	exp.market = morphoblue.MarketOutput{
		TotalSupplyAssets: new(big.Int).Add(m.TotalSupplyAssets, p.debt),
		TotalSupplyShares: new(big.Int).Add(m.TotalSupplyShares, exp.supplierShares),
		TotalBorrowAssets: new(big.Int).Set(p.debt),
		TotalBorrowShares: new(big.Int).Mul(p.debt, big.NewInt(virtualShares)),
		LastUpdate:        new(big.Int).SetUint64(b.lastUpdate),
		Fee:               new(big.Int).Set(m.Fee),
	}
	exp.lrtSupply = new(big.Int).Add(b.lrtSupply, p.collateral)
	exp.lrtBalance = new(big.Int).Add(b.lrtBalance, p.collateral)

	out := make([]storageWrite, 0, len(p.positions)+6)
	for _, pos := range p.positions {
		v, err := pack128(pos.shares, pos.collateral)
		if err != nil {
			return nil, exp, fmt.Errorf("position %s: %w", pos.owner.Hex(), err)
		}
		out = append(out, storageWrite{t.morpho, plus(positionSlot(t.market.ID, pos.owner), 1), v})
	}
	out = append(out, storageWrite{t.morpho, positionSlot(t.market.ID, t.supplier), common.BigToHash(exp.supplierShares)})
	base := marketSlot(t.market.ID)
	em := exp.market
	for i, pair := range [][2]*big.Int{
		{em.TotalSupplyAssets, em.TotalSupplyShares},
		{em.TotalBorrowAssets, em.TotalBorrowShares},
		{em.LastUpdate, em.Fee},
	} {
		v, err := pack128(pair[0], pair[1])
		if err != nil {
			return nil, exp, fmt.Errorf("market word %d: %w", i, err)
		}
		out = append(out, storageWrite{t.morpho, plus(base, uint64(i)), v})
	}
	out = append(out,
		storageWrite{t.lrt, word(lrtTotalSupplySlot), common.BigToHash(exp.lrtSupply)},
		storageWrite{t.lrt, balanceSlot(t.morpho), common.BigToHash(exp.lrtBalance)},
	)
	return out, exp, nil
}

// setStorage sends the writes as batched anvil_setStorageAt requests.
func setStorage(ctx context.Context, c *rpc.Client, writes []storageWrite) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(storageWorkers)
	for start := 0; start < len(writes); start += storageBatch {
		chunk := writes[start:min(start+storageBatch, len(writes))]
		g.Go(func() error {
			batch := make([]rpc.BatchElem, len(chunk))
			ok := make([]bool, len(chunk))
			for i, w := range chunk {
				batch[i] = rpc.BatchElem{Method: "anvil_setStorageAt",
					Args: []any{w.addr, w.slot, w.value}, Result: &ok[i]}
			}
			if err := c.BatchCallContext(gctx, batch); err != nil {
				return fmt.Errorf("anvil_setStorageAt batch at %d: %w", start, err)
			}
			for i := range batch {
				if batch[i].Error != nil {
					return fmt.Errorf("anvil_setStorageAt %s slot %s: %w", chunk[i].addr.Hex(), chunk[i].slot.Hex(), batch[i].Error)
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// readBefore reads what the seeding adds to, at the latest block.
func readBefore(ctx context.Context, ec *ethclient.Client, t seedTarget, feed *big.Int) (chainBefore, error) {
	var b chainBefore
	var err error
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return b, fmt.Errorf("read head: %w", err)
	}
	b.lastUpdate = head.Time
	if b.market, err = view(ctx, ec, t.morpho, morphoABI.PackMarket(t.market.ID), morphoABI.UnpackMarket, nil); err != nil {
		return b, fmt.Errorf("market(): %w", err)
	}
	if b.lrtSupply, err = view(ctx, ec, t.lrt, lrtABI.PackTotalSupply(), lrtABI.UnpackTotalSupply, nil); err != nil {
		return b, fmt.Errorf("LRT totalSupply(): %w", err)
	}
	if b.lrtBalance, err = view(ctx, ec, t.lrt, lrtABI.PackBalanceOf(t.morpho), lrtABI.UnpackBalanceOf, nil); err != nil {
		return b, fmt.Errorf("LRT balanceOf(Morpho): %w", err)
	}
	price, err := view(ctx, ec, t.market.Params.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, nil)
	if err != nil {
		return b, fmt.Errorf("oracle price(): %w", err)
	}
	scale, rem := new(big.Int).QuoRem(price, feed, new(big.Int))
	if rem.Sign() != 0 || scale.Sign() == 0 {
		return b, fmt.Errorf("oracle price %s is not a whole multiple of the feed answer %s", price, feed)
	}
	b.oracleScale = scale
	return b, nil
}

// verify reads the market, the LRT balances and a random sample of
// positions at block and fails on any difference from what was written.
func (p *plan) verify(ctx context.Context, ec *ethclient.Client, t seedTarget, exp expected, block *big.Int, seed uint64) (int, error) {
	m, err := view(ctx, ec, t.morpho, morphoABI.PackMarket(t.market.ID), morphoABI.UnpackMarket, block)
	if err != nil {
		return 0, fmt.Errorf("market(): %w", err)
	}
	for _, f := range []struct {
		name      string
		got, want *big.Int
	}{
		{"totalSupplyAssets", m.TotalSupplyAssets, exp.market.TotalSupplyAssets},
		{"totalSupplyShares", m.TotalSupplyShares, exp.market.TotalSupplyShares},
		{"totalBorrowAssets", m.TotalBorrowAssets, exp.market.TotalBorrowAssets},
		{"totalBorrowShares", m.TotalBorrowShares, exp.market.TotalBorrowShares},
		{"lastUpdate", m.LastUpdate, exp.market.LastUpdate},
		{"fee", m.Fee, exp.market.Fee},
	} {
		if f.got.Cmp(f.want) != 0 {
			return 0, fmt.Errorf("seeded market(): %s is %s, wrote %s", f.name, f.got, f.want)
		}
	}
	supply, err := view(ctx, ec, t.lrt, lrtABI.PackTotalSupply(), lrtABI.UnpackTotalSupply, block)
	if err != nil {
		return 0, fmt.Errorf("LRT totalSupply(): %w", err)
	}
	bal, err := view(ctx, ec, t.lrt, lrtABI.PackBalanceOf(t.morpho), lrtABI.UnpackBalanceOf, block)
	if err != nil {
		return 0, fmt.Errorf("LRT balanceOf(Morpho): %w", err)
	}
	if supply.Cmp(exp.lrtSupply) != 0 || bal.Cmp(exp.lrtBalance) != 0 {
		return 0, fmt.Errorf("seeded LRT: totalSupply %s (wrote %s), balanceOf(Morpho) %s (wrote %s)", supply, exp.lrtSupply, bal, exp.lrtBalance)
	}
	sp, err := view(ctx, ec, t.morpho, morphoABI.PackPosition(t.market.ID, t.supplier), morphoABI.UnpackPosition, block)
	if err != nil {
		return 0, fmt.Errorf("position(supplier): %w", err)
	}
	if sp.SupplyShares.Cmp(exp.supplierShares) != 0 {
		return 0, fmt.Errorf("seeded supplier: supplyShares %s, wrote %s", sp.SupplyShares, exp.supplierShares)
	}

	// Every liquidated position and a random sample of the rest.
	r := rand.New(rand.NewPCG(seed, 0x76657269))
	idx := make([]int, 0, minSample)
	for _, list := range p.byTick {
		idx = append(idx, list...)
	}
	if len(p.positions) <= minSample {
		idx = idx[:0]
		for i := range p.positions {
			idx = append(idx, i)
		}
	} else {
		for range minSample {
			idx = append(idx, r.IntN(len(p.positions)))
		}
	}
	calls := make([]rpc.BatchElem, len(idx))
	outs := make([]hexutil.Bytes, len(idx))
	for j, i := range idx {
		calls[j] = rpc.BatchElem{Method: "eth_call", Args: []any{
			map[string]any{"to": t.morpho, "data": hexutil.Bytes(morphoABI.PackPosition(t.market.ID, p.positions[i].owner))},
			hexutil.EncodeBig(block),
		}, Result: &outs[j]}
	}
	if err := ec.Client().BatchCallContext(ctx, calls); err != nil {
		return 0, fmt.Errorf("position() sample: %w", err)
	}
	for j, i := range idx {
		pos := &p.positions[i]
		if calls[j].Error != nil {
			return 0, fmt.Errorf("position(%s): %w", pos.owner.Hex(), calls[j].Error)
		}
		got, err := morphoABI.UnpackPosition(outs[j])
		if err != nil {
			return 0, fmt.Errorf("decode position(%s): %w", pos.owner.Hex(), err)
		}
		if got.SupplyShares.Sign() != 0 || got.BorrowShares.Cmp(pos.shares) != 0 || got.Collateral.Cmp(pos.collateral) != 0 {
			return 0, fmt.Errorf("seeded position %d (%s): position() = (%s, %s, %s), wrote (0, %s, %s)", i, pos.owner.Hex(),
				got.SupplyShares, got.BorrowShares, got.Collateral, pos.shares, pos.collateral)
		}
	}
	return len(idx), nil
}

// view runs an eth_call at block (nil: latest) and unpacks it.
func view[T any](ctx context.Context, ec *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) (T, error) {
	var zero T
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// u256 converts an amount known to fit 256 bits.
func u256(b *big.Int) (*uint256.Int, error) {
	v, overflow := uint256.FromBig(b)
	if overflow {
		return nil, fmt.Errorf("%s overflows uint256", b)
	}
	return v, nil
}
