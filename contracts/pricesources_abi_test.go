package contracts_test

import (
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
)

// TestPriceSourceSignatures pins the protocol-facing ABI of the test
// contracts: the canonical signatures the daemon calls on real Uniswap v3
// pools, Curve stableswap-ng pools, Chaos Labs' RiskOracle and Chainlink
// feeds, with their well-known selectors and event topics where given.
func TestPriceSourceSignatures(t *testing.T) {
	t.Parallel()
	type want struct {
		sig, id string // id: "" = only require presence
	}
	cases := []struct {
		name    string
		abi     abi.ABI
		methods []want
		events  []want
	}{
		{
			name: "UniV3Pool",
			abi:  univ3pool.NewUniV3Pool().GetABI(),
			methods: []want{
				{"slot0()", "0x3850c7bd"},
				{"observe(uint32[])", "0x883bdbfd"},
				{"observations(uint256)", "0x252c09d7"},
				{"increaseObservationCardinalityNext(uint16)", "0x32148f67"},
				{"swap(address,bool,int256,uint160,bytes)", "0x128acb08"},
				{"token0()", "0x0dfe1681"},
				{"token1()", "0xd21220a7"},
				{"fee()", "0xddca3f43"},
				{"liquidity()", "0x1a686502"},
				{"tickSpacing()", "0xd0c93a7c"},
				{"quoteExactInput(bool,uint256)", ""},
				{"setSqrtPriceX96(uint160)", ""},
			},
			events: []want{
				{"Swap(address,address,int256,int256,uint160,uint128,int24)", "0xc42079f94a6350d7e6235f29174924f928cc2ac818eb64fed8004e115fbcca67"},
				{"Initialize(uint160,int24)", ""},
				{"IncreaseObservationCardinalityNext(uint16,uint16)", ""},
			},
		},
		{
			name: "StableSwapPool",
			abi:  stableswappool.NewStableSwapPool().GetABI(),
			methods: []want{
				{"get_dy(int128,int128,uint256)", "0x5e0d443f"},
				{"exchange(int128,int128,uint256,uint256)", "0x3df02124"},
				{"coins(uint256)", "0xc6610657"},
				{"balances(uint256)", "0x4903b0d1"},
				{"price_oracle(uint256)", "0x68727653"},
				{"last_price(uint256)", ""},
				{"ema_price(uint256)", ""},
				{"get_p(uint256)", ""},
				{"A()", "0xf446c1d0"},
				{"fee()", "0xddca3f43"},
				{"ma_exp_time()", ""},
				{"add_liquidity(uint256[],uint256)", ""},
				{"remove_liquidity(uint256,uint256[])", ""},
				{"get_virtual_price()", "0xbb7b8b80"},
				{"stored_rates()", ""},
				{"setRate(uint256,uint256)", ""},
			},
			events: []want{
				{"TokenExchange(address,int128,uint256,int128,uint256)", "0x8b3e96f2b889fa771c53c981b40daf005f63f637f1869f707052d15a3dd97140"},
				{"AddLiquidity(address,uint256[],uint256[],uint256,uint256)", ""},
			},
		},
		{
			name: "RiskOracle",
			abi:  riskoracle.NewRiskOracle().GetABI(),
			methods: []want{
				{"publishRiskParameterUpdate(string,bytes,string,address,bytes)", ""},
				{"publishBulkRiskParameterUpdates(string[],bytes[],string[],address[],bytes[])", ""},
				{"getLatestUpdateByParameterAndMarket(string,address)", ""},
				{"getUpdateById(uint256)", ""},
				{"updateCounter()", ""},
				{"addAuthorizedSender(address)", ""},
				{"removeAuthorizedSender(address)", ""},
				{"isAuthorized(address)", ""},
			},
			events: []want{
				{"ParameterUpdated(string,bytes,bytes,uint256,string,uint256,address,bytes)", ""},
				{"AuthorizedSenderAdded(address)", ""},
				{"AuthorizedSenderRemoved(address)", ""},
			},
		},
		{
			name: "RiskOracleFeed",
			abi:  riskoraclefeed.NewRiskOracleFeed().GetABI(),
			methods: []want{
				{"latestRoundData()", "0xfeaf968c"},
				{"getRoundData(uint80)", "0x9a6fc8f5"},
				{"decimals()", "0x313ce567"},
				{"description()", "0x7284e416"},
				{"version()", "0x54fd4d50"},
				{"latestAnswer()", "0x50d25bcd"},
				{"latestTimestamp()", "0x8205bf6a"},
			},
		},
	}
	for _, c := range cases {
		methods := map[string]string{}
		for _, m := range c.abi.Methods {
			methods[m.Sig] = "0x" + hex.EncodeToString(m.ID)
		}
		events := map[string]string{}
		for _, e := range c.abi.Events {
			events[e.Sig] = e.ID.Hex()
		}
		for _, m := range c.methods {
			id, ok := methods[m.sig]
			require.True(t, ok, "%s: missing %s", c.name, m.sig)
			if m.id != "" {
				require.Equal(t, m.id, id, "%s: %s", c.name, m.sig)
			}
		}
		for _, e := range c.events {
			id, ok := events[e.sig]
			require.True(t, ok, "%s: missing event %s", c.name, e.sig)
			if e.id != "" {
				require.Equal(t, e.id, id, "%s: %s", c.name, e.sig)
			}
		}
	}

	// Output shapes the daemon decodes.
	slot0 := univ3pool.NewUniV3Pool().GetABI().Methods["slot0"]
	var types []string
	for _, o := range slot0.Outputs {
		types = append(types, o.Type.String())
	}
	require.Equal(t, []string{"uint160", "int24", "uint16", "uint16", "uint16", "uint8", "bool"}, types)
	observe := univ3pool.NewUniV3Pool().GetABI().Methods["observe"]
	require.Equal(t, "int56[]", observe.Outputs[0].Type.String())
	require.Equal(t, "uint160[]", observe.Outputs[1].Type.String())
	upd := riskoracle.NewRiskOracle().GetABI().Methods["getUpdateById"].Outputs[0].Type
	require.Equal(t, "(uint256,bytes,string,bytes,string,uint256,address,bytes)", upd.String())
	lrd := riskoraclefeed.NewRiskOracleFeed().GetABI().Methods["latestRoundData"]
	types = types[:0]
	for _, o := range lrd.Outputs {
		types = append(types, o.Type.String())
	}
	require.Equal(t, []string{"uint80", "int256", "uint256", "uint256", "uint80"}, types)
}
