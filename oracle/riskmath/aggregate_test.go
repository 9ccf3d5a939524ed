package riskmath

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAggregate(t *testing.T) {
	t.Parallel()
	p := func(s string) *big.Int { return bi(s) }
	broken := errors.New("rpc down")
	tests := []struct {
		name      string
		in        []SourceValue
		quorum    int
		maxSpread uint64
		median    string
		spread    string
		healthy   int
		disagree  bool
		excluded  []string
		oldest    uint64
		wantErr   error
	}{
		{
			// Sorted 1.00, 1.01, 1.03 → median 1.01.
			// Spread (1.03 − 1.00)·1e4·1e18/1.01 = 0.03e18·1e22/1.01e18
			// = 297.0297029702970297029…e18 → 297029702970297029702 (bps WAD).
			name: "odd count",
			in: []SourceValue{
				{Name: "chainlink", Price: p("1030000000000000000"), UpdatedAt: 100},
				{Name: "redstone", Price: p("1000000000000000000"), UpdatedAt: 90},
				{Name: "uniswap", Price: p("1010000000000000000")},
			},
			quorum: 2, maxSpread: 300,
			median: "1010000000000000000", spread: "297029702970297029702", healthy: 3, oldest: 90,
		},
		{
			// Healthy: 1.0, 1.1 (+1 wei), 1.2, 1.3 → median ⌊(1.1e18+1 + 1.2e18)/2⌋
			// = ⌊(2.3e18 + 1)/2⌋ = 1150000000000000000. Spread 0.3/1.15·1e4
			// = 2608.695652173913043478…e18 bps → disagree at 250 bps.
			name: "even count floors the mean and drops unhealthy",
			in: []SourceValue{
				{Name: "d", Price: p("1300000000000000000")},
				{Name: "a", Price: p("1000000000000000000")},
				{Name: "x-err", Price: p("5000000000000000000"), Err: broken},
				{Name: "c", Price: p("1200000000000000000")},
				{Name: "b", Price: p("1100000000000000001")},
				{Name: "w-nil", Price: nil},
				{Name: "v-zero", Price: big.NewInt(0)},
			},
			quorum: 3, maxSpread: 250,
			median: "1150000000000000000", spread: "2608695652173913043478", healthy: 4, disagree: true,
			excluded: []string{"v-zero", "w-nil", "x-err"},
		},
		{
			// One source: median = itself, spread 0.
			name:   "single source",
			in:     []SourceValue{{Name: "only", Price: p("999000000000000000")}},
			quorum: 1, maxSpread: 0,
			median: "999000000000000000", spread: "0", healthy: 1,
		},
		{
			// Spread exactly at the limit is not a disagreement: 1.0 and
			// 1.01, median ⌊2.01e18/2⌋ = 1.005e18, spread 0.01/1.005·1e4 =
			// 99.50248756218905472636…e18 → 99502487562189054726; limit 100 bps
			// → no; with limit 99 → yes (tested below).
			name:   "two sources",
			in:     []SourceValue{{Name: "a", Price: p("1000000000000000000")}, {Name: "b", Price: p("1010000000000000000")}},
			quorum: 2, maxSpread: 100,
			median: "1005000000000000000", spread: "99502487562189054726", healthy: 2,
		},
		{
			name:   "two sources disagree at 99",
			in:     []SourceValue{{Name: "a", Price: p("1000000000000000000")}, {Name: "b", Price: p("1010000000000000000")}},
			quorum: 2, maxSpread: 99,
			median: "1005000000000000000", spread: "99502487562189054726", healthy: 2, disagree: true,
		},
		{
			name:    "no quorum",
			in:      []SourceValue{{Name: "a", Price: p("1")}, {Name: "b", Err: broken}},
			quorum:  2,
			healthy: 1, excluded: []string{"b"},
			wantErr: ErrNoQuorum,
		},
		{name: "empty", in: nil, quorum: 1, wantErr: ErrNoQuorum},
		{name: "bad quorum", in: nil, quorum: 0, wantErr: ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := Aggregate(tc.in, tc.quorum, tc.maxSpread)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				require.Nil(t, got.Median)
				require.Equal(t, tc.healthy, got.Healthy)
				require.Equal(t, tc.excluded, got.Excluded)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.median, got.Median.String())
			require.Equal(t, tc.spread, got.SpreadBps.String())
			require.Equal(t, tc.healthy, got.Healthy)
			require.Equal(t, len(tc.in), got.Total)
			require.Equal(t, tc.disagree, got.Disagree)
			require.Equal(t, tc.excluded, got.Excluded)
			require.Equal(t, tc.oldest, got.Oldest)
		})
	}
}

func TestAggregateNoQuorumMessage(t *testing.T) {
	t.Parallel()
	_, err := Aggregate([]SourceValue{{Name: "a", Price: big.NewInt(5)}}, 3, 0)
	require.ErrorIs(t, err, ErrNoQuorum)
	require.Contains(t, err.Error(), "1 of 1 sources healthy, quorum 3")
}

func TestAggregateDoesNotAlias(t *testing.T) {
	t.Parallel()
	in := []SourceValue{{Name: "a", Price: big.NewInt(7)}}
	got, err := Aggregate(in, 1, 0)
	require.NoError(t, err)
	got.Median.SetInt64(1)
	got.Min.SetInt64(1)
	require.Equal(t, int64(7), in[0].Price.Int64())
}

func FuzzAggregate(f *testing.F) {
	f.Add(uint64(1), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 2, uint64(50))
	f.Add(uint64(7), []byte{0, 0, 0, 0}, 1, uint64(0))
	f.Fuzz(func(t *testing.T, seed uint64, raw []byte, quorum int, maxSpread uint64) {
		// Build up to 9 sources from raw: 3 bytes each, byte 0 = health.
		var in []SourceValue
		for i := 0; i+3 <= len(raw) && len(in) < 9; i += 3 {
			v := SourceValue{Name: string(rune('a' + len(in)))}
			switch raw[i] % 4 {
			case 0:
				v.Err = errors.New("down")
				v.Price = big.NewInt(1)
			case 1:
				// nil price
			default:
				v.Price = new(big.Int).SetBytes(raw[i+1 : i+3])
				v.Price.Mul(v.Price, big.NewInt(1e15))
			}
			in = append(in, v)
		}
		got, err := Aggregate(in, quorum, maxSpread)
		if quorum < 1 {
			require.ErrorIs(t, err, ErrInvalidInput)
			return
		}
		// Order independence: any permutation gives the same result.
		perm := append([]SourceValue(nil), in...)
		rand.New(rand.NewPCG(seed, 1)).Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		got2, err2 := Aggregate(perm, quorum, maxSpread)
		require.Equal(t, err == nil, err2 == nil)
		require.Equal(t, got, got2)
		if err != nil {
			require.ErrorIs(t, err, ErrNoQuorum)
			require.Less(t, got.Healthy, quorum)
			return
		}
		require.GreaterOrEqual(t, got.Healthy, quorum)
		require.True(t, got.Min.Cmp(got.Median) <= 0 && got.Median.Cmp(got.Max) <= 0, "median outside [min, max]")
		// Reference spread: (max − min)·1e22/median floored.
		want := new(big.Int).Sub(got.Max, got.Min)
		want.Mul(want, bi("10000000000000000000000"))
		want.Div(want, got.Median)
		requireBigEq(t, want, got.SpreadBps)
		require.Equal(t, got.SpreadBps.Cmp(new(big.Int).Mul(new(big.Int).SetUint64(maxSpread), wadInt)) > 0, got.Disagree)
	})
}
