// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAaveAddressesProvider} from "../interfaces/IAavePool.sol";

/// @title AavePoolAddressesProvider
/// @notice The PoolAddressesProvider reads (getPool, getPriceOracle,
/// getPoolDataProvider, getAddress, getMarketId) over plain owner-set
/// addresses; there are no proxies.
contract AavePoolAddressesProvider is IAaveAddressesProvider {
    bytes32 private constant POOL = "POOL";
    bytes32 private constant PRICE_ORACLE = "PRICE_ORACLE";
    bytes32 private constant DATA_PROVIDER = "DATA_PROVIDER";

    address public owner;
    string internal _marketId;
    mapping(bytes32 => address) internal _addresses;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event MarketIdSet(string indexed oldMarketId, string indexed newMarketId);
    event PoolUpdated(address indexed oldAddress, address indexed newAddress);
    event PriceOracleUpdated(address indexed oldAddress, address indexed newAddress);
    event PoolDataProviderUpdated(address indexed oldAddress, address indexed newAddress);
    event AddressSet(bytes32 indexed id, address indexed oldAddress, address indexed newAddress);

    error CallerNotOwner();

    modifier onlyOwner() {
        if (msg.sender != owner) revert CallerNotOwner();
        _;
    }

    constructor(string memory marketId, address owner_) {
        owner = owner_;
        _marketId = marketId;
        emit OwnershipTransferred(address(0), owner_);
        emit MarketIdSet("", marketId);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    function getMarketId() external view returns (string memory) {
        return _marketId;
    }

    function getAddress(bytes32 id) external view returns (address) {
        return _addresses[id];
    }

    function setAddress(bytes32 id, address newAddress) external onlyOwner {
        emit AddressSet(id, _addresses[id], newAddress);
        _addresses[id] = newAddress;
    }

    function getPool() external view returns (address) {
        return _addresses[POOL];
    }

    function setPool(address newPool) external onlyOwner {
        emit PoolUpdated(_addresses[POOL], newPool);
        _addresses[POOL] = newPool;
    }

    function getPriceOracle() external view returns (address) {
        return _addresses[PRICE_ORACLE];
    }

    function setPriceOracle(address newPriceOracle) external onlyOwner {
        emit PriceOracleUpdated(_addresses[PRICE_ORACLE], newPriceOracle);
        _addresses[PRICE_ORACLE] = newPriceOracle;
    }

    function getPoolDataProvider() external view returns (address) {
        return _addresses[DATA_PROVIDER];
    }

    function setPoolDataProvider(address newDataProvider) external onlyOwner {
        emit PoolDataProviderUpdated(_addresses[DATA_PROVIDER], newDataProvider);
        _addresses[DATA_PROVIDER] = newDataProvider;
    }
}
