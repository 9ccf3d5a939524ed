// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Data structures of the Aave v3.5 Pool ABI (same field order and types,
/// so tuple encodings and selectors match).
library AaveTypes {
    struct ReserveConfigurationMap {
        uint256 data;
    }

    struct UserConfigurationMap {
        uint256 data;
    }

    struct CollateralConfig {
        uint16 ltv;
        uint16 liquidationThreshold;
        uint16 liquidationBonus;
    }

    /// @dev The struct returned by getReserveData since v3.2.
    struct ReserveDataLegacy {
        ReserveConfigurationMap configuration;
        uint128 liquidityIndex;
        uint128 currentLiquidityRate;
        uint128 variableBorrowIndex;
        uint128 currentVariableBorrowRate;
        uint128 currentStableBorrowRate;
        uint40 lastUpdateTimestamp;
        uint16 id;
        address aTokenAddress;
        address stableDebtTokenAddress;
        address variableDebtTokenAddress;
        address interestRateStrategyAddress;
        uint128 accruedToTreasury;
        uint128 unbacked;
        uint128 isolationModeTotalDebt;
    }

    /// @dev Input of IReserveInterestRateStrategy.calculateInterestRates (v3.2+ layout).
    struct CalculateInterestRatesParams {
        uint256 unbacked;
        uint256 liquidityAdded;
        uint256 liquidityTaken;
        uint256 totalDebt;
        uint256 reserveFactor;
        address reserve;
        bool usingVirtualBalance;
        uint256 virtualUnderlyingBalance;
    }
}

/// @notice The Pool events, with the exact Aave v3 signatures.
interface IAavePoolEvents {
    event Supply(
        address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode
    );
    event Withdraw(address indexed reserve, address indexed user, address indexed to, uint256 amount);
    event Borrow(
        address indexed reserve,
        address user,
        address indexed onBehalfOf,
        uint256 amount,
        uint8 interestRateMode,
        uint256 borrowRate,
        uint16 indexed referralCode
    );
    event Repay(address indexed reserve, address indexed user, address indexed repayer, uint256 amount, bool useATokens);
    event LiquidationCall(
        address indexed collateralAsset,
        address indexed debtAsset,
        address indexed user,
        uint256 debtToCover,
        uint256 liquidatedCollateralAmount,
        address liquidator,
        bool receiveAToken
    );
    event ReserveUsedAsCollateralEnabled(address indexed reserve, address indexed user);
    event ReserveUsedAsCollateralDisabled(address indexed reserve, address indexed user);
    event UserEModeSet(address indexed user, uint8 categoryId);
    event ReserveDataUpdated(
        address indexed reserve,
        uint256 liquidityRate,
        uint256 stableBorrowRate,
        uint256 variableBorrowRate,
        uint256 liquidityIndex,
        uint256 variableBorrowIndex
    );
    event DeficitCreated(address indexed user, address indexed debtAsset, uint256 amountCreated);
    event FlashLoan(
        address indexed target,
        address initiator,
        address indexed asset,
        uint256 amount,
        uint8 interestRateMode,
        uint256 premium,
        uint16 indexed referralCode
    );
    event MintedToTreasury(address indexed reserve, uint256 amountMinted);
}

/// @notice Custom errors, named as in Aave v3.4+ `Errors`.
interface IAavePoolErrors {
    error CallerNotPoolAdmin();
    error CallerNotAToken();
    error ZeroAddressNotValid();
    error ReserveAlreadyInitialized();
    error AssetNotListed();
    error NoMoreReservesAllowed();
    error InvalidAmount();
    error ReserveInactive();
    error ReservePaused();
    error ReserveFrozen();
    error SupplyToAToken();
    error SupplyCapExceeded();
    error WithdrawToAToken();
    error NotEnoughAvailableUserBalance();
    error BorrowingNotEnabled();
    error InvalidInterestRateModeSelected();
    error BorrowCapExceeded();
    error NotBorrowableInEMode();
    error LtvValidationFailed();
    error HealthFactorLowerThanLiquidationThreshold();
    error CollateralCannotCoverNewBorrow();
    error NoExplicitAmountToRepayOnBehalf();
    error NoDebtOfSelectedType();
    error UnderlyingBalanceZero();
    error UserInIsolationModeOrLtvZero();
    error FlashloanDisabled();
    error InvalidFlashloanExecutorReturn();
    error FlashloanPremiumInvalid();
    error SelfLiquidation();
    error HealthFactorNotBelowThreshold();
    error CollateralCannotBeLiquidated();
    error SpecifiedCurrencyNotBorrowedByUser();
    error MustNotLeaveDust();
    error InconsistentEModeCategory();
    error InvalidEmodeCategoryParams();
    error EModeCategoryReserved();
}

/// @notice What the tokens need from the Pool.
interface IAavePoolForTokens {
    function getReserveNormalizedIncome(address asset) external view returns (uint256);
    function getReserveNormalizedVariableDebt(address asset) external view returns (uint256);
    function finalizeTransfer(
        address asset,
        address from,
        address to,
        uint256 scaledAmount,
        uint256 scaledBalanceFromBefore,
        uint256 scaledBalanceToBefore
    ) external;
    function treasury() external view returns (address);
}

interface IAaveAToken {
    function mint(address caller, address onBehalfOf, uint256 scaledAmount, uint256 index) external returns (bool);
    function burn(address from, address receiverOfUnderlying, uint256 amount, uint256 scaledAmount, uint256 index)
        external
        returns (bool);
    function mintToTreasury(uint256 scaledAmount, uint256 index) external;
    function transferOnLiquidation(address from, address to, uint256 amount, uint256 scaledAmount, uint256 index)
        external;
    function transferUnderlyingTo(address target, uint256 amount) external;
    function scaledBalanceOf(address user) external view returns (uint256);
    function scaledTotalSupply() external view returns (uint256);
    function totalSupply() external view returns (uint256);
    function UNDERLYING_ASSET_ADDRESS() external view returns (address);
    function RESERVE_TREASURY_ADDRESS() external view returns (address);
}

interface IAaveVariableDebtToken {
    function mint(address user, address onBehalfOf, uint256 amount, uint256 scaledAmount, uint256 index)
        external
        returns (uint256);
    function burn(address from, uint256 scaledAmount, uint256 index) external returns (bool, uint256);
    function scaledBalanceOf(address user) external view returns (uint256);
    function scaledTotalSupply() external view returns (uint256);
    function UNDERLYING_ASSET_ADDRESS() external view returns (address);
}

interface IAaveRateStrategy {
    function calculateInterestRates(AaveTypes.CalculateInterestRatesParams memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 variableBorrowRate);
}

interface IAavePriceOracleGetter {
    function getAssetPrice(address asset) external view returns (uint256);
}

interface IAaveAddressesProvider {
    function getPool() external view returns (address);
    function getPriceOracle() external view returns (address);
    function getPoolDataProvider() external view returns (address);
}

/// @notice The flashLoanSimple receiver callback.
interface IAaveFlashLoanSimpleReceiver {
    function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes calldata params)
        external
        returns (bool);
}

/// @notice The Chainlink reads AaveOracle and CapoAdapter make.
interface IAaveAggregator {
    function latestAnswer() external view returns (int256);
    function decimals() external view returns (uint8);
}
