// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams, IMorphoCore} from "./IMorpho.sol";

/// @notice The Morpho Blue entry points the liquidation contracts call, on
/// top of the core reads. The tuple returns encode exactly like Morpho's
/// structs, so this works against the deployed singleton too.
interface IMorphoKeeper is IMorphoCore {
    function liquidate(
        MarketParams memory marketParams,
        address borrower,
        uint256 seizedAssets,
        uint256 repaidShares,
        bytes memory data
    ) external returns (uint256, uint256);

    function repay(MarketParams memory marketParams, uint256 assets, uint256 shares, address onBehalf, bytes memory data)
        external
        returns (uint256, uint256);

    function withdrawCollateral(MarketParams memory marketParams, uint256 assets, address onBehalf, address receiver)
        external;

    function idToMarketParams(bytes32 id)
        external
        view
        returns (address loanToken, address collateralToken, address oracle, address irm, uint256 lltv);
}
