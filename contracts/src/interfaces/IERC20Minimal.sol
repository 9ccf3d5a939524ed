// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The ERC-20 calls the contracts in this directory make on tokens.
interface IERC20Minimal {
    function balanceOf(address account) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @notice The ERC-4626 conversion read by MorphoChainlinkOracle.
interface IERC4626Rate {
    function convertToAssets(uint256 shares) external view returns (uint256);
}

/// @notice Chainlink AggregatorV3 read interface.
interface IAggregatorV3 {
    function decimals() external view returns (uint8);

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
}
