// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Curve pool trade. Older pools return nothing, so callers should
/// not rely on the return value.
interface ICurveExchange {
    function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) external returns (uint256);
}

/// @notice Uniswap v3 pool trade; amountSpecified > 0 means exact input.
interface IUniswapV3Swap {
    function swap(
        address recipient,
        bool zeroForOne,
        int256 amountSpecified,
        uint160 sqrtPriceLimitX96,
        bytes calldata data
    ) external returns (int256 amount0, int256 amount1);
}
