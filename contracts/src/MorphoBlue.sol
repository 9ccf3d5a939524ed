// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {
    MarketParams,
    Market,
    Position,
    IIrm,
    IOracle,
    IMorphoSupplyCallback,
    IMorphoRepayCallback,
    IMorphoSupplyCollateralCallback,
    IMorphoLiquidateCallback,
    IMorphoFlashLoanCallback
} from "./interfaces/IMorpho.sol";
import {MorphoMath} from "./libraries/MorphoMath.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title MorphoBlue
/// @notice A Morpho Blue v1 compatible lending singleton for devnets and
/// tests: same ABI, events, revert strings and integer math as the deployed
/// protocol, without signature-based authorization.
contract MorphoBlue {
    using MorphoMath for uint256;

    uint256 internal constant ORACLE_PRICE_SCALE = 1e36;
    uint256 internal constant MAX_FEE = 0.25e18;
    uint256 internal constant LIQUIDATION_CURSOR = 0.3e18;
    uint256 internal constant MAX_LIQUIDATION_INCENTIVE_FACTOR = 1.15e18;

    address public owner;
    address public feeRecipient;
    mapping(bytes32 => mapping(address => Position)) internal positions;
    mapping(bytes32 => Market) internal markets;
    mapping(address => bool) internal irmEnabled;
    mapping(uint256 => bool) internal lltvEnabled;
    mapping(address => mapping(address => bool)) internal authorizations;
    mapping(bytes32 => MarketParams) internal params;

    event SetOwner(address indexed newOwner);
    event SetFee(bytes32 indexed id, uint256 newFee);
    event SetFeeRecipient(address indexed newFeeRecipient);
    event EnableIrm(address indexed irm);
    event EnableLltv(uint256 lltv);
    event CreateMarket(bytes32 indexed id, MarketParams marketParams);
    event Supply(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares);
    event Withdraw(
        bytes32 indexed id,
        address caller,
        address indexed onBehalf,
        address indexed receiver,
        uint256 assets,
        uint256 shares
    );
    event Borrow(
        bytes32 indexed id,
        address caller,
        address indexed onBehalf,
        address indexed receiver,
        uint256 assets,
        uint256 shares
    );
    event Repay(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares);
    event SupplyCollateral(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets);
    event WithdrawCollateral(
        bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets
    );
    event Liquidate(
        bytes32 indexed id,
        address indexed caller,
        address indexed borrower,
        uint256 repaidAssets,
        uint256 repaidShares,
        uint256 seizedAssets,
        uint256 badDebtAssets,
        uint256 badDebtShares
    );
    event FlashLoan(address indexed caller, address indexed token, uint256 assets);
    event SetAuthorization(
        address indexed caller, address indexed authorizer, address indexed authorized, bool newIsAuthorized
    );
    event AccrueInterest(bytes32 indexed id, uint256 prevBorrowRate, uint256 interest, uint256 feeShares);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    constructor(address newOwner) {
        require(newOwner != address(0), "zero address");
        owner = newOwner;
        emit SetOwner(newOwner);
    }

    // ---------------------------------------------------------------- views

    function position(bytes32 id, address user)
        external
        view
        returns (uint256 supplyShares, uint128 borrowShares, uint128 collateral)
    {
        Position storage p = positions[id][user];
        return (p.supplyShares, p.borrowShares, p.collateral);
    }

    function market(bytes32 id)
        external
        view
        returns (
            uint128 totalSupplyAssets,
            uint128 totalSupplyShares,
            uint128 totalBorrowAssets,
            uint128 totalBorrowShares,
            uint128 lastUpdate,
            uint128 fee
        )
    {
        Market storage m = markets[id];
        return (m.totalSupplyAssets, m.totalSupplyShares, m.totalBorrowAssets, m.totalBorrowShares, m.lastUpdate, m.fee);
    }

    function idToMarketParams(bytes32 id)
        external
        view
        returns (address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
    {
        MarketParams storage mp = params[id];
        return (mp.loanToken, mp.collateralToken, mp.oracle, mp.irm, mp.lltv);
    }

    function isIrmEnabled(address irm) external view returns (bool) {
        return irmEnabled[irm];
    }

    function isLltvEnabled(uint256 lltv) external view returns (bool) {
        return lltvEnabled[lltv];
    }

    function isAuthorized(address authorizer, address authorized) external view returns (bool) {
        return authorizations[authorizer][authorized];
    }

    // ---------------------------------------------------------------- admin

    function setOwner(address newOwner) external onlyOwner {
        require(newOwner != owner, "already set");
        owner = newOwner;
        emit SetOwner(newOwner);
    }

    function enableIrm(address irm) external onlyOwner {
        require(!irmEnabled[irm], "already set");
        irmEnabled[irm] = true;
        emit EnableIrm(irm);
    }

    function enableLltv(uint256 lltv) external onlyOwner {
        require(!lltvEnabled[lltv], "already set");
        require(lltv < MorphoMath.WAD, "max LLTV exceeded");
        lltvEnabled[lltv] = true;
        emit EnableLltv(lltv);
    }

    function setFee(MarketParams memory marketParams, uint256 newFee) external onlyOwner {
        bytes32 id = _id(marketParams);
        require(markets[id].lastUpdate != 0, "market not created");
        require(newFee != markets[id].fee, "already set");
        require(newFee <= MAX_FEE, "max fee exceeded");
        // Interest earned so far is charged at the old fee.
        _accrueInterest(marketParams, id);
        markets[id].fee = uint128(newFee);
        emit SetFee(id, newFee);
    }

    function setFeeRecipient(address newFeeRecipient) external onlyOwner {
        require(newFeeRecipient != feeRecipient, "already set");
        feeRecipient = newFeeRecipient;
        emit SetFeeRecipient(newFeeRecipient);
    }

    // --------------------------------------------------------------- market

    function createMarket(MarketParams memory marketParams) external {
        bytes32 id = _id(marketParams);
        require(irmEnabled[marketParams.irm], "IRM not enabled");
        require(lltvEnabled[marketParams.lltv], "LLTV not enabled");
        require(markets[id].lastUpdate == 0, "market already created");

        markets[id].lastUpdate = uint128(block.timestamp);
        params[id] = marketParams;
        emit CreateMarket(id, marketParams);

        // Lets a stateful IRM initialise itself for this market.
        if (marketParams.irm != address(0)) IIrm(marketParams.irm).borrowRate(marketParams, markets[id]);
    }

    // ------------------------------------------------------ supply and borrow

    function supply(
        MarketParams memory marketParams,
        uint256 assets,
        uint256 shares,
        address onBehalf,
        bytes calldata data
    ) external returns (uint256, uint256) {
        bytes32 id = _id(marketParams);
        Market storage m = markets[id];
        require(m.lastUpdate != 0, "market not created");
        require(MorphoMath.oneZero(assets, shares), "inconsistent input");
        require(onBehalf != address(0), "zero address");

        _accrueInterest(marketParams, id);

        if (assets > 0) shares = assets.toSharesDown(m.totalSupplyAssets, m.totalSupplyShares);
        else assets = shares.toAssetsUp(m.totalSupplyAssets, m.totalSupplyShares);

        positions[id][onBehalf].supplyShares += shares;
        m.totalSupplyShares = (m.totalSupplyShares + shares).toU128();
        m.totalSupplyAssets = (m.totalSupplyAssets + assets).toU128();

        emit Supply(id, msg.sender, onBehalf, assets, shares);

        if (data.length > 0) IMorphoSupplyCallback(msg.sender).onMorphoSupply(assets, data);

        TokenTransfer.pull(marketParams.loanToken, msg.sender, address(this), assets);
        return (assets, shares);
    }

    function withdraw(
        MarketParams memory marketParams,
        uint256 assets,
        uint256 shares,
        address onBehalf,
        address receiver
    ) external returns (uint256, uint256) {
        bytes32 id = _id(marketParams);
        Market storage m = markets[id];
        require(m.lastUpdate != 0, "market not created");
        require(MorphoMath.oneZero(assets, shares), "inconsistent input");
        require(receiver != address(0), "zero address");
        require(_senderAuthorized(onBehalf), "unauthorized");

        _accrueInterest(marketParams, id);

        if (assets > 0) shares = assets.toSharesUp(m.totalSupplyAssets, m.totalSupplyShares);
        else assets = shares.toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares);

        positions[id][onBehalf].supplyShares -= shares;
        m.totalSupplyShares -= shares.toU128();
        m.totalSupplyAssets -= assets.toU128();

        require(m.totalBorrowAssets <= m.totalSupplyAssets, "insufficient liquidity");

        emit Withdraw(id, msg.sender, onBehalf, receiver, assets, shares);

        TokenTransfer.send(marketParams.loanToken, receiver, assets);
        return (assets, shares);
    }

    function borrow(
        MarketParams memory marketParams,
        uint256 assets,
        uint256 shares,
        address onBehalf,
        address receiver
    ) external returns (uint256, uint256) {
        bytes32 id = _id(marketParams);
        Market storage m = markets[id];
        require(m.lastUpdate != 0, "market not created");
        require(MorphoMath.oneZero(assets, shares), "inconsistent input");
        require(receiver != address(0), "zero address");
        require(_senderAuthorized(onBehalf), "unauthorized");

        _accrueInterest(marketParams, id);

        if (assets > 0) shares = assets.toSharesUp(m.totalBorrowAssets, m.totalBorrowShares);
        else assets = shares.toAssetsDown(m.totalBorrowAssets, m.totalBorrowShares);

        positions[id][onBehalf].borrowShares += shares.toU128();
        m.totalBorrowShares = (m.totalBorrowShares + shares).toU128();
        m.totalBorrowAssets = (m.totalBorrowAssets + assets).toU128();

        require(_isHealthy(marketParams, id, onBehalf), "insufficient collateral");
        require(m.totalBorrowAssets <= m.totalSupplyAssets, "insufficient liquidity");

        emit Borrow(id, msg.sender, onBehalf, receiver, assets, shares);

        TokenTransfer.send(marketParams.loanToken, receiver, assets);
        return (assets, shares);
    }

    function repay(
        MarketParams memory marketParams,
        uint256 assets,
        uint256 shares,
        address onBehalf,
        bytes calldata data
    ) external returns (uint256, uint256) {
        bytes32 id = _id(marketParams);
        Market storage m = markets[id];
        require(m.lastUpdate != 0, "market not created");
        require(MorphoMath.oneZero(assets, shares), "inconsistent input");
        require(onBehalf != address(0), "zero address");

        _accrueInterest(marketParams, id);

        if (assets > 0) shares = assets.toSharesDown(m.totalBorrowAssets, m.totalBorrowShares);
        else assets = shares.toAssetsUp(m.totalBorrowAssets, m.totalBorrowShares);

        positions[id][onBehalf].borrowShares -= shares.toU128();
        m.totalBorrowShares -= shares.toU128();
        // Rounding can leave total borrow assets slightly below the sum of debts.
        m.totalBorrowAssets = uint256(m.totalBorrowAssets).zeroFloorSub(assets).toU128();

        emit Repay(id, msg.sender, onBehalf, assets, shares);

        if (data.length > 0) IMorphoRepayCallback(msg.sender).onMorphoRepay(assets, data);

        TokenTransfer.pull(marketParams.loanToken, msg.sender, address(this), assets);
        return (assets, shares);
    }

    // ----------------------------------------------------------- collateral

    function supplyCollateral(MarketParams memory marketParams, uint256 assets, address onBehalf, bytes calldata data)
        external
    {
        bytes32 id = _id(marketParams);
        require(markets[id].lastUpdate != 0, "market not created");
        require(assets != 0, "zero assets");
        require(onBehalf != address(0), "zero address");

        // No accrual: adding collateral cannot make a position less healthy.
        positions[id][onBehalf].collateral += assets.toU128();

        emit SupplyCollateral(id, msg.sender, onBehalf, assets);

        if (data.length > 0) IMorphoSupplyCollateralCallback(msg.sender).onMorphoSupplyCollateral(assets, data);

        TokenTransfer.pull(marketParams.collateralToken, msg.sender, address(this), assets);
    }

    function withdrawCollateral(MarketParams memory marketParams, uint256 assets, address onBehalf, address receiver)
        external
    {
        bytes32 id = _id(marketParams);
        require(markets[id].lastUpdate != 0, "market not created");
        require(assets != 0, "zero assets");
        require(receiver != address(0), "zero address");
        require(_senderAuthorized(onBehalf), "unauthorized");

        _accrueInterest(marketParams, id);

        positions[id][onBehalf].collateral -= assets.toU128();

        require(_isHealthy(marketParams, id, onBehalf), "insufficient collateral");

        emit WithdrawCollateral(id, msg.sender, onBehalf, receiver, assets);

        TokenTransfer.send(marketParams.collateralToken, receiver, assets);
    }

    // ----------------------------------------------------------- liquidation

    function liquidate(
        MarketParams memory marketParams,
        address borrower,
        uint256 seizedAssets,
        uint256 repaidShares,
        bytes calldata data
    ) external returns (uint256, uint256) {
        bytes32 id = _id(marketParams);
        Market storage m = markets[id];
        require(m.lastUpdate != 0, "market not created");
        require(MorphoMath.oneZero(seizedAssets, repaidShares), "inconsistent input");

        _accrueInterest(marketParams, id);

        {
            uint256 price = IOracle(marketParams.oracle).price();
            require(!_isHealthyAt(marketParams, id, borrower, price), "position is healthy");

            uint256 incentive = _liquidationIncentiveFactor(marketParams.lltv);
            if (seizedAssets > 0) {
                uint256 seizedQuoted = seizedAssets.mulDivUp(price, ORACLE_PRICE_SCALE);
                repaidShares = seizedQuoted.wDivUp(incentive).toSharesUp(m.totalBorrowAssets, m.totalBorrowShares);
            } else {
                seizedAssets = repaidShares.toAssetsDown(m.totalBorrowAssets, m.totalBorrowShares).wMulDown(incentive)
                    .mulDivDown(ORACLE_PRICE_SCALE, price);
            }
        }
        uint256 repaidAssets = repaidShares.toAssetsUp(m.totalBorrowAssets, m.totalBorrowShares);

        Position storage p = positions[id][borrower];
        p.borrowShares -= repaidShares.toU128();
        m.totalBorrowShares -= repaidShares.toU128();
        m.totalBorrowAssets = uint256(m.totalBorrowAssets).zeroFloorSub(repaidAssets).toU128();
        p.collateral -= seizedAssets.toU128();

        uint256 badDebtShares;
        uint256 badDebtAssets;
        if (p.collateral == 0) {
            badDebtShares = p.borrowShares;
            badDebtAssets = MorphoMath.min(
                m.totalBorrowAssets, badDebtShares.toAssetsUp(m.totalBorrowAssets, m.totalBorrowShares)
            );
            m.totalBorrowAssets -= badDebtAssets.toU128();
            m.totalSupplyAssets -= badDebtAssets.toU128();
            m.totalBorrowShares -= badDebtShares.toU128();
            p.borrowShares = 0;
        }

        emit Liquidate(id, msg.sender, borrower, repaidAssets, repaidShares, seizedAssets, badDebtAssets, badDebtShares);

        TokenTransfer.send(marketParams.collateralToken, msg.sender, seizedAssets);

        if (data.length > 0) IMorphoLiquidateCallback(msg.sender).onMorphoLiquidate(repaidAssets, data);

        TokenTransfer.pull(marketParams.loanToken, msg.sender, address(this), repaidAssets);
        return (seizedAssets, repaidAssets);
    }

    // ------------------------------------------------------------ flash loan

    /// @notice Lends any amount of the contract's token balance for the
    /// duration of the onMorphoFlashLoan callback, free of charge.
    function flashLoan(address token, uint256 assets, bytes calldata data) external {
        require(assets != 0, "zero assets");

        emit FlashLoan(msg.sender, token, assets);

        TokenTransfer.send(token, msg.sender, assets);
        IMorphoFlashLoanCallback(msg.sender).onMorphoFlashLoan(assets, data);
        TokenTransfer.pull(token, msg.sender, address(this), assets);
    }

    // --------------------------------------------------------- authorization

    function setAuthorization(address authorized, bool newIsAuthorized) external {
        require(newIsAuthorized != authorizations[msg.sender][authorized], "already set");
        authorizations[msg.sender][authorized] = newIsAuthorized;
        emit SetAuthorization(msg.sender, msg.sender, authorized, newIsAuthorized);
    }

    function _senderAuthorized(address onBehalf) internal view returns (bool) {
        return msg.sender == onBehalf || authorizations[onBehalf][msg.sender];
    }

    // -------------------------------------------------------------- interest

    function accrueInterest(MarketParams memory marketParams) external {
        bytes32 id = _id(marketParams);
        require(markets[id].lastUpdate != 0, "market not created");
        _accrueInterest(marketParams, id);
    }

    function _accrueInterest(MarketParams memory marketParams, bytes32 id) internal {
        Market storage m = markets[id];
        uint256 elapsed = block.timestamp - m.lastUpdate;
        if (elapsed == 0) return;

        if (marketParams.irm != address(0)) {
            uint256 rate = IIrm(marketParams.irm).borrowRate(marketParams, m);
            uint256 interest = uint256(m.totalBorrowAssets).wMulDown(MorphoMath.wTaylorCompounded(rate, elapsed));
            m.totalBorrowAssets = (m.totalBorrowAssets + interest).toU128();
            m.totalSupplyAssets = (m.totalSupplyAssets + interest).toU128();

            uint256 feeShares;
            if (m.fee != 0) {
                uint256 feeAmount = interest.wMulDown(m.fee);
                // The fee is a share of supply minted against assets that
                // already include feeAmount, hence the subtraction.
                feeShares = feeAmount.toSharesDown(m.totalSupplyAssets - feeAmount, m.totalSupplyShares);
                positions[id][feeRecipient].supplyShares += feeShares;
                m.totalSupplyShares = (m.totalSupplyShares + feeShares).toU128();
            }

            emit AccrueInterest(id, rate, interest, feeShares);
        }

        m.lastUpdate = uint128(block.timestamp);
    }

    // ---------------------------------------------------------------- health

    function _isHealthy(MarketParams memory marketParams, bytes32 id, address borrower) internal view returns (bool) {
        if (positions[id][borrower].borrowShares == 0) return true;
        return _isHealthyAt(marketParams, id, borrower, IOracle(marketParams.oracle).price());
    }

    function _isHealthyAt(MarketParams memory marketParams, bytes32 id, address borrower, uint256 price)
        internal
        view
        returns (bool)
    {
        Position storage p = positions[id][borrower];
        Market storage m = markets[id];
        uint256 borrowed = uint256(p.borrowShares).toAssetsUp(m.totalBorrowAssets, m.totalBorrowShares);
        uint256 maxBorrow = uint256(p.collateral).mulDivDown(price, ORACLE_PRICE_SCALE).wMulDown(marketParams.lltv);
        return maxBorrow >= borrowed;
    }

    function _liquidationIncentiveFactor(uint256 lltv) internal pure returns (uint256) {
        uint256 denom = MorphoMath.WAD - LIQUIDATION_CURSOR.wMulDown(MorphoMath.WAD - lltv);
        return MorphoMath.min(MAX_LIQUIDATION_INCENTIVE_FACTOR, MorphoMath.WAD.wDivDown(denom));
    }

    function _id(MarketParams memory marketParams) internal pure returns (bytes32) {
        return keccak256(abi.encode(marketParams));
    }
}
