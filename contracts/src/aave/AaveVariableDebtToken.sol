// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveScaledToken} from "./AaveScaledToken.sol";

/// @title AaveVariableDebtToken
/// @notice Non-transferable variable debt token with the Aave v3.5 ABI and
/// rounding: balanceOf = ceil(scaled * variableBorrowIndex). Supports credit
/// delegation (approveDelegation / borrowAllowance).
contract AaveVariableDebtToken is AaveScaledToken {
    mapping(address => mapping(address => uint256)) internal _borrowAllowances;

    event BorrowAllowanceDelegated(
        address indexed fromUser, address indexed toUser, address indexed asset, uint256 amount
    );

    error OperationNotSupported();
    error InsufficientBorrowAllowance(address delegatee, uint256 allowance, uint256 amount);

    constructor(address pool, address underlying, uint8 decimals_, string memory name_, string memory symbol_)
        AaveScaledToken(pool, underlying, decimals_, name_, symbol_)
    {}

    function _balance(uint256 scaled, uint256 index) internal pure override returns (uint256) {
        return AaveMath.rayMulCeil(scaled, index);
    }

    function balanceOf(address user) external view returns (uint256) {
        return AaveMath.rayMulCeil(_userState[user].balance, _pool().getReserveNormalizedVariableDebt(_underlying));
    }

    function totalSupply() external view returns (uint256) {
        return AaveMath.rayMulCeil(_scaledTotalSupply, _pool().getReserveNormalizedVariableDebt(_underlying));
    }

    // --------------------------------------------------- credit delegation

    function approveDelegation(address delegatee, uint256 amount) external {
        _borrowAllowances[msg.sender][delegatee] = amount;
        emit BorrowAllowanceDelegated(msg.sender, delegatee, _underlying, amount);
    }

    function borrowAllowance(address fromUser, address toUser) external view returns (uint256) {
        return _borrowAllowances[fromUser][toUser];
    }

    // ---------------------------------------------------------- pool only

    /// @return The scaled total supply after the mint.
    function mint(address user, address onBehalfOf, uint256 amount, uint256 scaledAmount, uint256 index)
        external
        onlyPool
        returns (uint256)
    {
        if (user != onBehalfOf) {
            uint256 allowed = _borrowAllowances[onBehalfOf][user];
            if (allowed < amount) revert InsufficientBorrowAllowance(user, allowed, amount);
            uint256 used = AaveMath.rayMulCeil(scaledAmount, index);
            uint256 newAllowance = allowed - (used < allowed ? used : allowed);
            _borrowAllowances[onBehalfOf][user] = newAllowance;
            emit BorrowAllowanceDelegated(onBehalfOf, user, _underlying, newAllowance);
        }
        _mintScaled(user, onBehalfOf, scaledAmount, index);
        return _scaledTotalSupply;
    }

    /// @return noMoreDebt True when the user's debt is zero after the burn.
    /// @return The scaled total supply after the burn.
    function burn(address from, uint256 scaledAmount, uint256 index) external onlyPool returns (bool, uint256) {
        bool noMoreDebt = _burnScaled(from, address(0), scaledAmount, index);
        return (noMoreDebt, _scaledTotalSupply);
    }

    // ------------------------------------------------------ not supported

    function transfer(address, uint256) external pure returns (bool) {
        revert OperationNotSupported();
    }

    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert OperationNotSupported();
    }

    function approve(address, uint256) external pure returns (bool) {
        revert OperationNotSupported();
    }

    function allowance(address, address) external pure returns (uint256) {
        revert OperationNotSupported();
    }
}
