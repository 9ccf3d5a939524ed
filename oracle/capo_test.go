package oracle

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

func capoResults(ratio, snap *big.Int, snapTime, growth uint64, decimals uint8) []chain.Result {
	w := func(x *big.Int) chain.Result {
		u, _ := uint256.FromBig(x)
		b := u.Bytes32()
		return chain.Result{Success: true, Data: b[:]}
	}
	return []chain.Result{w(ratio), w(snap), w(new(big.Int).SetUint64(snapTime)), w(new(big.Int).SetUint64(growth)), w(big.NewInt(int64(decimals)))}
}

func TestCapoWatchDecode(t *testing.T) {
	t.Parallel()
	w := CapoWatch{Name: "aave_wsteth", Adapter: common.HexToAddress("0xca90"), AlertBelowBps: 5}
	block := chain.BlockRef{Number: 100, Time: 2_000_000}
	rate := big.NewInt(1.2e18)

	// A healthy cap: snapshot 1.19 a day ago growing 1e9 per second:
	// 1.19 + 86,400e9 = 1.1900864, under the rate: −82.8 bps.
	r := w.Decode(capoResults(rate, big.NewInt(1.19e18), 2_000_000-86_400, 1e9, 18), block)
	require.NoError(t, r.Err)
	require.Equal(t, "1190086400000000000", r.MaxRatio.String())
	// (1.1900864 − 1.2)/1.2 · 1e4 = −82.613333… bps, truncated toward 0.
	require.Equal(t, "-82613333333333333333", r.GapBps.String())
	require.True(t, r.Below(w))
	require.False(t, r.Below(CapoWatch{AlertBelowBps: 83}))

	// The 10 March 2026 shape: a cap 2.85% under the live rate.
	snap := new(big.Int).Div(new(big.Int).Mul(rate, big.NewInt(9715)), big.NewInt(10_000))
	r = w.Decode(capoResults(rate, snap, block.Time, 0, 18), block)
	require.NoError(t, r.Err)
	require.Equal(t, "-285000000000000000000", r.GapBps.String())

	// Above the rate: a positive gap, no alert.
	r = w.Decode(capoResults(rate, big.NewInt(1.25e18), block.Time, 0, 18), block)
	require.NoError(t, r.Err)
	require.Equal(t, 1, r.GapBps.Sign())
	require.False(t, r.Below(w))

	// Failures name the adapter and the read; they never alert.
	res := capoResults(rate, snap, block.Time, 0, 18)
	res[3] = chain.Result{Success: false}
	r = w.Decode(res, block)
	require.ErrorContains(t, r.Err, "capo adapter aave_wsteth (0x000000000000000000000000000000000000Ca90): getMaxRatioGrowthPerSecond() failed")
	require.False(t, r.Below(w))
	neg := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(5)) // int256 −5
	r = w.Decode(capoResults(neg, snap, block.Time, 0, 18), block)
	require.ErrorContains(t, r.Err, "getRatio() is not positive")
	r = w.Decode(capoResults(rate, snap, block.Time+1, 0, 18), block)
	require.ErrorContains(t, r.Err, "cap at block 100")
}

func TestCapoFieldsPublishTheLowestGap(t *testing.T) {
	t.Parallel()
	f := map[string]any{}
	capoFields(f, []CapoReading{
		{Name: "aave", Ratio: big.NewInt(1.2e18), MaxRatio: big.NewInt(1.1658e18), RatioDecimals: 18, GapBps: new(big.Int).Mul(big.NewInt(-285), big.NewInt(1e18))},
		{Name: "morpho", Ratio: big.NewInt(1.2e8), MaxRatio: big.NewInt(1.3e8), RatioDecimals: 8, GapBps: new(big.Int).Mul(big.NewInt(833), big.NewInt(1e18))},
		{Name: "broken", Err: errString("capo adapter broken: getRatio() failed")},
	})
	require.Equal(t, "-285.000000000000000000", f["capo_gap_bps"])
	require.Equal(t, "1.165800000000000000", f["capo:aave:max_ratio"])
	require.Equal(t, "1.30000000", f["capo:morpho:max_ratio"])
	require.Equal(t, "833.000000000000000000", f["capo:morpho:gap_bps"])
	require.Equal(t, "capo adapter broken: getRatio() failed", f["capo:broken:error"])
	require.NotContains(t, f, "capo:broken:gap_bps")
}

type errString string

func (e errString) Error() string { return string(e) }
