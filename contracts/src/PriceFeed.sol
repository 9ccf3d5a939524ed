// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title PriceFeed
/// @notice A Chainlink AggregatorV3-compatible feed whose rounds the owner
/// writes, so tests can script price paths, stale rounds and bad answers.
contract PriceFeed {
    struct Round {
        int256 answer;
        uint256 startedAt;
        uint256 updatedAt;
        uint80 answeredInRound;
        bool exists;
    }

    uint8 public immutable decimals;
    string public description;
    uint256 public constant version = 4;
    address public owner;

    uint80 internal latestRoundId;
    mapping(uint80 => Round) internal rounds;

    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);
    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);

    constructor(uint8 decimals_, string memory description_, int256 initialAnswer) {
        decimals = decimals_;
        description = description_;
        owner = msg.sender;
        _newRound(initialAnswer);
    }

    /// @notice Starts a new round with the given answer at the current block time.
    function setAnswer(int256 answer) external {
        require(msg.sender == owner, "not owner");
        _newRound(answer);
    }

    /// @notice Writes an arbitrary round and makes it the latest one.
    function setRoundData(
        uint80 roundId,
        int256 answer,
        uint256 startedAt,
        uint256 updatedAt,
        uint80 answeredInRound
    ) external {
        require(msg.sender == owner, "not owner");
        rounds[roundId] = Round(answer, startedAt, updatedAt, answeredInRound, true);
        latestRoundId = roundId;
        emit AnswerUpdated(answer, roundId, updatedAt);
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return _round(latestRoundId);
    }

    function getRoundData(uint80 roundId)
        external
        view
        returns (uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return _round(roundId);
    }

    function latestAnswer() external view returns (int256) {
        return rounds[latestRoundId].answer;
    }

    function latestTimestamp() external view returns (uint256) {
        return rounds[latestRoundId].updatedAt;
    }

    function latestRound() external view returns (uint256) {
        return latestRoundId;
    }

    function _newRound(int256 answer) internal {
        uint80 id = latestRoundId + 1;
        rounds[id] = Round(answer, block.timestamp, block.timestamp, id, true);
        latestRoundId = id;
        emit NewRound(id, msg.sender, block.timestamp);
        emit AnswerUpdated(answer, id, block.timestamp);
    }

    function _round(uint80 roundId) internal view returns (uint80, int256, uint256, uint256, uint80) {
        Round storage r = rounds[roundId];
        require(r.exists, "No data present");
        return (roundId, r.answer, r.startedAt, r.updatedAt, r.answeredInRound);
    }
}
