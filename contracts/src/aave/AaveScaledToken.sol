// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAavePoolForTokens} from "../interfaces/IAavePool.sol";

/// @title AaveScaledToken
/// @notice Shared core of AaveAToken and AaveVariableDebtToken: balances are
/// stored scaled by the reserve index; each user also keeps the index of
/// their last balance change (getPreviousIndex), from which Mint/Burn report
/// the interest earned since. Mint/Burn values follow v3.5: the difference
/// between the new and the previous up-scaled balance.
abstract contract AaveScaledToken {
    struct UserState {
        uint120 balance;
        uint128 additionalData;
    }

    address public immutable POOL;
    address internal immutable _underlying;
    uint8 public immutable decimals;
    string public name;
    string public symbol;

    mapping(address => UserState) internal _userState;
    uint256 internal _scaledTotalSupply;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Mint(
        address indexed caller, address indexed onBehalfOf, uint256 value, uint256 balanceIncrease, uint256 index
    );
    event Burn(address indexed from, address indexed target, uint256 value, uint256 balanceIncrease, uint256 index);

    error CallerMustBePool();
    error InvalidMintAmount();
    error InvalidBurnAmount();

    modifier onlyPool() {
        if (msg.sender != POOL) revert CallerMustBePool();
        _;
    }

    constructor(address pool, address underlying, uint8 decimals_, string memory name_, string memory symbol_) {
        POOL = pool;
        _underlying = underlying;
        decimals = decimals_;
        name = name_;
        symbol = symbol_;
    }

    /// @dev Up-scales a scaled balance with the token's rounding.
    function _balance(uint256 scaled, uint256 index) internal pure virtual returns (uint256);

    function UNDERLYING_ASSET_ADDRESS() external view returns (address) {
        return _underlying;
    }

    function scaledBalanceOf(address user) external view returns (uint256) {
        return _userState[user].balance;
    }

    function scaledTotalSupply() public view returns (uint256) {
        return _scaledTotalSupply;
    }

    function getScaledUserBalanceAndSupply(address user) external view returns (uint256, uint256) {
        return (_userState[user].balance, _scaledTotalSupply);
    }

    function getPreviousIndex(address user) external view returns (uint256) {
        return _userState[user].additionalData;
    }

    /// @return firstMint True when the user's scaled balance was zero before.
    function _mintScaled(address caller, address onBehalfOf, uint256 amountScaled, uint256 index)
        internal
        returns (bool firstMint)
    {
        if (amountScaled == 0) revert InvalidMintAmount();
        UserState storage s = _userState[onBehalfOf];
        uint256 scaled = s.balance;
        uint256 prev = _balance(scaled, s.additionalData);
        uint256 next = _balance(scaled + amountScaled, index);
        uint256 increase = _balance(scaled, index) - prev;

        s.additionalData = uint128(index);
        s.balance = _toU120(scaled + amountScaled);
        _scaledTotalSupply += amountScaled;

        emit Transfer(address(0), onBehalfOf, next - prev);
        emit Mint(caller, onBehalfOf, next - prev, increase, index);
        return scaled == 0;
    }

    /// @return zeroAfter True when the user's scaled balance is zero after.
    function _burnScaled(address user, address target, uint256 amountScaled, uint256 index)
        internal
        returns (bool zeroAfter)
    {
        if (amountScaled == 0) revert InvalidBurnAmount();
        UserState storage s = _userState[user];
        uint256 scaled = s.balance;
        uint256 left = scaled - amountScaled;
        uint256 prev = _balance(scaled, s.additionalData);
        uint256 next = _balance(left, index);
        uint256 increase = _balance(scaled, index) - prev;

        s.additionalData = uint128(index);
        s.balance = uint120(left);
        _scaledTotalSupply -= amountScaled;

        if (next > prev) {
            emit Transfer(address(0), user, next - prev);
            emit Mint(user, user, next - prev, increase, index);
        } else {
            emit Transfer(user, address(0), prev - next);
            emit Burn(user, target, prev - next, increase, index);
        }
        return left == 0;
    }

    function _toU120(uint256 x) internal pure returns (uint120) {
        require(x <= type(uint120).max, "uint120 overflow");
        return uint120(x);
    }

    function _pool() internal view returns (IAavePoolForTokens) {
        return IAavePoolForTokens(POOL);
    }
}
