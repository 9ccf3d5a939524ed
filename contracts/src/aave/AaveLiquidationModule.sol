// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AavePoolBase} from "./AavePoolBase.sol";
import {AaveLiquidationLogic} from "./AaveLiquidationLogic.sol";

/// @title AaveLiquidationModule
/// @notice Holds liquidationCall for AavePool, which deploys it and runs it by
/// delegatecall: it executes on the pool's storage, with the pool's address
/// as the emitter of every event. Called directly it only sees its own empty
/// storage, so every call reverts (no reserve is listed).
contract AaveLiquidationModule is AaveLiquidationLogic {
    constructor(address provider) AavePoolBase(provider) {}

    function liquidationCall(
        address collateralAsset,
        address debtAsset,
        address user,
        uint256 debtToCover,
        bool receiveAToken
    ) external {
        _executeLiquidationCall(collateralAsset, debtAsset, user, debtToCover, receiveAToken);
    }
}
