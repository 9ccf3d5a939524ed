// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveScaledToken} from "./AaveScaledToken.sol";
import {TokenTransfer} from "../libraries/TokenTransfer.sol";

/// @title AaveAToken
/// @notice Interest-bearing deposit token with the Aave v3.5 AToken ABI and
/// rounding: balanceOf = floor(scaled * liquidityIndex); transfers move
/// ceil(amount / index) scaled units and ask the pool to validate the
/// sender (finalizeTransfer). The aToken holds the reserve's underlying.
contract AaveAToken is AaveScaledToken {
    mapping(address => mapping(address => uint256)) internal _allowances;

    event BalanceTransfer(address indexed from, address indexed to, uint256 value, uint256 index);

    error InsufficientAllowance();
    error ZeroAddressNotValid();

    constructor(address pool, address underlying, uint8 decimals_, string memory name_, string memory symbol_)
        AaveScaledToken(pool, underlying, decimals_, name_, symbol_)
    {}

    function _balance(uint256 scaled, uint256 index) internal pure override returns (uint256) {
        return AaveMath.rayMulFloor(scaled, index);
    }

    // ------------------------------------------------------------- ERC-20

    function balanceOf(address user) external view returns (uint256) {
        return AaveMath.rayMulFloor(_userState[user].balance, _pool().getReserveNormalizedIncome(_underlying));
    }

    function totalSupply() external view returns (uint256) {
        uint256 s = _scaledTotalSupply;
        if (s == 0) return 0;
        return AaveMath.rayMulFloor(s, _pool().getReserveNormalizedIncome(_underlying));
    }

    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        _approve(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transferChecked(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = _allowances[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < amount) revert InsufficientAllowance();
            _approve(from, msg.sender, allowed - amount);
        }
        _transferChecked(from, to, amount);
        return true;
    }

    function RESERVE_TREASURY_ADDRESS() external view returns (address) {
        return _pool().treasury();
    }

    // ---------------------------------------------------------- pool only

    function mint(address caller, address onBehalfOf, uint256 scaledAmount, uint256 index)
        external
        onlyPool
        returns (bool)
    {
        return _mintScaled(caller, onBehalfOf, scaledAmount, index);
    }

    function burn(address from, address receiverOfUnderlying, uint256 amount, uint256 scaledAmount, uint256 index)
        external
        onlyPool
        returns (bool zeroAfter)
    {
        zeroAfter = _burnScaled(from, receiverOfUnderlying, scaledAmount, index);
        if (receiverOfUnderlying != address(this)) TokenTransfer.send(_underlying, receiverOfUnderlying, amount);
    }

    function mintToTreasury(uint256 scaledAmount, uint256 index) external onlyPool {
        if (scaledAmount == 0) return;
        _mintScaled(POOL, _pool().treasury(), scaledAmount, index);
    }

    function transferOnLiquidation(address from, address to, uint256 amount, uint256 scaledAmount, uint256 index)
        external
        onlyPool
    {
        _move(from, to, amount, scaledAmount, index);
    }

    function transferUnderlyingTo(address target, uint256 amount) external onlyPool {
        TokenTransfer.send(_underlying, target, amount);
    }

    // ----------------------------------------------------------- internal

    function _approve(address owner, address spender, uint256 amount) internal {
        _allowances[owner][spender] = amount;
        emit Approval(owner, spender, amount);
    }

    function _transferChecked(address from, address to, uint256 amount) internal {
        if (to == address(0)) revert ZeroAddressNotValid();
        uint256 index = _pool().getReserveNormalizedIncome(_underlying);
        uint256 fromBefore = _userState[from].balance;
        uint256 toBefore = _userState[to].balance;
        uint256 scaledAmount = AaveMath.rayDivCeil(amount, index);
        _move(from, to, amount, scaledAmount, index);
        _pool().finalizeTransfer(_underlying, from, to, scaledAmount, fromBefore, toBefore);
    }

    /// @dev Moves scaled balance; first reports each side's accrued interest
    /// as Transfer(0, user) + Mint, then Transfer(amount) + BalanceTransfer(scaled).
    function _move(address from, address to, uint256 amount, uint256 scaledAmount, uint256 index) internal {
        UserState storage f = _userState[from];
        UserState storage t = _userState[to];
        uint256 fromScaled = f.balance;
        uint256 toScaled = t.balance;
        uint256 fromIncrease = _balance(fromScaled, index) - _balance(fromScaled, f.additionalData);
        uint256 toIncrease = _balance(toScaled, index) - _balance(toScaled, t.additionalData);

        f.additionalData = uint128(index);
        t.additionalData = uint128(index);
        f.balance = uint120(fromScaled - scaledAmount);
        t.balance = _toU120(uint256(t.balance) + scaledAmount);

        if (fromIncrease != 0) {
            emit Transfer(address(0), from, fromIncrease);
            emit Mint(msg.sender, from, fromIncrease, fromIncrease, index);
        }
        if (from != to && toIncrease != 0) {
            emit Transfer(address(0), to, toIncrease);
            emit Mint(msg.sender, to, toIncrease, toIncrease, index);
        }
        emit Transfer(from, to, amount);
        emit BalanceTransfer(from, to, scaledAmount, index);
    }
}
