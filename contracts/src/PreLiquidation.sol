// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams, IOracle} from "./interfaces/IMorpho.sol";
import {IERC20Approve} from "./interfaces/IERC20Approve.sol";
import {IMorphoKeeper} from "./interfaces/IMorphoKeeper.sol";
import {PreLiquidationParams, IPreLiquidationCallback} from "./interfaces/IPreLiquidation.sol";
import {MorphoMath} from "./libraries/MorphoMath.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title PreLiquidation
/// @notice Test version of Morpho's PreLiquidation with the deployed ABI,
/// events and math: a borrower who authorised this contract on Morpho can be
/// partly liquidated while its LTV is in (preLltv, LLTV], with a close factor
/// and an incentive that grow linearly across that range.
contract PreLiquidation {
    using MorphoMath for uint256;

    uint256 internal constant ORACLE_PRICE_SCALE = 1e36;
    uint256 internal constant WAD = 1e18;

    address public immutable MORPHO;
    bytes32 public immutable ID;

    // Market parameters, kept as immutables so no call to Morpho is needed.
    address internal immutable LOAN_TOKEN;
    address internal immutable COLLATERAL_TOKEN;
    address internal immutable ORACLE;
    address internal immutable IRM;
    uint256 internal immutable LLTV;

    uint256 internal immutable PRE_LLTV;
    uint256 internal immutable PRE_LCF_1;
    uint256 internal immutable PRE_LCF_2;
    uint256 internal immutable PRE_LIF_1;
    uint256 internal immutable PRE_LIF_2;
    address internal immutable PRE_LIQUIDATION_ORACLE;

    event PreLiquidate(
        bytes32 indexed id,
        address indexed liquidator,
        address indexed borrower,
        uint256 repaidAssets,
        uint256 repaidShares,
        uint256 seizedAssets
    );

    error NonexistentMarket(bytes32 id);
    error PreLltvTooHigh();
    error PreLCFDecreasing();
    error PreLCFTooHigh();
    error PreLIFTooLow();
    error PreLIFDecreasing();
    error PreLIFTooHigh();
    error InconsistentInput();
    error NotPreLiquidatablePosition();
    error LiquidatablePosition();
    error PreLiquidationTooLarge(uint256 repaidShares, uint256 repayableShares);
    error NotMorpho();

    constructor(address morpho, bytes32 id, PreLiquidationParams memory params) {
        (,,,, uint128 lastUpdate,) = IMorphoKeeper(morpho).market(id);
        if (lastUpdate == 0) revert NonexistentMarket(id);
        (address loanToken, address collateralToken, address oracle, address irm, uint256 lltv) =
            IMorphoKeeper(morpho).idToMarketParams(id);

        if (params.preLltv >= lltv) revert PreLltvTooHigh();
        if (params.preLCF1 > params.preLCF2) revert PreLCFDecreasing();
        if (params.preLCF1 > WAD) revert PreLCFTooHigh();
        if (params.preLIF1 < WAD) revert PreLIFTooLow();
        if (params.preLIF1 > params.preLIF2) revert PreLIFDecreasing();
        // Above 1/LLTV the seized collateral could exceed what backs the debt.
        if (params.preLIF2 > WAD.wDivDown(lltv)) revert PreLIFTooHigh();

        MORPHO = morpho;
        ID = id;
        LOAN_TOKEN = loanToken;
        COLLATERAL_TOKEN = collateralToken;
        ORACLE = oracle;
        IRM = irm;
        LLTV = lltv;
        PRE_LLTV = params.preLltv;
        PRE_LCF_1 = params.preLCF1;
        PRE_LCF_2 = params.preLCF2;
        PRE_LIF_1 = params.preLIF1;
        PRE_LIF_2 = params.preLIF2;
        PRE_LIQUIDATION_ORACLE = params.preLiquidationOracle;
    }

    function marketParams() public view returns (MarketParams memory) {
        return MarketParams(LOAN_TOKEN, COLLATERAL_TOKEN, ORACLE, IRM, LLTV);
    }

    function preLiquidationParams() external view returns (PreLiquidationParams memory) {
        return PreLiquidationParams(PRE_LLTV, PRE_LCF_1, PRE_LCF_2, PRE_LIF_1, PRE_LIF_2, PRE_LIQUIDATION_ORACLE);
    }

    /// @notice Repays repaidShares of the borrower's debt (or the shares worth
    /// seizedAssets of collateral) and sends the collateral to the caller,
    /// which pays the loan token afterwards (after onPreLiquidate if data is
    /// non-empty). Returns the collateral seized and the assets repaid.
    function preLiquidate(address borrower, uint256 seizedAssets, uint256 repaidShares, bytes calldata data)
        external
        returns (uint256, uint256)
    {
        if (!MorphoMath.oneZero(seizedAssets, repaidShares)) revert InconsistentInput();
        MarketParams memory mp = marketParams();
        IMorphoKeeper(MORPHO).accrueInterest(mp);

        (,, uint256 tba, uint256 tbs,,) = IMorphoKeeper(MORPHO).market(ID);
        (, uint256 borrowShares, uint256 collateral) = IMorphoKeeper(MORPHO).position(ID, borrower);

        uint256 price = IOracle(PRE_LIQUIDATION_ORACLE).price();
        uint256 collQuoted = collateral.mulDivDown(price, ORACLE_PRICE_SCALE);
        uint256 borrowed = borrowShares.toAssetsUp(tba, tbs);

        if (borrowed <= collQuoted.wMulDown(PRE_LLTV)) revert NotPreLiquidatablePosition();
        if (borrowed > collQuoted.wMulDown(LLTV)) revert LiquidatablePosition();

        // Position of the LTV within (preLltv, LLTV], in WAD.
        uint256 ltv = borrowed.wDivUp(collQuoted);
        uint256 q = (ltv - PRE_LLTV).wDivDown(LLTV - PRE_LLTV);
        uint256 preLIF = PRE_LIF_1 + q.wMulDown(PRE_LIF_2 - PRE_LIF_1);
        uint256 preLCF = PRE_LCF_1 + q.wMulDown(PRE_LCF_2 - PRE_LCF_1);

        if (seizedAssets > 0) {
            uint256 seizedQuoted = seizedAssets.mulDivUp(price, ORACLE_PRICE_SCALE);
            repaidShares = seizedQuoted.wDivUp(preLIF).toSharesUp(tba, tbs);
        } else {
            seizedAssets = repaidShares.toAssetsDown(tba, tbs).wMulDown(preLIF).mulDivDown(ORACLE_PRICE_SCALE, price);
        }

        uint256 repayableShares = borrowShares.wMulDown(preLCF);
        if (repaidShares > repayableShares) revert PreLiquidationTooLarge(repaidShares, repayableShares);

        bytes memory callbackData = abi.encode(seizedAssets, borrower, msg.sender, data);
        (uint256 repaidAssets,) = IMorphoKeeper(MORPHO).repay(mp, 0, repaidShares, borrower, callbackData);

        emit PreLiquidate(ID, msg.sender, borrower, repaidAssets, repaidShares, seizedAssets);
        return (seizedAssets, repaidAssets);
    }

    /// @notice Morpho's repay callback: the debt is already lowered, so the
    /// collateral can leave the position before the liquidator pays.
    function onMorphoRepay(uint256 repaidAssets, bytes calldata callbackData) external {
        // Morpho only calls back the repay caller, i.e. preLiquidate above.
        if (msg.sender != MORPHO) revert NotMorpho();
        (uint256 seizedAssets, address borrower, address liquidator, bytes memory data) =
            abi.decode(callbackData, (uint256, address, address, bytes));

        MarketParams memory mp = marketParams();
        IMorphoKeeper(MORPHO).withdrawCollateral(mp, seizedAssets, borrower, liquidator);

        if (data.length > 0) IPreLiquidationCallback(liquidator).onPreLiquidate(repaidAssets, data);

        TokenTransfer.pull(LOAN_TOKEN, liquidator, address(this), repaidAssets);
        _approve(LOAN_TOKEN, MORPHO, repaidAssets);
    }

    /// @dev approve tolerant of tokens returning nothing and of tokens that
    /// refuse nonzero-to-nonzero changes.
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
