// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PreLiquidation} from "./PreLiquidation.sol";
import {PreLiquidationParams} from "./interfaces/IPreLiquidation.sol";

/// @title PreLiquidationFactory
/// @notice Deploys PreLiquidation contracts and records them, so a keeper can
/// trust an address by asking isPreLiquidation. CREATE2 with a zero salt
/// makes each (id, params) deployable once, at a predictable address.
contract PreLiquidationFactory {
    address public immutable MORPHO;
    mapping(address => bool) public isPreLiquidation;

    event CreatePreLiquidation(address indexed preLiquidation, bytes32 id, PreLiquidationParams preLiquidationParams);

    constructor(address morpho) {
        require(morpho != address(0), "zero address");
        MORPHO = morpho;
    }

    function createPreLiquidation(bytes32 id, PreLiquidationParams calldata preLiquidationParams)
        external
        returns (address preLiquidation)
    {
        preLiquidation = address(new PreLiquidation{salt: 0}(MORPHO, id, preLiquidationParams));
        isPreLiquidation[preLiquidation] = true;
        emit CreatePreLiquidation(preLiquidation, id, preLiquidationParams);
    }
}
