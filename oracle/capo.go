package oracle

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// CapoWatch is a CAPO price-cap adapter (Aave's PriceCapAdapterBase, on an
// Aave reserve or behind a Morpho oracle) whose cap is recomputed every
// block from its own on-chain parameters and compared with the live ratio
// it caps. On 10 March 2026 a snapshot timestamp moved by governance put
// Aave's wstETH cap 2.85% below the live rate and $26.6M of loops were
// liquidated; the gap was on chain, in these reads, before the first one.
type CapoWatch struct {
	Name    string
	Adapter common.Address
	// AlertBelowBps: the cap below the live ratio by more than this raises
	// capo_below_rate.
	AlertBelowBps uint64
}

// CapoReading is a CAPO adapter at one block.
type CapoReading struct {
	Name    string
	Adapter common.Address
	// Ratio is the adapter's live ratio (getRatio), MaxRatio its cap at the
	// block's timestamp, both in the adapter's ratio decimals.
	Ratio, MaxRatio *big.Int
	RatioDecimals   uint8
	// GapBps is (MaxRatio − Ratio)/Ratio in basis points, WAD-scaled and
	// signed (truncated toward zero): negative when the cap sits below
	// the live ratio and prices the asset under it.
	GapBps *big.Int
	Err    error
}

// Below reports the cap under the live ratio by more than the watch's
// bound.
func (r *CapoReading) Below(w CapoWatch) bool {
	if r.Err != nil || r.GapBps == nil {
		return false
	}
	bound := new(big.Int).Mul(new(big.Int).SetUint64(w.AlertBelowBps), wadBig)
	return r.GapBps.Cmp(new(big.Int).Neg(bound)) < 0
}

var wadBig = big.NewInt(1e18)

const capoInterface = `[
{"type":"function","name":"getRatio","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"int256"}]},
{"type":"function","name":"getSnapshotRatio","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getSnapshotTimestamp","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getMaxRatioGrowthPerSecond","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"RATIO_DECIMALS","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]}
]`

var capoABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(capoInterface))
	if err != nil {
		panic(fmt.Sprintf("oracle: CAPO interface ABI: %v", err)) // a constant: any test catches it
	}
	return a
}()

var capoMethods = []string{"getRatio", "getSnapshotRatio", "getSnapshotTimestamp", "getMaxRatioGrowthPerSecond", "RATIO_DECIMALS"}

// Calls are the watch's reads, each allowed to fail on its own so that a
// broken adapter costs its own reading, not the block.
func (w CapoWatch) Calls() []chain.Call {
	calls := make([]chain.Call, len(capoMethods))
	for i, m := range capoMethods {
		calls[i] = chain.Call{Target: w.Adapter, Data: capoABI.Methods[m].ID, AllowFailure: true}
	}
	return calls
}

// Decode computes the reading from Calls' results at block.
func (w CapoWatch) Decode(res []chain.Result, block chain.BlockRef) CapoReading {
	out := CapoReading{Name: w.Name, Adapter: w.Adapter}
	fail := func(err error) CapoReading {
		out.Err = fmt.Errorf("capo adapter %s (%s): %w", w.Name, w.Adapter.Hex(), err)
		return out
	}
	if len(res) != len(capoMethods) {
		return fail(fmt.Errorf("%d results, want %d", len(res), len(capoMethods)))
	}
	words := make([]*uint256.Int, len(res))
	for i, r := range res {
		if !r.Success || len(r.Data) != 32 {
			return fail(fmt.Errorf("%s() failed", capoMethods[i]))
		}
		words[i] = new(uint256.Int).SetBytes32(r.Data)
	}
	ratio := words[0]
	if ratio.Sign() <= 0 { // int256: the top bit is the sign
		return fail(fmt.Errorf("getRatio() is not positive"))
	}
	if !words[2].IsUint64() {
		return fail(fmt.Errorf("snapshot timestamp %s out of range", words[2].Dec()))
	}
	if !words[4].LtUint64(78) {
		return fail(fmt.Errorf("ratio decimals %s out of range", words[4].Dec()))
	}
	c := aave.Capo{SnapshotTimestamp: words[2].Uint64(), RatioDecimals: uint8(words[4].Uint64())}
	c.SnapshotRatio.Set(words[1])
	c.MaxRatioGrowthPerSecond.Set(words[3])
	maxRatio, err := c.MaxRatio(block.Time)
	if err != nil {
		return fail(fmt.Errorf("cap at block %d: %w", block.Number, err))
	}
	out.Ratio, out.MaxRatio, out.RatioDecimals = ratio.ToBig(), maxRatio.ToBig(), c.RatioDecimals
	gap := new(big.Int).Sub(out.MaxRatio, out.Ratio)
	gap.Mul(gap, big.NewInt(1e4))
	gap.Mul(gap, wadBig)
	out.GapBps = gap.Quo(gap, out.Ratio) // Quo truncates toward zero
	return out
}
