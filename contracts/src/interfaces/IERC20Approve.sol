// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice ERC-20 approve, kept apart from IERC20Minimal, which the older
/// contracts share.
interface IERC20Approve {
    function approve(address spender, uint256 amount) external returns (bool);
    function allowance(address owner, address spender) external view returns (uint256);
}
