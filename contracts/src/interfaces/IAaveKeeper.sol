// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The Aave v3 Pool calls KeeperExecutor makes, with Aave's own
/// signatures, so it runs against a deployed Pool as against the test one.
interface IAavePoolKeeper {
    function flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes calldata params, uint16 referralCode)
        external;

    function liquidationCall(
        address collateralAsset,
        address debtAsset,
        address user,
        uint256 debtToCover,
        bool receiveAToken
    ) external;

    function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) external returns (uint256);

    function withdraw(address asset, uint256 amount, address to) external returns (uint256);
}
