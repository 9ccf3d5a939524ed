// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAaveAggregator} from "../interfaces/IAavePool.sol";

/// @title CapoAdapter
/// @notice A correlated-asset price oracle with a capped exchange ratio, with
/// the semantics of BGD's CAPO PriceCapAdapterBase, generation B:
///
///   maxRatio     = snapshotRatio + maxRatioGrowthPerSecond * (now - snapshotTimestamp)
///   latestAnswer = base * min(ratio, maxRatio) / 10^RATIO_DECIMALS   (0 if base or ratio <= 0)
///   maxRatioGrowthPerSecond = floor(floor(snapshotRatio * maxYearlyPct / 1e4) / 365 days)
///
/// setCapParameters requires a non-zero ratio and
/// storedTimestamp < newTimestamp <= now - MINIMUM_SNAPSHOT_DELAY, and rejects
/// parameters that could overflow uint104 within three years of growth. It does
/// not compare the snapshot with the live ratio, so a snapshot can put the cap
/// below the market (as in the 10 March 2026 wstETH CAPO incident).
///
/// The ratio is read from RATIO_PROVIDER with a fixed staticcall payload that
/// must return one uint256, e.g. getRate() or convertToAssets(1e18) on
/// LRTVault. Access control is a single owner instead of the ACL manager.
contract CapoAdapter {
    struct PriceCapUpdateParams {
        uint104 snapshotRatio;
        uint48 snapshotTimestamp;
        uint16 maxYearlyRatioGrowthPercent;
    }

    uint256 public constant PERCENTAGE_FACTOR = 1e4;
    uint256 public constant SECONDS_PER_YEAR = 365 days;
    uint256 public constant MINIMAL_RATIO_INCREASE_LIFETIME = 3;

    IAaveAggregator public immutable BASE_TO_USD_AGGREGATOR;
    address public immutable RATIO_PROVIDER;
    uint8 public immutable DECIMALS;
    uint8 public immutable RATIO_DECIMALS;
    uint48 public immutable MINIMUM_SNAPSHOT_DELAY;

    address public owner;
    string internal _description;
    bytes internal _ratioCall;

    uint104 internal _snapshotRatio;
    uint48 internal _snapshotTimestamp;
    uint104 internal _maxRatioGrowthPerSecond;
    uint16 internal _maxYearlyRatioGrowthPercent;

    event CapParametersUpdated(
        uint256 snapshotRatio,
        uint256 snapshotTimestamp,
        uint256 maxRatioGrowthPerSecond,
        uint16 maxYearlyRatioGrowthPercent
    );

    error CallerIsNotRiskOrPoolAdmin();
    error SnapshotRatioIsZero();
    error InvalidRatioTimestamp(uint48 timestamp);
    error SnapshotMayOverflowSoon(uint104 snapshotRatio, uint16 maxYearlyRatioGrowthPercent);
    error RatioProviderCallFailed();

    constructor(
        address baseToUsdAggregator,
        address ratioProvider,
        uint8 ratioDecimals,
        uint48 minimumSnapshotDelay,
        string memory pairDescription,
        PriceCapUpdateParams memory priceCapParams,
        bytes memory ratioCall
    ) {
        BASE_TO_USD_AGGREGATOR = IAaveAggregator(baseToUsdAggregator);
        RATIO_PROVIDER = ratioProvider;
        DECIMALS = IAaveAggregator(baseToUsdAggregator).decimals();
        RATIO_DECIMALS = ratioDecimals;
        MINIMUM_SNAPSHOT_DELAY = minimumSnapshotDelay;
        owner = msg.sender;
        _description = pairDescription;
        _ratioCall = ratioCall;
        _setCapParameters(priceCapParams);
    }

    function setCapParameters(PriceCapUpdateParams calldata priceCapParams) external {
        if (msg.sender != owner) revert CallerIsNotRiskOrPoolAdmin();
        _setCapParameters(priceCapParams);
    }

    function transferOwnership(address newOwner) external {
        if (msg.sender != owner) revert CallerIsNotRiskOrPoolAdmin();
        owner = newOwner;
    }

    function description() external view returns (string memory) {
        return _description;
    }

    function decimals() external view returns (uint8) {
        return DECIMALS;
    }

    function getSnapshotRatio() external view returns (uint256) {
        return _snapshotRatio;
    }

    function getSnapshotTimestamp() external view returns (uint256) {
        return _snapshotTimestamp;
    }

    function getMaxRatioGrowthPerSecond() external view returns (uint256) {
        return _maxRatioGrowthPerSecond;
    }

    function getMaxYearlyGrowthRatePercent() external view returns (uint256) {
        return _maxYearlyRatioGrowthPercent;
    }

    /// @notice The live ratio from RATIO_PROVIDER.
    function getRatio() public view returns (int256) {
        (bool ok, bytes memory ret) = RATIO_PROVIDER.staticcall(_ratioCall);
        if (!ok || ret.length != 32) revert RatioProviderCallFailed();
        return int256(abi.decode(ret, (uint256)));
    }

    function latestAnswer() external view returns (int256) {
        int256 ratio = getRatio();
        int256 base = BASE_TO_USD_AGGREGATOR.latestAnswer();
        if (base <= 0 || ratio <= 0) return 0;
        int256 maxRatio = _maxRatio();
        if (maxRatio < ratio) ratio = maxRatio;
        return (base * ratio) / int256(10 ** RATIO_DECIMALS);
    }

    function isCapped() external view returns (bool) {
        return getRatio() > _maxRatio();
    }

    function _maxRatio() internal view returns (int256) {
        return int256(
            uint256(_snapshotRatio) + uint256(_maxRatioGrowthPerSecond) * (block.timestamp - _snapshotTimestamp)
        );
    }

    function _setCapParameters(PriceCapUpdateParams memory p) internal {
        if (p.snapshotRatio == 0) revert SnapshotRatioIsZero();
        if (_snapshotTimestamp >= p.snapshotTimestamp || p.snapshotTimestamp > block.timestamp - MINIMUM_SNAPSHOT_DELAY)
        {
            revert InvalidRatioTimestamp(p.snapshotTimestamp);
        }
        uint256 growth = ((uint256(p.snapshotRatio) * p.maxYearlyRatioGrowthPercent) / PERCENTAGE_FACTOR) / SECONDS_PER_YEAR;
        if (uint256(p.snapshotRatio) + growth * SECONDS_PER_YEAR * MINIMAL_RATIO_INCREASE_LIFETIME > type(uint104).max) {
            revert SnapshotMayOverflowSoon(p.snapshotRatio, p.maxYearlyRatioGrowthPercent);
        }
        _snapshotRatio = p.snapshotRatio;
        _snapshotTimestamp = p.snapshotTimestamp;
        _maxRatioGrowthPerSecond = uint104(growth);
        _maxYearlyRatioGrowthPercent = p.maxYearlyRatioGrowthPercent;
        emit CapParametersUpdated(p.snapshotRatio, p.snapshotTimestamp, growth, p.maxYearlyRatioGrowthPercent);
    }
}
