package contracts_test

import (
	"bufio"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidation"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
)

// selectorsFile is a copy of the shared reference list of published
// selectors and topics ("selector topic signature" per line), kept in the
// repo so the test needs nothing outside it.
var selectorsFile = filepath.Join("testdata", "selectors.txt")

type selectorLine struct {
	selector, topic, signature string
}

func readSelectors(t *testing.T) []selectorLine {
	t.Helper()
	f, err := os.Open(selectorsFile)
	require.NoError(t, err, "the selectors reference is required")
	defer f.Close()

	var lines []selectorLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		require.Len(t, fields, 3, "malformed line %q", sc.Text())
		lines = append(lines, selectorLine{fields[0], fields[1], fields[2]})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, lines)
	return lines
}

func TestSelectorsMatchABI(t *testing.T) {
	t.Parallel()
	lines := readSelectors(t)

	abis := []abi.ABI{
		morphoblue.NewMorphoBlue().GetABI(),
		fixedrateirm.NewFixedRateIrm().GetABI(),
		morphochainlinkoracle.NewMorphoChainlinkOracle().GetABI(),
		multicall3.NewMulticall3().GetABI(),
		keeperexecutor.NewKeeperExecutor().GetABI(),
		preliquidation.NewPreLiquidation().GetABI(),
		preliquidationfactory.NewPreLiquidationFactory().GetABI(),
	}
	methods := map[string][]byte{}
	events := map[string][]byte{}
	for _, a := range abis {
		for _, m := range a.Methods {
			methods[m.Sig] = m.ID
		}
		for _, ev := range a.Events {
			events[ev.Sig] = ev.ID.Bytes()
		}
	}

	// Every entry of the reference that these contracts must implement.
	mustHave := []string{
		"liquidate((address,address,address,address,uint256),address,uint256,uint256,bytes)",
		"position(bytes32,address)",
		"market(bytes32)",
		"idToMarketParams(bytes32)",
		"accrueInterest((address,address,address,address,uint256))",
		"flashLoan(address,uint256,bytes)",
		"setAuthorization(address,bool)",
		"isAuthorized(address,address)",
		"repay((address,address,address,address,uint256),uint256,uint256,address,bytes)",
		"withdrawCollateral((address,address,address,address,uint256),uint256,address,address)",
		"price()",
		"borrowRateView((address,address,address,address,uint256),(uint128,uint128,uint128,uint128,uint128,uint128))",
		"aggregate3((address,bool,bytes)[])",
		"Liquidate(bytes32,address,address,uint256,uint256,uint256,uint256,uint256)",
		"SupplyCollateral(bytes32,address,address,uint256)",
		"WithdrawCollateral(bytes32,address,address,address,uint256)",
		"Borrow(bytes32,address,address,address,uint256,uint256)",
		"Repay(bytes32,address,address,uint256,uint256)",
		"CreateMarket(bytes32,(address,address,address,address,uint256))",
		"AccrueInterest(bytes32,uint256,uint256,uint256)",
		"SetAuthorization(address,address,address,bool)",
		// KeeperExecutor callbacks and the PreLiquidation pair.
		"onMorphoLiquidate(uint256,bytes)",
		"onMorphoRepay(uint256,bytes)",
		"onPreLiquidate(uint256,bytes)",
		"preLiquidate(address,uint256,uint256,bytes)",
		"preLiquidationParams()",
		"PreLiquidate(bytes32,address,address,uint256,uint256,uint256)",
		"CreatePreLiquidation(address,bytes32,(uint256,uint256,uint256,uint256,uint256,address))",
	}
	matched := map[string]bool{}

	for _, l := range lines {
		// The reference itself must be consistent: topic = keccak(signature).
		require.Equal(t, l.topic, "0x"+hex.EncodeToString(crypto.Keccak256([]byte(l.signature))), l.signature)
		require.True(t, strings.HasPrefix(l.topic, l.selector), l.signature)

		if id, ok := methods[l.signature]; ok {
			require.Equal(t, l.selector, "0x"+hex.EncodeToString(id), l.signature)
			matched[l.signature] = true
		}
		if id, ok := events[l.signature]; ok {
			require.Equal(t, l.topic, "0x"+hex.EncodeToString(id), l.signature)
			matched[l.signature] = true
		}
	}
	for _, sig := range mustHave {
		require.True(t, matched[sig], "%s missing from the ABI or from selectors.txt", sig)
	}
	require.Equal(t, "0x82ad56cb", "0x"+hex.EncodeToString(multicall3.NewMulticall3().GetABI().Methods["aggregate3"].ID))
}
