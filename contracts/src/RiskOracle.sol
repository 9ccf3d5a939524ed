// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title RiskOracle
/// @notice An on-chain risk-parameter log in the shape of Chaos Labs' Edge
/// RiskOracle: authorized senders publish typed updates per market; every
/// update gets a global, increasing id, keeps the value it replaced for the
/// same (updateType, market), and is readable by id or as the latest one.
/// Any non-empty update type is accepted (there is no type registry).
contract RiskOracle {
    struct RiskParameterUpdate {
        uint256 timestamp;
        bytes newValue;
        string referenceId;
        bytes previousValue;
        string updateType;
        uint256 updateId;
        address market;
        bytes additionalData;
    }

    string public description;
    address public owner;
    uint256 public updateCounter;

    /// @dev An update as stored: previousValue is not copied but read from
    /// the previous update of the series, and updateId is the mapping key,
    /// which keeps a publish to as few fresh storage slots as possible.
    struct Stored {
        uint64 timestamp;
        address market;
        uint256 previousId;
        bytes newValue;
        string referenceId;
        string updateType;
        bytes additionalData;
    }

    mapping(address => bool) internal authorized;
    mapping(uint256 => Stored) internal updates;
    /// @dev keccak256(abi.encode(updateType, market)) => latest updateId.
    mapping(bytes32 => uint256) internal latestIds;

    event ParameterUpdated(
        string referenceId,
        bytes newValue,
        bytes previousValue,
        uint256 timestamp,
        string indexed updateType,
        uint256 indexed updateId,
        address indexed market,
        bytes additionalData
    );
    event AuthorizedSenderAdded(address indexed sender);
    event AuthorizedSenderRemoved(address indexed sender);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    modifier onlyAuthorized() {
        require(authorized[msg.sender], "sender not authorized");
        _;
    }

    constructor(string memory description_, address[] memory initialSenders) {
        description = description_;
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
        for (uint256 k = 0; k < initialSenders.length; k++) {
            _authorize(initialSenders[k]);
        }
    }

    // ------------------------------------------------------------ senders

    function addAuthorizedSender(address sender) external onlyOwner {
        require(!authorized[sender], "already authorized");
        _authorize(sender);
    }

    function removeAuthorizedSender(address sender) external onlyOwner {
        require(authorized[sender], "not authorized");
        authorized[sender] = false;
        emit AuthorizedSenderRemoved(sender);
    }

    function isAuthorized(address sender) external view returns (bool) {
        return authorized[sender];
    }

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "zero owner");
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    // ---------------------------------------------------------- publishing

    function publishRiskParameterUpdate(
        string calldata referenceId,
        bytes calldata newValue,
        string calldata updateType,
        address market,
        bytes calldata additionalData
    ) external onlyAuthorized {
        _publish(referenceId, newValue, updateType, market, additionalData);
    }

    function publishBulkRiskParameterUpdates(
        string[] calldata referenceIds,
        bytes[] calldata newValues,
        string[] calldata updateTypes,
        address[] calldata markets,
        bytes[] calldata additionalData
    ) external onlyAuthorized {
        uint256 n = referenceIds.length;
        require(
            newValues.length == n && updateTypes.length == n && markets.length == n && additionalData.length == n,
            "array length mismatch"
        );
        for (uint256 k = 0; k < n; k++) {
            _publish(referenceIds[k], newValues[k], updateTypes[k], markets[k], additionalData[k]);
        }
    }

    // --------------------------------------------------------------- reads

    function getLatestUpdateByParameterAndMarket(string calldata updateType, address market)
        external
        view
        returns (RiskParameterUpdate memory)
    {
        uint256 id = latestIds[_key(updateType, market)];
        require(id != 0, "no update for type and market");
        return _load(id);
    }

    function getUpdateById(uint256 updateId) external view returns (RiskParameterUpdate memory) {
        require(updateId != 0 && updateId <= updateCounter, "unknown update id");
        return _load(updateId);
    }

    /// @notice The latest updateId for (updateType, market), 0 if none.
    function latestUpdateId(string calldata updateType, address market) external view returns (uint256) {
        return latestIds[_key(updateType, market)];
    }

    // ------------------------------------------------------------ internal

    function _authorize(address sender) internal {
        require(sender != address(0), "zero sender");
        authorized[sender] = true;
        emit AuthorizedSenderAdded(sender);
    }

    function _load(uint256 id) internal view returns (RiskParameterUpdate memory out) {
        Stored storage u = updates[id];
        out.timestamp = u.timestamp;
        out.newValue = u.newValue;
        out.referenceId = u.referenceId;
        out.previousValue = u.previousId == 0 ? bytes("") : updates[u.previousId].newValue;
        out.updateType = u.updateType;
        out.updateId = id;
        out.market = u.market;
        out.additionalData = u.additionalData;
    }

    function _key(string calldata updateType, address market) internal pure returns (bytes32) {
        return keccak256(abi.encode(updateType, market));
    }

    function _publish(
        string calldata referenceId,
        bytes calldata newValue,
        string calldata updateType,
        address market,
        bytes calldata additionalData
    ) internal {
        require(bytes(updateType).length > 0, "empty update type");
        bytes32 key = _key(updateType, market);
        uint256 prevId = latestIds[key];
        bytes memory previous = prevId == 0 ? bytes("") : updates[prevId].newValue;

        uint256 id = ++updateCounter;
        Stored storage u = updates[id];
        u.timestamp = uint64(block.timestamp);
        u.market = market;
        u.previousId = prevId;
        u.newValue = newValue;
        u.referenceId = referenceId;
        u.updateType = updateType;
        u.additionalData = additionalData;
        latestIds[key] = id;
        emit ParameterUpdated(
            referenceId, newValue, previous, block.timestamp, updateType, id, market, additionalData
        );
    }
}
