// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveConfig} from "./AaveConfig.sol";
import {
    AaveTypes,
    IAavePoolEvents,
    IAavePoolErrors,
    IAaveAToken,
    IAaveVariableDebtToken,
    IAaveRateStrategy,
    IAavePriceOracleGetter,
    IAaveAddressesProvider
} from "../interfaces/IAavePool.sol";

/// @title AavePoolBase
/// @notice Storage and shared internals of the Aave v3.5-style pool: reserve
/// state updates, rate updates, account data and the health checks. Both
/// AavePool and the liquidation module (run by delegatecall) inherit it, so
/// they share one storage layout. Neither may declare further storage.
abstract contract AavePoolBase is IAavePoolEvents, IAavePoolErrors {
    using AaveMath for uint256;
    using AaveConfig for uint256;

    struct Reserve {
        uint256 configuration;
        uint128 liquidityIndex;
        uint128 currentLiquidityRate;
        uint128 variableBorrowIndex;
        uint128 currentVariableBorrowRate;
        uint128 accruedToTreasury;
        uint128 virtualUnderlyingBalance;
        uint128 deficit;
        uint40 lastUpdateTimestamp;
        uint16 id;
        address aToken;
        address debtToken;
        address rateStrategy;
    }

    struct EModeCategory {
        uint16 ltv;
        uint16 liquidationThreshold;
        uint16 liquidationBonus;
        uint128 collateralBitmap;
        uint128 borrowableBitmap;
        string label;
    }

    /// @dev A reserve's state after updateState (indexes are the "next" ones).
    struct Cache {
        uint256 config;
        uint256 liquidityIndex;
        uint256 variableBorrowIndex;
        uint256 liquidityRate;
        uint256 variableBorrowRate;
        uint40 lastUpdate;
        address aToken;
        address debtToken;
    }

    struct AccountData {
        uint256 totalCollateral;
        uint256 totalDebt;
        uint256 avgLtv;
        uint256 avgLiquidationThreshold;
        uint256 healthFactor;
        bool hasZeroLtvCollateral;
    }

    uint256 internal constant HEALTH_FACTOR_LIQUIDATION_THRESHOLD = 1e18;
    uint256 internal constant MAX_RESERVES = 128;

    IAaveAddressesProvider internal immutable _provider;

    mapping(address => Reserve) internal _reserves;
    mapping(uint256 => address) internal _reservesList;
    uint16 internal _reservesCount;
    mapping(address => uint256) internal _usersConfig;
    mapping(address => uint8) internal _usersEMode;
    mapping(uint8 => EModeCategory) internal _eModeCategories;
    uint128 internal _flashLoanPremium;
    address internal _treasury;
    address internal _owner;

    constructor(address provider) {
        _provider = IAaveAddressesProvider(provider);
    }

    // ------------------------------------------------------------- reserve

    function _load(Reserve storage r) internal view returns (Cache memory c) {
        c.config = r.configuration;
        c.liquidityIndex = r.liquidityIndex;
        c.variableBorrowIndex = r.variableBorrowIndex;
        c.liquidityRate = r.currentLiquidityRate;
        c.variableBorrowRate = r.currentVariableBorrowRate;
        c.lastUpdate = r.lastUpdateTimestamp;
        c.aToken = r.aToken;
        c.debtToken = r.debtToken;
    }

    /// @dev ReserveLogic.updateState: at most once per block, linear income,
    /// compounded debt (only when there is debt), then the treasury share.
    function _updateState(Reserve storage r) internal returns (Cache memory c) {
        if (r.aToken == address(0)) revert AssetNotListed();
        c = _load(r);
        if (c.lastUpdate == uint40(block.timestamp)) return c;

        uint256 prevVarIndex = c.variableBorrowIndex;
        if (c.liquidityRate != 0) {
            c.liquidityIndex = AaveMath.linearInterest(c.liquidityRate, c.lastUpdate).rayMul(c.liquidityIndex);
            r.liquidityIndex = uint128(c.liquidityIndex);
        }
        uint256 scaledDebt = IAaveVariableDebtToken(c.debtToken).scaledTotalSupply();
        if (scaledDebt != 0) {
            c.variableBorrowIndex =
                AaveMath.compoundedInterest(c.variableBorrowRate, c.lastUpdate).rayMul(c.variableBorrowIndex);
            r.variableBorrowIndex = uint128(c.variableBorrowIndex);
        }

        uint256 rf = c.config.reserveFactor();
        if (rf != 0) {
            uint256 accrued = scaledDebt.rayMulFloor(c.variableBorrowIndex - prevVarIndex);
            uint256 toMint = accrued.percentMul(rf);
            if (toMint != 0) {
                r.accruedToTreasury += uint128(toMint.rayDivFloor(c.liquidityIndex));
            }
        }

        r.lastUpdateTimestamp = uint40(block.timestamp);
        c.lastUpdate = uint40(block.timestamp);
    }

    /// @dev ReserveLogic.updateInterestRatesAndVirtualBalance. The strategy
    /// sees the virtual balance from before this action; the debt is the live
    /// scaled debt supply, so call it after any debt mint or burn.
    function _updateRates(address asset, Reserve storage r, Cache memory c, uint256 added, uint256 taken) internal {
        uint256 totalDebt = IAaveVariableDebtToken(c.debtToken).scaledTotalSupply().rayMulCeil(c.variableBorrowIndex);
        uint256 vub = r.virtualUnderlyingBalance;
        (uint256 liquidityRate, uint256 variableRate) = IAaveRateStrategy(r.rateStrategy).calculateInterestRates(
            AaveTypes.CalculateInterestRatesParams({
                unbacked: r.deficit,
                liquidityAdded: added,
                liquidityTaken: taken,
                totalDebt: totalDebt,
                reserveFactor: c.config.reserveFactor(),
                reserve: asset,
                usingVirtualBalance: true,
                virtualUnderlyingBalance: vub
            })
        );
        r.currentLiquidityRate = uint128(liquidityRate);
        r.currentVariableBorrowRate = uint128(variableRate);
        r.virtualUnderlyingBalance = uint128(vub + added - taken);
        emit ReserveDataUpdated(asset, liquidityRate, 0, variableRate, c.liquidityIndex, c.variableBorrowIndex);
    }

    function _normalizedIncome(Reserve storage r) internal view returns (uint256) {
        uint40 ts = r.lastUpdateTimestamp;
        if (ts == uint40(block.timestamp)) return r.liquidityIndex;
        return AaveMath.linearInterest(r.currentLiquidityRate, ts).rayMul(r.liquidityIndex);
    }

    function _normalizedDebt(Reserve storage r) internal view returns (uint256) {
        uint40 ts = r.lastUpdateTimestamp;
        if (ts == uint40(block.timestamp)) return r.variableBorrowIndex;
        return AaveMath.compoundedInterest(r.currentVariableBorrowRate, ts).rayMul(r.variableBorrowIndex);
    }

    // ---------------------------------------------------------------- user

    function _oracle() internal view returns (address) {
        return _provider.getPriceOracle();
    }

    function _setCollateral(address user, address asset, uint256 id, bool on) internal {
        _usersConfig[user] = _usersConfig[user].setCollateral(id, on);
        if (on) emit ReserveUsedAsCollateralEnabled(asset, user);
        else emit ReserveUsedAsCollateralDisabled(asset, user);
    }

    /// @dev GenericLogic.calculateUserAccountData (v3.5 rounding: collateral
    /// floor, debt ceil, HF = floor(wadDiv(sum(value * LT), debt) / 1e4)).
    function _accountData(address user, uint8 eMode, address oracle) internal view returns (AccountData memory a) {
        uint256 userConfig = _usersConfig[user];
        if (userConfig == 0) {
            a.healthFactor = type(uint256).max;
            return a;
        }
        EModeCategory storage cat = _eModeCategories[eMode];
        uint256 eLtv = cat.ltv;
        uint256 eLt = cat.liquidationThreshold;
        uint128 eBitmap = eMode != 0 ? cat.collateralBitmap : 0;

        uint256 ltvSum;
        uint256 ltSum;
        for (uint256 i; userConfig != 0; ++i) {
            bool borrowed = userConfig & 1 != 0;
            bool collateral = userConfig & 2 != 0;
            userConfig >>= 2;
            if (!borrowed && !collateral) continue;
            address asset = _reservesList[i];
            if (asset == address(0)) continue;
            Reserve storage r = _reserves[asset];
            uint256 config = r.configuration;
            uint256 unit = 10 ** config.decimals();
            uint256 price = IAavePriceOracleGetter(oracle).getAssetPrice(asset);

            uint256 lt = config.liquidationThreshold();
            if (lt != 0 && collateral) {
                uint256 value = (IAaveAToken(r.aToken).scaledBalanceOf(user).aBalance(_normalizedIncome(r)) * price)
                    / unit;
                a.totalCollateral += value;
                bool inEMode = AaveConfig.bitmapHas(eBitmap, i);
                uint256 ltv = config.ltv();
                if (ltv != 0) ltvSum += value * (inEMode ? eLtv : ltv);
                else a.hasZeroLtvCollateral = true;
                ltSum += value * (inEMode ? eLt : lt);
            }
            if (borrowed) {
                uint256 debt = IAaveVariableDebtToken(r.debtToken).scaledBalanceOf(user).vBalance(_normalizedDebt(r));
                a.totalDebt += AaveMath.mulDivCeil(debt, price, unit);
            }
        }

        a.healthFactor = a.totalDebt == 0 ? type(uint256).max : ltSum.wadDiv(a.totalDebt) / AaveMath.PERCENTAGE_FACTOR;
        if (a.totalCollateral != 0) {
            a.avgLtv = ltvSum / a.totalCollateral;
            a.avgLiquidationThreshold = ltSum / a.totalCollateral;
        }
    }

    function _validateHealthFactor(address user) internal view returns (AccountData memory a) {
        a = _accountData(user, _usersEMode[user], _oracle());
        if (a.healthFactor < HEALTH_FACTOR_LIQUIDATION_THRESHOLD) revert HealthFactorLowerThanLiquidationThreshold();
    }

    /// @dev ValidationLogic.validateHFAndLtvzero: HF >= 1 and, with an
    /// LTV-0 collateral enabled, only LTV-0 assets may leave.
    function _validateHFAndLtvzero(address user, address asset) internal view {
        AccountData memory a = _validateHealthFactor(user);
        if (a.hasZeroLtvCollateral && _reserves[asset].configuration.ltv() != 0) revert LtvValidationFailed();
    }

    function _onlyOwner() internal view {
        if (msg.sender != _owner) revert CallerNotPoolAdmin();
    }
}
