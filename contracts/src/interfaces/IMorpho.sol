// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Parameters that identify a Morpho Blue market. The market id is
/// keccak256(abi.encode(MarketParams)).
struct MarketParams {
    address loanToken;
    address collateralToken;
    address oracle;
    address irm;
    uint256 lltv;
}

/// @notice Aggregated state of one market. Totals exclude interest accrued
/// since lastUpdate.
struct Market {
    uint128 totalSupplyAssets;
    uint128 totalSupplyShares;
    uint128 totalBorrowAssets;
    uint128 totalBorrowShares;
    uint128 lastUpdate;
    uint128 fee;
}

/// @notice One account's state in one market.
struct Position {
    uint256 supplyShares;
    uint128 borrowShares;
    uint128 collateral;
}

/// @notice The subset of the Morpho Blue singleton used by helper contracts.
interface IMorphoCore {
    function accrueInterest(MarketParams memory marketParams) external;

    function position(bytes32 id, address user)
        external
        view
        returns (uint256 supplyShares, uint128 borrowShares, uint128 collateral);

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
        );
}

/// @notice Interest rate model interface.
interface IIrm {
    /// @notice Per-second borrow rate (WAD); may update the model's state.
    function borrowRate(MarketParams memory marketParams, Market memory market) external returns (uint256);

    /// @notice Per-second borrow rate (WAD) without touching state.
    function borrowRateView(MarketParams memory marketParams, Market memory market) external view returns (uint256);
}

/// @notice Price oracle interface: value of one raw collateral unit in raw
/// loan units, scaled by 1e36.
interface IOracle {
    function price() external view returns (uint256);
}

interface IMorphoSupplyCallback {
    function onMorphoSupply(uint256 assets, bytes calldata data) external;
}

interface IMorphoRepayCallback {
    function onMorphoRepay(uint256 assets, bytes calldata data) external;
}

interface IMorphoSupplyCollateralCallback {
    function onMorphoSupplyCollateral(uint256 assets, bytes calldata data) external;
}

interface IMorphoLiquidateCallback {
    function onMorphoLiquidate(uint256 repaidAssets, bytes calldata data) external;
}

interface IMorphoFlashLoanCallback {
    function onMorphoFlashLoan(uint256 assets, bytes calldata data) external;
}
