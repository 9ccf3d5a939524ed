// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAaveFlashLoanSimpleReceiver} from "../interfaces/IAavePool.sol";
import {IERC20Approve} from "../interfaces/IERC20Approve.sol";
import {IERC20Minimal} from "../interfaces/IERC20Minimal.sol";

/// @title TestFlashReceiver
/// @notice flashLoanSimple receiver for tests: records what the pool passed,
/// approves amount + premium (paying the premium from its own balance) and
/// returns the owner-set result; it can also skip the approval.
contract TestFlashReceiver is IAaveFlashLoanSimpleReceiver {
    address public immutable POOL;
    bool public returnValue = true;
    bool public skipApprove;

    address public lastAsset;
    uint256 public lastAmount;
    uint256 public lastPremium;
    address public lastInitiator;
    bytes public lastParams;
    uint256 public balanceDuringCall;

    constructor(address pool) {
        POOL = pool;
    }

    function configure(bool returnValue_, bool skipApprove_) external {
        returnValue = returnValue_;
        skipApprove = skipApprove_;
    }

    function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes calldata params)
        external
        returns (bool)
    {
        require(msg.sender == POOL, "caller is not the pool");
        lastAsset = asset;
        lastAmount = amount;
        lastPremium = premium;
        lastInitiator = initiator;
        lastParams = params;
        balanceDuringCall = IERC20Minimal(asset).balanceOf(address(this));
        if (!skipApprove) IERC20Approve(asset).approve(POOL, amount + premium);
        return returnValue;
    }
}
