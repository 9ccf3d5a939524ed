// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title AaveConfig
/// @notice Readers for the Aave v3 reserve configuration word and the user
/// configuration bitmap.
///
/// Reserve word: LTV 0-15, liquidation threshold 16-31, liquidation bonus
/// 32-47, decimals 48-55, active 56, frozen 57, borrowing enabled 58,
/// paused 60, borrowable in isolation 61, siloed 62, flash loans 63, reserve
/// factor 64-79, borrow cap 80-115, supply cap 116-151, liquidation protocol
/// fee 152-167, debt ceiling 212-251, virtual accounting 252.
///
/// User word: reserve id i owns bits 2i (borrowing) and 2i+1 (collateral).
library AaveConfig {
    function ltv(uint256 c) internal pure returns (uint256) {
        return c & 0xFFFF;
    }

    function liquidationThreshold(uint256 c) internal pure returns (uint256) {
        return (c >> 16) & 0xFFFF;
    }

    function liquidationBonus(uint256 c) internal pure returns (uint256) {
        return (c >> 32) & 0xFFFF;
    }

    function decimals(uint256 c) internal pure returns (uint256) {
        return (c >> 48) & 0xFF;
    }

    function active(uint256 c) internal pure returns (bool) {
        return (c >> 56) & 1 != 0;
    }

    function frozen(uint256 c) internal pure returns (bool) {
        return (c >> 57) & 1 != 0;
    }

    function borrowingEnabled(uint256 c) internal pure returns (bool) {
        return (c >> 58) & 1 != 0;
    }

    function paused(uint256 c) internal pure returns (bool) {
        return (c >> 60) & 1 != 0;
    }

    function flashLoanEnabled(uint256 c) internal pure returns (bool) {
        return (c >> 63) & 1 != 0;
    }

    function reserveFactor(uint256 c) internal pure returns (uint256) {
        return (c >> 64) & 0xFFFF;
    }

    function borrowCap(uint256 c) internal pure returns (uint256) {
        return (c >> 80) & 0xFFFFFFFFF;
    }

    function supplyCap(uint256 c) internal pure returns (uint256) {
        return (c >> 116) & 0xFFFFFFFFF;
    }

    function liquidationProtocolFee(uint256 c) internal pure returns (uint256) {
        return (c >> 152) & 0xFFFF;
    }

    // ------------------------------------------------------------ user map

    function isBorrowing(uint256 u, uint256 id) internal pure returns (bool) {
        return (u >> (id << 1)) & 1 != 0;
    }

    function isCollateral(uint256 u, uint256 id) internal pure returns (bool) {
        return (u >> ((id << 1) + 1)) & 1 != 0;
    }

    /// @dev True when any borrowing bit is set.
    function borrowingAny(uint256 u) internal pure returns (bool) {
        return u & 0x5555555555555555555555555555555555555555555555555555555555555555 != 0;
    }

    function setBorrowing(uint256 u, uint256 id, bool on) internal pure returns (uint256) {
        uint256 bit = 1 << (id << 1);
        return on ? u | bit : u & ~bit;
    }

    function setCollateral(uint256 u, uint256 id, bool on) internal pure returns (uint256) {
        uint256 bit = 1 << ((id << 1) + 1);
        return on ? u | bit : u & ~bit;
    }

    function bitmapHas(uint128 bitmap, uint256 id) internal pure returns (bool) {
        return (bitmap >> id) & 1 != 0;
    }
}
