// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title TickPrice
/// @notice Conversions between a Uniswap-v3-style tick and the Q64.96 square
/// root price sqrt(1.0001^tick) * 2^96.
///
/// sqrtRatioAtTick raises 1/sqrt(1.0001) to |tick| by binary exponentiation:
/// the Q128 factors (1/sqrt(1.0001))^(2^k), k = 0..19, rounded to nearest,
/// are multiplied in for each set bit of |tick|. A positive tick inverts the
/// product against 2^256-1, and the Q128 result is shifted to Q96 rounding
/// up. Uniswap's TickMath performs the same arithmetic with the same
/// rounding, so the results coincide; in particular the ends give exactly
/// v3's MIN_SQRT_RATIO and MAX_SQRT_RATIO (checked by the Go tests, which
/// also bound the error against a 512-bit reference for many ticks).
///
/// tickAtSqrtRatio has floor semantics against that function: it returns the
/// largest tick t with sqrtRatioAtTick(t) <= sqrtPriceX96, found by bisection
/// inside a bracket derived from the most significant bit of the price.
library TickPrice {
    int24 internal constant MIN_TICK = -887272;
    int24 internal constant MAX_TICK = 887272;
    /// @dev sqrtRatioAtTick(MIN_TICK).
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    /// @dev sqrtRatioAtTick(MAX_TICK).
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287273052203988822378723970342;

    function sqrtRatioAtTick(int24 tick) internal pure returns (uint160) {
        uint256 mag = tick < 0 ? uint256(-int256(tick)) : uint256(int256(tick));
        require(mag <= uint256(int256(MAX_TICK)), "T");
        // round(2^128 / sqrt(1.0001)^(2^k)) for k = 0..19.
        uint256[20] memory powers = [
            uint256(0xfffcb933bd6fad37aa2d162d1a594001),
            0xfff97272373d413259a46990580e213a,
            0xfff2e50f5f656932ef12357cf3c7fdcc,
            0xffe5caca7e10e4e61c3624eaa0941cd0,
            0xffcb9843d60f6159c9db58835c926644,
            0xff973b41fa98c081472e6896dfb254c0,
            0xff2ea16466c96a3843ec78b326b52861,
            0xfe5dee046a99a2a811c461f1969c3053,
            0xfcbe86c7900a88aedcffc83b479aa3a4,
            0xf987a7253ac413176f2b074cf7815e54,
            0xf3392b0822b70005940c7a398e4b70f3,
            0xe7159475a2c29b7443b29c7fa6e889d9,
            0xd097f3bdfd2022b8845ad8f792aa5825,
            0xa9f746462d870fdf8a65dc1f90e061e5,
            0x70d869a156d2a1b890bb3df62baf32f7,
            0x31be135f97d08fd981231505542fcfa6,
            0x9aa508b5b7a84e1c677de54f3e99bc9,
            0x5d6af8dedb81196699c329225ee604,
            0x2216e584f5fa1ea926041bedfe98,
            0x48a170391f7dc42444e8fa2
        ];
        uint256 acc = 1 << 128;
        unchecked {
            for (uint256 k = 0; mag != 0; ++k) {
                if (mag & 1 == 1) acc = (acc * powers[k]) >> 128;
                mag >>= 1;
            }
        }
        if (tick > 0) acc = type(uint256).max / acc;
        return uint160((acc >> 32) + (acc & 0xffffffff == 0 ? 0 : 1));
    }

    function tickAtSqrtRatio(uint160 sqrtPriceX96) internal pure returns (int24) {
        require(sqrtPriceX96 >= MIN_SQRT_RATIO && sqrtPriceX96 < MAX_SQRT_RATIO, "R");
        // log2(sqrtPrice / 2^96) lies in [m, m+1), and one unit of log2 of
        // the square root price is 2/log2(1.0001) ~ 13863.6 ticks, so the
        // answer lies in (m*13863.6 - 1, (m+1)*13863.6]; widen by two ticks.
        int256 m = int256(_msb(sqrtPriceX96)) - 96;
        int256 lo = (m >= 0 ? m * 13863 : m * 13864) - 2;
        int256 hi = (m + 1 >= 0 ? (m + 1) * 13864 : (m + 1) * 13863) + 2;
        if (lo < MIN_TICK) lo = MIN_TICK;
        if (hi > MAX_TICK) hi = MAX_TICK;
        // Invariant: sqrtRatioAtTick(lo) <= price; the answer is in [lo, hi].
        while (lo < hi) {
            int256 mid = lo + (hi - lo + 1) / 2;
            if (sqrtRatioAtTick(int24(mid)) <= sqrtPriceX96) lo = mid;
            else hi = mid - 1;
        }
        return int24(lo);
    }

    function _msb(uint256 x) private pure returns (uint256 n) {
        for (uint256 s = 128; s > 0; s >>= 1) {
            if (x >> s != 0) {
                x >>= s;
                n += s;
            }
        }
    }
}
