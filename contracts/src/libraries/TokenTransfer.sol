// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20Minimal} from "../interfaces/IERC20Minimal.sol";

/// @title TokenTransfer
/// @notice ERC-20 transfers that accept tokens returning a bool or nothing.
library TokenTransfer {
    function send(address token, address to, uint256 amount) internal {
        require(token.code.length > 0, "no code");
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Minimal.transfer, (to, amount)));
        require(ok, "transfer reverted");
        require(ret.length == 0 || abi.decode(ret, (bool)), "transfer returned false");
    }

    function pull(address token, address from, address to, uint256 amount) internal {
        require(token.code.length > 0, "no code");
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Minimal.transferFrom, (from, to, amount)));
        require(ok, "transferFrom reverted");
        require(ret.length == 0 || abi.decode(ret, (bool)), "transferFrom returned false");
    }
}
