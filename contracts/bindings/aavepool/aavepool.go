// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aavepool

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AaveTypesCollateralConfig is an auto generated low-level Go binding around an user-defined struct.
type AaveTypesCollateralConfig struct {
	Ltv                  uint16
	LiquidationThreshold uint16
	LiquidationBonus     uint16
}

// AaveTypesReserveConfigurationMap is an auto generated low-level Go binding around an user-defined struct.
type AaveTypesReserveConfigurationMap struct {
	Data *big.Int
}

// AaveTypesReserveDataLegacy is an auto generated low-level Go binding around an user-defined struct.
type AaveTypesReserveDataLegacy struct {
	Configuration               AaveTypesReserveConfigurationMap
	LiquidityIndex              *big.Int
	CurrentLiquidityRate        *big.Int
	VariableBorrowIndex         *big.Int
	CurrentVariableBorrowRate   *big.Int
	CurrentStableBorrowRate     *big.Int
	LastUpdateTimestamp         *big.Int
	Id                          uint16
	ATokenAddress               common.Address
	StableDebtTokenAddress      common.Address
	VariableDebtTokenAddress    common.Address
	InterestRateStrategyAddress common.Address
	AccruedToTreasury           *big.Int
	Unbacked                    *big.Int
	IsolationModeTotalDebt      *big.Int
}

// AaveTypesUserConfigurationMap is an auto generated low-level Go binding around an user-defined struct.
type AaveTypesUserConfigurationMap struct {
	Data *big.Int
}

// AavePoolMetaData contains all meta data concerning the AavePool contract.
var AavePoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AssetNotListed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BorrowCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BorrowingNotEnabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallerNotAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallerNotPoolAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CollateralCannotBeLiquidated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CollateralCannotCoverNewBorrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EModeCategoryReserved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FlashloanDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FlashloanPremiumInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthFactorLowerThanLiquidationThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthFactorNotBelowThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InconsistentEModeCategory\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEmodeCategoryParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFlashloanExecutorReturn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInterestRateModeSelected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LtvValidationFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MustNotLeaveDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDebtOfSelectedType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoExplicitAmountToRepayOnBehalf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoMoreReservesAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBorrowableInEMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughAvailableUserBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveAlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveInactive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservePaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfLiquidation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpecifiedCurrencyNotBorrowedByUser\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyToAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnderlyingBalanceZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UserInIsolationModeOrLtvZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawToAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddressNotValid\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"AssetBorrowableInEModeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"collateral\",\"type\":\"bool\"}],\"name\":\"AssetCollateralInEModeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowRate\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountCreated\",\"type\":\"uint256\"}],\"name\":\"DeficitCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"EModeCategoryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumTotal\",\"type\":\"uint128\"}],\"name\":\"FlashloanPremiumTotalUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidatedCollateralAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"LiquidationCall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountMinted\",\"type\":\"uint256\"}],\"name\":\"MintedToTreasury\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"repayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"useATokens\",\"type\":\"bool\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"configuration\",\"type\":\"uint256\"}],\"name\":\"ReserveConfigurationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowIndex\",\"type\":\"uint256\"}],\"name\":\"ReserveDataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"aToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"variableDebtToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"ReserveInitialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralDisabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralEnabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"}],\"name\":\"UserEModeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADDRESSES_PROVIDER\",\"outputs\":[{\"internalType\":\"contractIAaveAddressesProvider\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLASHLOAN_PREMIUM_TOTAL\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLASHLOAN_PREMIUM_TO_PROTOCOL\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LIQUIDATION_MODULE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NUMBER_RESERVES\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"scaledBalanceFromBefore\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"scaledBalanceToBefore\",\"type\":\"uint256\"}],\"name\":\"finalizeTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiverAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"flashLoanSimple\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getConfiguration\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structAaveTypes.ReserveConfigurationMap\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"getEModeCategoryBorrowableBitmap\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"getEModeCategoryCollateralBitmap\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"getEModeCategoryCollateralConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"}],\"internalType\":\"structAaveTypes.CollateralConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"getEModeCategoryLabel\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveAToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"getReserveAddressById\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveData\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structAaveTypes.ReserveConfigurationMap\",\"name\":\"configuration\",\"type\":\"tuple\"},{\"internalType\":\"uint128\",\"name\":\"liquidityIndex\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentLiquidityRate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"variableBorrowIndex\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentVariableBorrowRate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentStableBorrowRate\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"lastUpdateTimestamp\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"aTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stableDebtTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"accruedToTreasury\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbacked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"isolationModeTotalDebt\",\"type\":\"uint128\"}],\"internalType\":\"structAaveTypes.ReserveDataLegacy\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveDeficit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveNormalizedIncome\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveNormalizedVariableDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveVariableDebtToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReservesCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReservesList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserAccountData\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalCollateralBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalDebtBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"availableBorrowsBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentLiquidationThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"healthFactor\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserConfiguration\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structAaveTypes.UserConfigurationMap\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserEMode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getVirtualUnderlyingBalance\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rateStrategy\",\"type\":\"address\"}],\"name\":\"initReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"liquidationCall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"}],\"name\":\"mintToTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"setAssetEModeBorrowable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"collateral\",\"type\":\"bool\"}],\"name\":\"setAssetEModeCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"setEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"premium\",\"type\":\"uint128\"}],\"name\":\"setFlashLoanPremium\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"configuration\",\"type\":\"uint256\"}],\"name\":\"setReserveConfiguration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newTreasury\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"}],\"name\":\"setUserEMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"useAsCollateral\",\"type\":\"bool\"}],\"name\":\"setUserUseReserveAsCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AavePool",
	Bin: "0x60c03461018157601f61699938819003918201601f19168301916001600160401b0383118484101761014d578084926060946040528339810103126101815761004781610185565b90610060604061005960208401610185565b9201610185565b6001600160a01b0390921660808190529081158015610170575b61016157600880546001600160a01b039283166001600160a01b0319918216811790925560078054959093169416939093179055604051906124728083018381106001600160401b0382111761014d576020928492614527843981520301905ff08015610142576001600160a01b031660a052604051905f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a361438d908161019a8239608051818181612b570152613d40015260a051818181612aed0152612bcd0152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b633bf95ba760e01b5f5260045ffd5b506001600160a01b0381161561007a565b5f80fd5b51906001600160a01b03821682036101815756fe60a0806040526004361015610012575f80fd5b5f905f3560e01c908162a718a914612b86575080630542975c14612b42578063074b2e4314612b1c5780630e42dfc914612ad85780632083e183146129e857806325c1130c1461296457806328530a471461284657806334a461ea146125a657806335ea6a7514612347578063365090a014612305578063386497fd146122cf57806342b0b77c14611f1357806343f0f73314611c265780634417a58314611bdb5780635275179714611b9b578063573ade81146119035780635a3b74b9146118d4578063617ba037146115af57806361d027b31461158657806369328dec146112ad5780636a99c036146112905780636fb07f961461125157806372218d041461122f5780637a92a9371461117a57806383032d98146110995780638bd2567714610e225780638da5cb5b14610df9578063903a2c7114610dbb5780639cd1999614610c22578063a415bcad14610718578063b0771dba146106da578063b286f46714610652578063bf92857c1461059b578063c44b11f714610548578063c952485d14610502578063cff027d9146104bf578063d15e00531461047f578063d1946dbc1461037c578063d5ed39331461033e578063eddf1b7914610301578063f0f4426014610297578063f2fde38b146102145763f8119d51146101f6575f80fd5b34610211578060031936011261021157602060405160808152f35b80fd5b50346102115760203660031901126102115761022e612c06565b6102366130be565b6001600160a01b0316801561028857600854816001600160a01b0382167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08580a36001600160a01b0319161760085580f35b633bf95ba760e01b8252600482fd5b5034610211576020366003190112610211576102b1612c06565b6102b96130be565b6001600160a01b0316801561028857600780546001600160a01b031916821790557f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d18280a280f35b50346102115760203660031901126102115760209060ff906040906001600160a01b0361032c612c06565b16815260048452205416604051908152f35b50346102115760c03660031901126102115761037961035b612c06565b610363612c1c565b9061036c612c32565b6084359260643592612fbc565b80f35b503461021157806003193601126102115761ffff6002541661039d81612fa5565b906103ab6040519283612d2c565b8082526103b781612fa5565b602083019190601f19013683378390845b81811061041d5750508252604051928392602084019060208552518091526040840192915b8181106103fb575050500390f35b82516001600160a01b03168452859450602093840193909201916001016103ed565b808652600160205260408620549394936001600160a01b031680610448575b506001019392936103c8565b61045184612dc3565b93855181101561046b5760051b850160200152600161043c565b634e487b7160e01b88526032600452602488fd5b5034610211576020366003190112610211576020906104b7906040906001600160a01b036104ab612c06565b16815280845220613ce0565b604051908152f35b5034610211576020366003190112610211576020906001600160a01b036104e4612c06565b1681528082526005604060018060a01b039220015416604051908152f35b5034610211576020366003190112610211576020906001600160801b03906004906040906001600160a01b03610536612c06565b16815280855220015416604051908152f35b5034610211576020366003190112610211576040602091610567612c06565b81835161057381612cda565b526001600160a01b031681528083522054604051819061059281612cda565b52604051908152f35b50346102115760203660031901126102115760c0906105e26105bb612c06565b6001600160a01b03811683526004602052604083205460ff166105dc613d2b565b91613dba565b8051906127106105f86040830193845190612f4d565b049260208201938451908181115f1461064a576106159250612f98565b915b815193519260806060840151925193015193604051958652602086015260408501526060840152608083015260a0820152f35b505091610617565b503461021157602036600319011261021157604060609160ff610673612c7c565b8284805161068081612cf5565b82815282602082015201521681526005602052205461ffff80821691816040516106a981612cf5565b8481528160406020830192828660101c168452019360201c1683526040519485525116602084015251166040820152f35b5034610211576020366003190112610211576001600160801b03604060209260ff610703612c7c565b16815260058452205460301c16604051908152f35b50346102115760a036600319011261021157610732612c06565b6024359061073e612c9c565b6084356001600160a01b038116929190838103610c1e576001600160a01b0383168087526020879052604087209093909161077883613244565b604081019061078882518a613c56565b93888b52600460205260ff60408c205416948015610c0f576107aa8351613b0a565b6001835160391c16610c005760018351603a1c1615610bf15760c0830180516040516318160ddd60e01b81529195918e91602090829060049082906001600160a01b03165afa918215610be55791610bb3575b5061081161080c835185612f4d565b613e7f565b11610ba457600260443503610b9557640fffffffff845160501c168015159081610ae8575b50610ad9578615158d81610a9b575b50610a8c5760e08401519051604051639ceeaca760e01b81523360048201526001600160a01b038881166024830152604482018f9052606482019490945260848101919091528d9594909390929091602091859160a49183918a91165af1908115610a81578c938992610a3e575b50906108eb9392918c87526003602052604087205460016201fffe600485015460a71c161b178d885260036020526040882055613726565b516001600160a01b0316803b15610a3a57604051634efecaa560e01b8152336004820152602481018a90529082908290604490829084905af18015610a2f57610a16575b505061093d916105dc613d2b565b60408101805115610a0757670de0b6b3a76400006080830151106109f8576020825192015190519061271081029080820461271014901517156109e4579061098491613ec5565b116109d55761ffff7fb3d084820fb1a9decffb176436bd02558d15fac9b0ddfed8c465bc7359d7dce09260026080930154831c6040519733895260208901526002604089015260608801521694a480f35b63911ceb8160e01b8652600486fd5b634e487b7160e01b89526011600452602489fd5b636679996d60e01b8852600488fd5b635b263df760e01b8852600488fd5b81610a2091612d2c565b610a2b57875f61092f565b8780fd5b6040513d84823e3d90fd5b5080fd5b9350919450506020823d602011610a79575b81610a5d60209383612d2c565b81010312610a75578b938b92509087906108eb6108b3565b5f80fd5b3d9150610a50565b6040513d87823e3d90fd5b632bedaddd60e11b8d5260048dfd5b60018092506040828b6001600160801b0394526005602052200154166001600160801b0361ffff60048c015460a81c169116901c161515158d610845565b633bd3544b60e11b8d5260048dfd5b60e086015160405163b1bf962d60e01b81529192508f9190602090829060049082906001600160a01b03165afa908115610a2f57859291610b5e575b5061080c610b38610b5793610b4093612e1e565b855190612f4d565b91610b5160ff885160301c16612f3f565b90612f4d565b105f610836565b9150506020813d602011610b8d575b81610b7a60209383612d2c565b81010312610a755751839061080c610b24565b3d9150610b6d565b630be2d3c760e11b8d5260048dfd5b63162908e360e11b8d5260048dfd5b90506020813d602011610bdd575b81610bce60209383612d2c565b81010312610a7557515f6107fd565b3d9150610bc1565b604051903d90823e3d90fd5b635358774560e01b8c5260048cfd5b636d30581560e01b8c5260048cfd5b63162908e360e11b8c5260048cfd5b8580fd5b5034610211576020366003190112610211576004356001600160401b038111610a3a5736602382011215610a3a5780600401356001600160401b038111610db7576024820191602436918360051b010111610db757825b818110610c84578380f35b6001600160a01b03610c9f610c9a838587612f60565b612f84565b1684528360205260408420906001825460381c1615610dae57600382016001600160801b03815416908115610da35780546001600160801b031916905585610ce684613ce0565b6005909401546001600160a01b0316803b15610a3a57818091604460405180948193637df5bd3b60e01b83528860048401528a60248401525af18015610a2f57610d8e575b50507fbfa21aa5d5f9a1f0120a95e7c0749f389863cbdbfff531aa7339077a5bc919de6020676765c793fa10079d601b1b610d76600196610d70610c9a888b8d612f60565b95612f4d565b0492604051938452858060a01b031692a25b01610c79565b81610d9891612d2c565b610c1e57855f610d2b565b505060019150610d88565b60019150610d88565b8280fd5b5034610211576020366003190112610211576001600160801b036001604060209360ff610de6612c7c565b1681526005855220015416604051908152f35b50346102115780600319360112610211576008546040516001600160a01b039091168152602090f35b503461021157608036600319011261021157610e3c612c06565b610e44612c1c565b90610e4d612c32565b91610e56612c48565b91610e5f6130be565b6001600160a01b03169182158015611088575b8015611077575b8015611066575b611057578285526020859052604085206005810180549091906001600160a01b03166110485761ffff60025416908192885b84811061101d575b50608083101561100e57600180830180546001600160801b0319908116676765c793fa10079d601b1b908117909255600285018054909116909117905560048301805461ffff60a81b191660a886901b61ffff60a81b1617905581546001600160a01b03199081166001600160a01b038981169190911790935560068401805482168b851617905560079093018054841692871692909217909155828952602052604088208054909116861790558114610fb4575b50604080516001600160a01b039586168152918516602083015293909116927f2a069b08eadd1ba3aeb05729cf22947a941b9f400cfc778be430b52a9463728291a380f35b60018101809111610ffa576002805461ffff191661ffff9092169190911790557f2a069b08eadd1ba3aeb05729cf22947a941b9f400cfc778be430b52a94637282610f6f565b634e487b7160e01b86526011600452602486fd5b63491d4a3360e11b8952600489fd5b808a52600160205260408a20546001600160a01b03161561104057600101610eb2565b92505f610eba565b63d71b1fd160e01b8752600487fd5b633bf95ba760e01b8552600485fd5b506001600160a01b03811615610e80565b506001600160a01b03841615610e79565b506001600160a01b03821615610e72565b5034610211576060366003190112610211576110b3612c06565b7f79409190108b26fcb0e4570f8e240f627bf18fd01a55f751010224d5bd4860986110dc612c8c565b916110e5612c6d565b906110ee6130be565b60ff84168552600560205260408520805475ffffffffffffffffffffffffffffffff00000000000061112d85856001600160801b038560301c16613c87565b60301b1675ffffffffffffffffffffffffffffffff00000000000019919091161790556040805160ff95909516855291151560208501526001600160a01b03169290819081015b0390a280f35b503461021157606036600319011261021157611194612c06565b7f60087ca045be9d8d1301445e67d6248eddba97629c80284fa4910c0e52f103ab6111bd612c8c565b916111c6612c6d565b906111cf6130be565b60ff841685526005602052600160408620016001600160801b036111f7848483855416613c87565b82546001600160801b03191691161790556040805160ff909516855291151560208501526001600160a01b0316929081908101611174565b5034610211578060031936011261021157602061ffff60025416604051908152f35b5034610211576020366003190112610211576020906003906040906001600160a01b0361127c612c06565b16815280845220015460801c604051908152f35b503461021157806003193601126102115760206040516127108152f35b5034610211576060366003190112610211576112c7612c06565b906024356112d3612c32565b6001600160a01b0380851680855260208590526040852060058101549496848416959294909390928891168614611577576024969761131183613244565b9060c0820192602060018060a01b038551166040519b8c8092630ed1279f60e11b82523360048301525afa998a1561156c578b9a611538575b505f1981036115205750508791676765c793fa10079d601b1b61137160208401518b612f4d565b04985b83156115115783116115025790888a60208095946113928551613b0a565b61139e84868a8d613726565b5193015160405163b18d6afd60e01b81523360048201526001600160a01b03988916602482015260448101939093526064830194909452608482019390935294859260a4928492165af19182156114f75787926114af575b5061ffff6004604060209933815260038b52205492015460a81c1661141b8183613b22565b611458575b50505050604051908382527f3115d1449a7b732c986cba18244e897a450f61e1bb8d589cd2e69e6c8924f9f7853393a4604051908152f35b7f55555555555555555555555555555555555555555555555555555555555555559261149e575b501661148e575b808080611420565b6114989033613c06565b5f611486565b6114a9908433613ba0565b5f61147f565b9691506020873d6020116114ef575b816114cb60209383612d2c565b81010312610a3a5761ffff600460406114e560209a612df1565b94995050506113f6565b3d91506114be565b6040513d89823e3d90fd5b6311ef12cb60e21b8a5260048afd5b63162908e360e11b8b5260048bfd5b60208301519199939161153291613c56565b92611374565b9099506020813d602011611564575b8161155460209383612d2c565b81010312610a755751985f61134a565b3d9150611547565b6040513d8d823e3d90fd5b6336f109cf60e21b8752600487fd5b50346102115780600319360112610211576007546040516001600160a01b039091168152602090f35b5034610211576080366003190112610211576115c9612c06565b602435906115d5612c32565b6115dd612c9c565b6001600160a01b038316808652602086905260408620909290919061160183613244565b946020860161161181518961346f565b9687156118c5576116228151613b0a565b6001815160391c166118b65760c0810180516001600160a01b038681169a9291168a146118a757640fffffffff835160741c1680151590816117d6575b506117c7579060848a8d60209461168f8f61167d818f8b908e6134a0565b82516001600160a01b0316338c613948565b60018060a01b03905116965196604051978895869463b3f1c93d60e01b86523360048701526024860152604485015260648401525af19182156117bc578a9261174f575b5091817f2b627736bca15cd5381dcf80b0bf11fd197d01a037c52b927a881a10fb73ba61969361ffff96959391611742575b50611727575b505060408051338152602081019890985292909116959050a480f35b84600461173a94015460a81c1691613b3c565b5f808061170b565b869150511615155f611705565b9493915094916020853d6020116117b4575b8161176e60209383612d2c565b810103126117b0577f2b627736bca15cd5381dcf80b0bf11fd197d01a037c52b927a881a10fb73ba61956117a461ffff96612df1565b929495509092956116d3565b8980fd5b3d9150611761565b6040513d8c823e3d90fd5b637ac7b99d60e11b8c5260048cfd5b825160405163b1bf962d60e01b81529192508e9190602090829060049082906001600160a01b03165afa908115610a2f578b918691849161186a575b5092611848676765c793fa10079d601b1b936001600160801b03600361183e6118519661186399612e1e565b9201541690612e1e565b89519150612f4d565b0491610b5160ff875160301c16612f3f565b105f61165f565b93505050506020813d60201161189f575b8161188860209383612d2c565b81010312610a7557518d908a908590611848611812565b3d915061187b565b6318d2badf60e01b8c5260048cfd5b636d30581560e01b8a5260048afd5b63162908e360e11b8a5260048afd5b5034610211576040366003190112610211576118ee612c06565b6024358015158103610db75761037991612e2b565b50346102115760803660031901126102115761191d612c06565b906024359061192a612c48565b6001600160a01b03841680835260208390526040832061194981613244565b90602460e0830196602060018060a01b038951169660405193848092630ed1279f60e11b825260018060a01b0316998a60048301525afa9182156114f7578792611b67575b508015611b5857600260443503611b49575f19811480611b3f575b611b30576119b78451613b0a565b8115611b21576040906119d261080c83870194855190612f4d565b9081811115611b195750975b60018060a01b039051169160646119f682518b61346f565b9151918984519586948593637a94c56560e11b85528c6004860152602485015260448401525af1908115611b0e578691611ac6575b50968282602099611a428a611a5d978197876134a0565b611a96575b5060c001516001600160a01b0316903390613948565b60405192848452858401527fa534c8dbe71f871f9f3530e97a74601fea17b426cae02e1c5aee42c96c78405160403394a4604051908152f35b86885260038a5260016201fffe600460408b205493015460a71c161b191686885260038a5260408820555f611a47565b90506040813d604011611b06575b81611ae160409383612d2c565b81010312610c1e5796611a5d928792611afb60209a612df1565b929950925092611a2b565b3d9150611ad4565b6040513d88823e3d90fd5b9050976119de565b63783c47d960e11b8752600487fd5b63cd3779c360e01b8752600487fd5b50853314156119a9565b630be2d3c760e11b8752600487fd5b63162908e360e11b8752600487fd5b9091506020813d602011611b93575b81611b8360209383612d2c565b81010312610a755751905f61198e565b3d9150611b76565b50346102115760203660031901126102115760043561ffff8116809103610a3a5790602091815260018252604060018060a01b0391205416604051908152f35b5034610211576020366003190112610211576040602091611bfa612c06565b818351611c0681612cda565b526001600160a01b03168152600383522054604051819061059281612cda565b503461021157604036600319011261021157611c40612c06565b600460243591611c4e6130be565b6001600160a01b0316808452602084905260408420909290611c6f81613244565b5081815584611c7d82613a93565b60e081015160405163b1bf962d60e01b81529560209187919082906001600160a01b03165afa948515610a2f578295611edc575b50611cc561080c6040830196875190612f4d565b906003840191604088610104855460801c9360018060a01b0360078a0154166001600160801b0360048b0154169161ffff8851871c16865193611d0785612d10565b845260208401958b87528785019b8c52606085019283526080850191825260a0850190815260c08501916001835260e08601938a855289519d8e998a9863b90db31b60e01b8a525160048a015251602489015251604488015251606487015251608486015260018060a01b0390511660a485015251151560c48401525160e48301525afa92898415610be557899681968296611e89575b50956020958a87849b97611e5f8c987f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a9860a098611e447f51d490086ed96781fa907832ef8eb30e96ceaa844d0f9e146835ead70d39ad759f611e226001600160801b038c1660018301906001600160801b0382549181199060801b169116179055565b60020180546001600160801b031660808b901b6001600160801b031916179055565b50906001600160801b0382549181199060801b169116179055565b01519051916040519384528b89850152604084015260608301526080820152a2604051908152a280f35b939496509197965093506040823d604011611ed4575b81611eac60409383612d2c565b81010312611ed05781516020909201519596899692959294929392909160a0611d9e565b8380fd5b3d9150611e9f565b915093506020813d602011611f0b575b81611ef960209383612d2c565b81010312610a7557859051935f611cb1565b3d9150611eec565b34610a755760a0366003190112610a7557611f2c612c06565b611f34612c1c565b90604435916064356001600160401b038111610a7557611f58903690600401612cad565b90936084359361ffff8516809503610a755760018060a01b03841693845f525f60205260405f20918254600181603c1c166122c05760018160381c16156122b157603f1c600116156122a2576005830180546040516318160ddd60e01b815290602090829060049082906001600160a01b03165afa801561222a5786915f9161226d575b501061225e57611ff76001600160801b036006541686612f4d565b935f99612710860480966127108083029083820414831517156122355703612249575b5060038201926001600160801b038816845460801c036001600160801b0381116122355784546001600160801b031660809190911b6001600160801b031916178455546001600160a01b0316803b15610a7557604051634efecaa560e01b81526001600160a01b038616600482015260248101899052905f908290604490829084905af1801561222a57612215575b50602060018060a01b038516988c898c6120f760405196879586948594631b11d0ff60e01b8652600486015260248501528d604485015233606485015260a0608485015260a4840191612dd1565b03918c5af190811561156c578b916121d7575b50156121c85792608094926121ad9261218f866121487fefefaba5e921573100900a3ad9cf29f222d995fb3b6045797eaea7521bd8d6f09a98613244565b926001600160801b0361216d8161216360208801518c61346f565b1682845416612dfe565b166001600160801b031982541617905582612188888a612e1e565b91866134a0565b60c001516001600160a01b0316906121a78587612e1e565b92613948565b6040519133835260208301528760408301526060820152a480f35b637d9b9c8f60e11b8a5260048afd5b90506020813d60201161220d575b816121f260209383612d2c565b810103126122095761220390612df1565b8b61210a565b8a80fd5b3d91506121e5565b612222919b505f90612d2c565b5f998b6120a9565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b9095506001810180911161223557948b61201a565b63162908e360e11b5f5260045ffd5b9150506020813d60201161229a575b8161228960209383612d2c565b81010312610a75578590518b611fdc565b3d915061227c565b631603cbc560e21b5f5260045ffd5b6324335bc960e21b5f5260045ffd5b6334dfd7c760e21b5f5260045ffd5b34610a75576020366003190112610a75576001600160a01b036122f0612c06565b165f525f60205260206104b760405f206131b2565b34610a75576020366003190112610a75576001600160a01b03612326612c06565b165f525f602052602060018060a01b03600660405f20015416604051908152f35b34610a75576020366003190112610a7557612360612c06565b604051906101e082018281106001600160401b038211176125925760405260405161238a81612cda565b5f815282526020820180925f825260408101905f8252606081015f8152608082015f815260a083015f815260c084015f815260e08501905f82526101008601925f84526101208701945f86526101408801965f88526101608901985f8a5261018081019a5f8c526101a082019c5f8e526101c083019e8f5f9052600160a01b60019003165f525f60205260405f209081548451526001820154906001600160801b038216905260801c825260028101546001600160801b038116855260801c855260048101548060801c64ffffffffff16885260a81c61ffff168852600160a01b600190036005820154168952600160a01b600190036006820154168b52600160a01b600190036007820154168c52600301546001600160801b03168c526040519e8f9251518352516001600160801b03166020830152516001600160801b03169060400152516001600160801b031660608d0152516001600160801b031660808c0152516001600160801b031660a08b01525164ffffffffff1660c08a01525161ffff1660e0890152600160a01b60019003905116610100880152600160a01b60019003905116610120870152600160a01b60019003905116610140860152600160a01b60019003905116610160850152516001600160801b0316610180840152516001600160801b03166101a0830152516001600160801b03166101c08201526101e090f35b634e487b7160e01b5f52604160045260245ffd5b34610a755760a0366003190112610a75576125bf612c7c565b60243561ffff8116809103610a75576044359061ffff821690818303610a75576125e7612c9c565b936084356001600160401b038111610a755761260960ff913690600401612cad565b9190926126146130be565b1694851561283757848411801561282f575b801561281f575b8015612807575b6127f857600290865f52600560205260405f20908561ffff19835416178255815463ffff000065ffff000000008b60201b169260101b169065ffffffff000019161717815501956001600160401b038211612592576126938754612d8b565b601f81116127b3575b505f96601f831160011461272657829161ffff9161271695947fc6bfab98d7bc59a81aa19d460c8602d5592ad9e49647fb12ee692f904eeb8153999a5f9161271b575b508460011b905f198660031b1c19161790555b60405196879687526020870152166040850152608060608501526080840191612dd1565b0390a2005b90508501358b6126df565b601f198316815f5260205f20905f5b81811061279b5750918493917fc6bfab98d7bc59a81aa19d460c8602d5592ad9e49647fb12ee692f904eeb8153999a612716979661ffff9510612782575b5050600184811b0190556126f2565b8601355f19600387901b60f8161c191690558a80612773565b868b0135835560209a8b019a60019093019201612735565b875f5260205f20601f840160051c810191602085106127ee575b601f0160051c01905b8181106127e3575061269c565b5f81556001016127d6565b90915081906127cd565b63ec1dd8d560e01b5f5260045ffd5b5061271061281961ffff891687613194565b11612634565b5061271061ffff8816111561262d565b508415612626565b639284211360e01b5f5260045ffd5b34610a75576020366003190112610a755760ff612861612c7c565b16805f52600560205260405f2081151590818092612954575b61294557335f52600360205260405f2054916128e0575b82335f52600460205260405f208160ff198254161790556128b133613121565b506040519081527fd728da875fc88944cbf17638bcbe4af0eedaef63becd1d1c57cc097eb4608d8460203392a2005b600101545f906001600160801b0316825b6128fb5750612891565b6001831615158061292f575b6129205761291a9260021c928392612dc3565b916128f1565b632bedaddd60e11b5f5260045ffd5b506001600160801b038116821c60011615612907565b6360ec443960e11b5f5260045ffd5b5061ffff815460101c161561287a565b34610a75576020366003190112610a75576004356001600160801b038116809103610a75576129916130be565b61271081116129d9576020817fa788c839d05c9b11da8b88b90e9f188a408b4b7eebbfb2cd483d206150b038e7926001600160801b03196006541617600655604051908152a1005b633a168e3960e11b5f5260045ffd5b34610a75576020366003190112610a755760ff612a03612c7c565b165f526005602052600260405f20016040515f825492612a2284612d8b565b9081845260208401946001811690815f14612abb5750600114612a7b575b84604085612a5081870382612d2c565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b5f90815260208120939250905b808210612aa157509091508101602001612a5082612a40565b919260018160209254838588010152019101909291612a88565b60ff191686525050151560051b82016020019050612a5082612a40565b34610a75575f366003190112610a75576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610a75575f366003190112610a755760206001600160801b0360065416604051908152f35b34610a75575f366003190112610a75576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610a755760a0366003190112610a75575f8091612ba2612c06565b50612bab612c1c565b50612bb4612c32565b50612bbd612c5e565b50368282378036810183815203907f00000000000000000000000000000000000000000000000000000000000000005af4612bf6612d4d565b9015612bfe57005b602081519101fd5b600435906001600160a01b0382168203610a7557565b602435906001600160a01b0382168203610a7557565b604435906001600160a01b0382168203610a7557565b606435906001600160a01b0382168203610a7557565b608435908115158203610a7557565b604435908115158203610a7557565b6004359060ff82168203610a7557565b6024359060ff82168203610a7557565b6064359061ffff82168203610a7557565b9181601f84011215610a75578235916001600160401b038311610a755760208381860195010111610a7557565b602081019081106001600160401b0382111761259257604052565b606081019081106001600160401b0382111761259257604052565b61010081019081106001600160401b0382111761259257604052565b90601f801991011681019081106001600160401b0382111761259257604052565b3d15612d86573d906001600160401b0382116125925760405191612d7b601f8201601f191660200184612d2c565b82523d5f602084013e565b606090565b90600182811c92168015612db9575b6020831014612da557565b634e487b7160e01b5f52602260045260245ffd5b91607f1691612d9a565b5f1981146122355760010190565b908060209392818452848401375f828201840152601f01601f1916010190565b51908115158203610a7557565b906001600160801b03809116911601906001600160801b03821161223557565b9190820180921161223557565b9060018060a01b0382165f525f60205260405f20612e498154613b0a565b61ffff600482015460a81c1691335f526003602052612e6c8360405f2054613b22565b151581151514612f395715612f23576005810154604051630ed1279f60e11b815233600482015290602090829060249082906001600160a01b03165afa90811561222a575f91612ef1575b5015612ee2575461ffff1615612ed357612ed19133613b3c565b565b630657e03960e11b5f5260045ffd5b635fe1037760e01b5f5260045ffd5b90506020813d602011612f1b575b81612f0c60209383612d2c565b81010312610a7557515f612eb7565b3d9150612eff565b5090612f33612ed1928233613ba0565b33613c06565b50505050565b604d811161223557600a0a90565b8181029291811591840414171561223557565b9190811015612f705760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b0381168103610a755790565b9190820391821161223557565b6001600160401b0381116125925760051b60200190565b929391909360018060a01b0384165f525f60205260405f209160018060a01b0360058401541633148015906130b6575b6130a75760018354603c1c166122c0576001600160a01b0386811691168114801561309f575b61303e575f52600360205261ffff600460405f205493015460a81c16906130398284613b22565b613046575b505050505050565b7f5555555555555555555555555555555555555555555555555555555555555555931461308e575b501661307e575b8080808061303e565b61308791613c06565b5f80613075565b613099908486613ba0565b5f61306e565b508115613012565b6393b9ef1f60e01b5f5260045ffd5b503315612fec565b6008546001600160a01b031633036130d257565b63cdd36a9760e01b5f5260045ffd5b6040519060c082018281106001600160401b03821117612592576040525f60a0838281528260208201528260408201528260608201528260808201520152565b6131519061312d6130e1565b506001600160a01b0381165f9081526004602052604090205460ff166105dc613d2b565b90670de0b6b3a764000060808301511061316757565b636679996d60e01b5f5260045ffd5b8115613180570490565b634e487b7160e01b5f52601260045260245ffd5b9061319e91612f4d565b611388810180911161223557612710900490565b64ffffffffff600482015460801c1664ffffffffff421681146131f7576001600160801b036131ec60026131f4940154928360801c613dcf565b911690613e4e565b90565b50600201546001600160801b031690565b6040519061321582612d10565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b9061324d613208565b5060058201546001600160a01b0316156134605761326a82613a93565b9164ffffffffff60a0840151169064ffffffffff421680921461345c5760049060408501805160608701518061340e575b5060e087015160405163b1bf962d60e01b81529460209186919082906001600160a01b03165afa91821561222a575f926133d9575b600494508261338d575b61ffff885160401c169182613314575b5050505001805464ffffffffff60801b19164260801b64ffffffffff60801b1617905560a0830152565b61333893610b5161333292676765c793fa10079d601b1b9451612f98565b04613194565b80613346575b8080806132ea565b61335d6001600160801b039160208801519061346f565b166001600160801b03613377600384019282845416612dfe565b166001600160801b03198254161790555f61333e565b6133b26133aa60808a015164ffffffffff60a08c01511690613dcf565b825190613e4e565b8082526001600160801b0380600287019216166001600160801b03198254161790556132da565b91506020843d602011613406575b816133f460209383612d2c565b81010312610a755760049351916132d0565b3d91506133e7565b6134249064ffffffffff60a08a01511690613ef2565b6134346020890191825190613e4e565b8091526001600160801b0380600186019216166001600160801b03198254161790555f61329b565b5050565b63b77e1e0f60e01b5f5260045ffd5b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b1490151715612235576131f491613176565b60e083015160405163b1bf962d60e01b8152919493929190602090829060049082906001600160a01b03165afa90811561222a575f916136f4575b50604083019081516134ec91612f4d565b6134f590613e7f565b9260038301805460801c600160a01b600190036007860154169560048601546001600160801b0316845160401c61ffff16976040519161353483612d10565b8252602082018a81525f604080850191825260608501958652608085019b8c526001600160a01b039d8e1660a08601818152600160c0880190815260e088018a8152935163b90db31b60e01b8152975160048901529451602488015292516044870152955160648601529a51608485015251909b1660a48301529951151560c4820152965160e488015297869081905a9261010491604094fa94851561222a575f965f966136aa575b506020926001600160801b036136687f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a9a8a99989795613663613687966136408660a09f1660018301906001600160801b0382549181199060801b169116179055565b60020180546001600160801b03168c871660801b6001600160801b031916179055565b612e1e565b82546001600160801b0316911660801b6001600160801b031916179055565b01519051916040519384525f6020850152604084015260608301526080820152a2565b94939195509195506040843d6040116136ec575b816136cb60409383612d2c565b81010312610a755783516020948501519096909593949193909290916135dd565b3d91506136be565b90506020813d60201161371e575b8161370f60209383612d2c565b81010312610a7557515f6134db565b3d9150613702565b60e083015160405163b1bf962d60e01b8152919493929190602090829060049082906001600160a01b03165afa90811561222a575f91613916575b506040830190815161377291612f4d565b61377b90613e7f565b9260038301805460801c600160a01b600190036007860154169560048601546001600160801b0316845160401c61ffff1697604051916137ba83612d10565b82525f6020830190815260408084018c815260608501958652608085019b8c526001600160a01b039d8e1660a08601818152600160c0880190815260e088018a8152945163b90db31b60e01b8152975160048901529451602488015291516044870152955160648601529a5160848501529951909b1660a48301529951151560c4820152965160e488015297869081905a9261010491604094fa94851561222a575f965f966138cc575b506020926001600160801b036136687f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a9a8a999897956138c7613687966136408660a09f1660018301906001600160801b0382549181199060801b169116179055565b612f98565b94939195509195506040843d60401161390e575b816138ed60409383612d2c565b81010312610a75578351602094850151909690959394919390929091613864565b3d91506138e0565b90506020813d602011613940575b8161393160209383612d2c565b81010312610a7557515f613761565b3d9150613924565b90813b15613a64576040516323b872dd60e01b602082019081526001600160a01b0392831660248301529190931660448401526064808401949094529282525f9283928390613998608482612d2c565b51925af16139a4612d4d565b9015613a27578051908115918215613a05575b5050156139c057565b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b8192509060209181010312610a75576020613a209101612df1565b5f806139b7565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b90613a9c613208565b8254815260018301546001600160801b03808216602084015260028501549081166040840152608091821c6060840152811c818301526004840154901c64ffffffffff1660a082015260058301546001600160a01b0390811660c083015260069093015490921660e0830152565b60018160381c16156122b157603c1c6001166122c057565b9060011b9060018201809211612235576001911c16151590565b60018060a01b031691825f52600360205260405f20549060011b60018101809111612235576001901b17825f52600360205260405f205560018060a01b03167e058a56ea94653cdf4f152d227ace22d4c00ad99e2a43f58cb7d9e3feb295f25f80a3565b60018060a01b031691825f52600360205260405f20549060011b60018101809111612235576001901b1916825f52600360205260405f205560018060a01b03167f44c58d81365b66dd4b1a7f36c25aa97b8c71c361ee4937adc1a00000227db5dd5f80a3565b613c1160a091613121565b015115159081613c32575b50613c2357565b635b263df760e01b5f5260045ffd5b6001600160a01b03165f9081526020819052604081205461ffff1615159150613c1c565b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b1490151715612235576131f491613ec5565b6001600160a01b039182165f908152602081905260409020600581015491929091161561346057600161ffff60046001600160801b0393015460a81c161b16915f14613cd1571790565b6001600160801b039119161690565b64ffffffffff600482015460801c1664ffffffffff42168114613d1a576001600160801b036131ec60016131f4940154928360801c613ef2565b50600101546001600160801b031690565b604051631f94a27560e31b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561222a575f91613d7b575090565b90506020813d602011613db2575b81613d9660209383612d2c565b81010312610a7557516001600160a01b0381168103610a755790565b3d9150613d89565b90613dc992915f608052613f28565b60805190565b90613dda9042612f98565b908115613e3d576301e1338091613df091612f4d565b0480676765c793fa10079d601b1b0180676765c793fa10079d601b1b1161223557613e3782613e31613e2860066131f4960483613e4e565b8260011c612e1e565b90613e4e565b90612e1e565b5050676765c793fa10079d601b1b90565b90613e5891612f4d565b6b019d971e4fe8401e74000000810180911161223557676765c793fa10079d601b1b900490565b90676765c793fa10079d601b1b82048092676765c793fa10079d601b1b8083029083820414831517156122355703613eb45750565b909150600181018091116122355790565b919091613edc613ed58483613176565b9384612f4d565b03613ee357565b90600181018091116122355790565b613f0590610b516301e133809342612f98565b04676765c793fa10079d601b1b0180676765c793fa10079d601b1b116122355790565b9190613f326130e1565b6080526001600160a01b0383165f908152600360205260409020549081156143715760ff165f8181526005602052604090205491901561436a576001600160801b038260301c16925b5f94859485845b61401b575050505050506020608051015180155f14613fdb57505f195b608080510152608051519182613fb457505050565b613fd292613fc191613176565b604060805101526080515190613176565b60606080510152565b670de0b6b3a76400008202828104670de0b6b3a764000014831517156122355781614010614015926127109460011c90612e1e565b613176565b04613f9f565b60018516159460028116159060021c95868180614363575b61435557505f838152600160205260409020546001600160a01b0316908782156143465750815f525f60205260405f2090815461407560ff8260301c16612f3f565b60405163b3596f0760e01b81526004810195909552946020856024816001600160a01b038e165afa94851561222a575f95614313575b5061ffff8260101c161515908161430a575b506141a6575b5090889594939291156140e4575b5050506140dd90612dc3565b9091613f82565b6006810154604051630ed1279f60e11b81526001600160a01b03898116600483015290975060209188916024918391165afa90811561222a5789965f92614168575b5061414d9261414361080c6140dd979694610b51614148956131b2565b612f4d565b613ec5565b61415e602060805101918251612e1e565b9052905f806140d1565b965091939290506020863d821161419e575b8161418760209383612d2c565b81010312610a75579451889592939161414d614126565b3d915061417a565b6005830154604051630ed1279f60e11b81526001600160a01b038a81166004830152939d93909160209183916024918391165afa90811561222a57859187915f916142d1575b5061421392676765c793fa10079d601b1b61420d61401093610b518a613ce0565b04612f4d565b6142208160805151612e1e565b608051526001600160801b038816871c60011615159d61ffff8316156142ae57918b989796959493918f938e945f146142a15761426261ffff86165b83612f4d565b61426b91612e1e565b9f61428994613e379361ffff925b15614295575060101c1690612f4d565b9a9091929394956140c3565b905060101c1690612f4d565b61426261ffff841661425c565b9d8b9897969594939161ffff8e61428995613e3794600160a06080510152614279565b925050506020813d8211614302575b816142ed60209383612d2c565b81010312610a755751849086906142136141ec565b3d91506142e0565b9050155f6140bd565b9094506020813d821161433e575b8161432e60209383612d2c565b81010312610a755751935f6140ab565b3d9150614321565b94939150506140dd9150612dc3565b939290506140dd9150612dc3565b5082614033565b5f92613f7b565b5050608080515f19910152505056fea164736f6c634300081c000a60a034606857601f61247238819003918201601f19168301916001600160401b03831184841017606c57808492602094604052833981010312606857516001600160a01b038116908190036068576080526040516123f190816100818239608051816101490152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60a06040526004361015610011575f80fd5b5f5f3560e01c62a718a914610024575f80fd5b34610aef5760a0366003190112610aef576004356001600160a01b0381168103610aef57602435906001600160a01b0382168203610aef576044356001600160a01b0381168103610aef57608435151560843503610aef576102a06040525f60a081905260c081905260e08190526101008190526101208190526101408190526101608190526101808190526101a08190526101c08190526101e0819052610200819052610220819052610240526100da611700565b610260526100e6611700565b610280526001600160a01b038281165f90815260208190526040808220928616825290209061011482611813565b610260526001600160a01b038481169086160361169f57610260515b61028052604051631f94a27560e31b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156114e1575f91611680575b506001600160a01b0384165f9081526004602052604090205460ff1660806101aa838388611ab7565b80516102005260208082015161022052910151610240526102805160c00151604051630ed1279f60e11b81526001600160a01b03888116600483015290929183916024918391165afa9081156114e1575f9161164c575b506102805160200151676765c793fa10079d601b1b91610221919061174a565b0460a0526102605160e00151604051630ed1279f60e11b81526001600160a01b038781166004830152909160209183916024918391165afa9081156114e1575f91611618575b5061026051604001516102839161027e919061174a565b611f17565b60c0526001600160a01b03851633146116095761028051516102605151603882901c6001161580156115fa575b6115eb57600182603c1c1615159081156115db575b506115cc5761024051670de0b6b3a764000011156115bd5760101c61ffff16158015611580575b6115715760c0511561156257805f52600560205260405f2090151580611531575b1561151f575460201c61ffff165b6101205260405163b3596f0760e01b81526001600160a01b0386811660048301529190911690602081602481855afa9081156114e1575f916114ec575b506101805260405163b3596f0760e01b81526001600160a01b038716600482015290602090829060249082905afa9081156114e1575f916114af575b506101a05261028051516103ad9060301c60ff1661173c565b6101c05261026051516103e4906103c99060301c60ff1661173c565b6101e081905260c0516101a0516103df9161174a565b611f5d565b6104036103f960a05160e060a001519061174a565b6101c0519061175d565b60c0519190642e90edd0001115806114a0575b8061148c575b61143c575b5080606435115f146114275761046a610453610449610474935b60e08190526101a05161174a565b6101c0519061174a565b610180516101e0516104649161174a565b9061175d565b6101205190611acc565b60a05181111561141e57506104b86104a761049d60a05180606060a0015260e060a0015161174a565b6101e0519061174a565b6101a0516101c0516104649161174a565b610120518115612710808402849004141715611307576127106104db9202611f5d565b60e0525b61010051610180516104f5916103f9919061174a565b61016052610280515160981c61ffff16806113bb575b5060e05160c05111806113a0575b61131b575b610100516101405161052f9161177b565b60a05114611278575b61020051610160516102605160c05160e05192909314948994939291906001846111c0575b61056a8461058296611788565b88806111b7575b611149575b50611108575b89611aea565b61028051602081015160c08201516001600160a01b031692909160843515610dd15750604051630ed1279f60e11b8152336004820152602081602481875afa908115610c70578591610d9c575b50610100516105de8482611d2e565b90853b15610d9857604051631a9dbdcd60e11b81529187918391829161060b918991338f600487016117a2565b038183895af1908115610d8d578691610d78575b50501580610d67575b610cd3575b505b6101405180610b65575b5050505080610b25575b610848575b6102605160c0015160e0516001600160a01b0390911690843b1561081957859182916040519060208201926323b872dd60e01b8452336024840152604483015260648201526064815261069c6084826116de565b519082875af13d15610811573d9067ffffffffffffffff82116107fd57604051916106d1601f8201601f1916602001846116de565b82523d86602084013e5b156107c057805190811591821561079a575b5050156107555760e051610100516040805192835260208301919091523390820152608435151560608201526001600160a01b0391821693821692909116907fe413a321e8681d831f4dbccbca790d2952b56f977908e45be37335533e00528690608090a480f35b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b81925090602091810103126107bc5760206107b59101611795565b5f806106ed565b8480fd5b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b634e487b7160e01b86526041600452602486fd5b6060906106db565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b6001600160a01b0381168452600360205260408420548490805b61086d575050610648565b60018116159060021c918291610b1c57808752600160205260408720546001600160a01b0316908115610b12578188528760205287604081206001815460381c1615610b065760249394506108c181611813565b60e0810151604051630ed1279f60e11b81526001600160a01b038a81166004830152909692939260209288928391165afa8015610afb5787958491610abf575b5061091561027e604085019283519061174a565b600191816109f7575b50968493929181610947989961094297508c8161098e575b50505061094d57611aea565b611aa9565b91610862565b60018060a01b038a1684526003602052604084205460016201fffe600485015460a71c161b191660018060a01b038b16855260036020526040852055611aea565b60207f2bccfb3fad376d59d7accf970515eb77b2f27b082c90ed0fb15583dd5a94269991600488016001600160801b036109cd818716828454166117f3565b82546001600160801b03191691161790556040519384526001600160a01b031692a3815f8c610936565b96509050604060018060a01b0360e0850151169660648b87610a1a845187611e48565b93519a85519b8c958694637a94c56560e11b865260018060a01b03166004860152602485015260448401525af18015610ab45788968591610a60575b509061094761091e565b949392919650506040843d8211610aac575b81610a7f604093836116de565b81010312610aa85786610947968998610a9a61094297611795565b925098975091929394610a56565b8280fd5b3d9150610a72565b6040513d86823e3d90fd5b93505093506020823d8211610af3575b81610adc602093836116de565b81010312610aef5785938a92515f610901565b5f80fd5b3d9150610acf565b6040513d85823e3d90fd5b50506109479150611aa9565b6109479150611aa9565b61094790611aa9565b506001600160a01b0381168452600360205260408420547f5555555555555555555555555555555555555555555555555555555555555555161515610643565b81610b6f91611d2e565b604051630ed1279f60e11b81526001600160a01b0387166004820152909290602081602481855afa908115610c70578591610c9e575b50808411610c7b575b5060405163ae16733560e01b815290602082600481845afa918215610c70578592610c3f575b506101405191813b15610c3b578588610c05829660405198899788968795631a9dbdcd60e11b8752600487016117a2565b03925af18015610c3057610c1b575b8080610639565b81610c25916116de565b6107bc57845f610c14565b6040513d84823e3d90fd5b8580fd5b610c6291925060203d602011610c69575b610c5a81836116de565b8101906117d4565b905f610bd4565b503d610c50565b6040513d87823e3d90fd5b9250676765c793fa10079d601b1b610c93838561174a565b04610140525f610bae565b9450506020843d602011610ccb575b81610cba602093836116de565b81010312610aef578893515f610ba5565b3d9150610cad565b600491929350015433885260036020526201fffe6b01fffffffffffffffffffffe60408a20549260a71c161660018101809111610d5357906001899493921b17338452600360205260408420553360018060a01b0387167e058a56ea94653cdf4f152d227ace22d4c00ad99e2a43f58cb7d9e3feb295f28580a35f61062d565b634e487b7160e01b89526011600452602489fd5b50610280515161ffff161515610628565b81610d82916116de565b6107bc57845f61061f565b6040513d88823e3d90fd5b8680fd5b9450506020843d602011610dc9575b81610db8602093836116de565b81010312610aef578893515f6105cf565b3d9150610dab565b6101005160e082015160405163b1bf962d60e01b8152939290602090859060049082906001600160a01b03165afa9182156110fd578a9488936110c2575b5060408201928351610e209161174a565b610e2990611f17565b90600385019189835460801c91600160a01b6001900360078901541660048901546001600160801b031691875160401c61ffff1660405193610e6a856116c1565b845260208401948552604080850188815260608601938452608086019283526001600160a01b039d8e1660a08701908152600160c0880190815260e088018a8152935163b90db31b60e01b815297516004890152975160248801529051604487015292516064860152905160848501529051909a1660a48301529151151560c4820152975160e4890152879081905a9261010491604094fa9586156110b7578a978b9761106c575b50610f77610f96936020969593610f726001600160801b0394610f4f868e1660018301906001600160801b0382549181199060801b169116179055565b60020180546001600160801b03168c871660801b6001600160801b031916179055565b611788565b82546001600160801b0316911660801b6001600160801b031916179055565b01519051916040519384528660208501526040840152606083015260808201527f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a60a0600180821b03891692a2806020606060a00151610ff68382611d2e565b60405163b18d6afd60e01b815293849283926110189291338d600487016117a2565b038187875af18015610ab45761102f575b5061062f565b6020813d602011611064575b81611048602093836116de565b810103126110605761105990611795565b505f611029565b8380fd5b3d915061103b565b965093929096506040863d6040116110af575b8161108c604093836116de565b810103126110ab57855160209096015195969293909290610f77610f12565b8980fd5b3d915061107f565b6040513d8c823e3d90fd5b9450915095506020833d6020116110f5575b816110e1602093836116de565b81010312610aef578a95899351915f610e0f565b3d91506110d4565b6040513d89823e3d90fd5b60018060a01b03881686526003602052604086205460016201fffe600484015460a71c161b191660018060a01b03891687526003602052604087205561057c565b600483016001600160801b03611164818416828454166117f3565b82546001600160801b03191691161790556040519081526001600160a01b038c811691908b16907f2bccfb3fad376d59d7accf970515eb77b2f27b082c90ed0fb15583dd5a94269990602090a35f610576565b50801515610571565b50861561127157835b604060018060a01b0360e0850151169560648b8a6111ec85890194855190611e48565b93519985519a8b958694637a94c56560e11b865260018060a01b03166004860152602485015260448401525af19485156110fd57879561122e575b509361055d565b94506040853d604011611269575b81611249604093836116de565b81010312610d985761056a8461126161058297611795565b965050611227565b3d915061123c565b82936111c9565b60048101546001600160a01b0384165f9081526003602052604090205491965060a71c6201fffe16600181018111611307576001600160a01b038481165f81815260036020526040812060019485019490941b19949094169092559196879290919086167f44c58d81365b66dd4b1a7f36c25aa97b8c71c361ee4937adc1a00000227db5dd8480a39050610538565b634e487b7160e01b5f52601160045260245ffd5b60c05160e0516113429161132f9190611788565b6101a0516101e051916103df919061174a565b64174876e800809110159061137c6103f961137261136860a051606060a0015190611788565b6101405190611788565b610180519061174a565b101581611398575b5061051e57632d8a6c3960e21b5f5260045ffd5b90505f611384565b5061010051610140516113b29161177b565b60a05111610519565b610100516101205190916127108084029290848404148415171561130757611414936113fa826113f5611405966114009560011c9061177b565b61175d565b90611788565b611acc565b61014081905261010051611788565b610100525f61050b565b610100526104df565b5061047461046a61045361044960643561043b565b610220516113888082029180159083048214171561130757810180911161130757612710900480911115610421576101e051611486925061147c9161174a565b6101a0519061175d565b5f610421565b5061024051670d2f13f7789f00001061041c565b50642e90edd000811015610416565b90506020813d6020116114d9575b816114ca602093836116de565b81010312610aef57515f610394565b3d91506114bd565b6040513d5f823e3d90fd5b90506020813d602011611517575b81611507602093836116de565b81010312610aef57516024610358565b3d91506114fa565b50610280515160201c61ffff1661031b565b5060016001600160801b03825460301c166001600160801b0361ffff600487015460a81c169116901c16151561030d565b633653732b60e01b5f5260045ffd5b6312f36b9d60e31b5f5260045ffd5b506001600160a01b0385165f90815260036020526040902054600484015460a71c6201fffe166001810191908210611307576001911c16156102ec565b63930bb77160e01b5f5260045ffd5b6334dfd7c760e21b5f5260045ffd5b60019150603c1c1615155f6102c5565b6324335bc960e21b5f5260045ffd5b50603881901c600116156102b0565b6344511af160e01b5f5260045ffd5b90506020813d602011611644575b81611633602093836116de565b81010312610aef575161027e610267565b3d9150611626565b90506020813d602011611678575b81611667602093836116de565b81010312610aef5751610221610201565b3d915061165a565b611699915060203d602011610c6957610c5a81836116de565b5f610181565b6116a881611813565b610130565b634e487b7160e01b5f52604160045260245ffd5b610100810190811067ffffffffffffffff8211176116ad57604052565b90601f8019910116810190811067ffffffffffffffff8211176116ad57604052565b6040519061170d826116c1565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b604d811161130757600a0a90565b8181029291811591840414171561130757565b8115611767570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161130757565b9190820391821161130757565b51908115158203610aef57565b6001600160a01b0391821681529116602082015260408101919091526060810191909152608081019190915260a00190565b90816020910312610aef57516001600160a01b0381168103610aef5790565b906001600160801b03809116911601906001600160801b03821161130757565b9061181c611700565b5060058201546001600160a01b03168015611a9a57611839611700565b928054845260018101908154916001600160801b038316602087015260028201928354906001600160801b038216604089015260801c606088015260801c6080870152600482019264ffffffffff845460801c16948560a089015260c088015260018060a01b0360068401541660e08801528664ffffffffff4216809614611a91575090600491604088019081519289606081015180611a44575b50505060e089015160405163b1bf962d60e01b81529460209186919082906001600160a01b03165afa9384156114e1575f94611a10575b50836119c7575b5061ffff885160401c16918261194e575b5050835464ffffffffff60801b19164260801b64ffffffffff60801b161790935550505060a0830152565b6119789361196c61197292676765c793fa10079d601b1b9451611788565b9061174a565b04611acc565b80611986575b808080611923565b6119b060036001600160801b036119a3819460208b015190611e48565b16930192828454166117f3565b166001600160801b03198254161790555f8061197e565b6001600160801b03806119f66119ee8c64ffffffffff60a060808301519201511690611dc9565b855190611d98565b80855216166001600160801b03198254161790555f611912565b9093506020813d602011611a3c575b81611a2c602093836116de565b81010312610aef5751925f61190b565b3d9150611a1f565b81611a756020611a6a6001600160801b03959464ffffffffff60a0889701511690611d62565b920191825190611d98565b80915216166001600160801b03198254161790555f89816118d4565b96505050505050565b63b77e1e0f60e01b5f5260045ffd5b5f1981146113075760010190565b90611ac692915f608052611f8a565b60805190565b90611ad69161174a565b611388810180911161130757612710900490565b60e083015160405163b1bf962d60e01b8152919493929190602090829060049082906001600160a01b03165afa9081156114e1575f91611cfc575b5060408301908151611b369161174a565b611b3f90611f17565b9260038301805460801c600160a01b600190036007860154169560048601546001600160801b0316845160401c61ffff169760405191611b7e836116c1565b8252602082018a81525f604080850191825260608501958652608085019b8c526001600160a01b039d8e1660a08601818152600160c0880190815260e088018a8152935163b90db31b60e01b8152975160048901529451602488015292516044870152955160648601529a51608485015251909b1660a48301529951151560c4820152965160e488015297869081905a9261010491604094fa9485156114e1575f965f96611cb2575b506020926001600160801b03610f777f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a9a8a99989795611c8a611c8f96610f4f8660a09f1660018301906001600160801b0382549181199060801b169116179055565b61177b565b01519051916040519384525f6020850152604084015260608301526080820152a2565b94939195509195506040843d604011611cf4575b81611cd3604093836116de565b81010312610aef578351602094850151909690959394919390929091611c27565b3d9150611cc6565b90506020813d602011611d26575b81611d17602093836116de565b81010312610aef57515f611b25565b3d9150611d0a565b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b149015171561130757611d5f91611f5d565b90565b611d759061196c6301e133809342611788565b04676765c793fa10079d601b1b0180676765c793fa10079d601b1b116113075790565b90611da29161174a565b6b019d971e4fe8401e74000000810180911161130757676765c793fa10079d601b1b900490565b90611dd49042611788565b908115611e37576301e1338091611dea9161174a565b0480676765c793fa10079d601b1b0180676765c793fa10079d601b1b1161130757611e3182611e2b611e226006611d5f960483611d98565b8260011c61177b565b90611d98565b9061177b565b5050676765c793fa10079d601b1b90565b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b149015171561130757611d5f9161175d565b64ffffffffff600482015460801c1664ffffffffff42168114611ebb576001600160801b03611eb36001611d5f940154928360801c611d62565b911690611d98565b50600101546001600160801b031690565b64ffffffffff600482015460801c1664ffffffffff42168114611f06576001600160801b03611eb36002611d5f940154928360801c611dc9565b50600201546001600160801b031690565b90676765c793fa10079d601b1b82048092676765c793fa10079d601b1b8083029083820414831517156113075703611f4c5750565b909150600181018091116113075790565b919091611f74611f6d848361175d565b938461174a565b03611f7b57565b90600181018091116113075790565b906040519060c0820182811067ffffffffffffffff8211176116ad576040525f82525f60208301525f60408301525f606083015260808201915f83525f60a08201528060805260018060a01b0384165f52600360205260405f20549283156123d757505060ff165f81815260056020526040902054938291156123cf576001600160801b038560301c1692935b5f955f945f965b6120b357505050505090506020608051015180155f1461207857505f195b60808051015260805151918261205157505050565b61206f9261205e9161175d565b60406080510152608051519061175d565b60606080510152565b670de0b6b3a76400008202828104670de0b6b3a7640000148315171561130757816113f56120ad926127109460011c9061177b565b0461203c565b600185161596600286811c96161588806123c8575b6123ba575f828152600160205260409020546001600160a01b031680156123ab57805f525f60205260405f2080549a61210660ff8d60301c1661173c565b60405163b3596f0760e01b81526004810194909452936020846024816001600160a01b038e165afa9384156114e1575f94612378575b5061ffff8d60101c1690811515908161236f575b50612231575b50899a9b5015612174575b50505061216d90611aa9565b969561201e565b6006810154604051630ed1279f60e11b81526001600160a01b038981166004830152909a506020918b916024918391165afa9081156114e1578a995f926121f3575b506121d8926121d361027e61216d97969461196c6103df95611ecc565b61174a565b6121e960206080510191825161177b565b9052905f80612161565b995091939290506020893d8211612229575b81612212602093836116de565b81010312610aef57975189989293916121d86121b6565b3d9150612205565b6005830154604051630ed1279f60e11b81526001600160a01b038b81166004830152909e939d9293918f918291165a92602491602094fa80156114e1575f9061233d575b6122ac9e50866113f587676765c793fa10079d601b1b61229b6122a19561196c8b611e79565b0461174a565b9d8e6080515161177b565b608051526001600160801b038816871c60011615159061ffff811615612323579e8e9f8d9e9f6122e991845f14612319575061ffff8c169061174a565b6122f29161177b565b9e61231093611e31925b1561196c575061ffff8a60101c169061174a565b99508a5f612156565b61ffff169061174a565b508b9c9d61231093611e3192600160a060805101526122fc565b5060208e813d8111612368575b61235481836116de565b81010312610aef579c516122ac9d90612275565b503d61234a565b9050155f612150565b9093506020813d82116123a3575b81612393602093836116de565b81010312610aef5751925f61213c565b3d9150612386565b50508596975061216d90611aa9565b508596975061216d90611aa9565b50806120c8565b5f9293612017565b5f1990526080525050505056fea164736f6c634300081c000a",
}

// AavePool is an auto generated Go binding around an Ethereum contract.
type AavePool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AavePool) GetABI() abi.ABI {
	return c.abi
}

// NewAavePool creates a new instance of AavePool.
func NewAavePool() *AavePool {
	parsed, err := AavePoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AavePool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AavePool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address provider, address owner_, address treasury_) returns()
func (aavePool *AavePool) PackConstructor(provider common.Address, owner_ common.Address, treasury_ common.Address) []byte {
	enc, err := aavePool.abi.Pack("", provider, owner_, treasury_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackADDRESSESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0542975c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (aavePool *AavePool) PackADDRESSESPROVIDER() []byte {
	enc, err := aavePool.abi.Pack("ADDRESSES_PROVIDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADDRESSESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0542975c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (aavePool *AavePool) TryPackADDRESSESPROVIDER() ([]byte, error) {
	return aavePool.abi.Pack("ADDRESSES_PROVIDER")
}

// UnpackADDRESSESPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0542975c.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (aavePool *AavePool) UnpackADDRESSESPROVIDER(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("ADDRESSES_PROVIDER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFLASHLOANPREMIUMTOTAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074b2e43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (aavePool *AavePool) PackFLASHLOANPREMIUMTOTAL() []byte {
	enc, err := aavePool.abi.Pack("FLASHLOAN_PREMIUM_TOTAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLASHLOANPREMIUMTOTAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074b2e43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (aavePool *AavePool) TryPackFLASHLOANPREMIUMTOTAL() ([]byte, error) {
	return aavePool.abi.Pack("FLASHLOAN_PREMIUM_TOTAL")
}

// UnpackFLASHLOANPREMIUMTOTAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x074b2e43.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (aavePool *AavePool) UnpackFLASHLOANPREMIUMTOTAL(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("FLASHLOAN_PREMIUM_TOTAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFLASHLOANPREMIUMTOPROTOCOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c036.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() pure returns(uint128)
func (aavePool *AavePool) PackFLASHLOANPREMIUMTOPROTOCOL() []byte {
	enc, err := aavePool.abi.Pack("FLASHLOAN_PREMIUM_TO_PROTOCOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLASHLOANPREMIUMTOPROTOCOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c036.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() pure returns(uint128)
func (aavePool *AavePool) TryPackFLASHLOANPREMIUMTOPROTOCOL() ([]byte, error) {
	return aavePool.abi.Pack("FLASHLOAN_PREMIUM_TO_PROTOCOL")
}

// UnpackFLASHLOANPREMIUMTOPROTOCOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a99c036.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() pure returns(uint128)
func (aavePool *AavePool) UnpackFLASHLOANPREMIUMTOPROTOCOL(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("FLASHLOAN_PREMIUM_TO_PROTOCOL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLIQUIDATIONMODULE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e42dfc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LIQUIDATION_MODULE() view returns(address)
func (aavePool *AavePool) PackLIQUIDATIONMODULE() []byte {
	enc, err := aavePool.abi.Pack("LIQUIDATION_MODULE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLIQUIDATIONMODULE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e42dfc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LIQUIDATION_MODULE() view returns(address)
func (aavePool *AavePool) TryPackLIQUIDATIONMODULE() ([]byte, error) {
	return aavePool.abi.Pack("LIQUIDATION_MODULE")
}

// UnpackLIQUIDATIONMODULE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e42dfc9.
//
// Solidity: function LIQUIDATION_MODULE() view returns(address)
func (aavePool *AavePool) UnpackLIQUIDATIONMODULE(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("LIQUIDATION_MODULE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXNUMBERRESERVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8119d51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NUMBER_RESERVES() pure returns(uint16)
func (aavePool *AavePool) PackMAXNUMBERRESERVES() []byte {
	enc, err := aavePool.abi.Pack("MAX_NUMBER_RESERVES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNUMBERRESERVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8119d51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NUMBER_RESERVES() pure returns(uint16)
func (aavePool *AavePool) TryPackMAXNUMBERRESERVES() ([]byte, error) {
	return aavePool.abi.Pack("MAX_NUMBER_RESERVES")
}

// UnpackMAXNUMBERRESERVES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8119d51.
//
// Solidity: function MAX_NUMBER_RESERVES() pure returns(uint16)
func (aavePool *AavePool) UnpackMAXNUMBERRESERVES(data []byte) (uint16, error) {
	out, err := aavePool.abi.Unpack("MAX_NUMBER_RESERVES", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa415bcad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf) returns()
func (aavePool *AavePool) PackBorrow(asset common.Address, amount *big.Int, interestRateMode *big.Int, referralCode uint16, onBehalfOf common.Address) []byte {
	enc, err := aavePool.abi.Pack("borrow", asset, amount, interestRateMode, referralCode, onBehalfOf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa415bcad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf) returns()
func (aavePool *AavePool) TryPackBorrow(asset common.Address, amount *big.Int, interestRateMode *big.Int, referralCode uint16, onBehalfOf common.Address) ([]byte, error) {
	return aavePool.abi.Pack("borrow", asset, amount, interestRateMode, referralCode, onBehalfOf)
}

// PackFinalizeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed3933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeTransfer(address asset, address from, address to, uint256 scaledAmount, uint256 scaledBalanceFromBefore, uint256 scaledBalanceToBefore) returns()
func (aavePool *AavePool) PackFinalizeTransfer(asset common.Address, from common.Address, to common.Address, scaledAmount *big.Int, scaledBalanceFromBefore *big.Int, scaledBalanceToBefore *big.Int) []byte {
	enc, err := aavePool.abi.Pack("finalizeTransfer", asset, from, to, scaledAmount, scaledBalanceFromBefore, scaledBalanceToBefore)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed3933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeTransfer(address asset, address from, address to, uint256 scaledAmount, uint256 scaledBalanceFromBefore, uint256 scaledBalanceToBefore) returns()
func (aavePool *AavePool) TryPackFinalizeTransfer(asset common.Address, from common.Address, to common.Address, scaledAmount *big.Int, scaledBalanceFromBefore *big.Int, scaledBalanceToBefore *big.Int) ([]byte, error) {
	return aavePool.abi.Pack("finalizeTransfer", asset, from, to, scaledAmount, scaledBalanceFromBefore, scaledBalanceToBefore)
}

// PackFlashLoanSimple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b0b77c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes params, uint16 referralCode) returns()
func (aavePool *AavePool) PackFlashLoanSimple(receiverAddress common.Address, asset common.Address, amount *big.Int, params []byte, referralCode uint16) []byte {
	enc, err := aavePool.abi.Pack("flashLoanSimple", receiverAddress, asset, amount, params, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoanSimple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b0b77c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes params, uint16 referralCode) returns()
func (aavePool *AavePool) TryPackFlashLoanSimple(receiverAddress common.Address, asset common.Address, amount *big.Int, params []byte, referralCode uint16) ([]byte, error) {
	return aavePool.abi.Pack("flashLoanSimple", receiverAddress, asset, amount, params, referralCode)
}

// PackGetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44b11f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (aavePool *AavePool) PackGetConfiguration(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getConfiguration", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44b11f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (aavePool *AavePool) TryPackGetConfiguration(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getConfiguration", asset)
}

// UnpackGetConfiguration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc44b11f7.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (aavePool *AavePool) UnpackGetConfiguration(data []byte) (AaveTypesReserveConfigurationMap, error) {
	out, err := aavePool.abi.Unpack("getConfiguration", data)
	if err != nil {
		return *new(AaveTypesReserveConfigurationMap), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveTypesReserveConfigurationMap)).(*AaveTypesReserveConfigurationMap)
	return out0, nil
}

// PackGetEModeCategoryBorrowableBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x903a2c71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEModeCategoryBorrowableBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) PackGetEModeCategoryBorrowableBitmap(id uint8) []byte {
	enc, err := aavePool.abi.Pack("getEModeCategoryBorrowableBitmap", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEModeCategoryBorrowableBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x903a2c71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEModeCategoryBorrowableBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) TryPackGetEModeCategoryBorrowableBitmap(id uint8) ([]byte, error) {
	return aavePool.abi.Pack("getEModeCategoryBorrowableBitmap", id)
}

// UnpackGetEModeCategoryBorrowableBitmap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x903a2c71.
//
// Solidity: function getEModeCategoryBorrowableBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) UnpackGetEModeCategoryBorrowableBitmap(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getEModeCategoryBorrowableBitmap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEModeCategoryCollateralBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0771dba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEModeCategoryCollateralBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) PackGetEModeCategoryCollateralBitmap(id uint8) []byte {
	enc, err := aavePool.abi.Pack("getEModeCategoryCollateralBitmap", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEModeCategoryCollateralBitmap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0771dba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEModeCategoryCollateralBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) TryPackGetEModeCategoryCollateralBitmap(id uint8) ([]byte, error) {
	return aavePool.abi.Pack("getEModeCategoryCollateralBitmap", id)
}

// UnpackGetEModeCategoryCollateralBitmap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0771dba.
//
// Solidity: function getEModeCategoryCollateralBitmap(uint8 id) view returns(uint128)
func (aavePool *AavePool) UnpackGetEModeCategoryCollateralBitmap(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getEModeCategoryCollateralBitmap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEModeCategoryCollateralConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb286f467.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEModeCategoryCollateralConfig(uint8 id) view returns((uint16,uint16,uint16))
func (aavePool *AavePool) PackGetEModeCategoryCollateralConfig(id uint8) []byte {
	enc, err := aavePool.abi.Pack("getEModeCategoryCollateralConfig", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEModeCategoryCollateralConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb286f467.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEModeCategoryCollateralConfig(uint8 id) view returns((uint16,uint16,uint16))
func (aavePool *AavePool) TryPackGetEModeCategoryCollateralConfig(id uint8) ([]byte, error) {
	return aavePool.abi.Pack("getEModeCategoryCollateralConfig", id)
}

// UnpackGetEModeCategoryCollateralConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb286f467.
//
// Solidity: function getEModeCategoryCollateralConfig(uint8 id) view returns((uint16,uint16,uint16))
func (aavePool *AavePool) UnpackGetEModeCategoryCollateralConfig(data []byte) (AaveTypesCollateralConfig, error) {
	out, err := aavePool.abi.Unpack("getEModeCategoryCollateralConfig", data)
	if err != nil {
		return *new(AaveTypesCollateralConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveTypesCollateralConfig)).(*AaveTypesCollateralConfig)
	return out0, nil
}

// PackGetEModeCategoryLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2083e183.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEModeCategoryLabel(uint8 id) view returns(string)
func (aavePool *AavePool) PackGetEModeCategoryLabel(id uint8) []byte {
	enc, err := aavePool.abi.Pack("getEModeCategoryLabel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEModeCategoryLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2083e183.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEModeCategoryLabel(uint8 id) view returns(string)
func (aavePool *AavePool) TryPackGetEModeCategoryLabel(id uint8) ([]byte, error) {
	return aavePool.abi.Pack("getEModeCategoryLabel", id)
}

// UnpackGetEModeCategoryLabel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2083e183.
//
// Solidity: function getEModeCategoryLabel(uint8 id) view returns(string)
func (aavePool *AavePool) UnpackGetEModeCategoryLabel(data []byte) (string, error) {
	out, err := aavePool.abi.Unpack("getEModeCategoryLabel", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetReserveAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff027d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveAToken(address asset) view returns(address)
func (aavePool *AavePool) PackGetReserveAToken(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveAToken", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff027d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveAToken(address asset) view returns(address)
func (aavePool *AavePool) TryPackGetReserveAToken(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveAToken", asset)
}

// UnpackGetReserveAToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff027d9.
//
// Solidity: function getReserveAToken(address asset) view returns(address)
func (aavePool *AavePool) UnpackGetReserveAToken(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("getReserveAToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetReserveAddressById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52751797.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (aavePool *AavePool) PackGetReserveAddressById(id uint16) []byte {
	enc, err := aavePool.abi.Pack("getReserveAddressById", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveAddressById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52751797.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (aavePool *AavePool) TryPackGetReserveAddressById(id uint16) ([]byte, error) {
	return aavePool.abi.Pack("getReserveAddressById", id)
}

// UnpackGetReserveAddressById is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52751797.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (aavePool *AavePool) UnpackGetReserveAddressById(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("getReserveAddressById", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetReserveData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ea6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128) d)
func (aavePool *AavePool) PackGetReserveData(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveData", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ea6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128) d)
func (aavePool *AavePool) TryPackGetReserveData(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveData", asset)
}

// UnpackGetReserveData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35ea6a75.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128) d)
func (aavePool *AavePool) UnpackGetReserveData(data []byte) (AaveTypesReserveDataLegacy, error) {
	out, err := aavePool.abi.Unpack("getReserveData", data)
	if err != nil {
		return *new(AaveTypesReserveDataLegacy), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveTypesReserveDataLegacy)).(*AaveTypesReserveDataLegacy)
	return out0, nil
}

// PackGetReserveDeficit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc952485d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveDeficit(address asset) view returns(uint256)
func (aavePool *AavePool) PackGetReserveDeficit(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveDeficit", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveDeficit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc952485d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveDeficit(address asset) view returns(uint256)
func (aavePool *AavePool) TryPackGetReserveDeficit(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveDeficit", asset)
}

// UnpackGetReserveDeficit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc952485d.
//
// Solidity: function getReserveDeficit(address asset) view returns(uint256)
func (aavePool *AavePool) UnpackGetReserveDeficit(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getReserveDeficit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReserveNormalizedIncome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15e0053.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (aavePool *AavePool) PackGetReserveNormalizedIncome(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveNormalizedIncome", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveNormalizedIncome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15e0053.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (aavePool *AavePool) TryPackGetReserveNormalizedIncome(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveNormalizedIncome", asset)
}

// UnpackGetReserveNormalizedIncome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd15e0053.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (aavePool *AavePool) UnpackGetReserveNormalizedIncome(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getReserveNormalizedIncome", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReserveNormalizedVariableDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x386497fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (aavePool *AavePool) PackGetReserveNormalizedVariableDebt(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveNormalizedVariableDebt", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveNormalizedVariableDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x386497fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (aavePool *AavePool) TryPackGetReserveNormalizedVariableDebt(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveNormalizedVariableDebt", asset)
}

// UnpackGetReserveNormalizedVariableDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x386497fd.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (aavePool *AavePool) UnpackGetReserveNormalizedVariableDebt(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getReserveNormalizedVariableDebt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReserveVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365090a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveVariableDebtToken(address asset) view returns(address)
func (aavePool *AavePool) PackGetReserveVariableDebtToken(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getReserveVariableDebtToken", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365090a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveVariableDebtToken(address asset) view returns(address)
func (aavePool *AavePool) TryPackGetReserveVariableDebtToken(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getReserveVariableDebtToken", asset)
}

// UnpackGetReserveVariableDebtToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365090a0.
//
// Solidity: function getReserveVariableDebtToken(address asset) view returns(address)
func (aavePool *AavePool) UnpackGetReserveVariableDebtToken(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("getReserveVariableDebtToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetReservesCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72218d04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReservesCount() view returns(uint256)
func (aavePool *AavePool) PackGetReservesCount() []byte {
	enc, err := aavePool.abi.Pack("getReservesCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReservesCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72218d04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReservesCount() view returns(uint256)
func (aavePool *AavePool) TryPackGetReservesCount() ([]byte, error) {
	return aavePool.abi.Pack("getReservesCount")
}

// UnpackGetReservesCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72218d04.
//
// Solidity: function getReservesCount() view returns(uint256)
func (aavePool *AavePool) UnpackGetReservesCount(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getReservesCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReservesList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1946dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReservesList() view returns(address[] list)
func (aavePool *AavePool) PackGetReservesList() []byte {
	enc, err := aavePool.abi.Pack("getReservesList")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReservesList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1946dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReservesList() view returns(address[] list)
func (aavePool *AavePool) TryPackGetReservesList() ([]byte, error) {
	return aavePool.abi.Pack("getReservesList")
}

// UnpackGetReservesList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1946dbc.
//
// Solidity: function getReservesList() view returns(address[] list)
func (aavePool *AavePool) UnpackGetReservesList(data []byte) ([]common.Address, error) {
	out, err := aavePool.abi.Unpack("getReservesList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetUserAccountData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf92857c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (aavePool *AavePool) PackGetUserAccountData(user common.Address) []byte {
	enc, err := aavePool.abi.Pack("getUserAccountData", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserAccountData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf92857c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (aavePool *AavePool) TryPackGetUserAccountData(user common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getUserAccountData", user)
}

// GetUserAccountDataOutput serves as a container for the return parameters of contract
// method GetUserAccountData.
type GetUserAccountDataOutput struct {
	TotalCollateralBase         *big.Int
	TotalDebtBase               *big.Int
	AvailableBorrowsBase        *big.Int
	CurrentLiquidationThreshold *big.Int
	Ltv                         *big.Int
	HealthFactor                *big.Int
}

// UnpackGetUserAccountData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf92857c.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (aavePool *AavePool) UnpackGetUserAccountData(data []byte) (GetUserAccountDataOutput, error) {
	out, err := aavePool.abi.Unpack("getUserAccountData", data)
	outstruct := new(GetUserAccountDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalCollateralBase = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalDebtBase = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AvailableBorrowsBase = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.CurrentLiquidationThreshold = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Ltv = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.HealthFactor = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetUserConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4417a583.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (aavePool *AavePool) PackGetUserConfiguration(user common.Address) []byte {
	enc, err := aavePool.abi.Pack("getUserConfiguration", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4417a583.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (aavePool *AavePool) TryPackGetUserConfiguration(user common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getUserConfiguration", user)
}

// UnpackGetUserConfiguration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4417a583.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (aavePool *AavePool) UnpackGetUserConfiguration(data []byte) (AaveTypesUserConfigurationMap, error) {
	out, err := aavePool.abi.Unpack("getUserConfiguration", data)
	if err != nil {
		return *new(AaveTypesUserConfigurationMap), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveTypesUserConfigurationMap)).(*AaveTypesUserConfigurationMap)
	return out0, nil
}

// PackGetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddf1b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (aavePool *AavePool) PackGetUserEMode(user common.Address) []byte {
	enc, err := aavePool.abi.Pack("getUserEMode", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddf1b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (aavePool *AavePool) TryPackGetUserEMode(user common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getUserEMode", user)
}

// UnpackGetUserEMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddf1b79.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (aavePool *AavePool) UnpackGetUserEMode(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getUserEMode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVirtualUnderlyingBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fb07f96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVirtualUnderlyingBalance(address asset) view returns(uint128)
func (aavePool *AavePool) PackGetVirtualUnderlyingBalance(asset common.Address) []byte {
	enc, err := aavePool.abi.Pack("getVirtualUnderlyingBalance", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVirtualUnderlyingBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fb07f96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVirtualUnderlyingBalance(address asset) view returns(uint128)
func (aavePool *AavePool) TryPackGetVirtualUnderlyingBalance(asset common.Address) ([]byte, error) {
	return aavePool.abi.Pack("getVirtualUnderlyingBalance", asset)
}

// UnpackGetVirtualUnderlyingBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fb07f96.
//
// Solidity: function getVirtualUnderlyingBalance(address asset) view returns(uint128)
func (aavePool *AavePool) UnpackGetVirtualUnderlyingBalance(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("getVirtualUnderlyingBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd25677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initReserve(address asset, address aToken, address variableDebtToken, address rateStrategy) returns()
func (aavePool *AavePool) PackInitReserve(asset common.Address, aToken common.Address, variableDebtToken common.Address, rateStrategy common.Address) []byte {
	enc, err := aavePool.abi.Pack("initReserve", asset, aToken, variableDebtToken, rateStrategy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd25677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initReserve(address asset, address aToken, address variableDebtToken, address rateStrategy) returns()
func (aavePool *AavePool) TryPackInitReserve(asset common.Address, aToken common.Address, variableDebtToken common.Address, rateStrategy common.Address) ([]byte, error) {
	return aavePool.abi.Pack("initReserve", asset, aToken, variableDebtToken, rateStrategy)
}

// PackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (aavePool *AavePool) PackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) []byte {
	enc, err := aavePool.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (aavePool *AavePool) TryPackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) ([]byte, error) {
	return aavePool.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
}

// PackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd19996.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintToTreasury(address[] assets) returns()
func (aavePool *AavePool) PackMintToTreasury(assets []common.Address) []byte {
	enc, err := aavePool.abi.Pack("mintToTreasury", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd19996.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintToTreasury(address[] assets) returns()
func (aavePool *AavePool) TryPackMintToTreasury(assets []common.Address) ([]byte, error) {
	return aavePool.abi.Pack("mintToTreasury", assets)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (aavePool *AavePool) PackOwner() []byte {
	enc, err := aavePool.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (aavePool *AavePool) TryPackOwner() ([]byte, error) {
	return aavePool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aavePool *AavePool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ade81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (aavePool *AavePool) PackRepay(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address) []byte {
	enc, err := aavePool.abi.Pack("repay", asset, amount, interestRateMode, onBehalfOf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ade81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (aavePool *AavePool) TryPackRepay(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address) ([]byte, error) {
	return aavePool.abi.Pack("repay", asset, amount, interestRateMode, onBehalfOf)
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x573ade81.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (aavePool *AavePool) UnpackRepay(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("repay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAssetEModeBorrowable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a92a937.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetEModeBorrowable(address asset, uint8 id, bool borrowable) returns()
func (aavePool *AavePool) PackSetAssetEModeBorrowable(asset common.Address, id uint8, borrowable bool) []byte {
	enc, err := aavePool.abi.Pack("setAssetEModeBorrowable", asset, id, borrowable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetEModeBorrowable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a92a937.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetEModeBorrowable(address asset, uint8 id, bool borrowable) returns()
func (aavePool *AavePool) TryPackSetAssetEModeBorrowable(asset common.Address, id uint8, borrowable bool) ([]byte, error) {
	return aavePool.abi.Pack("setAssetEModeBorrowable", asset, id, borrowable)
}

// PackSetAssetEModeCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83032d98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetEModeCollateral(address asset, uint8 id, bool collateral) returns()
func (aavePool *AavePool) PackSetAssetEModeCollateral(asset common.Address, id uint8, collateral bool) []byte {
	enc, err := aavePool.abi.Pack("setAssetEModeCollateral", asset, id, collateral)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetEModeCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83032d98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetEModeCollateral(address asset, uint8 id, bool collateral) returns()
func (aavePool *AavePool) TryPackSetAssetEModeCollateral(asset common.Address, id uint8, collateral bool) ([]byte, error) {
	return aavePool.abi.Pack("setAssetEModeCollateral", asset, id, collateral)
}

// PackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a461ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEModeCategory(uint8 id, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, string label) returns()
func (aavePool *AavePool) PackSetEModeCategory(id uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, label string) []byte {
	enc, err := aavePool.abi.Pack("setEModeCategory", id, ltv, liquidationThreshold, liquidationBonus, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a461ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEModeCategory(uint8 id, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, string label) returns()
func (aavePool *AavePool) TryPackSetEModeCategory(id uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, label string) ([]byte, error) {
	return aavePool.abi.Pack("setEModeCategory", id, ltv, liquidationThreshold, liquidationBonus, label)
}

// PackSetFlashLoanPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c1130c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFlashLoanPremium(uint128 premium) returns()
func (aavePool *AavePool) PackSetFlashLoanPremium(premium *big.Int) []byte {
	enc, err := aavePool.abi.Pack("setFlashLoanPremium", premium)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFlashLoanPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c1130c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFlashLoanPremium(uint128 premium) returns()
func (aavePool *AavePool) TryPackSetFlashLoanPremium(premium *big.Int) ([]byte, error) {
	return aavePool.abi.Pack("setFlashLoanPremium", premium)
}

// PackSetReserveConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43f0f733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveConfiguration(address asset, uint256 configuration) returns()
func (aavePool *AavePool) PackSetReserveConfiguration(asset common.Address, configuration *big.Int) []byte {
	enc, err := aavePool.abi.Pack("setReserveConfiguration", asset, configuration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43f0f733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveConfiguration(address asset, uint256 configuration) returns()
func (aavePool *AavePool) TryPackSetReserveConfiguration(asset common.Address, configuration *big.Int) ([]byte, error) {
	return aavePool.abi.Pack("setReserveConfiguration", asset, configuration)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (aavePool *AavePool) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := aavePool.abi.Pack("setTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (aavePool *AavePool) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return aavePool.abi.Pack("setTreasury", newTreasury)
}

// PackSetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28530a47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUserEMode(uint8 categoryId) returns()
func (aavePool *AavePool) PackSetUserEMode(categoryId uint8) []byte {
	enc, err := aavePool.abi.Pack("setUserEMode", categoryId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28530a47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUserEMode(uint8 categoryId) returns()
func (aavePool *AavePool) TryPackSetUserEMode(categoryId uint8) ([]byte, error) {
	return aavePool.abi.Pack("setUserEMode", categoryId)
}

// PackSetUserUseReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3b74b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUserUseReserveAsCollateral(address asset, bool useAsCollateral) returns()
func (aavePool *AavePool) PackSetUserUseReserveAsCollateral(asset common.Address, useAsCollateral bool) []byte {
	enc, err := aavePool.abi.Pack("setUserUseReserveAsCollateral", asset, useAsCollateral)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUserUseReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3b74b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUserUseReserveAsCollateral(address asset, bool useAsCollateral) returns()
func (aavePool *AavePool) TryPackSetUserUseReserveAsCollateral(asset common.Address, useAsCollateral bool) ([]byte, error) {
	return aavePool.abi.Pack("setUserUseReserveAsCollateral", asset, useAsCollateral)
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617ba037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (aavePool *AavePool) PackSupply(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) []byte {
	enc, err := aavePool.abi.Pack("supply", asset, amount, onBehalfOf, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617ba037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (aavePool *AavePool) TryPackSupply(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) ([]byte, error) {
	return aavePool.abi.Pack("supply", asset, amount, onBehalfOf, referralCode)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aavePool *AavePool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := aavePool.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aavePool *AavePool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return aavePool.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (aavePool *AavePool) PackTreasury() []byte {
	enc, err := aavePool.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (aavePool *AavePool) TryPackTreasury() ([]byte, error) {
	return aavePool.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (aavePool *AavePool) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := aavePool.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (aavePool *AavePool) PackWithdraw(asset common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := aavePool.abi.Pack("withdraw", asset, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (aavePool *AavePool) TryPackWithdraw(asset common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return aavePool.abi.Pack("withdraw", asset, amount, to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69328dec.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (aavePool *AavePool) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := aavePool.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AavePoolAssetBorrowableInEModeChanged represents a AssetBorrowableInEModeChanged event raised by the AavePool contract.
type AavePoolAssetBorrowableInEModeChanged struct {
	Asset      common.Address
	CategoryId uint8
	Borrowable bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAssetBorrowableInEModeChangedEventName = "AssetBorrowableInEModeChanged"

// ContractEventName returns the user-defined event name.
func (AavePoolAssetBorrowableInEModeChanged) ContractEventName() string {
	return AavePoolAssetBorrowableInEModeChangedEventName
}

// UnpackAssetBorrowableInEModeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetBorrowableInEModeChanged(address indexed asset, uint8 categoryId, bool borrowable)
func (aavePool *AavePool) UnpackAssetBorrowableInEModeChangedEvent(log *types.Log) (*AavePoolAssetBorrowableInEModeChanged, error) {
	event := "AssetBorrowableInEModeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAssetBorrowableInEModeChanged)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolAssetCollateralInEModeChanged represents a AssetCollateralInEModeChanged event raised by the AavePool contract.
type AavePoolAssetCollateralInEModeChanged struct {
	Asset      common.Address
	CategoryId uint8
	Collateral bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAssetCollateralInEModeChangedEventName = "AssetCollateralInEModeChanged"

// ContractEventName returns the user-defined event name.
func (AavePoolAssetCollateralInEModeChanged) ContractEventName() string {
	return AavePoolAssetCollateralInEModeChangedEventName
}

// UnpackAssetCollateralInEModeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetCollateralInEModeChanged(address indexed asset, uint8 categoryId, bool collateral)
func (aavePool *AavePool) UnpackAssetCollateralInEModeChangedEvent(log *types.Log) (*AavePoolAssetCollateralInEModeChanged, error) {
	event := "AssetCollateralInEModeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAssetCollateralInEModeChanged)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolBorrow represents a Borrow event raised by the AavePool contract.
type AavePoolBorrow struct {
	Reserve          common.Address
	User             common.Address
	OnBehalfOf       common.Address
	Amount           *big.Int
	InterestRateMode uint8
	BorrowRate       *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const AavePoolBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (AavePoolBorrow) ContractEventName() string {
	return AavePoolBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint8 interestRateMode, uint256 borrowRate, uint16 indexed referralCode)
func (aavePool *AavePool) UnpackBorrowEvent(log *types.Log) (*AavePoolBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolBorrow)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolDeficitCreated represents a DeficitCreated event raised by the AavePool contract.
type AavePoolDeficitCreated struct {
	User          common.Address
	DebtAsset     common.Address
	AmountCreated *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AavePoolDeficitCreatedEventName = "DeficitCreated"

// ContractEventName returns the user-defined event name.
func (AavePoolDeficitCreated) ContractEventName() string {
	return AavePoolDeficitCreatedEventName
}

// UnpackDeficitCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeficitCreated(address indexed user, address indexed debtAsset, uint256 amountCreated)
func (aavePool *AavePool) UnpackDeficitCreatedEvent(log *types.Log) (*AavePoolDeficitCreated, error) {
	event := "DeficitCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolDeficitCreated)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolEModeCategoryAdded represents a EModeCategoryAdded event raised by the AavePool contract.
type AavePoolEModeCategoryAdded struct {
	CategoryId           uint8
	Ltv                  *big.Int
	LiquidationThreshold *big.Int
	LiquidationBonus     *big.Int
	Label                string
	Raw                  *types.Log // Blockchain specific contextual infos
}

const AavePoolEModeCategoryAddedEventName = "EModeCategoryAdded"

// ContractEventName returns the user-defined event name.
func (AavePoolEModeCategoryAdded) ContractEventName() string {
	return AavePoolEModeCategoryAddedEventName
}

// UnpackEModeCategoryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EModeCategoryAdded(uint8 indexed categoryId, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus, string label)
func (aavePool *AavePool) UnpackEModeCategoryAddedEvent(log *types.Log) (*AavePoolEModeCategoryAdded, error) {
	event := "EModeCategoryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolEModeCategoryAdded)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolFlashLoan represents a FlashLoan event raised by the AavePool contract.
type AavePoolFlashLoan struct {
	Target           common.Address
	Initiator        common.Address
	Asset            common.Address
	Amount           *big.Int
	InterestRateMode uint8
	Premium          *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const AavePoolFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (AavePoolFlashLoan) ContractEventName() string {
	return AavePoolFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed target, address initiator, address indexed asset, uint256 amount, uint8 interestRateMode, uint256 premium, uint16 indexed referralCode)
func (aavePool *AavePool) UnpackFlashLoanEvent(log *types.Log) (*AavePoolFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolFlashLoan)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolFlashloanPremiumTotalUpdated represents a FlashloanPremiumTotalUpdated event raised by the AavePool contract.
type AavePoolFlashloanPremiumTotalUpdated struct {
	NewFlashloanPremiumTotal *big.Int
	Raw                      *types.Log // Blockchain specific contextual infos
}

const AavePoolFlashloanPremiumTotalUpdatedEventName = "FlashloanPremiumTotalUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolFlashloanPremiumTotalUpdated) ContractEventName() string {
	return AavePoolFlashloanPremiumTotalUpdatedEventName
}

// UnpackFlashloanPremiumTotalUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashloanPremiumTotalUpdated(uint128 newFlashloanPremiumTotal)
func (aavePool *AavePool) UnpackFlashloanPremiumTotalUpdatedEvent(log *types.Log) (*AavePoolFlashloanPremiumTotalUpdated, error) {
	event := "FlashloanPremiumTotalUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolFlashloanPremiumTotalUpdated)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolLiquidationCall represents a LiquidationCall event raised by the AavePool contract.
type AavePoolLiquidationCall struct {
	CollateralAsset            common.Address
	DebtAsset                  common.Address
	User                       common.Address
	DebtToCover                *big.Int
	LiquidatedCollateralAmount *big.Int
	Liquidator                 common.Address
	ReceiveAToken              bool
	Raw                        *types.Log // Blockchain specific contextual infos
}

const AavePoolLiquidationCallEventName = "LiquidationCall"

// ContractEventName returns the user-defined event name.
func (AavePoolLiquidationCall) ContractEventName() string {
	return AavePoolLiquidationCallEventName
}

// UnpackLiquidationCallEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationCall(address indexed collateralAsset, address indexed debtAsset, address indexed user, uint256 debtToCover, uint256 liquidatedCollateralAmount, address liquidator, bool receiveAToken)
func (aavePool *AavePool) UnpackLiquidationCallEvent(log *types.Log) (*AavePoolLiquidationCall, error) {
	event := "LiquidationCall"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolLiquidationCall)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolMintedToTreasury represents a MintedToTreasury event raised by the AavePool contract.
type AavePoolMintedToTreasury struct {
	Reserve      common.Address
	AmountMinted *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AavePoolMintedToTreasuryEventName = "MintedToTreasury"

// ContractEventName returns the user-defined event name.
func (AavePoolMintedToTreasury) ContractEventName() string {
	return AavePoolMintedToTreasuryEventName
}

// UnpackMintedToTreasuryEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintedToTreasury(address indexed reserve, uint256 amountMinted)
func (aavePool *AavePool) UnpackMintedToTreasuryEvent(log *types.Log) (*AavePoolMintedToTreasury, error) {
	event := "MintedToTreasury"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolMintedToTreasury)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolOwnershipTransferred represents a OwnershipTransferred event raised by the AavePool contract.
type AavePoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AavePoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AavePoolOwnershipTransferred) ContractEventName() string {
	return AavePoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (aavePool *AavePool) UnpackOwnershipTransferredEvent(log *types.Log) (*AavePoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolRepay represents a Repay event raised by the AavePool contract.
type AavePoolRepay struct {
	Reserve    common.Address
	User       common.Address
	Repayer    common.Address
	Amount     *big.Int
	UseATokens bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (AavePoolRepay) ContractEventName() string {
	return AavePoolRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(address indexed reserve, address indexed user, address indexed repayer, uint256 amount, bool useATokens)
func (aavePool *AavePool) UnpackRepayEvent(log *types.Log) (*AavePoolRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolRepay)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolReserveConfigurationSet represents a ReserveConfigurationSet event raised by the AavePool contract.
type AavePoolReserveConfigurationSet struct {
	Asset         common.Address
	Configuration *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AavePoolReserveConfigurationSetEventName = "ReserveConfigurationSet"

// ContractEventName returns the user-defined event name.
func (AavePoolReserveConfigurationSet) ContractEventName() string {
	return AavePoolReserveConfigurationSetEventName
}

// UnpackReserveConfigurationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveConfigurationSet(address indexed asset, uint256 configuration)
func (aavePool *AavePool) UnpackReserveConfigurationSetEvent(log *types.Log) (*AavePoolReserveConfigurationSet, error) {
	event := "ReserveConfigurationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolReserveConfigurationSet)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolReserveDataUpdated represents a ReserveDataUpdated event raised by the AavePool contract.
type AavePoolReserveDataUpdated struct {
	Reserve             common.Address
	LiquidityRate       *big.Int
	StableBorrowRate    *big.Int
	VariableBorrowRate  *big.Int
	LiquidityIndex      *big.Int
	VariableBorrowIndex *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const AavePoolReserveDataUpdatedEventName = "ReserveDataUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolReserveDataUpdated) ContractEventName() string {
	return AavePoolReserveDataUpdatedEventName
}

// UnpackReserveDataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDataUpdated(address indexed reserve, uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate, uint256 liquidityIndex, uint256 variableBorrowIndex)
func (aavePool *AavePool) UnpackReserveDataUpdatedEvent(log *types.Log) (*AavePoolReserveDataUpdated, error) {
	event := "ReserveDataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolReserveDataUpdated)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolReserveInitialized represents a ReserveInitialized event raised by the AavePool contract.
type AavePoolReserveInitialized struct {
	Asset                       common.Address
	AToken                      common.Address
	VariableDebtToken           common.Address
	InterestRateStrategyAddress common.Address
	Raw                         *types.Log // Blockchain specific contextual infos
}

const AavePoolReserveInitializedEventName = "ReserveInitialized"

// ContractEventName returns the user-defined event name.
func (AavePoolReserveInitialized) ContractEventName() string {
	return AavePoolReserveInitializedEventName
}

// UnpackReserveInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveInitialized(address indexed asset, address indexed aToken, address variableDebtToken, address interestRateStrategyAddress)
func (aavePool *AavePool) UnpackReserveInitializedEvent(log *types.Log) (*AavePoolReserveInitialized, error) {
	event := "ReserveInitialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolReserveInitialized)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolReserveUsedAsCollateralDisabled represents a ReserveUsedAsCollateralDisabled event raised by the AavePool contract.
type AavePoolReserveUsedAsCollateralDisabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AavePoolReserveUsedAsCollateralDisabledEventName = "ReserveUsedAsCollateralDisabled"

// ContractEventName returns the user-defined event name.
func (AavePoolReserveUsedAsCollateralDisabled) ContractEventName() string {
	return AavePoolReserveUsedAsCollateralDisabledEventName
}

// UnpackReserveUsedAsCollateralDisabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralDisabled(address indexed reserve, address indexed user)
func (aavePool *AavePool) UnpackReserveUsedAsCollateralDisabledEvent(log *types.Log) (*AavePoolReserveUsedAsCollateralDisabled, error) {
	event := "ReserveUsedAsCollateralDisabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolReserveUsedAsCollateralDisabled)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolReserveUsedAsCollateralEnabled represents a ReserveUsedAsCollateralEnabled event raised by the AavePool contract.
type AavePoolReserveUsedAsCollateralEnabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AavePoolReserveUsedAsCollateralEnabledEventName = "ReserveUsedAsCollateralEnabled"

// ContractEventName returns the user-defined event name.
func (AavePoolReserveUsedAsCollateralEnabled) ContractEventName() string {
	return AavePoolReserveUsedAsCollateralEnabledEventName
}

// UnpackReserveUsedAsCollateralEnabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralEnabled(address indexed reserve, address indexed user)
func (aavePool *AavePool) UnpackReserveUsedAsCollateralEnabledEvent(log *types.Log) (*AavePoolReserveUsedAsCollateralEnabled, error) {
	event := "ReserveUsedAsCollateralEnabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolReserveUsedAsCollateralEnabled)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolSupply represents a Supply event raised by the AavePool contract.
type AavePoolSupply struct {
	Reserve      common.Address
	User         common.Address
	OnBehalfOf   common.Address
	Amount       *big.Int
	ReferralCode uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const AavePoolSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (AavePoolSupply) ContractEventName() string {
	return AavePoolSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode)
func (aavePool *AavePool) UnpackSupplyEvent(log *types.Log) (*AavePoolSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolSupply)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolTreasuryUpdated represents a TreasuryUpdated event raised by the AavePool contract.
type AavePoolTreasuryUpdated struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AavePoolTreasuryUpdatedEventName = "TreasuryUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolTreasuryUpdated) ContractEventName() string {
	return AavePoolTreasuryUpdatedEventName
}

// UnpackTreasuryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryUpdated(address indexed treasury)
func (aavePool *AavePool) UnpackTreasuryUpdatedEvent(log *types.Log) (*AavePoolTreasuryUpdated, error) {
	event := "TreasuryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolTreasuryUpdated)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolUserEModeSet represents a UserEModeSet event raised by the AavePool contract.
type AavePoolUserEModeSet struct {
	User       common.Address
	CategoryId uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolUserEModeSetEventName = "UserEModeSet"

// ContractEventName returns the user-defined event name.
func (AavePoolUserEModeSet) ContractEventName() string {
	return AavePoolUserEModeSetEventName
}

// UnpackUserEModeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserEModeSet(address indexed user, uint8 categoryId)
func (aavePool *AavePool) UnpackUserEModeSetEvent(log *types.Log) (*AavePoolUserEModeSet, error) {
	event := "UserEModeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolUserEModeSet)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AavePoolWithdraw represents a Withdraw event raised by the AavePool contract.
type AavePoolWithdraw struct {
	Reserve common.Address
	User    common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AavePoolWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (AavePoolWithdraw) ContractEventName() string {
	return AavePoolWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed reserve, address indexed user, address indexed to, uint256 amount)
func (aavePool *AavePool) UnpackWithdrawEvent(log *types.Log) (*AavePoolWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolWithdraw)
	if len(log.Data) > 0 {
		if err := aavePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aavePool *AavePool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aavePool.abi.Errors["AssetNotListed"].ID.Bytes()[:4]) {
		return aavePool.UnpackAssetNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["BorrowCapExceeded"].ID.Bytes()[:4]) {
		return aavePool.UnpackBorrowCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["BorrowingNotEnabled"].ID.Bytes()[:4]) {
		return aavePool.UnpackBorrowingNotEnabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["CallerNotAToken"].ID.Bytes()[:4]) {
		return aavePool.UnpackCallerNotATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["CallerNotPoolAdmin"].ID.Bytes()[:4]) {
		return aavePool.UnpackCallerNotPoolAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["CollateralCannotBeLiquidated"].ID.Bytes()[:4]) {
		return aavePool.UnpackCollateralCannotBeLiquidatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["CollateralCannotCoverNewBorrow"].ID.Bytes()[:4]) {
		return aavePool.UnpackCollateralCannotCoverNewBorrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["EModeCategoryReserved"].ID.Bytes()[:4]) {
		return aavePool.UnpackEModeCategoryReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["FlashloanDisabled"].ID.Bytes()[:4]) {
		return aavePool.UnpackFlashloanDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["FlashloanPremiumInvalid"].ID.Bytes()[:4]) {
		return aavePool.UnpackFlashloanPremiumInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["HealthFactorLowerThanLiquidationThreshold"].ID.Bytes()[:4]) {
		return aavePool.UnpackHealthFactorLowerThanLiquidationThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["HealthFactorNotBelowThreshold"].ID.Bytes()[:4]) {
		return aavePool.UnpackHealthFactorNotBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["InconsistentEModeCategory"].ID.Bytes()[:4]) {
		return aavePool.UnpackInconsistentEModeCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return aavePool.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["InvalidEmodeCategoryParams"].ID.Bytes()[:4]) {
		return aavePool.UnpackInvalidEmodeCategoryParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["InvalidFlashloanExecutorReturn"].ID.Bytes()[:4]) {
		return aavePool.UnpackInvalidFlashloanExecutorReturnError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["InvalidInterestRateModeSelected"].ID.Bytes()[:4]) {
		return aavePool.UnpackInvalidInterestRateModeSelectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["LtvValidationFailed"].ID.Bytes()[:4]) {
		return aavePool.UnpackLtvValidationFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["MustNotLeaveDust"].ID.Bytes()[:4]) {
		return aavePool.UnpackMustNotLeaveDustError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["NoDebtOfSelectedType"].ID.Bytes()[:4]) {
		return aavePool.UnpackNoDebtOfSelectedTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["NoExplicitAmountToRepayOnBehalf"].ID.Bytes()[:4]) {
		return aavePool.UnpackNoExplicitAmountToRepayOnBehalfError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["NoMoreReservesAllowed"].ID.Bytes()[:4]) {
		return aavePool.UnpackNoMoreReservesAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["NotBorrowableInEMode"].ID.Bytes()[:4]) {
		return aavePool.UnpackNotBorrowableInEModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["NotEnoughAvailableUserBalance"].ID.Bytes()[:4]) {
		return aavePool.UnpackNotEnoughAvailableUserBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["ReserveAlreadyInitialized"].ID.Bytes()[:4]) {
		return aavePool.UnpackReserveAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["ReserveFrozen"].ID.Bytes()[:4]) {
		return aavePool.UnpackReserveFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["ReserveInactive"].ID.Bytes()[:4]) {
		return aavePool.UnpackReserveInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["ReservePaused"].ID.Bytes()[:4]) {
		return aavePool.UnpackReservePausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["SelfLiquidation"].ID.Bytes()[:4]) {
		return aavePool.UnpackSelfLiquidationError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["SpecifiedCurrencyNotBorrowedByUser"].ID.Bytes()[:4]) {
		return aavePool.UnpackSpecifiedCurrencyNotBorrowedByUserError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return aavePool.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["SupplyToAToken"].ID.Bytes()[:4]) {
		return aavePool.UnpackSupplyToATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["UnderlyingBalanceZero"].ID.Bytes()[:4]) {
		return aavePool.UnpackUnderlyingBalanceZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["UserInIsolationModeOrLtvZero"].ID.Bytes()[:4]) {
		return aavePool.UnpackUserInIsolationModeOrLtvZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["WithdrawToAToken"].ID.Bytes()[:4]) {
		return aavePool.UnpackWithdrawToATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aavePool.abi.Errors["ZeroAddressNotValid"].ID.Bytes()[:4]) {
		return aavePool.UnpackZeroAddressNotValidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AavePoolAssetNotListed represents a AssetNotListed error raised by the AavePool contract.
type AavePoolAssetNotListed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotListed()
func AavePoolAssetNotListedErrorID() common.Hash {
	return common.HexToHash("0xb77e1e0fd961542ca6bcecd4d42fe3fa2e9e586f1c9f436d9000c1cfcd839c6e")
}

// UnpackAssetNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotListed()
func (aavePool *AavePool) UnpackAssetNotListedError(raw []byte) (*AavePoolAssetNotListed, error) {
	out := new(AavePoolAssetNotListed)
	if err := aavePool.abi.UnpackIntoInterface(out, "AssetNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolBorrowCapExceeded represents a BorrowCapExceeded error raised by the AavePool contract.
type AavePoolBorrowCapExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowCapExceeded()
func AavePoolBorrowCapExceededErrorID() common.Hash {
	return common.HexToHash("0x77a6a896234d55368cb3e4fe305f2078b74b71a97343032b7eaa2a65a1853694")
}

// UnpackBorrowCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowCapExceeded()
func (aavePool *AavePool) UnpackBorrowCapExceededError(raw []byte) (*AavePoolBorrowCapExceeded, error) {
	out := new(AavePoolBorrowCapExceeded)
	if err := aavePool.abi.UnpackIntoInterface(out, "BorrowCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolBorrowingNotEnabled represents a BorrowingNotEnabled error raised by the AavePool contract.
type AavePoolBorrowingNotEnabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowingNotEnabled()
func AavePoolBorrowingNotEnabledErrorID() common.Hash {
	return common.HexToHash("0x53587745cdacf3ca6f47b324bfe649614aaa76220c3c53c3a266fb8b8444923c")
}

// UnpackBorrowingNotEnabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowingNotEnabled()
func (aavePool *AavePool) UnpackBorrowingNotEnabledError(raw []byte) (*AavePoolBorrowingNotEnabled, error) {
	out := new(AavePoolBorrowingNotEnabled)
	if err := aavePool.abi.UnpackIntoInterface(out, "BorrowingNotEnabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolCallerNotAToken represents a CallerNotAToken error raised by the AavePool contract.
type AavePoolCallerNotAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotAToken()
func AavePoolCallerNotATokenErrorID() common.Hash {
	return common.HexToHash("0x93b9ef1f53e3751d5b5c81fc6eb6d22074ce5bceda998504ca2fa229c96f4193")
}

// UnpackCallerNotATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotAToken()
func (aavePool *AavePool) UnpackCallerNotATokenError(raw []byte) (*AavePoolCallerNotAToken, error) {
	out := new(AavePoolCallerNotAToken)
	if err := aavePool.abi.UnpackIntoInterface(out, "CallerNotAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolCallerNotPoolAdmin represents a CallerNotPoolAdmin error raised by the AavePool contract.
type AavePoolCallerNotPoolAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotPoolAdmin()
func AavePoolCallerNotPoolAdminErrorID() common.Hash {
	return common.HexToHash("0xcdd36a97ec10bfd457da473e0238e65558a550dbd6258e5ad7c845311e63f849")
}

// UnpackCallerNotPoolAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotPoolAdmin()
func (aavePool *AavePool) UnpackCallerNotPoolAdminError(raw []byte) (*AavePoolCallerNotPoolAdmin, error) {
	out := new(AavePoolCallerNotPoolAdmin)
	if err := aavePool.abi.UnpackIntoInterface(out, "CallerNotPoolAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolCollateralCannotBeLiquidated represents a CollateralCannotBeLiquidated error raised by the AavePool contract.
type AavePoolCollateralCannotBeLiquidated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralCannotBeLiquidated()
func AavePoolCollateralCannotBeLiquidatedErrorID() common.Hash {
	return common.HexToHash("0x979b5ce875b9f2ffe91e92bd633fe0cce68702d382b25b777e7ced114857a98f")
}

// UnpackCollateralCannotBeLiquidatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralCannotBeLiquidated()
func (aavePool *AavePool) UnpackCollateralCannotBeLiquidatedError(raw []byte) (*AavePoolCollateralCannotBeLiquidated, error) {
	out := new(AavePoolCollateralCannotBeLiquidated)
	if err := aavePool.abi.UnpackIntoInterface(out, "CollateralCannotBeLiquidated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolCollateralCannotCoverNewBorrow represents a CollateralCannotCoverNewBorrow error raised by the AavePool contract.
type AavePoolCollateralCannotCoverNewBorrow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralCannotCoverNewBorrow()
func AavePoolCollateralCannotCoverNewBorrowErrorID() common.Hash {
	return common.HexToHash("0x911ceb8146e3022e6ef2237a9c73c107dc93f2b11c04466b7943da44640dda32")
}

// UnpackCollateralCannotCoverNewBorrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralCannotCoverNewBorrow()
func (aavePool *AavePool) UnpackCollateralCannotCoverNewBorrowError(raw []byte) (*AavePoolCollateralCannotCoverNewBorrow, error) {
	out := new(AavePoolCollateralCannotCoverNewBorrow)
	if err := aavePool.abi.UnpackIntoInterface(out, "CollateralCannotCoverNewBorrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolEModeCategoryReserved represents a EModeCategoryReserved error raised by the AavePool contract.
type AavePoolEModeCategoryReserved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EModeCategoryReserved()
func AavePoolEModeCategoryReservedErrorID() common.Hash {
	return common.HexToHash("0x92842113457f4e6c47e10ab181cb3224735934ae27b181e008bb6729e37a0b39")
}

// UnpackEModeCategoryReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EModeCategoryReserved()
func (aavePool *AavePool) UnpackEModeCategoryReservedError(raw []byte) (*AavePoolEModeCategoryReserved, error) {
	out := new(AavePoolEModeCategoryReserved)
	if err := aavePool.abi.UnpackIntoInterface(out, "EModeCategoryReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolFlashloanDisabled represents a FlashloanDisabled error raised by the AavePool contract.
type AavePoolFlashloanDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FlashloanDisabled()
func AavePoolFlashloanDisabledErrorID() common.Hash {
	return common.HexToHash("0x580f2f14a6fd18784a0cd7cf94afbfb6be26b520090f5c2e52b20d5e318b64e5")
}

// UnpackFlashloanDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FlashloanDisabled()
func (aavePool *AavePool) UnpackFlashloanDisabledError(raw []byte) (*AavePoolFlashloanDisabled, error) {
	out := new(AavePoolFlashloanDisabled)
	if err := aavePool.abi.UnpackIntoInterface(out, "FlashloanDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolFlashloanPremiumInvalid represents a FlashloanPremiumInvalid error raised by the AavePool contract.
type AavePoolFlashloanPremiumInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FlashloanPremiumInvalid()
func AavePoolFlashloanPremiumInvalidErrorID() common.Hash {
	return common.HexToHash("0x742d1c727b9cb20581c647c9d9544362a09b856afd592202e5dbf1e226e7fbe9")
}

// UnpackFlashloanPremiumInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FlashloanPremiumInvalid()
func (aavePool *AavePool) UnpackFlashloanPremiumInvalidError(raw []byte) (*AavePoolFlashloanPremiumInvalid, error) {
	out := new(AavePoolFlashloanPremiumInvalid)
	if err := aavePool.abi.UnpackIntoInterface(out, "FlashloanPremiumInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolHealthFactorLowerThanLiquidationThreshold represents a HealthFactorLowerThanLiquidationThreshold error raised by the AavePool contract.
type AavePoolHealthFactorLowerThanLiquidationThreshold struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HealthFactorLowerThanLiquidationThreshold()
func AavePoolHealthFactorLowerThanLiquidationThresholdErrorID() common.Hash {
	return common.HexToHash("0x6679996d18976125903631650f841740e173c8252db27c6b9089aac8cf72f53d")
}

// UnpackHealthFactorLowerThanLiquidationThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HealthFactorLowerThanLiquidationThreshold()
func (aavePool *AavePool) UnpackHealthFactorLowerThanLiquidationThresholdError(raw []byte) (*AavePoolHealthFactorLowerThanLiquidationThreshold, error) {
	out := new(AavePoolHealthFactorLowerThanLiquidationThreshold)
	if err := aavePool.abi.UnpackIntoInterface(out, "HealthFactorLowerThanLiquidationThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolHealthFactorNotBelowThreshold represents a HealthFactorNotBelowThreshold error raised by the AavePool contract.
type AavePoolHealthFactorNotBelowThreshold struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HealthFactorNotBelowThreshold()
func AavePoolHealthFactorNotBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x930bb7718d390e0d09a3c3d4b87af89aa10339fc3fa6291c1edb5c97df11e142")
}

// UnpackHealthFactorNotBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HealthFactorNotBelowThreshold()
func (aavePool *AavePool) UnpackHealthFactorNotBelowThresholdError(raw []byte) (*AavePoolHealthFactorNotBelowThreshold, error) {
	out := new(AavePoolHealthFactorNotBelowThreshold)
	if err := aavePool.abi.UnpackIntoInterface(out, "HealthFactorNotBelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolInconsistentEModeCategory represents a InconsistentEModeCategory error raised by the AavePool contract.
type AavePoolInconsistentEModeCategory struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentEModeCategory()
func AavePoolInconsistentEModeCategoryErrorID() common.Hash {
	return common.HexToHash("0xc1d888720b021e46482fe60e7b9048d1c6f0c8b2a7dbfe2a7d1fed2ae75aac57")
}

// UnpackInconsistentEModeCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentEModeCategory()
func (aavePool *AavePool) UnpackInconsistentEModeCategoryError(raw []byte) (*AavePoolInconsistentEModeCategory, error) {
	out := new(AavePoolInconsistentEModeCategory)
	if err := aavePool.abi.UnpackIntoInterface(out, "InconsistentEModeCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolInvalidAmount represents a InvalidAmount error raised by the AavePool contract.
type AavePoolInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AavePoolInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (aavePool *AavePool) UnpackInvalidAmountError(raw []byte) (*AavePoolInvalidAmount, error) {
	out := new(AavePoolInvalidAmount)
	if err := aavePool.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolInvalidEmodeCategoryParams represents a InvalidEmodeCategoryParams error raised by the AavePool contract.
type AavePoolInvalidEmodeCategoryParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEmodeCategoryParams()
func AavePoolInvalidEmodeCategoryParamsErrorID() common.Hash {
	return common.HexToHash("0xec1dd8d566c0a476c5ec36285bfdbdeb22502d595a820e63d73934cc3e04b911")
}

// UnpackInvalidEmodeCategoryParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEmodeCategoryParams()
func (aavePool *AavePool) UnpackInvalidEmodeCategoryParamsError(raw []byte) (*AavePoolInvalidEmodeCategoryParams, error) {
	out := new(AavePoolInvalidEmodeCategoryParams)
	if err := aavePool.abi.UnpackIntoInterface(out, "InvalidEmodeCategoryParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolInvalidFlashloanExecutorReturn represents a InvalidFlashloanExecutorReturn error raised by the AavePool contract.
type AavePoolInvalidFlashloanExecutorReturn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFlashloanExecutorReturn()
func AavePoolInvalidFlashloanExecutorReturnErrorID() common.Hash {
	return common.HexToHash("0xfb37391e8f2df1a3f7ba5512dcd87fb66395cb00c5c4a40e11b8438e46367561")
}

// UnpackInvalidFlashloanExecutorReturnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFlashloanExecutorReturn()
func (aavePool *AavePool) UnpackInvalidFlashloanExecutorReturnError(raw []byte) (*AavePoolInvalidFlashloanExecutorReturn, error) {
	out := new(AavePoolInvalidFlashloanExecutorReturn)
	if err := aavePool.abi.UnpackIntoInterface(out, "InvalidFlashloanExecutorReturn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolInvalidInterestRateModeSelected represents a InvalidInterestRateModeSelected error raised by the AavePool contract.
type AavePoolInvalidInterestRateModeSelected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInterestRateModeSelected()
func AavePoolInvalidInterestRateModeSelectedErrorID() common.Hash {
	return common.HexToHash("0x17c5a78ee97f0a09954af64c10ca6e62f103d147d481ec5db64d646656c6458a")
}

// UnpackInvalidInterestRateModeSelectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInterestRateModeSelected()
func (aavePool *AavePool) UnpackInvalidInterestRateModeSelectedError(raw []byte) (*AavePoolInvalidInterestRateModeSelected, error) {
	out := new(AavePoolInvalidInterestRateModeSelected)
	if err := aavePool.abi.UnpackIntoInterface(out, "InvalidInterestRateModeSelected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolLtvValidationFailed represents a LtvValidationFailed error raised by the AavePool contract.
type AavePoolLtvValidationFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LtvValidationFailed()
func AavePoolLtvValidationFailedErrorID() common.Hash {
	return common.HexToHash("0x5b263df79b09bd10ef46d079046d3129589eb278c03b79023b4eb6aa73901264")
}

// UnpackLtvValidationFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LtvValidationFailed()
func (aavePool *AavePool) UnpackLtvValidationFailedError(raw []byte) (*AavePoolLtvValidationFailed, error) {
	out := new(AavePoolLtvValidationFailed)
	if err := aavePool.abi.UnpackIntoInterface(out, "LtvValidationFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolMustNotLeaveDust represents a MustNotLeaveDust error raised by the AavePool contract.
type AavePoolMustNotLeaveDust struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MustNotLeaveDust()
func AavePoolMustNotLeaveDustErrorID() common.Hash {
	return common.HexToHash("0xb629b0e43fc54a88b4247c6fdadc7ffb811ad8a2b39e4f428f4913c97cfdec9a")
}

// UnpackMustNotLeaveDustError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MustNotLeaveDust()
func (aavePool *AavePool) UnpackMustNotLeaveDustError(raw []byte) (*AavePoolMustNotLeaveDust, error) {
	out := new(AavePoolMustNotLeaveDust)
	if err := aavePool.abi.UnpackIntoInterface(out, "MustNotLeaveDust", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolNoDebtOfSelectedType represents a NoDebtOfSelectedType error raised by the AavePool contract.
type AavePoolNoDebtOfSelectedType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDebtOfSelectedType()
func AavePoolNoDebtOfSelectedTypeErrorID() common.Hash {
	return common.HexToHash("0xf0788fb2a9871fdcef10c907ffdd3de1f8ef663e2ceaaff99b8709181e8afa03")
}

// UnpackNoDebtOfSelectedTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDebtOfSelectedType()
func (aavePool *AavePool) UnpackNoDebtOfSelectedTypeError(raw []byte) (*AavePoolNoDebtOfSelectedType, error) {
	out := new(AavePoolNoDebtOfSelectedType)
	if err := aavePool.abi.UnpackIntoInterface(out, "NoDebtOfSelectedType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolNoExplicitAmountToRepayOnBehalf represents a NoExplicitAmountToRepayOnBehalf error raised by the AavePool contract.
type AavePoolNoExplicitAmountToRepayOnBehalf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoExplicitAmountToRepayOnBehalf()
func AavePoolNoExplicitAmountToRepayOnBehalfErrorID() common.Hash {
	return common.HexToHash("0xcd3779c3af854cbf09a8558021da36274240ce6209c218427f0e2523e5e1de9e")
}

// UnpackNoExplicitAmountToRepayOnBehalfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoExplicitAmountToRepayOnBehalf()
func (aavePool *AavePool) UnpackNoExplicitAmountToRepayOnBehalfError(raw []byte) (*AavePoolNoExplicitAmountToRepayOnBehalf, error) {
	out := new(AavePoolNoExplicitAmountToRepayOnBehalf)
	if err := aavePool.abi.UnpackIntoInterface(out, "NoExplicitAmountToRepayOnBehalf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolNoMoreReservesAllowed represents a NoMoreReservesAllowed error raised by the AavePool contract.
type AavePoolNoMoreReservesAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMoreReservesAllowed()
func AavePoolNoMoreReservesAllowedErrorID() common.Hash {
	return common.HexToHash("0x923a946681e165d2ba750ce5d0f6bc6d30e25be6e1f8f58d8b21f5a95a0f4a6f")
}

// UnpackNoMoreReservesAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMoreReservesAllowed()
func (aavePool *AavePool) UnpackNoMoreReservesAllowedError(raw []byte) (*AavePoolNoMoreReservesAllowed, error) {
	out := new(AavePoolNoMoreReservesAllowed)
	if err := aavePool.abi.UnpackIntoInterface(out, "NoMoreReservesAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolNotBorrowableInEMode represents a NotBorrowableInEMode error raised by the AavePool contract.
type AavePoolNotBorrowableInEMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBorrowableInEMode()
func AavePoolNotBorrowableInEModeErrorID() common.Hash {
	return common.HexToHash("0x57db5bbaf24e8c18a46411a8c9a9900cd0ece383ec9615ac37bee1ee634231cb")
}

// UnpackNotBorrowableInEModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBorrowableInEMode()
func (aavePool *AavePool) UnpackNotBorrowableInEModeError(raw []byte) (*AavePoolNotBorrowableInEMode, error) {
	out := new(AavePoolNotBorrowableInEMode)
	if err := aavePool.abi.UnpackIntoInterface(out, "NotBorrowableInEMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolNotEnoughAvailableUserBalance represents a NotEnoughAvailableUserBalance error raised by the AavePool contract.
type AavePoolNotEnoughAvailableUserBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughAvailableUserBalance()
func AavePoolNotEnoughAvailableUserBalanceErrorID() common.Hash {
	return common.HexToHash("0x47bc4b2ced16a5b041e5505d80d8b79852f727702ee25eec90c5f1f6d4f704d5")
}

// UnpackNotEnoughAvailableUserBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughAvailableUserBalance()
func (aavePool *AavePool) UnpackNotEnoughAvailableUserBalanceError(raw []byte) (*AavePoolNotEnoughAvailableUserBalance, error) {
	out := new(AavePoolNotEnoughAvailableUserBalance)
	if err := aavePool.abi.UnpackIntoInterface(out, "NotEnoughAvailableUserBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolReserveAlreadyInitialized represents a ReserveAlreadyInitialized error raised by the AavePool contract.
type AavePoolReserveAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveAlreadyInitialized()
func AavePoolReserveAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0xd71b1fd1fb094b3fe7af3e85f3f1d9fec63f2be42540c0118c1e45ad0714df4d")
}

// UnpackReserveAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveAlreadyInitialized()
func (aavePool *AavePool) UnpackReserveAlreadyInitializedError(raw []byte) (*AavePoolReserveAlreadyInitialized, error) {
	out := new(AavePoolReserveAlreadyInitialized)
	if err := aavePool.abi.UnpackIntoInterface(out, "ReserveAlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolReserveFrozen represents a ReserveFrozen error raised by the AavePool contract.
type AavePoolReserveFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveFrozen()
func AavePoolReserveFrozenErrorID() common.Hash {
	return common.HexToHash("0x6d305815876e38d7fbfc11c2052825886f621b3a73ed3fdb74c471b79bc65e67")
}

// UnpackReserveFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveFrozen()
func (aavePool *AavePool) UnpackReserveFrozenError(raw []byte) (*AavePoolReserveFrozen, error) {
	out := new(AavePoolReserveFrozen)
	if err := aavePool.abi.UnpackIntoInterface(out, "ReserveFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolReserveInactive represents a ReserveInactive error raised by the AavePool contract.
type AavePoolReserveInactive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveInactive()
func AavePoolReserveInactiveErrorID() common.Hash {
	return common.HexToHash("0x90cd6f24e73bef21dae43b9fd1edd6d4226f379cf8b33c9fd6c9b1117cfbaa07")
}

// UnpackReserveInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveInactive()
func (aavePool *AavePool) UnpackReserveInactiveError(raw []byte) (*AavePoolReserveInactive, error) {
	out := new(AavePoolReserveInactive)
	if err := aavePool.abi.UnpackIntoInterface(out, "ReserveInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolReservePaused represents a ReservePaused error raised by the AavePool contract.
type AavePoolReservePaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservePaused()
func AavePoolReservePausedErrorID() common.Hash {
	return common.HexToHash("0xd37f5f1c9af5726abb826b69095bc9d46fc180142e5c70f99be2870d10fe8fde")
}

// UnpackReservePausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservePaused()
func (aavePool *AavePool) UnpackReservePausedError(raw []byte) (*AavePoolReservePaused, error) {
	out := new(AavePoolReservePaused)
	if err := aavePool.abi.UnpackIntoInterface(out, "ReservePaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolSelfLiquidation represents a SelfLiquidation error raised by the AavePool contract.
type AavePoolSelfLiquidation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfLiquidation()
func AavePoolSelfLiquidationErrorID() common.Hash {
	return common.HexToHash("0x44511af16e5b4dc9b7f92632866e8ab81e7a5083fea3d443181b4855f0d9c12c")
}

// UnpackSelfLiquidationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfLiquidation()
func (aavePool *AavePool) UnpackSelfLiquidationError(raw []byte) (*AavePoolSelfLiquidation, error) {
	out := new(AavePoolSelfLiquidation)
	if err := aavePool.abi.UnpackIntoInterface(out, "SelfLiquidation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolSpecifiedCurrencyNotBorrowedByUser represents a SpecifiedCurrencyNotBorrowedByUser error raised by the AavePool contract.
type AavePoolSpecifiedCurrencyNotBorrowedByUser struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpecifiedCurrencyNotBorrowedByUser()
func AavePoolSpecifiedCurrencyNotBorrowedByUserErrorID() common.Hash {
	return common.HexToHash("0x3653732b6f7c3e1867c27acf046b463ff70101a7a0afbd9fa293b6f70dff4cb7")
}

// UnpackSpecifiedCurrencyNotBorrowedByUserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpecifiedCurrencyNotBorrowedByUser()
func (aavePool *AavePool) UnpackSpecifiedCurrencyNotBorrowedByUserError(raw []byte) (*AavePoolSpecifiedCurrencyNotBorrowedByUser, error) {
	out := new(AavePoolSpecifiedCurrencyNotBorrowedByUser)
	if err := aavePool.abi.UnpackIntoInterface(out, "SpecifiedCurrencyNotBorrowedByUser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolSupplyCapExceeded represents a SupplyCapExceeded error raised by the AavePool contract.
type AavePoolSupplyCapExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded()
func AavePoolSupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0xf58f733a35221e7eb2306c3797a4027971632d126b141d16a9d40c700263a9d6")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded()
func (aavePool *AavePool) UnpackSupplyCapExceededError(raw []byte) (*AavePoolSupplyCapExceeded, error) {
	out := new(AavePoolSupplyCapExceeded)
	if err := aavePool.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolSupplyToAToken represents a SupplyToAToken error raised by the AavePool contract.
type AavePoolSupplyToAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyToAToken()
func AavePoolSupplyToATokenErrorID() common.Hash {
	return common.HexToHash("0x18d2badf1286f4debf30fff3d3ee8ed33542d4a396f8f2b9289a58ca01c634cb")
}

// UnpackSupplyToATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyToAToken()
func (aavePool *AavePool) UnpackSupplyToATokenError(raw []byte) (*AavePoolSupplyToAToken, error) {
	out := new(AavePoolSupplyToAToken)
	if err := aavePool.abi.UnpackIntoInterface(out, "SupplyToAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolUnderlyingBalanceZero represents a UnderlyingBalanceZero error raised by the AavePool contract.
type AavePoolUnderlyingBalanceZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnderlyingBalanceZero()
func AavePoolUnderlyingBalanceZeroErrorID() common.Hash {
	return common.HexToHash("0x5fe10377fc60486971264ac8016cb9782a4fc354e77bf3d082c274fb9a3f891b")
}

// UnpackUnderlyingBalanceZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnderlyingBalanceZero()
func (aavePool *AavePool) UnpackUnderlyingBalanceZeroError(raw []byte) (*AavePoolUnderlyingBalanceZero, error) {
	out := new(AavePoolUnderlyingBalanceZero)
	if err := aavePool.abi.UnpackIntoInterface(out, "UnderlyingBalanceZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolUserInIsolationModeOrLtvZero represents a UserInIsolationModeOrLtvZero error raised by the AavePool contract.
type AavePoolUserInIsolationModeOrLtvZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UserInIsolationModeOrLtvZero()
func AavePoolUserInIsolationModeOrLtvZeroErrorID() common.Hash {
	return common.HexToHash("0x0cafc072f1683e327b074a0cdd1f29c2570e6ec6b44f670d44662c3d4f1efad6")
}

// UnpackUserInIsolationModeOrLtvZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UserInIsolationModeOrLtvZero()
func (aavePool *AavePool) UnpackUserInIsolationModeOrLtvZeroError(raw []byte) (*AavePoolUserInIsolationModeOrLtvZero, error) {
	out := new(AavePoolUserInIsolationModeOrLtvZero)
	if err := aavePool.abi.UnpackIntoInterface(out, "UserInIsolationModeOrLtvZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolWithdrawToAToken represents a WithdrawToAToken error raised by the AavePool contract.
type AavePoolWithdrawToAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawToAToken()
func AavePoolWithdrawToATokenErrorID() common.Hash {
	return common.HexToHash("0xdbc4273cd402b57d3d977e5cf72548f25f75054c7b6d9a223fd40b1f9445d892")
}

// UnpackWithdrawToATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawToAToken()
func (aavePool *AavePool) UnpackWithdrawToATokenError(raw []byte) (*AavePoolWithdrawToAToken, error) {
	out := new(AavePoolWithdrawToAToken)
	if err := aavePool.abi.UnpackIntoInterface(out, "WithdrawToAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AavePoolZeroAddressNotValid represents a ZeroAddressNotValid error raised by the AavePool contract.
type AavePoolZeroAddressNotValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddressNotValid()
func AavePoolZeroAddressNotValidErrorID() common.Hash {
	return common.HexToHash("0x3bf95ba7e7077274f21516f9ff4505186253dcadb515c31a627c8c44e5ab719d")
}

// UnpackZeroAddressNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddressNotValid()
func (aavePool *AavePool) UnpackZeroAddressNotValidError(raw []byte) (*AavePoolZeroAddressNotValid, error) {
	out := new(AavePoolZeroAddressNotValid)
	if err := aavePool.abi.UnpackIntoInterface(out, "ZeroAddressNotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}
