// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAaveAggregator, IAavePriceOracleGetter} from "../interfaces/IAavePool.sol";

/// @title AaveOracle
/// @notice AaveOracle-compatible price getter: one Chainlink-style source per
/// asset, read with latestAnswer() and no staleness check. The base currency
/// itself is priced at BASE_CURRENCY_UNIT. When the source is unset or
/// answers <= 0, the fallback oracle is asked; with no fallback set the call
/// reverts with NoPriceAvailable (on Aave, the call to a zero fallback address
/// reverts too).
contract AaveOracle is IAavePriceOracleGetter {
    address public immutable BASE_CURRENCY;
    uint256 public immutable BASE_CURRENCY_UNIT;
    address public owner;

    mapping(address => address) internal _sources;
    address internal _fallbackOracle;

    event BaseCurrencySet(address indexed baseCurrency, uint256 baseCurrencyUnit);
    event AssetSourceUpdated(address indexed asset, address indexed source);
    event FallbackOracleUpdated(address indexed fallbackOracle);

    error CallerNotPoolAdmin();
    error InconsistentParamsLength();
    error NoPriceAvailable(address asset);

    constructor(address owner_, address baseCurrency, uint256 baseCurrencyUnit) {
        owner = owner_;
        BASE_CURRENCY = baseCurrency;
        BASE_CURRENCY_UNIT = baseCurrencyUnit;
        emit BaseCurrencySet(baseCurrency, baseCurrencyUnit);
    }

    function setAssetSources(address[] calldata assets, address[] calldata sources) external {
        if (msg.sender != owner) revert CallerNotPoolAdmin();
        if (assets.length != sources.length) revert InconsistentParamsLength();
        for (uint256 i; i < assets.length; ++i) {
            _sources[assets[i]] = sources[i];
            emit AssetSourceUpdated(assets[i], sources[i]);
        }
    }

    function setFallbackOracle(address fallbackOracle) external {
        if (msg.sender != owner) revert CallerNotPoolAdmin();
        _fallbackOracle = fallbackOracle;
        emit FallbackOracleUpdated(fallbackOracle);
    }

    function getAssetPrice(address asset) public view returns (uint256) {
        if (asset == BASE_CURRENCY) return BASE_CURRENCY_UNIT;
        address source = _sources[asset];
        if (source != address(0)) {
            int256 price = IAaveAggregator(source).latestAnswer();
            if (price > 0) return uint256(price);
        }
        address fb = _fallbackOracle;
        if (fb == address(0)) revert NoPriceAvailable(asset);
        return IAavePriceOracleGetter(fb).getAssetPrice(asset);
    }

    function getAssetsPrices(address[] calldata assets) external view returns (uint256[] memory prices) {
        prices = new uint256[](assets.length);
        for (uint256 i; i < assets.length; ++i) {
            prices[i] = getAssetPrice(assets[i]);
        }
    }

    function getSourceOfAsset(address asset) external view returns (address) {
        return _sources[asset];
    }

    function getFallbackOracle() external view returns (address) {
        return _fallbackOracle;
    }
}
