package riskmath

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestRateWatch(t *testing.T) {
	t.Parallel()
	_, err := NewRateWatch(0)
	require.ErrorIs(t, err, ErrInvalidInput)

	w, err := NewRateWatch(24 * time.Hour) // stale after 86400 s unchanged
	require.NoError(t, err)

	// No reading before a baseline: empty event.
	require.Equal(t, RateEvent{}, w.Update(50, nil))

	// First reading sets the baseline.
	ev := w.Update(100, bi("1050000000000000000"))
	require.Equal(t, RateEvent{LastChange: 100}, ev)

	// Unchanged for exactly the cadence: not stale yet.
	ev = w.Update(100+86400, bi("1050000000000000000"))
	require.Equal(t, RateEvent{Age: 86400, LastChange: 100}, ev)

	// One second more: stale, and it stays stale while unchanged.
	ev = w.Update(100+86401, bi("1050000000000000000"))
	require.Equal(t, RateEvent{Stale: true, Age: 86401, LastChange: 100}, ev)
	ev = w.Update(100+90000, nil) // no reading: still stale
	require.Equal(t, RateEvent{Stale: true, Age: 90000, LastChange: 100}, ev)

	// A rise resets the age.
	ev = w.Update(100+90012, bi("1051000000000000000"))
	require.Equal(t, RateEvent{LastChange: 90112}, ev)

	// A fall of 1 wei is a slash: 1·1e22/1.051e18 = 9514.7478…
	// → rounded UP to 9515 (bps WAD: 0.0000000000000009515 bps).
	ev = w.Update(90124, bi("1050999999999999999"))
	require.True(t, ev.Slash)
	require.Equal(t, "9515", ev.SlashBps.String())
	require.Equal(t, uint64(90124), ev.LastChange)

	// A ~2 % slash to 1.02998: fall = 21019999999999999 wei,
	// 21019999999999999·1e22 / 1050999999999999999 = 199999999999999990675.547…
	// (≈ 200 bps) → rounded up to 199999999999999990676.
	ev = w.Update(90136, bi("1029980000000000000"))
	require.True(t, ev.Slash)
	require.Equal(t, "199999999999999990676", ev.SlashBps.String())

	// Time going backwards: age saturates at 0.
	ev = w.Update(10, nil)
	require.Equal(t, uint64(0), ev.Age)
	require.False(t, ev.Stale)

	// A zero rate is a 100 % slash: 1e4·1e18.
	ev = w.Update(90148, big.NewInt(0))
	require.True(t, ev.Slash)
	require.Equal(t, "10000000000000000000000", ev.SlashBps.String())
	require.Equal(t, "0", w.Rate().String())
}

func FuzzRateWatch(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 3, 2, 1}, uint16(10))
	f.Fuzz(func(t *testing.T, raw []byte, cadence uint16) {
		w, err := NewRateWatch(time.Duration(cadence)*time.Second + time.Second)
		require.NoError(t, err)
		now := uint64(0)
		var prev *big.Int
		lastChange := uint64(0)
		for i := 0; i+2 <= len(raw); i += 2 {
			now += uint64(raw[i])
			r := new(big.Int).SetUint64(uint64(raw[i+1]) * 1e16)
			ev := w.Update(now, r)
			if prev != nil && r.Cmp(prev) < 0 {
				require.True(t, ev.Slash)
				// Reference: ceil((prev − r)·1e22/prev) via big.Rat.
				q := new(big.Rat).SetFrac(new(big.Int).Mul(new(big.Int).Sub(prev, r), wadBps), prev)
				want := new(big.Int).Quo(q.Num(), q.Denom())
				if !q.IsInt() {
					want.Add(want, big.NewInt(1))
				}
				requireBigEq(t, want, ev.SlashBps)
				// Never understated.
				got := new(big.Rat).SetInt(ev.SlashBps)
				require.True(t, got.Cmp(q) >= 0)
			} else {
				require.False(t, ev.Slash)
				require.Nil(t, ev.SlashBps)
			}
			if prev == nil || r.Cmp(prev) != 0 {
				lastChange = now
			}
			require.Equal(t, lastChange, ev.LastChange)
			require.Equal(t, now-lastChange, ev.Age)
			require.Equal(t, ev.Age > uint64(cadence)+1, ev.Stale)
			prev = r
		}
	})
}
