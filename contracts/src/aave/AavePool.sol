// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveConfig} from "./AaveConfig.sol";
import {AavePoolBase} from "./AavePoolBase.sol";
import {AaveLiquidationModule} from "./AaveLiquidationModule.sol";
import {
    AaveTypes,
    IAaveAToken,
    IAaveVariableDebtToken,
    IAaveAddressesProvider,
    IAaveFlashLoanSimpleReceiver
} from "../interfaces/IAavePool.sol";
import {TokenTransfer} from "../libraries/TokenTransfer.sol";

/// @title AavePool
/// @notice A test-chain pool with the Aave v3.5 Pool ABI, events and math:
/// supply, withdraw, variable borrow, repay, liquidationCall, flashLoanSimple,
/// eMode and the v3.5 getters. Reserves are listed and configured by the
/// owner (initReserve, setReserveConfiguration with the Aave bit layout,
/// eMode setters). Supply and borrow caps are enforced. Not supported:
/// isolation mode (debt ceiling), siloed borrowing, stable debt,
/// repayWithATokens, multi-asset flashLoan, eliminateReserveDeficit, permit,
/// the price oracle sentinel and liquidation grace periods. liquidationCall
/// runs in AaveLiquidationModule by delegatecall so the runtime code stays
/// under the EIP-170 limit.
contract AavePool is AavePoolBase {
    using AaveMath for uint256;
    using AaveConfig for uint256;

    uint8 internal constant VARIABLE_RATE_MODE = 2;

    address public immutable LIQUIDATION_MODULE;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ReserveInitialized(
        address indexed asset, address indexed aToken, address variableDebtToken, address interestRateStrategyAddress
    );
    event ReserveConfigurationSet(address indexed asset, uint256 configuration);
    event EModeCategoryAdded(
        uint8 indexed categoryId, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus, string label
    );
    event AssetCollateralInEModeChanged(address indexed asset, uint8 categoryId, bool collateral);
    event AssetBorrowableInEModeChanged(address indexed asset, uint8 categoryId, bool borrowable);
    event FlashloanPremiumTotalUpdated(uint128 newFlashloanPremiumTotal);
    event TreasuryUpdated(address indexed treasury);

    constructor(address provider, address owner_, address treasury_) AavePoolBase(provider) {
        if (provider == address(0) || owner_ == address(0)) revert ZeroAddressNotValid();
        _owner = owner_;
        _treasury = treasury_;
        LIQUIDATION_MODULE = address(new AaveLiquidationModule(provider));
        emit OwnershipTransferred(address(0), owner_);
    }

    // ================================================================ user

    function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) external {
        Reserve storage r = _reserves[asset];
        Cache memory c = _updateState(r);
        uint256 scaled = amount.rayDivFloor(c.liquidityIndex);

        if (scaled == 0) revert InvalidAmount();
        _requireActiveUnpaused(c.config);
        if (c.config.frozen()) revert ReserveFrozen();
        if (onBehalfOf == c.aToken) revert SupplyToAToken();
        uint256 cap = c.config.supplyCap();
        if (
            cap != 0
                && (IAaveAToken(c.aToken).scaledTotalSupply() + scaled + r.accruedToTreasury).aBalance(c.liquidityIndex)
                    > cap * 10 ** c.config.decimals()
        ) revert SupplyCapExceeded();

        _updateRates(asset, r, c, amount, 0);
        TokenTransfer.pull(asset, msg.sender, c.aToken, amount);
        bool first = IAaveAToken(c.aToken).mint(msg.sender, onBehalfOf, scaled, c.liquidityIndex);
        if (first && c.config.ltv() != 0) _setCollateral(onBehalfOf, asset, r.id, true);

        emit Supply(asset, msg.sender, onBehalfOf, amount, referralCode);
    }

    function withdraw(address asset, uint256 amount, address to) external returns (uint256) {
        Reserve storage r = _reserves[asset];
        if (to == r.aToken) revert WithdrawToAToken();
        Cache memory c = _updateState(r);

        uint256 scaledBalance = IAaveAToken(c.aToken).scaledBalanceOf(msg.sender);
        uint256 scaled;
        if (amount == type(uint256).max) {
            scaled = scaledBalance;
            amount = scaledBalance.aBalance(c.liquidityIndex);
        } else {
            scaled = amount.rayDivCeil(c.liquidityIndex);
        }
        if (scaled == 0) revert InvalidAmount();
        if (scaled > scaledBalance) revert NotEnoughAvailableUserBalance();
        _requireActiveUnpaused(c.config);

        _updateRates(asset, r, c, 0, amount);
        bool zero = IAaveAToken(c.aToken).burn(msg.sender, to, amount, scaled, c.liquidityIndex);

        uint256 userConfig = _usersConfig[msg.sender];
        if (userConfig.isCollateral(r.id)) {
            if (zero) _setCollateral(msg.sender, asset, r.id, false);
            if (userConfig.borrowingAny()) _validateHFAndLtvzero(msg.sender, asset);
        }

        emit Withdraw(asset, msg.sender, to, amount);
        return amount;
    }

    function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)
        external
    {
        Reserve storage r = _reserves[asset];
        Cache memory c = _updateState(r);
        uint256 scaled = amount.rayDivCeil(c.variableBorrowIndex);
        uint8 eMode = _usersEMode[onBehalfOf];

        if (scaled == 0) revert InvalidAmount();
        _requireActiveUnpaused(c.config);
        if (c.config.frozen()) revert ReserveFrozen();
        if (!c.config.borrowingEnabled()) revert BorrowingNotEnabled();
        if (IAaveAToken(c.aToken).totalSupply() < scaled.vBalance(c.variableBorrowIndex)) revert InvalidAmount();
        if (interestRateMode != VARIABLE_RATE_MODE) revert InvalidInterestRateModeSelected();
        uint256 cap = c.config.borrowCap();
        if (
            cap != 0
                && (IAaveVariableDebtToken(c.debtToken).scaledTotalSupply() + scaled).vBalance(c.variableBorrowIndex)
                    > cap * 10 ** c.config.decimals()
        ) revert BorrowCapExceeded();
        if (eMode != 0 && !AaveConfig.bitmapHas(_eModeCategories[eMode].borrowableBitmap, r.id)) {
            revert NotBorrowableInEMode();
        }

        IAaveVariableDebtToken(c.debtToken).mint(msg.sender, onBehalfOf, amount, scaled, c.variableBorrowIndex);
        _usersConfig[onBehalfOf] = _usersConfig[onBehalfOf].setBorrowing(r.id, true);
        _updateRates(asset, r, c, 0, amount);
        IAaveAToken(c.aToken).transferUnderlyingTo(msg.sender, amount);

        // ValidationLogic.validateHFAndLtv on the position after the borrow.
        AccountData memory a = _accountData(onBehalfOf, eMode, _oracle());
        if (a.avgLtv == 0) revert LtvValidationFailed();
        if (a.healthFactor < HEALTH_FACTOR_LIQUIDATION_THRESHOLD) revert HealthFactorLowerThanLiquidationThreshold();
        if (a.totalCollateral < a.totalDebt.percentDivCeil(a.avgLtv)) revert CollateralCannotCoverNewBorrow();

        emit Borrow(asset, msg.sender, onBehalfOf, amount, VARIABLE_RATE_MODE, r.currentVariableBorrowRate, referralCode);
    }

    function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf)
        external
        returns (uint256)
    {
        Reserve storage r = _reserves[asset];
        Cache memory c = _updateState(r);
        uint256 debtScaled = IAaveVariableDebtToken(c.debtToken).scaledBalanceOf(onBehalfOf);

        if (amount == 0) revert InvalidAmount();
        if (interestRateMode != VARIABLE_RATE_MODE) revert InvalidInterestRateModeSelected();
        if (amount == type(uint256).max && msg.sender != onBehalfOf) revert NoExplicitAmountToRepayOnBehalf();
        _requireActiveUnpaused(c.config);
        if (debtScaled == 0) revert NoDebtOfSelectedType();

        uint256 debt = debtScaled.vBalance(c.variableBorrowIndex);
        uint256 payback = amount > debt ? debt : amount;
        (bool noMoreDebt,) = IAaveVariableDebtToken(c.debtToken).burn(
            onBehalfOf, payback.rayDivFloor(c.variableBorrowIndex), c.variableBorrowIndex
        );
        _updateRates(asset, r, c, payback, 0);
        if (noMoreDebt) _usersConfig[onBehalfOf] = _usersConfig[onBehalfOf].setBorrowing(r.id, false);
        TokenTransfer.pull(asset, msg.sender, c.aToken, payback);

        emit Repay(asset, onBehalfOf, msg.sender, payback, false);
        return payback;
    }

    function liquidationCall(
        address collateralAsset,
        address debtAsset,
        address user,
        uint256 debtToCover,
        bool receiveAToken
    ) external {
        (bool ok, bytes memory ret) = LIQUIDATION_MODULE.delegatecall(msg.data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        // Silence unused-parameter warnings: the module decodes msg.data itself.
        (collateralAsset, debtAsset, user, debtToCover, receiveAToken);
    }

    function flashLoanSimple(
        address receiverAddress,
        address asset,
        uint256 amount,
        bytes calldata params,
        uint16 referralCode
    ) external {
        Reserve storage r = _reserves[asset];
        uint256 config = r.configuration;
        if (config.paused()) revert ReservePaused();
        if (!config.active()) revert ReserveInactive();
        if (!config.flashLoanEnabled()) revert FlashloanDisabled();
        if (IAaveAToken(r.aToken).totalSupply() < amount) revert InvalidAmount();

        uint256 premium = amount.percentMulCeil(_flashLoanPremium);
        r.virtualUnderlyingBalance -= uint128(amount);
        IAaveAToken(r.aToken).transferUnderlyingTo(receiverAddress, amount);

        if (!IAaveFlashLoanSimpleReceiver(receiverAddress).executeOperation(asset, amount, premium, msg.sender, params))
        {
            revert InvalidFlashloanExecutorReturn();
        }

        // Repayment: the whole premium accrues to the treasury (v3.4+).
        Cache memory c = _updateState(r);
        r.accruedToTreasury += uint128(premium.rayDivFloor(c.liquidityIndex));
        _updateRates(asset, r, c, amount + premium, 0);
        TokenTransfer.pull(asset, receiverAddress, c.aToken, amount + premium);

        emit FlashLoan(receiverAddress, msg.sender, asset, amount, 0, premium, referralCode);
    }

    function setUserUseReserveAsCollateral(address asset, bool useAsCollateral) external {
        Reserve storage r = _reserves[asset];
        _requireActiveUnpaused(r.configuration);
        uint256 id = r.id;
        if (useAsCollateral == _usersConfig[msg.sender].isCollateral(id)) return;
        if (useAsCollateral) {
            if (IAaveAToken(r.aToken).scaledBalanceOf(msg.sender) == 0) revert UnderlyingBalanceZero();
            if (r.configuration.ltv() == 0) revert UserInIsolationModeOrLtvZero();
            _setCollateral(msg.sender, asset, id, true);
        } else {
            _setCollateral(msg.sender, asset, id, false);
            _validateHFAndLtvzero(msg.sender, asset);
        }
    }

    function setUserEMode(uint8 categoryId) external {
        EModeCategory storage cat = _eModeCategories[categoryId];
        if (categoryId != 0 && cat.liquidationThreshold == 0) revert InconsistentEModeCategory();
        uint256 userConfig = _usersConfig[msg.sender];
        if (categoryId != 0) {
            uint128 borrowable = cat.borrowableBitmap;
            for (uint256 i; userConfig != 0; ++i) {
                if (userConfig & 1 != 0 && !AaveConfig.bitmapHas(borrowable, i)) revert NotBorrowableInEMode();
                userConfig >>= 2;
            }
        }
        _usersEMode[msg.sender] = categoryId;
        _validateHealthFactor(msg.sender);
        emit UserEModeSet(msg.sender, categoryId);
    }

    /// @notice Called by an aToken after a transfer. The sender's health is
    /// checked when the asset is its enabled collateral and it borrows. The
    /// receiver is not enabled as collateral automatically (v3.6 behaviour);
    /// scaledBalanceToBefore is accepted for v3.5 ABI compatibility and ignored.
    function finalizeTransfer(
        address asset,
        address from,
        address to,
        uint256 scaledAmount,
        uint256 scaledBalanceFromBefore,
        uint256 scaledBalanceToBefore
    ) external {
        Reserve storage r = _reserves[asset];
        if (msg.sender != r.aToken || msg.sender == address(0)) revert CallerNotAToken();
        if (r.configuration.paused()) revert ReservePaused();
        (scaledBalanceToBefore);
        if (from == to || scaledAmount == 0) return;
        uint256 fromConfig = _usersConfig[from];
        if (fromConfig.isCollateral(r.id)) {
            if (scaledBalanceFromBefore == scaledAmount) _setCollateral(from, asset, r.id, false);
            if (fromConfig.borrowingAny()) _validateHFAndLtvzero(from, asset);
        }
    }

    /// @notice Mints the accrued treasury share of each reserve as aTokens.
    function mintToTreasury(address[] calldata assets) external {
        for (uint256 i; i < assets.length; ++i) {
            Reserve storage r = _reserves[assets[i]];
            if (!r.configuration.active()) continue;
            uint256 accrued = r.accruedToTreasury;
            if (accrued == 0) continue;
            r.accruedToTreasury = 0;
            uint256 index = _normalizedIncome(r);
            IAaveAToken(r.aToken).mintToTreasury(accrued, index);
            emit MintedToTreasury(assets[i], accrued.aBalance(index));
        }
    }

    // ================================================================ views

    function getUserAccountData(address user)
        external
        view
        returns (
            uint256 totalCollateralBase,
            uint256 totalDebtBase,
            uint256 availableBorrowsBase,
            uint256 currentLiquidationThreshold,
            uint256 ltv,
            uint256 healthFactor
        )
    {
        AccountData memory a = _accountData(user, _usersEMode[user], _oracle());
        uint256 maxBorrow = a.totalCollateral.percentMulFloor(a.avgLtv);
        availableBorrowsBase = maxBorrow > a.totalDebt ? maxBorrow - a.totalDebt : 0;
        return (a.totalCollateral, a.totalDebt, availableBorrowsBase, a.avgLiquidationThreshold, a.avgLtv, a.healthFactor);
    }

    function getReserveData(address asset) external view returns (AaveTypes.ReserveDataLegacy memory d) {
        Reserve storage r = _reserves[asset];
        d.configuration.data = r.configuration;
        d.liquidityIndex = r.liquidityIndex;
        d.currentLiquidityRate = r.currentLiquidityRate;
        d.variableBorrowIndex = r.variableBorrowIndex;
        d.currentVariableBorrowRate = r.currentVariableBorrowRate;
        d.lastUpdateTimestamp = r.lastUpdateTimestamp;
        d.id = r.id;
        d.aTokenAddress = r.aToken;
        d.variableDebtTokenAddress = r.debtToken;
        d.interestRateStrategyAddress = r.rateStrategy;
        d.accruedToTreasury = r.accruedToTreasury;
    }

    function getConfiguration(address asset) external view returns (AaveTypes.ReserveConfigurationMap memory) {
        return AaveTypes.ReserveConfigurationMap(_reserves[asset].configuration);
    }

    function getUserConfiguration(address user) external view returns (AaveTypes.UserConfigurationMap memory) {
        return AaveTypes.UserConfigurationMap(_usersConfig[user]);
    }

    function getUserEMode(address user) external view returns (uint256) {
        return _usersEMode[user];
    }

    function getEModeCategoryCollateralConfig(uint8 id) external view returns (AaveTypes.CollateralConfig memory) {
        EModeCategory storage cat = _eModeCategories[id];
        return AaveTypes.CollateralConfig(cat.ltv, cat.liquidationThreshold, cat.liquidationBonus);
    }

    function getEModeCategoryLabel(uint8 id) external view returns (string memory) {
        return _eModeCategories[id].label;
    }

    function getEModeCategoryCollateralBitmap(uint8 id) external view returns (uint128) {
        return _eModeCategories[id].collateralBitmap;
    }

    function getEModeCategoryBorrowableBitmap(uint8 id) external view returns (uint128) {
        return _eModeCategories[id].borrowableBitmap;
    }

    function getReservesList() external view returns (address[] memory list) {
        uint256 n = _reservesCount;
        list = new address[](n);
        uint256 k;
        for (uint256 i; i < n; ++i) {
            address a = _reservesList[i];
            if (a != address(0)) list[k++] = a;
        }
        assembly ("memory-safe") {
            mstore(list, k)
        }
    }

    function getReservesCount() external view returns (uint256) {
        return _reservesCount;
    }

    function getReserveAddressById(uint16 id) external view returns (address) {
        return _reservesList[id];
    }

    function getReserveAToken(address asset) external view returns (address) {
        return _reserves[asset].aToken;
    }

    function getReserveVariableDebtToken(address asset) external view returns (address) {
        return _reserves[asset].debtToken;
    }

    function getReserveNormalizedIncome(address asset) external view returns (uint256) {
        return _normalizedIncome(_reserves[asset]);
    }

    function getReserveNormalizedVariableDebt(address asset) external view returns (uint256) {
        return _normalizedDebt(_reserves[asset]);
    }

    function getReserveDeficit(address asset) external view returns (uint256) {
        return _reserves[asset].deficit;
    }

    function getVirtualUnderlyingBalance(address asset) external view returns (uint128) {
        return _reserves[asset].virtualUnderlyingBalance;
    }

    function FLASHLOAN_PREMIUM_TOTAL() external view returns (uint128) {
        return _flashLoanPremium;
    }

    function FLASHLOAN_PREMIUM_TO_PROTOCOL() external pure returns (uint128) {
        return 100_00;
    }

    function MAX_NUMBER_RESERVES() external pure returns (uint16) {
        return uint16(MAX_RESERVES);
    }

    function ADDRESSES_PROVIDER() external view returns (IAaveAddressesProvider) {
        return _provider;
    }

    function treasury() external view returns (address) {
        return _treasury;
    }

    function owner() external view returns (address) {
        return _owner;
    }

    // ================================================================ admin

    function transferOwnership(address newOwner) external {
        _onlyOwner();
        if (newOwner == address(0)) revert ZeroAddressNotValid();
        emit OwnershipTransferred(_owner, newOwner);
        _owner = newOwner;
    }

    /// @notice Lists a reserve. Its configuration starts at 0 (inactive).
    function initReserve(address asset, address aToken, address variableDebtToken, address rateStrategy) external {
        _onlyOwner();
        if (asset == address(0) || aToken == address(0) || variableDebtToken == address(0) || rateStrategy == address(0))
        {
            revert ZeroAddressNotValid();
        }
        Reserve storage r = _reserves[asset];
        if (r.aToken != address(0)) revert ReserveAlreadyInitialized();
        uint256 n = _reservesCount;
        uint256 id = n;
        for (uint256 i; i < n; ++i) {
            if (_reservesList[i] == address(0)) {
                id = i;
                break;
            }
        }
        if (id >= MAX_RESERVES) revert NoMoreReservesAllowed();
        r.liquidityIndex = uint128(AaveMath.RAY);
        r.variableBorrowIndex = uint128(AaveMath.RAY);
        r.id = uint16(id);
        r.aToken = aToken;
        r.debtToken = variableDebtToken;
        r.rateStrategy = rateStrategy;
        _reservesList[id] = asset;
        if (id == n) _reservesCount = uint16(n + 1);
        emit ReserveInitialized(asset, aToken, variableDebtToken, rateStrategy);
    }

    /// @notice Writes the whole configuration word (Aave bit layout).
    /// Accrues the reserve first and refreshes its rates after, as the
    /// PoolConfigurator does around reserve-factor changes.
    function setReserveConfiguration(address asset, uint256 configuration) external {
        _onlyOwner();
        Reserve storage r = _reserves[asset];
        _updateState(r);
        r.configuration = configuration;
        _updateRates(asset, r, _load(r), 0, 0);
        emit ReserveConfigurationSet(asset, configuration);
    }

    function setEModeCategory(uint8 id, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, string calldata label)
        external
    {
        _onlyOwner();
        if (id == 0) revert EModeCategoryReserved();
        if (
            ltv > liquidationThreshold || liquidationThreshold == 0 || liquidationBonus <= AaveMath.PERCENTAGE_FACTOR
                || uint256(liquidationThreshold).percentMul(liquidationBonus) > AaveMath.PERCENTAGE_FACTOR
        ) revert InvalidEmodeCategoryParams();
        EModeCategory storage cat = _eModeCategories[id];
        cat.ltv = ltv;
        cat.liquidationThreshold = liquidationThreshold;
        cat.liquidationBonus = liquidationBonus;
        cat.label = label;
        emit EModeCategoryAdded(id, ltv, liquidationThreshold, liquidationBonus, label);
    }

    function setAssetEModeCollateral(address asset, uint8 id, bool collateral) external {
        _onlyOwner();
        EModeCategory storage cat = _eModeCategories[id];
        cat.collateralBitmap = _flip(cat.collateralBitmap, asset, collateral);
        emit AssetCollateralInEModeChanged(asset, id, collateral);
    }

    function setAssetEModeBorrowable(address asset, uint8 id, bool borrowable) external {
        _onlyOwner();
        EModeCategory storage cat = _eModeCategories[id];
        cat.borrowableBitmap = _flip(cat.borrowableBitmap, asset, borrowable);
        emit AssetBorrowableInEModeChanged(asset, id, borrowable);
    }

    function setFlashLoanPremium(uint128 premium) external {
        _onlyOwner();
        if (premium > AaveMath.PERCENTAGE_FACTOR) revert FlashloanPremiumInvalid();
        _flashLoanPremium = premium;
        emit FlashloanPremiumTotalUpdated(premium);
    }

    function setTreasury(address newTreasury) external {
        _onlyOwner();
        if (newTreasury == address(0)) revert ZeroAddressNotValid();
        _treasury = newTreasury;
        emit TreasuryUpdated(newTreasury);
    }

    // ============================================================= internal

    function _requireActiveUnpaused(uint256 config) internal pure {
        if (!config.active()) revert ReserveInactive();
        if (config.paused()) revert ReservePaused();
    }

    function _flip(uint128 bitmap, address asset, bool on) internal view returns (uint128) {
        Reserve storage r = _reserves[asset];
        if (r.aToken == address(0)) revert AssetNotListed();
        uint128 bit = uint128(1) << r.id;
        return on ? bitmap | bit : bitmap & ~bit;
    }
}
