package keeper

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// protocolLane is a Lane that only names its protocol.
type protocolLane struct {
	Lane
	name string
}

func (l protocolLane) Protocol() string { return l.name }

// TestBookSizes: the book size of each followed protocol is the sum of its
// market rows' positions, zero for a protocol with none; a row without a
// protocol is Morpho's.
func TestBookSizes(t *testing.T) {
	t.Parallel()
	aave := protocolLane{name: strategies.ProtocolAave}
	for _, tc := range []struct {
		name    string
		lanes   []Lane
		markets []oracle.MarketRisk
		want    map[string]int
	}{
		{name: "morpho only, nothing tracked", want: map[string]int{"morpho_blue": 0}},
		{name: "morpho markets", markets: []oracle.MarketRisk{
			{Protocol: "morpho_blue", PositionCount: 3}, {PositionCount: 4}, {Protocol: "morpho_blue", PositionCount: 0},
		}, want: map[string]int{"morpho_blue": 7}},
		{name: "an aave lane not started yet", lanes: []Lane{aave}, markets: []oracle.MarketRisk{
			{Protocol: "morpho_blue", PositionCount: 2},
		}, want: map[string]int{"morpho_blue": 2, "aave_v3": 0}},
		{name: "aave rows and its pool status row", lanes: []Lane{aave}, markets: []oracle.MarketRisk{
			{Protocol: "morpho_blue", PositionCount: 2},
			{Protocol: "aave_v3", PositionCount: 5}, {Protocol: "aave_v3", PositionCount: 1}, {Protocol: "aave_v3", Name: "pool"},
		}, want: map[string]int{"morpho_blue": 2, "aave_v3": 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			k := &Keeper{lanes: tc.lanes}
			require.Equal(t, tc.want, k.bookSizes(&oracle.Snapshot{Markets: tc.markets}))
		})
	}
}

// TestFairUpdatedAt: the fair value's update time is the source's where
// it reports one, else the rate's last change the engine saw; unknown when
// the read failed or neither is known.
func TestFairUpdatedAt(t *testing.T) {
	t.Parallel()
	risk := &oracle.AssetRisk{}
	risk.Rate.LastChange = 900
	for _, tc := range []struct {
		name string
		a    oracle.AssetReading
		want uint64
	}{
		{name: "the source reports one", a: oracle.AssetReading{Fair: oracle.Quote{UpdatedAt: 950}, Risk: risk}, want: 950},
		{name: "the rate's last change", a: oracle.AssetReading{Risk: risk}, want: 900},
		{name: "no engine", a: oracle.AssetReading{}, want: 0},
		{name: "the read failed", a: oracle.AssetReading{Fair: oracle.Quote{UpdatedAt: 950}, FairErr: oracle.ErrStale, Risk: risk}, want: 0},
	} {
		require.Equal(t, tc.want, fairUpdatedAt(tc.a), tc.name)
	}
}
