package oracle

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestChainlinkCheck(t *testing.T) {
	t.Parallel()
	feed := Chainlink{Feed: common.HexToAddress("0x01"), Heartbeat: time.Hour}
	const now = 10_000
	tests := []struct {
		name       string
		dec        uint8
		round      int64
		answer     string
		updatedAt  int64
		answeredIn int64
		want       string
		wantErr    error
	}{
		{name: "18 decimals", dec: 18, round: 5, answer: "1020000000000000000", updatedAt: now - 60, answeredIn: 5, want: "1020000000000000000"},
		{name: "8 decimals scaled up", dec: 8, round: 1, answer: "102000000", updatedAt: now, answeredIn: 1, want: "1020000000000000000"},
		{name: "24 decimals rounded down", dec: 24, round: 1, answer: "1020000000000000000999999", updatedAt: now, answeredIn: 1, want: "1020000000000000000"},
		{name: "exactly heartbeat old is fresh", dec: 18, round: 1, answer: "1", updatedAt: now - 3600, answeredIn: 1, want: "1"},
		{name: "one second past heartbeat is stale", dec: 18, round: 1, answer: "1", updatedAt: now - 3601, answeredIn: 1, wantErr: ErrStale},
		{name: "zero answer", dec: 18, round: 1, answer: "0", updatedAt: now, answeredIn: 1, wantErr: ErrBadAnswer},
		{name: "negative answer", dec: 18, round: 1, answer: "-5", updatedAt: now, answeredIn: 1, wantErr: ErrBadAnswer},
		{name: "incomplete round", dec: 18, round: 1, answer: "1", updatedAt: 0, answeredIn: 1, wantErr: ErrBadAnswer},
		{name: "answered in an older round", dec: 18, round: 7, answer: "1", updatedAt: now, answeredIn: 6, wantErr: ErrStale},
		{name: "absurd decimals", dec: 77, round: 1, answer: "1", updatedAt: now, answeredIn: 1, wantErr: ErrBadAnswer},
		{name: "updatedAt in the future is accepted", dec: 18, round: 1, answer: "7", updatedAt: now + 5, answeredIn: 1, want: "7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			q, err := feed.check(tc.dec, big.NewInt(tc.round), bi(tc.answer), big.NewInt(tc.updatedAt), big.NewInt(tc.answeredIn), now)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				require.Contains(t, err.Error(), feed.Feed.Hex(), "error names the feed")
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, q.Price.String())
			require.Equal(t, uint64(tc.updatedAt), q.UpdatedAt)
		})
	}
}

func TestDepegWad(t *testing.T) {
	t.Parallel()
	tests := []struct{ market, fair, want string }{
		{"1020000000000000000", "1020000000000000000", "0"},
		{"938400000000000000", "1020000000000000000", "80000000000000000"},   // 8% under
		{"1030200000000000000", "1020000000000000000", "-10000000000000000"}, // 1% premium
		{"1", "3", "666666666666666666"},                                     // truncated toward zero
		{"5", "3", "-666666666666666666"},                                    // truncated toward zero
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, DepegWad(bi(tc.market), bi(tc.fair)).String(), "%s/%s", tc.market, tc.fair)
	}
	require.Nil(t, DepegWad(bi("1"), big.NewInt(0)))
	require.Nil(t, DepegWad(nil, bi("1")))
	require.Equal(t, "800000000000000000000", BpsWad(bi("80000000000000000")).String())
}

func TestMethodRateDecode(t *testing.T) {
	t.Parallel()
	s := MethodRate{Contract: common.HexToAddress("0x02"), Method: "getRate()", Decimals: 27}
	require.Equal(t, []byte{0x67, 0x9a, 0xef, 0xce}, s.Calls()[0].Data, "getRate() selector")

	word := common.LeftPadBytes(bi("1020000000000000000000000000").Bytes(), 32)
	q, err := s.Decode([]chain.Result{{Success: true, Data: word}}, chain.BlockRef{})
	require.NoError(t, err)
	require.Equal(t, "1020000000000000000", q.Price.String(), "27-decimal rate rescaled to 18")

	_, err = s.Decode([]chain.Result{{Success: false}}, chain.BlockRef{})
	require.ErrorIs(t, err, ErrCallReverted)
	_, err = s.Decode([]chain.Result{{Success: true, Data: word[:31]}}, chain.BlockRef{})
	require.ErrorIs(t, err, ErrBadAnswer)
	_, err = s.Decode([]chain.Result{{Success: true, Data: make([]byte, 32)}}, chain.BlockRef{})
	require.ErrorIs(t, err, ErrBadAnswer)
	require.True(t, strings.Contains(err.Error(), "getRate()"))
}

func TestERC4626Decode(t *testing.T) {
	t.Parallel()
	s := ERC4626Rate{Vault: common.HexToAddress("0x03"), Decimals: 18, AssetDecims: 18}
	word := common.LeftPadBytes(bi("1020000000000000000").Bytes(), 32)
	q, err := s.Decode([]chain.Result{{Success: true, Data: word}}, chain.BlockRef{})
	require.NoError(t, err)
	require.Equal(t, "1020000000000000000", q.Price.String())
	_, err = s.Decode([]chain.Result{{Success: true, Data: make([]byte, 32)}}, chain.BlockRef{})
	require.True(t, errors.Is(err, ErrBadAnswer))
	_, err = s.Decode([]chain.Result{{Success: false}}, chain.BlockRef{})
	require.ErrorIs(t, err, ErrCallReverted)
}

func FuzzRescale(f *testing.F) {
	f.Add([]byte{1}, uint8(8))
	f.Add([]byte{0xff, 0xff}, uint8(30))
	f.Fuzz(func(t *testing.T, raw []byte, dec uint8) {
		dec %= 37
		x := new(big.Int).SetBytes(raw)
		got := rescale(x, dec)
		// Reference: x·10^18 / 10^dec, rounded down.
		want := new(big.Int).Mul(x, pow10(18))
		want.Quo(want, pow10(dec))
		if got.Cmp(want) != 0 {
			t.Fatalf("rescale(%s, %d) = %s, want %s", x, dec, got, want)
		}
	})
}

func TestChainedAndRebasing(t *testing.T) {
	t.Parallel()
	word := func(s string) []byte { return common.LeftPadBytes(bi(s).Bytes(), 32) }
	// wstETH → stETH at 1.2 (27-decimal rate), stETH → ETH 1:1.
	c := Chained{Steps: []Source{
		MethodRate{Contract: common.HexToAddress("0x05"), Method: "stEthPerToken()", Decimals: 27},
		Rebasing{},
	}}
	require.Len(t, c.Calls(), 1, "rebasing needs no call")
	q, err := c.Decode([]chain.Result{{Success: true, Data: word("1200000000000000000000000000")}}, chain.BlockRef{})
	require.NoError(t, err)
	require.Equal(t, "1200000000000000000", q.Price.String())

	// Two real rates multiply with one rounding at the end:
	// 1.000000000000000001 × 1.5 = 1.5000000000000000015 → 1.500000000000000001.
	c = Chained{Steps: []Source{
		MethodRate{Contract: common.HexToAddress("0x06"), Method: "getRate()", Decimals: 18},
		ERC4626Rate{Vault: common.HexToAddress("0x07"), Decimals: 18, AssetDecims: 18},
	}}
	q, err = c.Decode([]chain.Result{{Success: true, Data: word("1000000000000000001")}, {Success: true, Data: word("1500000000000000000")}}, chain.BlockRef{})
	require.NoError(t, err)
	require.Equal(t, "1500000000000000001", q.Price.String())
	require.Contains(t, c.String(), "getRate()")

	_, err = c.Decode([]chain.Result{{Success: true, Data: word("1")}, {Success: false}}, chain.BlockRef{})
	require.ErrorIs(t, err, ErrCallReverted)
	require.Contains(t, err.Error(), "step 1")
}
