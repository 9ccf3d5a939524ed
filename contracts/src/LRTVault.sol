// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title LRTVault
/// @notice A liquid restaking token for devnets: an 18-decimal ERC-20 whose
/// value in the underlying asset is an owner-set exchange rate (WAD, assets
/// per share). It exposes the ERC-4626 conversion reads and a Balancer-style
/// getRate() so oracles can price it.
contract LRTVault {
    uint256 internal constant WAD = 1e18;

    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    address public immutable asset;
    address public owner;
    uint256 internal rate;
    uint256 public lastRateUpdate;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares);
    event RateUpdated(uint256 oldRate, uint256 newRate, uint256 timestamp);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    constructor(string memory name_, string memory symbol_, address asset_, uint256 initialRateWad) {
        require(initialRateWad != 0, "zero rate");
        name = name_;
        symbol = symbol_;
        asset = asset_;
        owner = msg.sender;
        rate = initialRateWad;
        lastRateUpdate = block.timestamp;
        emit RateUpdated(0, initialRateWad, block.timestamp);
    }

    // ------------------------------------------------------------------ rate

    function setRate(uint256 newRateWad) external onlyOwner {
        require(newRateWad != 0, "zero rate");
        emit RateUpdated(rate, newRateWad, block.timestamp);
        rate = newRateWad;
        lastRateUpdate = block.timestamp;
    }

    function getRate() external view returns (uint256) {
        return rate;
    }

    function convertToAssets(uint256 shares) public view returns (uint256) {
        return (shares * rate) / WAD;
    }

    function convertToShares(uint256 assets) public view returns (uint256) {
        return (assets * WAD) / rate;
    }

    function totalAssets() external view returns (uint256) {
        return (totalSupply * rate) / WAD;
    }

    // ------------------------------------------------------- issuance

    function mint(address to, uint256 shares) external onlyOwner {
        _mint(to, shares);
    }

    /// @notice Pulls `assets` of the underlying from the caller and mints the
    /// shares they buy at the current rate (rounded down) to `receiver`.
    function deposit(uint256 assets, address receiver) external returns (uint256 shares) {
        shares = convertToShares(assets);
        require(shares != 0, "zero shares");
        TokenTransfer.pull(asset, msg.sender, address(this), assets);
        _mint(receiver, shares);
        emit Deposit(msg.sender, receiver, assets, shares);
    }

    // ----------------------------------------------------------------- ERC-20

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            require(allowed >= value, "insufficient allowance");
            allowance[from][msg.sender] = allowed - value;
        }
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) internal {
        require(to != address(0), "zero address");
        require(balanceOf[from] >= value, "insufficient balance");
        balanceOf[from] -= value;
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }

    function _mint(address to, uint256 value) internal {
        require(to != address(0), "zero address");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }
}
