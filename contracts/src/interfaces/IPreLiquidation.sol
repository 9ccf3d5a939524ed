// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams} from "./IMorpho.sol";

/// @notice A borrower's pre-liquidation terms, all WAD-scaled: preLltv is the
/// LTV above which pre-liquidation opens; the close factor (preLCF) and the
/// incentive factor (preLIF) move linearly from their 1 values at preLltv to
/// their 2 values at the market's LLTV.
struct PreLiquidationParams {
    uint256 preLltv;
    uint256 preLCF1;
    uint256 preLCF2;
    uint256 preLIF1;
    uint256 preLIF2;
    address preLiquidationOracle;
}

interface IPreLiquidation {
    function MORPHO() external view returns (address);

    function ID() external view returns (bytes32);

    function marketParams() external view returns (MarketParams memory);

    function preLiquidationParams() external view returns (PreLiquidationParams memory);

    function preLiquidate(address borrower, uint256 seizedAssets, uint256 repaidShares, bytes calldata data)
        external
        returns (uint256, uint256);
}

interface IPreLiquidationCallback {
    function onPreLiquidate(uint256 repaidAssets, bytes calldata data) external;
}
