// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IOracle} from "./interfaces/IMorpho.sol";
import {IERC4626Rate, IAggregatorV3} from "./interfaces/IERC20Minimal.sol";

/// @title MorphoChainlinkOracle
/// @notice A Morpho oracle priced from at most one ERC-4626 vault rate and at
/// most one Chainlink feed, with MorphoChainlinkOracleV2's getters. The quote
/// side (vault and feeds) is always empty here.
///
/// price() = SCALE_FACTOR * vaultValue * feedValue, where
///   vaultValue = BASE_VAULT.convertToAssets(BASE_VAULT_CONVERSION_SAMPLE) (1 without vault)
///   feedValue  = BASE_FEED_1 answer (1 without feed, reverts when negative)
///   SCALE_FACTOR = 10^(36 + quoteDecimals - baseDecimals - feedDecimals) / sample.
/// A vault-only oracle prices the exchange rate; a feed-only oracle prices the market.
contract MorphoChainlinkOracle is IOracle {
    address public immutable BASE_VAULT;
    uint256 public immutable BASE_VAULT_CONVERSION_SAMPLE;
    address public constant QUOTE_VAULT = address(0);
    uint256 public constant QUOTE_VAULT_CONVERSION_SAMPLE = 1;
    address public immutable BASE_FEED_1;
    address public constant BASE_FEED_2 = address(0);
    address public constant QUOTE_FEED_1 = address(0);
    address public constant QUOTE_FEED_2 = address(0);
    uint256 public immutable SCALE_FACTOR;

    constructor(
        address baseVault,
        uint256 baseVaultConversionSample,
        address baseFeed,
        uint256 baseTokenDecimals,
        uint256 quoteTokenDecimals
    ) {
        uint256 sample = 1;
        if (baseVault != address(0)) {
            require(baseVaultConversionSample != 0, "vault conversion sample is zero");
            sample = baseVaultConversionSample;
        }
        uint256 feedDecimals = baseFeed == address(0) ? 0 : IAggregatorV3(baseFeed).decimals();
        require(36 + quoteTokenDecimals >= baseTokenDecimals + feedDecimals, "decimals out of range");

        BASE_VAULT = baseVault;
        BASE_VAULT_CONVERSION_SAMPLE = sample;
        BASE_FEED_1 = baseFeed;
        SCALE_FACTOR = 10 ** (36 + quoteTokenDecimals - baseTokenDecimals - feedDecimals) / sample;
    }

    function price() external view returns (uint256) {
        uint256 vaultValue = BASE_VAULT == address(0) ? 1 : IERC4626Rate(BASE_VAULT).convertToAssets(BASE_VAULT_CONVERSION_SAMPLE);
        uint256 feedValue = 1;
        if (BASE_FEED_1 != address(0)) {
            (, int256 answer,,,) = IAggregatorV3(BASE_FEED_1).latestRoundData();
            require(answer >= 0, "negative answer");
            feedValue = uint256(answer);
        }
        return SCALE_FACTOR * vaultValue * feedValue;
    }
}
