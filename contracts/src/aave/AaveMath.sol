// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title AaveMath
/// @notice Fixed-point arithmetic with the rounding of Aave v3.5: half-up
/// ray/wad/percentage operations, the floor/ceil variants introduced by the
/// v3.5 rounding work ("TokenMath"), and the interest formulas of MathUtils
/// (linear for income, the v3.4+ cubic Taylor expansion for debt).
/// All arithmetic is checked; overflow reverts with a panic.
library AaveMath {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant RAY = 1e27;
    uint256 internal constant HALF_WAD = 0.5e18;
    uint256 internal constant HALF_RAY = 0.5e27;
    uint256 internal constant PERCENTAGE_FACTOR = 1e4;
    uint256 internal constant HALF_PERCENTAGE_FACTOR = 0.5e4;
    uint256 internal constant SECONDS_PER_YEAR = 365 days;

    // ------------------------------------------------------------ half-up

    function rayMul(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * b + HALF_RAY) / RAY;
    }

    function rayDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * RAY + b / 2) / b;
    }

    function wadDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * WAD + b / 2) / b;
    }

    function percentMul(uint256 value, uint256 pct) internal pure returns (uint256) {
        return (value * pct + HALF_PERCENTAGE_FACTOR) / PERCENTAGE_FACTOR;
    }

    function percentDiv(uint256 value, uint256 pct) internal pure returns (uint256) {
        return (value * PERCENTAGE_FACTOR + pct / 2) / pct;
    }

    // --------------------------------------------------------- directional

    function rayMulFloor(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * b) / RAY;
    }

    function rayMulCeil(uint256 a, uint256 b) internal pure returns (uint256) {
        return divCeil(a * b, RAY);
    }

    function rayDivFloor(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * RAY) / b;
    }

    function rayDivCeil(uint256 a, uint256 b) internal pure returns (uint256) {
        return divCeil(a * RAY, b);
    }

    function percentMulFloor(uint256 value, uint256 pct) internal pure returns (uint256) {
        return (value * pct) / PERCENTAGE_FACTOR;
    }

    function percentMulCeil(uint256 value, uint256 pct) internal pure returns (uint256) {
        return divCeil(value * pct, PERCENTAGE_FACTOR);
    }

    function percentDivCeil(uint256 value, uint256 pct) internal pure returns (uint256) {
        return divCeil(value * PERCENTAGE_FACTOR, pct);
    }

    function mulDivCeil(uint256 a, uint256 b, uint256 c) internal pure returns (uint256) {
        return divCeil(a * b, c);
    }

    /// @dev ceil(n / d); reverts (panic) when d == 0.
    function divCeil(uint256 n, uint256 d) internal pure returns (uint256 q) {
        q = n / d;
        if (q * d != n) q += 1;
    }

    // ------------------------------------------- token amounts (TokenMath)

    /// @dev aToken balance: floor(scaled * index).
    function aBalance(uint256 scaled, uint256 index) internal pure returns (uint256) {
        return rayMulFloor(scaled, index);
    }

    /// @dev Debt balance: ceil(scaled * index).
    function vBalance(uint256 scaled, uint256 index) internal pure returns (uint256) {
        return rayMulCeil(scaled, index);
    }

    // ------------------------------------------------------------ interest

    /// @dev RAY + floor(rate * elapsed / SECONDS_PER_YEAR).
    function linearInterest(uint256 rate, uint256 lastUpdate) internal view returns (uint256) {
        return RAY + (rate * (block.timestamp - lastUpdate)) / SECONDS_PER_YEAR;
    }

    /// @dev 1 + x + x^2/2 + x^3/6 with x = rate * elapsed / year (v3.4+ form).
    function compoundedInterest(uint256 rate, uint256 lastUpdate) internal view returns (uint256) {
        uint256 elapsed = block.timestamp - lastUpdate;
        if (elapsed == 0) return RAY;
        uint256 x = (rate * elapsed) / SECONDS_PER_YEAR;
        return RAY + x + rayMul(x, x / 2 + rayMul(x, x / 6));
    }
}
