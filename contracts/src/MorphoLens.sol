// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams, Market, IMorphoCore, IOracle} from "./interfaces/IMorpho.sol";
import {MorphoMath} from "./libraries/MorphoMath.sol";

/// @title MorphoLens
/// @notice Verification reads for Morpho Blue, meant to be eth_call'ed at a
/// chosen block. Functions are not view: they accrue interest first so the
/// answers match what the next Morpho transaction in that block would see.
contract MorphoLens {
    using MorphoMath for uint256;

    uint256 internal constant ORACLE_PRICE_SCALE = 1e36;

    /// @notice Morpho's health check for `borrower` after accrual.
    /// @return borrowed toAssetsUp(borrowShares)
    /// @return maxBorrow collateral * price / 1e36 * lltv / 1e18, each rounded down
    /// @return collateral the borrower's collateral
    /// @return price the oracle price (1e36 scale)
    /// @return healthy true when there is no debt or maxBorrow >= borrowed
    function health(address morpho, MarketParams memory params, address borrower)
        external
        returns (uint256 borrowed, uint256 maxBorrow, uint256 collateral, uint256 price, bool healthy)
    {
        Market memory m = _accrued(morpho, params);
        (, uint128 borrowShares, uint128 coll) = IMorphoCore(morpho).position(_id(params), borrower);
        collateral = coll;
        price = IOracle(params.oracle).price();
        borrowed = uint256(borrowShares).toAssetsUp(m.totalBorrowAssets, m.totalBorrowShares);
        maxBorrow = collateral.mulDivDown(price, ORACLE_PRICE_SCALE).wMulDown(params.lltv);
        healthy = borrowShares == 0 || maxBorrow >= borrowed;
    }

    /// @notice The market's totals after accrual.
    function marketTotals(address morpho, MarketParams memory params) external returns (Market memory) {
        return _accrued(morpho, params);
    }

    function _accrued(address morpho, MarketParams memory params) internal returns (Market memory m) {
        IMorphoCore(morpho).accrueInterest(params);
        (
            m.totalSupplyAssets,
            m.totalSupplyShares,
            m.totalBorrowAssets,
            m.totalBorrowShares,
            m.lastUpdate,
            m.fee
        ) = IMorphoCore(morpho).market(_id(params));
    }

    function _id(MarketParams memory params) internal pure returns (bytes32) {
        return keccak256(abi.encode(params));
    }
}
