// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title WideMath
/// @notice floor(a*b/d) and ceil(a*b/d) with a 512-bit intermediate product.
/// The high word of the product comes from the mulmod identity
/// a*b = hi*2^256 + lo; when it is non-zero the quotient is found by plain
/// binary long division, which is slow but simple and exact. Reverts when the
/// quotient does not fit in 256 bits or d is zero.
library WideMath {
    function mulDiv(uint256 a, uint256 b, uint256 d) internal pure returns (uint256 q) {
        require(d != 0, "mulDiv: zero divisor");
        uint256 lo;
        uint256 hi;
        unchecked {
            lo = a * b;
            uint256 m = mulmod(a, b, type(uint256).max);
            hi = m - lo - (m < lo ? 1 : 0);
        }
        if (hi == 0) return lo / d;
        require(hi < d, "mulDiv: overflow");
        uint256 rem = hi;
        unchecked {
            for (uint256 bit = 256; bit > 0; --bit) {
                uint256 carry = rem >> 255;
                rem = (rem << 1) | ((lo >> (bit - 1)) & 1);
                q <<= 1;
                // (carry, rem) < 2d, so one subtraction suffices; when carry is
                // set the true value exceeds 2^256 > d and the wrap is exact.
                if (carry == 1 || rem >= d) {
                    rem -= d;
                    q |= 1;
                }
            }
        }
    }

    function mulDivUp(uint256 a, uint256 b, uint256 d) internal pure returns (uint256 q) {
        q = mulDiv(a, b, d);
        if (mulmod(a, b, d) != 0) {
            require(q < type(uint256).max, "mulDiv: overflow");
            q += 1;
        }
    }

    function divUp(uint256 a, uint256 d) internal pure returns (uint256) {
        require(d != 0, "divUp: zero divisor");
        return a / d + (a % d == 0 ? 0 : 1);
    }
}
