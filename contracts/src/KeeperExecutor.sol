// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams} from "./interfaces/IMorpho.sol";
import {IERC20Minimal} from "./interfaces/IERC20Minimal.sol";
import {IERC20Approve} from "./interfaces/IERC20Approve.sol";
import {IMorphoKeeper} from "./interfaces/IMorphoKeeper.sol";
import {IPreLiquidation} from "./interfaces/IPreLiquidation.sol";
import {IAavePoolKeeper} from "./interfaces/IAaveKeeper.sol";
import {ICurveExchange, IUniswapV3Swap} from "./interfaces/ISwapVenues.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @notice How to sell collateral for the loan token.
struct Swap {
    uint8 kind; // 1: Curve exchange(int128,int128,uint256,uint256); 2: Uniswap v3 swap
    address pool;
    int128 i; // kind 1: coin index of the collateral (sold)
    int128 j; // kind 1: coin index of the loan token (bought)
    bool zeroForOne; // kind 2: true when the collateral is token0
    uint256 minOut; // least loan token the swap must return
}

/// @title KeeperExecutor
/// @notice Owner-only executor for Morpho Blue liquidations, PreLiquidation
/// pre-liquidations and deleverages of positions that authorised it, and
/// for Aave v3 liquidations and deleverages through a flash loan of the debt
/// asset. Each action runs inside the protocol's callback: the collateral
/// received is sold on one venue and the debt (or the flash loan and its
/// premium) is paid from the proceeds, so the executor needs no loan-token
/// inventory. Only protocol ABIs are assumed, so it works against the
/// deployed Morpho Blue, PreLiquidation, Aave v3 Pool and Curve / Uniswap v3
/// pools as well as the test contracts here.
contract KeeperExecutor {
    uint8 internal constant VENUE_CURVE = 1;
    uint8 internal constant VENUE_UNIV3 = 2;

    uint8 internal constant IDLE = 0;
    uint8 internal constant LIQUIDATING = 1;
    uint8 internal constant PRE_LIQUIDATING = 2;
    uint8 internal constant DELEVERAGING = 3;
    uint8 internal constant AAVE_LIQUIDATING = 4;
    uint8 internal constant AAVE_DELEVERAGING = 5;

    // Uniswap v3 TickMath bounds, one step inside: no price limit.
    uint160 internal constant MIN_SQRT_PRICE_LIMIT = 4295128740;
    uint160 internal constant MAX_SQRT_PRICE_LIMIT = 1461446703485210103287273052203988822378723970341;

    address public owner;
    address public immutable MORPHO;

    // Call-in-progress state; transient so a reverted or finished call can
    // never leave a callback door open in a later transaction.
    uint8 internal transient phase;
    address internal transient expectedCaller;
    bool internal transient settled;
    uint256 internal transient collateralBefore;
    uint256 internal transient proceedsOut;
    address internal transient swapPool;
    address internal transient swapTokenIn;
    bool internal transient swapZeroForOne;
    uint256 internal transient swapBudget;
    uint256 internal transient flashRepaid;
    uint256 internal transient flashSeized;

    event Liquidated(
        bytes32 indexed id,
        address indexed borrower,
        address indexed via,
        uint256 seized,
        uint256 repaidAssets,
        uint256 proceeds,
        uint256 profit
    );
    event AaveLiquidated(
        address indexed pool,
        address indexed user,
        address collateralAsset,
        address debtAsset,
        uint256 repaid,
        uint256 seized,
        uint256 profit
    );
    event AaveDeleveraged(
        address indexed pool,
        address indexed onBehalf,
        uint256 repaid,
        uint256 withdrawn,
        uint256 refund
    );
    event Deleveraged(
        bytes32 indexed id,
        address indexed onBehalf,
        uint256 repaidAssets,
        uint256 withdrawn,
        uint256 proceeds,
        uint256 refund
    );

    error NotOwner();
    error UnexpectedCallback(address caller);
    error ProfitBelowMinimum(uint256 profit, uint256 minProfit);
    error ProceedsBelowRepayment(uint256 proceeds, uint256 repaid);
    error SwapOutputBelowMinimum(uint256 out, uint256 minOut);
    error UnknownVenue(uint8 kind);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor(address morpho) {
        require(morpho != address(0), "zero address");
        owner = msg.sender;
        MORPHO = morpho;
    }

    // ---------------------------------------------------------------- admin

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "zero address");
        owner = newOwner;
    }

    function withdraw(address token, address to, uint256 amount) external onlyOwner {
        TokenTransfer.send(token, to, amount);
    }

    // -------------------------------------------------------------- actions

    function liquidate(
        MarketParams calldata mp,
        address borrower,
        uint256 seizedAssets,
        uint256 repaidShares,
        Swap calldata swap,
        uint256 minProfit
    ) external onlyOwner returns (uint256 seized, uint256 repaidAssets, uint256 profit) {
        bytes memory data = abi.encode(mp.loanToken, mp.collateralToken, swap, minProfit);
        _open(LIQUIDATING, MORPHO, mp.collateralToken);
        (seized, repaidAssets) = IMorphoKeeper(MORPHO).liquidate(mp, borrower, seizedAssets, repaidShares, data);
        uint256 proceeds = _close();
        profit = proceeds - repaidAssets;
        if (profit > 0) TokenTransfer.send(mp.loanToken, owner, profit);
        emit Liquidated(keccak256(abi.encode(mp)), borrower, MORPHO, seized, repaidAssets, proceeds, profit);
    }

    function preLiquidate(
        address preLiquidation,
        MarketParams calldata mp,
        address borrower,
        uint256 seizedAssets,
        uint256 repaidShares,
        Swap calldata swap,
        uint256 minProfit
    ) external onlyOwner returns (uint256 seized, uint256 repaidAssets, uint256 profit) {
        bytes memory data = abi.encode(mp.loanToken, mp.collateralToken, swap, minProfit);
        _open(PRE_LIQUIDATING, preLiquidation, mp.collateralToken);
        (seized, repaidAssets) =
            IPreLiquidation(preLiquidation).preLiquidate(borrower, seizedAssets, repaidShares, data);
        uint256 proceeds = _close();
        profit = proceeds - repaidAssets;
        if (profit > 0) TokenTransfer.send(mp.loanToken, owner, profit);
        emit Liquidated(keccak256(abi.encode(mp)), borrower, preLiquidation, seized, repaidAssets, proceeds, profit);
    }

    /// @notice Repays repayAssets of onBehalf's debt with the proceeds of
    /// withdrawAssets of its collateral; the surplus goes back to onBehalf.
    /// onBehalf must have authorised this contract on Morpho.
    function deleverage(
        MarketParams calldata mp,
        address onBehalf,
        uint256 repayAssets,
        uint256 withdrawAssets,
        Swap calldata swap
    ) external onlyOwner returns (uint256 repaidAssets, uint256 proceeds) {
        bytes memory data = abi.encode(mp, onBehalf, withdrawAssets, swap);
        _open(DELEVERAGING, MORPHO, mp.collateralToken);
        (repaidAssets,) = IMorphoKeeper(MORPHO).repay(mp, repayAssets, 0, onBehalf, data);
        proceeds = _close();
        uint256 refund = proceeds - repaidAssets;
        if (refund > 0) TokenTransfer.send(mp.loanToken, onBehalf, refund);
        emit Deleveraged(keccak256(abi.encode(mp)), onBehalf, repaidAssets, withdrawAssets, proceeds, refund);
    }

    /// @notice Liquidates user on an Aave v3 pool: a flash loan of
    /// debtToCover of the debt asset pays liquidationCall, the collateral
    /// received is sold on swap's venue, the loan and its premium are repaid
    /// and the rest (at least minProfit) goes to the owner.
    function aaveLiquidate(
        address pool,
        address collateralAsset,
        address debtAsset,
        address user,
        uint256 debtToCover,
        Swap calldata swap,
        uint256 minProfit
    ) external onlyOwner returns (uint256 repaid, uint256 seized, uint256 profit) {
        uint256 before = IERC20Minimal(debtAsset).balanceOf(address(this));
        _open(AAVE_LIQUIDATING, pool, collateralAsset);
        IAavePoolKeeper(pool).flashLoanSimple(
            address(this), debtAsset, debtToCover, abi.encode(collateralAsset, user, swap, minProfit), 0
        );
        _close();
        (repaid, seized) = (flashRepaid, flashSeized);
        (flashRepaid, flashSeized) = (0, 0);
        profit = IERC20Minimal(debtAsset).balanceOf(address(this)) - before;
        if (profit > 0) TokenTransfer.send(debtAsset, owner, profit);
        emit AaveLiquidated(pool, user, collateralAsset, debtAsset, repaid, seized, profit);
    }

    /// @notice Deleverages onBehalf on an Aave v3 pool: a flash loan of
    /// repayAmount of the debt asset repays its debt, withdrawAmount of its
    /// collateral is taken through its aToken allowance to this contract and
    /// withdrawn, sold on swap's venue, the loan and its premium repaid, and
    /// the surplus sent back to onBehalf.
    function aaveDeleverage(
        address pool,
        address collateralAsset,
        address aToken,
        address debtAsset,
        address onBehalf,
        uint256 repayAmount,
        uint256 withdrawAmount,
        Swap calldata swap
    ) external onlyOwner returns (uint256 repaid, uint256 refund) {
        uint256 before = IERC20Minimal(debtAsset).balanceOf(address(this));
        _open(AAVE_DELEVERAGING, pool, collateralAsset);
        IAavePoolKeeper(pool).flashLoanSimple(
            address(this), debtAsset, repayAmount, abi.encode(collateralAsset, aToken, onBehalf, withdrawAmount, swap), 0
        );
        _close();
        repaid = flashRepaid;
        (flashRepaid, flashSeized) = (0, 0);
        refund = IERC20Minimal(debtAsset).balanceOf(address(this)) - before;
        if (refund > 0) TokenTransfer.send(debtAsset, onBehalf, refund);
        emit AaveDeleveraged(pool, onBehalf, repaid, withdrawAmount, refund);
    }

    // ------------------------------------------------------------ callbacks

    /// @notice Aave's flash-loan callback: only the pool of the owner's
    /// call in progress, for a loan this contract initiated.
    function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes calldata params)
        external
        returns (bool)
    {
        uint8 p = phase;
        if (initiator != address(this) || (p != AAVE_LIQUIDATING && p != AAVE_DELEVERAGING)) {
            revert UnexpectedCallback(msg.sender);
        }
        _enterCallback(p);
        uint256 owed = amount + premium;
        uint256 debtBefore = IERC20Minimal(asset).balanceOf(address(this));
        _approve(asset, msg.sender, amount);
        uint256 minProfit;
        address collateralAsset;
        Swap memory swap;
        if (p == AAVE_LIQUIDATING) {
            address user;
            (collateralAsset, user, swap, minProfit) = abi.decode(params, (address, address, Swap, uint256));
            flashSeized = IERC20Minimal(collateralAsset).balanceOf(address(this));
            IAavePoolKeeper(msg.sender).liquidationCall(collateralAsset, asset, user, amount, false);
            flashSeized = IERC20Minimal(collateralAsset).balanceOf(address(this)) - flashSeized;
        } else {
            address aToken;
            address onBehalf;
            uint256 withdrawAmount;
            (collateralAsset, aToken, onBehalf, withdrawAmount, swap) =
                abi.decode(params, (address, address, address, uint256, Swap));
            IAavePoolKeeper(msg.sender).repay(asset, amount, 2, onBehalf);
            // The debt is lower now, so the transfer's health check sees it.
            TokenTransfer.pull(aToken, onBehalf, address(this), withdrawAmount);
            IAavePoolKeeper(msg.sender).withdraw(collateralAsset, withdrawAmount, address(this));
        }
        flashRepaid = debtBefore - IERC20Minimal(asset).balanceOf(address(this));
        uint256 proceeds = _sellCollateral(collateralAsset, asset, swap);
        // What is left of the loan plus the sale must cover the loan.
        _settle(asset, msg.sender, proceeds + amount - flashRepaid, owed, minProfit);
        return true;
    }

    function onMorphoLiquidate(uint256 repaidAssets, bytes calldata data) external {
        _enterCallback(LIQUIDATING);
        (address loanToken, address collateralToken, Swap memory swap, uint256 minProfit) =
            abi.decode(data, (address, address, Swap, uint256));
        uint256 proceeds = _sellCollateral(collateralToken, loanToken, swap);
        _settle(loanToken, msg.sender, proceeds, repaidAssets, minProfit);
    }

    function onPreLiquidate(uint256 repaidAssets, bytes calldata data) external {
        _enterCallback(PRE_LIQUIDATING);
        (address loanToken, address collateralToken, Swap memory swap, uint256 minProfit) =
            abi.decode(data, (address, address, Swap, uint256));
        uint256 proceeds = _sellCollateral(collateralToken, loanToken, swap);
        // The PreLiquidation contract pulls the repayment from us.
        _settle(loanToken, msg.sender, proceeds, repaidAssets, minProfit);
    }

    function onMorphoRepay(uint256 assets, bytes calldata data) external {
        _enterCallback(DELEVERAGING);
        (MarketParams memory mp, address onBehalf, uint256 withdrawAssets, Swap memory swap) =
            abi.decode(data, (MarketParams, address, uint256, Swap));
        // Morpho has already lowered the debt, so this health check sees it.
        IMorphoKeeper(MORPHO).withdrawCollateral(mp, withdrawAssets, onBehalf, address(this));
        uint256 proceeds = _sellCollateral(mp.collateralToken, mp.loanToken, swap);
        _settle(mp.loanToken, msg.sender, proceeds, assets, 0);
    }

    /// @notice Pays a Uniswap v3 pool for the swap this contract is making.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        data; // unused: the swap in progress is known from transient state
        address pool = swapPool;
        if (pool == address(0) || msg.sender != pool) revert UnexpectedCallback(msg.sender);
        int256 owed = swapZeroForOne ? amount0Delta : amount1Delta;
        if (owed > 0) {
            // Never more than the amount put up for this swap, even if called twice.
            require(uint256(owed) <= swapBudget, "swap overpaid");
            swapBudget -= uint256(owed);
            TokenTransfer.send(swapTokenIn, pool, uint256(owed));
        }
    }

    // ------------------------------------------------------------- internal

    function _open(uint8 p, address caller, address collateralToken) internal {
        require(phase == IDLE, "busy");
        phase = p;
        expectedCaller = caller;
        // Only the collateral received during the call is sold.
        collateralBefore = IERC20Minimal(collateralToken).balanceOf(address(this));
    }

    function _close() internal returns (uint256 proceeds) {
        require(settled, "callback not run");
        proceeds = proceedsOut;
        phase = IDLE;
        expectedCaller = address(0);
        settled = false;
        collateralBefore = 0;
        proceedsOut = 0;
    }

    function _enterCallback(uint8 p) internal view {
        if (phase != p || msg.sender != expectedCaller || settled) revert UnexpectedCallback(msg.sender);
    }

    function _settle(address loanToken, address payee, uint256 proceeds, uint256 owed, uint256 minProfit) internal {
        if (proceeds < owed) revert ProceedsBelowRepayment(proceeds, owed);
        if (proceeds - owed < minProfit) revert ProfitBelowMinimum(proceeds - owed, minProfit);
        _approve(loanToken, payee, owed);
        proceedsOut = proceeds;
        settled = true;
    }

    function _sellCollateral(address collateralToken, address loanToken, Swap memory swap)
        internal
        returns (uint256)
    {
        uint256 amountIn = IERC20Minimal(collateralToken).balanceOf(address(this)) - collateralBefore;
        return _swap(collateralToken, loanToken, amountIn, swap);
    }

    function _swap(address tokenIn, address tokenOut, uint256 amountIn, Swap memory s) internal returns (uint256 out) {
        if (s.kind != VENUE_CURVE && s.kind != VENUE_UNIV3) revert UnknownVenue(s.kind);
        require(s.pool.code.length > 0, "pool has no code");
        uint256 before = IERC20Minimal(tokenOut).balanceOf(address(this));
        // Pull-style pools use the allowance; v3 pools are paid in the callback.
        _approve(tokenIn, s.pool, amountIn);
        if (s.kind == VENUE_CURVE) {
            // Low-level: some Curve pools return nothing from exchange.
            // min_dy 0: the output is checked below, in the same transaction,
            // so a shallow pool reverts with SwapOutputBelowMinimum whatever
            // the venue (the keeper sizes down on it).
            (bool ok, bytes memory ret) =
                s.pool.call(abi.encodeCall(ICurveExchange.exchange, (s.i, s.j, amountIn, 0)));
            if (!ok) {
                assembly {
                    revert(add(ret, 32), mload(ret))
                }
            }
        } else {
            require(amountIn <= uint256(type(int256).max), "amount too large");
            swapPool = s.pool;
            swapTokenIn = tokenIn;
            swapZeroForOne = s.zeroForOne;
            swapBudget = amountIn;
            IUniswapV3Swap(s.pool).swap(
                address(this),
                s.zeroForOne,
                int256(amountIn),
                s.zeroForOne ? MIN_SQRT_PRICE_LIMIT : MAX_SQRT_PRICE_LIMIT,
                ""
            );
            swapPool = address(0);
            swapTokenIn = address(0);
            swapZeroForOne = false;
            swapBudget = 0;
        }
        _approve(tokenIn, s.pool, 0);
        // Measured, not taken from return values, which venues report differently.
        out = IERC20Minimal(tokenOut).balanceOf(address(this)) - before;
        if (out < s.minOut) revert SwapOutputBelowMinimum(out, s.minOut);
    }

    /// @dev approve that accepts tokens returning nothing and tokens (USDT)
    /// that refuse to change a nonzero allowance to another nonzero value.
    function _approve(address token, address spender, uint256 amount) internal {
        if (_tryApprove(token, spender, amount)) return;
        require(_tryApprove(token, spender, 0) && _tryApprove(token, spender, amount), "approve failed");
    }

    function _tryApprove(address token, address spender, uint256 amount) internal returns (bool) {
        require(token.code.length > 0, "no code");
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Approve.approve, (spender, amount)));
        return ok && (ret.length == 0 || (ret.length == 32 && abi.decode(ret, (bool))));
    }
}
