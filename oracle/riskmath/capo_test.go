package riskmath

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

const day = 24 * 60 * 60

func TestCapRate(t *testing.T) {
	t.Parallel()
	// weETH CAPO: snapshot 1.03466 on 26 Mar 2024, g = 8.75 %/year.
	snap := CapoSnapshot{Rate: bi("1034660000000000000"), Time: 1_711_411_200}
	g := bi("87500000000000000")
	tests := []struct {
		name    string
		rate    *big.Int
		snap    CapoSnapshot
		now     uint64
		capped  string
		maxRate string
		binding bool
		wantErr error
	}{
		// Δt = 0: maxRate = snapshot; a higher rate is capped.
		{name: "at snapshot", rate: bi("1040000000000000000"), snap: snap, now: snap.Time,
			capped: "1034660000000000000", maxRate: "1034660000000000000", binding: true},
		// Δt = 365 d: growth 1.03466·0.0875 = 0.09053275 → 1.12519275.
		{name: "one year", rate: bi("1100000000000000000"), snap: snap, now: snap.Time + 365*day,
			capped: "1100000000000000000", maxRate: "1125192750000000000"},
		// Δt = 7 d: 1.03466e18·0.0875e18·604800/(31536000·1e18)
		// = 90532750000000000·7/365 = 1736244520547945.2… → floor
		// 1736244520547945; maxRate = 1036396244520547945.
		{name: "seven days binding", rate: bi("1036396244520547946"), snap: snap, now: snap.Time + 7*day,
			capped: "1036396244520547945", maxRate: "1036396244520547945", binding: true},
		{name: "seven days exactly at cap", rate: bi("1036396244520547945"), snap: snap, now: snap.Time + 7*day,
			capped: "1036396244520547945", maxRate: "1036396244520547945"},
		// A slashed rate below the snapshot passes: no downside protection.
		// One day: 90532750000000000/365 = 248034931506849.3… → maxRate
		// 1034908034931506849.
		{name: "below snapshot passes", rate: bi("1000000000000000000"), snap: snap, now: snap.Time + day,
			capped: "1000000000000000000", maxRate: "1034908034931506849"},
		{name: "now before snapshot", rate: bi("1"), snap: snap, now: snap.Time - 1, wantErr: ErrTimeReversed},
		{name: "nil rate", rate: nil, snap: snap, now: snap.Time, wantErr: ErrInvalidInput},
		{name: "no snapshot", rate: bi("1"), snap: CapoSnapshot{}, now: 1, wantErr: ErrInvalidInput},
		{name: "zero snapshot", rate: bi("1"), snap: CapoSnapshot{Rate: big.NewInt(0)}, now: 1, wantErr: ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			capped, maxR, binding, err := CapRate(tc.rate, tc.snap, g, tc.now)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.capped, capped.String())
			require.Equal(t, tc.maxRate, maxR.String())
			require.Equal(t, tc.binding, binding)
		})
	}
	_, _, _, err := CapRate(bi("1"), snap, big.NewInt(-1), snap.Time)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestNextSnapshot(t *testing.T) {
	t.Parallel()
	g := bi("100000000000000000") // 10 %/year
	const interval = 14 * day
	one := bi("1000000000000000000")

	// No snapshot: take the rate as is.
	s, changed, err := NextSnapshot(CapoSnapshot{}, one, 1000, interval, g)
	require.NoError(t, err)
	require.True(t, changed)
	require.Equal(t, CapoSnapshot{Rate: one, Time: 1000}, s)

	// Before the interval: unchanged.
	s2, changed, err := NextSnapshot(s, bi("1001000000000000000"), 1000+interval-1, interval, g)
	require.NoError(t, err)
	require.False(t, changed)
	require.Equal(t, s, s2)

	// At the interval with an ordinary rise (0.2 % < cap 1 + 0.1·14/365 =
	// 1.003835616438356164): the rate is taken.
	s3, changed, err := NextSnapshot(s, bi("1002000000000000000"), 1000+interval, interval, g)
	require.NoError(t, err)
	require.True(t, changed)
	require.Equal(t, "1002000000000000000", s3.Rate.String())
	require.Equal(t, uint64(1000+interval), s3.Time)

	// A manipulated spike to 1.5 is clipped to the cap at now:
	// 1e18·0.1e18·1209600/(31536000e18) = 3835616438356164.38… → 1003835616438356164.
	s4, changed, err := NextSnapshot(s, bi("1500000000000000000"), 1000+interval, interval, g)
	require.NoError(t, err)
	require.True(t, changed)
	require.Equal(t, "1003835616438356164", s4.Rate.String())

	// A slash lowers the snapshot.
	s5, _, err := NextSnapshot(s, bi("900000000000000000"), 1000+interval, interval, g)
	require.NoError(t, err)
	require.Equal(t, "900000000000000000", s5.Rate.String())

	_, _, err = NextSnapshot(s, one, 999, interval, g)
	require.ErrorIs(t, err, ErrTimeReversed)
	_, _, err = NextSnapshot(s, nil, 2000, interval, g)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, _, err = NextSnapshot(s, big.NewInt(0), 2000, interval, g)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, _, err = NextSnapshot(s, one, 2000, interval, nil)
	require.ErrorIs(t, err, ErrInvalidInput)
}

// TestNextSnapshotNoRatchet: a rate that spikes at every snapshot can lift
// the snapshot no faster than the cap line itself.
func TestNextSnapshotNoRatchet(t *testing.T) {
	t.Parallel()
	g := bi("100000000000000000")
	snap := CapoSnapshot{Rate: bi("1000000000000000000"), Time: 0}
	spike := bi("2000000000000000000")
	for now := uint64(7 * day); now <= 365*day; now += 7 * day {
		var err error
		snap, _, err = NextSnapshot(snap, spike, now, 7*day, g)
		require.NoError(t, err)
	}
	// Compounded weekly growth of 10 %/yr · 364/365 ≈ 1.1046 at most.
	require.True(t, snap.Rate.Cmp(bi("1110000000000000000")) < 0, snap.Rate.String())
}

func FuzzCapRate(f *testing.F) {
	f.Add(uint64(1e18), uint64(1.03e18), uint64(0.0875e18), uint64(1000), uint64(604800))
	f.Add(uint64(0), uint64(1), uint64(0), uint64(0), uint64(0))
	f.Fuzz(func(t *testing.T, rate, snapRate, g, t0, dt uint64) {
		now := t0 + dt
		r, sr, gg := new(big.Int).SetUint64(rate), new(big.Int).SetUint64(snapRate), new(big.Int).SetUint64(g)
		capped, maxR, binding, err := CapRate(r, CapoSnapshot{Rate: sr, Time: t0}, gg, now)
		switch {
		case snapRate == 0:
			require.ErrorIs(t, err, ErrInvalidInput)
			return
		case now < t0:
			require.ErrorIs(t, err, ErrTimeReversed)
			return
		}
		require.NoError(t, err)
		// Reference in big.Rat: snapRate·(1 + g/1e18·dt/yr), floored.
		ref := new(big.Rat).SetFrac(new(big.Int).Mul(gg, new(big.Int).SetUint64(dt)), yearWad)
		ref.Add(ref, big.NewRat(1, 1))
		ref.Mul(ref, new(big.Rat).SetInt(sr))
		want := new(big.Int).Quo(ref.Num(), ref.Denom())
		requireBigEq(t, want, maxR)
		require.True(t, maxR.Cmp(sr) >= 0)
		require.Equal(t, r.Cmp(maxR) > 0, binding)
		require.True(t, capped.Cmp(r) <= 0 && capped.Cmp(maxR) <= 0)
		require.True(t, capped.Cmp(r) == 0 || capped.Cmp(maxR) == 0)
	})
}
