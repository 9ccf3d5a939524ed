// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RiskOracle} from "./RiskOracle.sol";

/// @title RiskOracleFeed
/// @notice A Chainlink AggregatorV3 view over one (updateType, market)
/// series of a RiskOracle. Each update of that series is a round:
/// roundId = the update's global updateId (so round ids of one feed are
/// increasing but not contiguous), answer = the first 32 bytes of newValue
/// decoded as int256 (publish abi.encode(int256) or a tuple that starts with
/// it), startedAt = updatedAt = the block time of the update, and
/// answeredInRound = roundId. Unlike rate adapters that return zeros, the
/// timestamps are real, so consumers can check staleness.
contract RiskOracleFeed {
    RiskOracle public immutable riskOracle;
    address public immutable market;
    uint8 public immutable decimals;
    string public updateType;
    string public description;
    uint256 public constant version = 1;

    constructor(
        address riskOracle_,
        string memory updateType_,
        address market_,
        uint8 decimals_,
        string memory description_
    ) {
        require(riskOracle_ != address(0), "zero oracle");
        riskOracle = RiskOracle(riskOracle_);
        updateType = updateType_;
        market = market_;
        decimals = decimals_;
        description = description_;
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return _round(_latestId());
    }

    function getRoundData(uint80 roundId_)
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        require(roundId_ != 0 && roundId_ <= riskOracle.updateCounter(), "No data present");
        return _round(roundId_);
    }

    function latestAnswer() external view returns (int256 answer) {
        (, answer,,,) = _round(_latestId());
    }

    function latestTimestamp() external view returns (uint256 updatedAt) {
        (,,, updatedAt,) = _round(_latestId());
    }

    function latestRound() external view returns (uint256) {
        return _latestId();
    }

    function _latestId() internal view returns (uint80) {
        uint256 id = riskOracle.latestUpdateId(updateType, market);
        require(id != 0, "No data present");
        return uint80(id);
    }

    function _round(uint80 id) internal view returns (uint80, int256, uint256, uint256, uint80) {
        RiskOracle.RiskParameterUpdate memory u = riskOracle.getUpdateById(id);
        require(
            u.market == market && keccak256(bytes(u.updateType)) == keccak256(bytes(updateType)), "No data present"
        );
        require(u.newValue.length >= 32, "value too short");
        int256 answer = abi.decode(u.newValue, (int256));
        return (id, answer, u.timestamp, u.timestamp, id);
    }
}
