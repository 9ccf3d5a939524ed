// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveConfig} from "./AaveConfig.sol";
import {AavePoolBase} from "./AavePoolBase.sol";
import {IAaveAToken, IAaveVariableDebtToken, IAavePriceOracleGetter} from "../interfaces/IAavePool.sol";
import {TokenTransfer} from "../libraries/TokenTransfer.sol";

/// @title AaveLiquidationLogic
/// @notice The Aave v3.5 liquidationCall flow: 100% close factor unless both
/// the collateral and the debt reserve are worth >= 2000e8 base and HF > 0.95
/// (then 50% of the position's total debt), the MIN_LEFTOVER_BASE dust rule,
/// eMode bonus, protocol fee to the treasury, and deficit accounting when the
/// last collateral is seized.
abstract contract AaveLiquidationLogic is AavePoolBase {
    using AaveMath for uint256;
    using AaveConfig for uint256;

    uint256 internal constant DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5e4;
    uint256 internal constant CLOSE_FACTOR_HF_THRESHOLD = 0.95e18;
    uint256 internal constant MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = 2000e8;
    uint256 internal constant MIN_LEFTOVER_BASE = MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD / 2;

    struct LiqVars {
        uint256 collateralBalance;
        uint256 reserveDebt;
        uint256 actualDebt;
        uint256 actualCollateral;
        uint256 bonus;
        uint256 fee;
        uint256 collateralToLiquidateBase;
        uint256 collPrice;
        uint256 debtPrice;
        uint256 collUnit;
        uint256 debtUnit;
        uint256 totalCollateralBase;
        uint256 totalDebtBase;
        uint256 healthFactor;
        Cache debtCache;
        Cache collCache;
    }

    function _executeLiquidationCall(
        address collateralAsset,
        address debtAsset,
        address borrower,
        uint256 debtToCover,
        bool receiveAToken
    ) internal {
        LiqVars memory v;
        Reserve storage collReserve = _reserves[collateralAsset];
        Reserve storage debtReserve = _reserves[debtAsset];
        v.debtCache = _updateState(debtReserve);
        v.collCache = collateralAsset == debtAsset ? v.debtCache : _updateState(collReserve);

        address oracle = _oracle();
        uint8 eMode = _usersEMode[borrower];
        {
            AccountData memory a = _accountData(borrower, eMode, oracle);
            v.totalCollateralBase = a.totalCollateral;
            v.totalDebtBase = a.totalDebt;
            v.healthFactor = a.healthFactor;
        }
        v.collateralBalance =
            IAaveAToken(v.collCache.aToken).scaledBalanceOf(borrower).aBalance(v.collCache.liquidityIndex);
        v.reserveDebt =
            IAaveVariableDebtToken(v.debtCache.debtToken).scaledBalanceOf(borrower).vBalance(v.debtCache.variableBorrowIndex);

        _validateLiquidation(collReserve, v, borrower);

        EModeCategory storage cat = _eModeCategories[eMode];
        v.bonus = eMode != 0 && AaveConfig.bitmapHas(cat.collateralBitmap, collReserve.id)
            ? cat.liquidationBonus
            : v.collCache.config.liquidationBonus();
        v.collPrice = IAavePriceOracleGetter(oracle).getAssetPrice(collateralAsset);
        v.debtPrice = IAavePriceOracleGetter(oracle).getAssetPrice(debtAsset);
        v.collUnit = 10 ** v.collCache.config.decimals();
        v.debtUnit = 10 ** v.debtCache.config.decimals();

        // Close factor.
        {
            uint256 debtBase = AaveMath.mulDivCeil(v.reserveDebt, v.debtPrice, v.debtUnit);
            uint256 collBase = (v.collateralBalance * v.collPrice) / v.collUnit;
            uint256 maxDebt = v.reserveDebt;
            if (
                collBase >= MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD && debtBase >= MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD
                    && v.healthFactor > CLOSE_FACTOR_HF_THRESHOLD
            ) {
                uint256 halfBase = v.totalDebtBase.percentMul(DEFAULT_LIQUIDATION_CLOSE_FACTOR);
                if (debtBase > halfBase) maxDebt = (halfBase * v.debtUnit) / v.debtPrice;
            }
            v.actualDebt = debtToCover > maxDebt ? maxDebt : debtToCover;
        }

        _availableCollateral(v);

        // Dust rule: clear the debt, clear the collateral, or leave both >= MIN_LEFTOVER_BASE.
        if (v.actualDebt < v.reserveDebt && v.actualCollateral + v.fee < v.collateralBalance) {
            bool debtOk =
                AaveMath.mulDivCeil(v.reserveDebt - v.actualDebt, v.debtPrice, v.debtUnit) >= MIN_LEFTOVER_BASE;
            bool collOk = ((v.collateralBalance - v.actualCollateral - v.fee) * v.collPrice) / v.collUnit
                >= MIN_LEFTOVER_BASE;
            if (!(debtOk && collOk)) revert MustNotLeaveDust();
        }

        if (v.actualCollateral + v.fee == v.collateralBalance) {
            _setCollateral(borrower, collateralAsset, collReserve.id, false);
        }

        bool noCollateralLeft = v.totalCollateralBase == v.collateralToLiquidateBase;
        _burnDebt(debtAsset, debtReserve, v.debtCache, borrower, v.reserveDebt, v.actualDebt, noCollateralLeft);

        uint256 index = v.collCache.liquidityIndex;
        IAaveAToken aToken = IAaveAToken(v.collCache.aToken);
        if (receiveAToken) {
            uint256 liquidatorBefore = aToken.scaledBalanceOf(msg.sender);
            aToken.transferOnLiquidation(borrower, msg.sender, v.actualCollateral, v.actualCollateral.rayDivCeil(index), index);
            // v3.5 enables the received collateral for a liquidator who held none.
            if (liquidatorBefore == 0 && v.collCache.config.ltv() != 0) {
                _setCollateral(msg.sender, collateralAsset, collReserve.id, true);
            }
        } else {
            _updateRates(collateralAsset, collReserve, v.collCache, 0, v.actualCollateral);
            aToken.burn(borrower, msg.sender, v.actualCollateral, v.actualCollateral.rayDivCeil(index), index);
        }

        if (v.fee != 0) {
            uint256 scaledFee = v.fee.rayDivCeil(index);
            uint256 scaledBalance = aToken.scaledBalanceOf(borrower);
            if (scaledFee > scaledBalance) {
                scaledFee = scaledBalance;
                v.fee = scaledBalance.aBalance(index);
            }
            aToken.transferOnLiquidation(borrower, aToken.RESERVE_TREASURY_ADDRESS(), v.fee, scaledFee, index);
        }

        if (noCollateralLeft && _usersConfig[borrower].borrowingAny()) _burnBadDebt(borrower);

        TokenTransfer.pull(debtAsset, msg.sender, v.debtCache.aToken, v.actualDebt);

        emit LiquidationCall(
            collateralAsset, debtAsset, borrower, v.actualDebt, v.actualCollateral, msg.sender, receiveAToken
        );
    }

    function _validateLiquidation(Reserve storage collReserve, LiqVars memory v, address borrower) internal view {
        if (borrower == msg.sender) revert SelfLiquidation();
        uint256 cc = v.collCache.config;
        uint256 dc = v.debtCache.config;
        if (!cc.active() || !dc.active()) revert ReserveInactive();
        if (cc.paused() || dc.paused()) revert ReservePaused();
        if (v.healthFactor >= HEALTH_FACTOR_LIQUIDATION_THRESHOLD) revert HealthFactorNotBelowThreshold();
        if (cc.liquidationThreshold() == 0 || !_usersConfig[borrower].isCollateral(collReserve.id)) {
            revert CollateralCannotBeLiquidated();
        }
        if (v.reserveDebt == 0) revert SpecifiedCurrencyNotBorrowedByUser();
    }

    /// @dev LiquidationLogic._calculateAvailableCollateralToLiquidate (v3.5).
    function _availableCollateral(LiqVars memory v) internal pure {
        uint256 baseCollateral = (v.debtPrice * v.actualDebt * v.collUnit) / (v.collPrice * v.debtUnit);
        uint256 maxCollateral = baseCollateral.percentMul(v.bonus);
        if (maxCollateral > v.collateralBalance) {
            v.actualCollateral = v.collateralBalance;
            v.actualDebt = ((v.collPrice * v.actualCollateral * v.debtUnit) / (v.debtPrice * v.collUnit)).percentDivCeil(
                v.bonus
            );
        } else {
            v.actualCollateral = maxCollateral;
        }
        v.collateralToLiquidateBase = (v.actualCollateral * v.collPrice) / v.collUnit;
        uint256 feePct = v.collCache.config.liquidationProtocolFee();
        if (feePct != 0) {
            uint256 bonusCollateral = v.actualCollateral - v.actualCollateral.percentDiv(v.bonus);
            v.fee = bonusCollateral.percentMul(feePct);
            v.actualCollateral -= v.fee;
        }
    }

    /// @dev Burns the repaid debt, or all of it when no collateral is left,
    /// booking the unpaid part as reserve deficit.
    function _burnDebt(
        address asset,
        Reserve storage r,
        Cache memory c,
        address borrower,
        uint256 reserveDebt,
        uint256 repaid,
        bool noCollateralLeft
    ) internal {
        bool noMoreDebt = true;
        if (reserveDebt != 0) {
            uint256 burnAmount = noCollateralLeft ? reserveDebt : repaid;
            (noMoreDebt,) =
                IAaveVariableDebtToken(c.debtToken).burn(borrower, burnAmount.rayDivFloor(c.variableBorrowIndex), c.variableBorrowIndex);
        }
        uint256 outstanding = reserveDebt - repaid;
        if (noCollateralLeft && outstanding != 0) {
            r.deficit += uint128(outstanding);
            emit DeficitCreated(borrower, asset, outstanding);
        }
        if (noMoreDebt) _usersConfig[borrower] = _usersConfig[borrower].setBorrowing(r.id, false);
        _updateRates(asset, r, c, repaid, 0);
    }

    /// @dev Writes off every remaining debt of a borrower left without collateral.
    function _burnBadDebt(address borrower) internal {
        uint256 config = _usersConfig[borrower];
        for (uint256 i; config != 0; ++i) {
            bool borrowed = config & 1 != 0;
            config >>= 2;
            if (!borrowed) continue;
            address asset = _reservesList[i];
            if (asset == address(0)) continue;
            Reserve storage r = _reserves[asset];
            if (!r.configuration.active()) continue;
            Cache memory c = _updateState(r);
            uint256 debt = IAaveVariableDebtToken(c.debtToken).scaledBalanceOf(borrower).vBalance(c.variableBorrowIndex);
            _burnDebt(asset, r, c, borrower, debt, 0, true);
        }
    }
}
