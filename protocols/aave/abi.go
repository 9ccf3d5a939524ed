// Package aave is the Aave v3 adapter: it owns the reads of Aave's Pool,
// AaveOracle and scaled-balance tokens, decodes them into the exact inputs
// of internal/aave, and computes each user's account data as the Pool does.
// It is configured by addresses only and calls nothing but Aave v3's own
// interface (the selectors below), so it runs against a real deployment
// as against the test contracts.
package aave

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// interfaceABI is the part of Aave v3's interfaces the adapter calls. The
// reserve data tuple is ReserveDataLegacy; every field is static, so its
// encoding is fifteen words.
const interfaceABI = `[
{"type":"function","name":"getReservesList","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address[]"}]},
{"type":"function","name":"getReserveData","stateMutability":"view","inputs":[{"name":"asset","type":"address"}],"outputs":[{"name":"","type":"tuple","components":[
 {"name":"configuration","type":"uint256"},{"name":"liquidityIndex","type":"uint128"},{"name":"currentLiquidityRate","type":"uint128"},
 {"name":"variableBorrowIndex","type":"uint128"},{"name":"currentVariableBorrowRate","type":"uint128"},{"name":"currentStableBorrowRate","type":"uint128"},
 {"name":"lastUpdateTimestamp","type":"uint40"},{"name":"id","type":"uint16"},{"name":"aTokenAddress","type":"address"},
 {"name":"stableDebtTokenAddress","type":"address"},{"name":"variableDebtTokenAddress","type":"address"},{"name":"interestRateStrategyAddress","type":"address"},
 {"name":"accruedToTreasury","type":"uint128"},{"name":"unbacked","type":"uint128"},{"name":"isolationModeTotalDebt","type":"uint128"}]}]},
{"type":"function","name":"getUserConfiguration","stateMutability":"view","inputs":[{"name":"user","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getUserEMode","stateMutability":"view","inputs":[{"name":"user","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getEModeCategoryCollateralConfig","stateMutability":"view","inputs":[{"name":"id","type":"uint8"}],"outputs":[{"name":"","type":"tuple","components":[
 {"name":"ltv","type":"uint16"},{"name":"liquidationThreshold","type":"uint16"},{"name":"liquidationBonus","type":"uint16"}]}]},
{"type":"function","name":"getEModeCategoryCollateralBitmap","stateMutability":"view","inputs":[{"name":"id","type":"uint8"}],"outputs":[{"name":"","type":"uint128"}]},
{"type":"function","name":"getUserAccountData","stateMutability":"view","inputs":[{"name":"user","type":"address"}],"outputs":[
 {"name":"totalCollateralBase","type":"uint256"},{"name":"totalDebtBase","type":"uint256"},{"name":"availableBorrowsBase","type":"uint256"},
 {"name":"currentLiquidationThreshold","type":"uint256"},{"name":"ltv","type":"uint256"},{"name":"healthFactor","type":"uint256"}]},
{"type":"function","name":"getSourceOfAsset","stateMutability":"view","inputs":[{"name":"asset","type":"address"}],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"getAssetPrice","stateMutability":"view","inputs":[{"name":"asset","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"scaledBalanceOf","stateMutability":"view","inputs":[{"name":"user","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}
]`

var poolABI = mustABI(interfaceABI)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(fmt.Sprintf("aave: interface ABI: %v", err)) // a constant: caught by any test
	}
	return a
}

// pack encodes a call of the interface; the arguments are the adapter's
// own, so a failure is a programming error reported as one.
func pack(name string, args ...any) []byte {
	data, err := poolABI.Pack(name, args...)
	if err != nil {
		panic(fmt.Sprintf("aave: pack %s: %v", name, err))
	}
	return data
}
