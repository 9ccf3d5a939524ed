// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams, Market, IIrm} from "./interfaces/IMorpho.sol";

/// @title FixedRateIrm
/// @notice Morpho interest rate model returning one owner-set per-second rate
/// (WAD) for every market, whatever its utilisation.
contract FixedRateIrm is IIrm {
    address public owner;
    uint256 public ratePerSecond;

    event BorrowRateSet(uint256 oldRate, uint256 newRate);

    constructor(uint256 ratePerSecondWad) {
        owner = msg.sender;
        ratePerSecond = ratePerSecondWad;
        emit BorrowRateSet(0, ratePerSecondWad);
    }

    function setBorrowRate(uint256 newRatePerSecondWad) external {
        require(msg.sender == owner, "not owner");
        emit BorrowRateSet(ratePerSecond, newRatePerSecondWad);
        ratePerSecond = newRatePerSecondWad;
    }

    function borrowRate(MarketParams memory, Market memory) external view returns (uint256) {
        return ratePerSecond;
    }

    function borrowRateView(MarketParams memory, Market memory) external view returns (uint256) {
        return ratePerSecond;
    }
}
