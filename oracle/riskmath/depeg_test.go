package riskmath

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var testBands = []uint64{50, 100, 250, 500}

func newTestTracker(t testing.TB) *DepegTracker {
	tr, err := NewDepegTracker(time.Hour, testBands, 10)
	require.NoError(t, err)
	return tr
}

// bpsDepeg is n bps as a WAD depeg (n·1e14).
func bpsDepeg(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneBpsWad) }

func TestNewDepegTrackerValidation(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		hl    time.Duration
		bands []uint64
		hyst  uint64
	}{
		"zero half-life":       {0, testBands, 10},
		"negative half-life":   {-time.Second, testBands, 10},
		"no bands":             {time.Hour, nil, 0},
		"zero band":            {time.Hour, []uint64{0, 10}, 0},
		"band above 100%":      {time.Hour, []uint64{10_001}, 0},
		"not increasing":       {time.Hour, []uint64{50, 50}, 0},
		"decreasing":           {time.Hour, []uint64{100, 50}, 0},
		"hysteresis too large": {time.Hour, testBands, 50},
	} {
		_, err := NewDepegTracker(tc.hl, tc.bands, tc.hyst)
		require.ErrorIs(t, err, ErrInvalidInput, name)
	}
	// The tracker keeps its own copy of the bands.
	bands := []uint64{50, 100}
	tr, err := NewDepegTracker(time.Hour, bands, 0)
	require.NoError(t, err)
	bands[0] = 99
	_, ch := tr.Update(1, bpsDepeg(50))
	require.Equal(t, []BandChange{{From: 0, To: 1, ThresholdBps: 50, Up: true}}, ch)
}

func TestDepegTrackerScenario(t *testing.T) {
	t.Parallel()
	tr := newTestTracker(t)

	// Before any sample.
	s := tr.State()
	require.Nil(t, s.EMA)
	require.Equal(t, 0, s.Band)

	// t=1000, 30 bps: first sample sets the EMA; below band 1.
	s, ch := tr.Update(1000, bpsDepeg(30))
	require.Equal(t, "3000000000000000", s.EMA.String())
	require.Equal(t, 0, s.Band)
	require.Empty(t, ch)

	// t=4600 (one half-life later), 70 bps: x = ln2 → w = 0.5e18 exactly
	// (ExpNegWad(693147180559945309) = 500000000000000000), so
	// ema = 0.007 + (0.003 − 0.007)·0.5 = 0.005. 70 ≥ 50 → band 1.
	s, ch = tr.Update(4600, bpsDepeg(70))
	require.Equal(t, "5000000000000000", s.EMA.String())
	require.Equal(t, 1, s.Band)
	require.Equal(t, uint64(0), s.PersistSeconds)
	require.Equal(t, []BandChange{{From: 0, To: 1, ThresholdBps: 50, Up: true}}, ch)

	// t=5200, 45 bps: inside the hysteresis (≥ 50 − 10) → stays in band 1,
	// persisting 600 s. x = ⌊600·ln2x36/3600e18⌋ = 115524530093324218,
	// w = ⌊e^(−x)·1e18⌋ = 890898718140339304 (2^(−1/6)),
	// ema = 0.0045 + 0.0005·w = 0.0045 + 0.000445449359070169652
	// → 4945449359070169 (truncated).
	s, ch = tr.Update(5200, bpsDepeg(45))
	require.Equal(t, "4945449359070169", s.EMA.String())
	require.Equal(t, 1, s.Band)
	require.Equal(t, uint64(600), s.PersistSeconds)
	require.Empty(t, ch)

	// Same block again (Δt = 0): weight 1, the EMA keeps its value while
	// the band follows the new sample: 39 bps < 40 → band 0.
	s, ch = tr.Update(5200, bpsDepeg(39))
	require.Equal(t, "4945449359070169", s.EMA.String())
	require.Equal(t, "3900000000000000", s.Last.String())
	require.Equal(t, 0, s.Band)
	require.Equal(t, uint64(0), s.PersistSeconds)
	require.Equal(t, []BandChange{{From: 1, To: 0, ThresholdBps: 50}}, ch)

	// A jump to 600 bps crosses every band in one update.
	s, ch = tr.Update(5212, bpsDepeg(600))
	require.Equal(t, 4, s.Band)
	require.Equal(t, []BandChange{
		{From: 0, To: 1, ThresholdBps: 50, Up: true},
		{From: 1, To: 2, ThresholdBps: 100, Up: true},
		{From: 2, To: 3, ThresholdBps: 250, Up: true},
		{From: 3, To: 4, ThresholdBps: 500, Up: true},
	}, ch)

	// Unknown price: nothing changes.
	before := tr.State()
	s, ch = tr.Update(5300, nil)
	require.Equal(t, before, s)
	require.Empty(t, ch)

	// Out-of-order timestamp: ignored.
	s, ch = tr.Update(5000, bpsDepeg(0))
	require.Equal(t, before, s)
	require.Empty(t, ch)

	// Recovery to 95 bps: 95 < 490 → 3, 95 < 240 → 2, 95 ≥ 90 → stays 2.
	s, ch = tr.Update(5224, bpsDepeg(95))
	require.Equal(t, 2, s.Band)
	require.Equal(t, uint64(5224-5212), s.PersistSeconds)
	require.Equal(t, []BandChange{{From: 4, To: 3, ThresholdBps: 500}, {From: 3, To: 2, ThresholdBps: 250}}, ch)

	// A premium counts as 0 for the bands but is kept signed in the EMA.
	s, ch = tr.Update(5236, bpsDepeg(-100))
	require.Equal(t, 0, s.Band)
	require.Equal(t, uint64(0), s.PersistSeconds)
	require.Equal(t, []BandChange{{From: 2, To: 1, ThresholdBps: 100}, {From: 1, To: 0, ThresholdBps: 50}}, ch)
	require.Equal(t, "-10000000000000000", s.Last.String())

	// A very long gap forgets the past: w = 0 → ema = x.
	s, _ = tr.Update(5236+1_000_000, bpsDepeg(12))
	requireBigEq(t, bpsDepeg(12), s.EMA)

	// Returned values are copies.
	s.EMA.SetInt64(42)
	requireBigEq(t, bpsDepeg(12), tr.State().EMA)
}

func FuzzDepegTracker(f *testing.F) {
	f.Add([]byte{0, 30, 1, 70, 0, 45, 3, 255, 0, 0})
	f.Add([]byte{5, 200, 5, 10, 0, 0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		tr, err := NewDepegTracker(10*time.Minute, testBands, 10)
		require.NoError(t, err)
		now := uint64(1_700_000_000)
		var lo, hi *big.Int
		prevBand := 0
		for i := 0; i+2 <= len(raw); i += 2 {
			now += uint64(raw[i]) * 7
			// depeg in [−128, 127]·5 bps plus odd wei.
			x := bpsDepeg(int64(int8(raw[i+1])) * 5)
			x.Add(x, big.NewInt(int64(raw[i])))
			if lo == nil || x.Cmp(lo) < 0 {
				lo = x
			}
			if hi == nil || x.Cmp(hi) > 0 {
				hi = x
			}
			s, ch := tr.Update(now, x)
			// EMA is a convex combination of the samples.
			require.True(t, s.EMA.Cmp(lo) >= 0 && s.EMA.Cmp(hi) <= 0, "EMA %s outside [%s, %s]", s.EMA, lo, hi)
			require.GreaterOrEqual(t, s.Band, 0)
			require.LessOrEqual(t, s.Band, len(testBands))
			if s.Band == 0 {
				require.Zero(t, s.PersistSeconds)
			}
			// Band consistency with hysteresis.
			for k, b := range testBands {
				if x.Cmp(bpsDepeg(int64(b))) >= 0 {
					require.Greater(t, s.Band, k, "depeg %s ≥ band %d", x, b)
				}
				if x.Cmp(bpsDepeg(int64(b-10))) < 0 {
					require.LessOrEqual(t, s.Band, k, "depeg %s < band %d − hysteresis", x, b)
				}
			}
			// Changes chain from the previous band to the new one.
			cur := prevBand
			for _, c := range ch {
				require.Equal(t, cur, c.From)
				if c.Up {
					require.Equal(t, c.From+1, c.To)
					require.Equal(t, testBands[c.From], c.ThresholdBps)
				} else {
					require.Equal(t, c.From-1, c.To)
					require.Equal(t, testBands[c.To], c.ThresholdBps)
				}
				cur = c.To
			}
			require.Equal(t, s.Band, cur)
			prevBand = s.Band
		}
	})
}
