// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TickPrice} from "./libraries/TickPrice.sol";
import {WideMath} from "./libraries/WideMath.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title UniV3Pool
/// @notice A Uniswap-v3-shaped pool for devnets and tests. It keeps the real
/// v3 read surface (slot0, observe, observations, liquidity, token0/1, fee)
/// and the v3 oracle semantics, with one full-range liquidity L and no ticks
/// to cross, so price moves follow the constant-L square-root-price math:
///
///   token0 in:  sqrtP' = L*2^96*sqrtP / (L*2^96 + dx*sqrtP)   (rounded up)
///   token1 in:  sqrtP' = sqrtP + dy*2^96 / L                   (rounded down)
///
/// Differences from a real pool: swap is exact-input only and pulls the input
/// with transferFrom from msg.sender (no callback; `data` is ignored); fees
/// stay in the pool's balance instead of accruing to positions; there is no
/// mint/burn (fund the pool by transferring tokens to it); the owner can move
/// the price and the liquidity directly.
///
/// Prices are those of the sorted pair: sqrtPriceX96 = sqrt(token1/token0)*2^96
/// in raw units, token0 being the lower address, as in Uniswap.
contract UniV3Pool {
    struct Slot0 {
        uint160 sqrtPriceX96;
        int24 tick;
        uint16 observationIndex;
        uint16 observationCardinality;
        uint16 observationCardinalityNext;
        uint8 feeProtocol;
        bool unlocked;
    }

    struct Observation {
        uint32 blockTimestamp;
        int56 tickCumulative;
        uint160 secondsPerLiquidityCumulativeX128;
        bool initialized;
    }

    uint256 internal constant Q96 = 1 << 96;
    uint24 internal constant FEE_UNITS = 1_000_000;

    address public immutable token0;
    address public immutable token1;
    uint24 public immutable fee;
    int24 public immutable tickSpacing;

    address public owner;
    Slot0 public slot0;
    uint128 public liquidity;
    Observation[65535] public observations;

    event Initialize(uint160 sqrtPriceX96, int24 tick);
    event Swap(
        address indexed sender,
        address indexed recipient,
        int256 amount0,
        int256 amount1,
        uint160 sqrtPriceX96,
        uint128 liquidity,
        int24 tick
    );
    event IncreaseObservationCardinalityNext(
        uint16 observationCardinalityNextOld, uint16 observationCardinalityNextNew
    );
    /// @notice The owner moved the price (setSqrtPriceX96) or the liquidity (setLiquidity).
    event StateSet(uint160 sqrtPriceX96, int24 tick, uint128 liquidity);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    modifier lock() {
        require(slot0.unlocked, "LOK");
        slot0.unlocked = false;
        _;
        slot0.unlocked = true;
    }

    /// @param sqrtPriceX96 initial sqrt(token1/token0) * 2^96 of the SORTED pair.
    constructor(address tokenA, address tokenB, uint24 fee_, uint160 sqrtPriceX96, uint128 liquidity_) {
        require(tokenA != tokenB && tokenA != address(0) && tokenB != address(0), "bad tokens");
        require(fee_ < FEE_UNITS, "bad fee");
        (token0, token1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
        fee = fee_;
        tickSpacing = _spacingFor(fee_);
        owner = msg.sender;
        liquidity = liquidity_;

        int24 tick = TickPrice.tickAtSqrtRatio(sqrtPriceX96);
        slot0 = Slot0(sqrtPriceX96, tick, 0, 1, 1, 0, true);
        observations[0] = Observation(uint32(block.timestamp), 0, 0, true);
        emit Initialize(sqrtPriceX96, tick);
    }

    // ------------------------------------------------------------- oracle

    /// @notice Cumulative tick and seconds-per-liquidity values as of each
    /// `secondsAgos[i]` seconds before the current block, with v3 semantics.
    function observe(uint32[] calldata secondsAgos)
        external
        view
        returns (int56[] memory tickCumulatives, uint160[] memory secondsPerLiquidityCumulativeX128s)
    {
        Slot0 memory s = slot0;
        uint128 liq = liquidity;
        tickCumulatives = new int56[](secondsAgos.length);
        secondsPerLiquidityCumulativeX128s = new uint160[](secondsAgos.length);
        for (uint256 i = 0; i < secondsAgos.length; i++) {
            Observation memory o = _observeAt(s, liq, secondsAgos[i]);
            tickCumulatives[i] = o.tickCumulative;
            secondsPerLiquidityCumulativeX128s[i] = o.secondsPerLiquidityCumulativeX128;
        }
    }

    /// @notice Grows the ring buffer the oracle may use; takes effect when
    /// the write index next reaches the end of the current buffer.
    function increaseObservationCardinalityNext(uint16 observationCardinalityNext) external lock {
        uint16 current = slot0.observationCardinalityNext;
        if (observationCardinalityNext <= current) return;
        // Touch the new slots now so later writes cost the same as in v3.
        for (uint16 k = current; k < observationCardinalityNext; k++) {
            observations[k].blockTimestamp = 1;
        }
        slot0.observationCardinalityNext = observationCardinalityNext;
        emit IncreaseObservationCardinalityNext(current, observationCardinalityNext);
    }

    // --------------------------------------------------------------- swaps

    /// @notice Exact-input swap. amountSpecified must be positive; the input
    /// (consumed amount plus fee) is pulled from msg.sender with transferFrom
    /// and the output is sent to recipient. If sqrtPriceLimitX96 is reached
    /// first, only the input needed to reach it is taken. Returns the pool's
    /// balance deltas: positive = received, negative = paid out.
    function swap(
        address recipient,
        bool zeroForOne,
        int256 amountSpecified,
        uint160 sqrtPriceLimitX96,
        bytes calldata data
    ) external lock returns (int256 amount0, int256 amount1) {
        data;
        require(amountSpecified != 0, "AS");
        require(amountSpecified > 0, "exact output unsupported");
        Slot0 memory s = slot0;
        _checkLimit(s.sqrtPriceX96, zeroForOne, sqrtPriceLimitX96);
        uint128 liq = liquidity;

        (uint160 next, uint256 amountIn, uint256 feeAmount, uint256 amountOut) =
            _exactInputStep(s.sqrtPriceX96, sqrtPriceLimitX96, liq, uint256(amountSpecified), zeroForOne);
        int24 nextTick = TickPrice.tickAtSqrtRatio(next);
        _moveTo(s, liq, next, nextTick);

        uint256 paid = amountIn + feeAmount;
        if (zeroForOne) {
            TokenTransfer.pull(token0, msg.sender, address(this), paid);
            if (amountOut > 0) TokenTransfer.send(token1, recipient, amountOut);
            amount0 = int256(paid);
            amount1 = -int256(amountOut);
        } else {
            TokenTransfer.pull(token1, msg.sender, address(this), paid);
            if (amountOut > 0) TokenTransfer.send(token0, recipient, amountOut);
            amount0 = -int256(amountOut);
            amount1 = int256(paid);
        }
        emit Swap(msg.sender, recipient, amount0, amount1, next, liq, nextTick);
    }

    /// @notice The output swap(…, amountIn, no price limit, …) would pay now,
    /// fee included. Large inputs get progressively worse prices.
    function quoteExactInput(bool zeroForOne, uint256 amountIn) external view returns (uint256 amountOut) {
        require(amountIn > 0 && amountIn <= uint256(type(int256).max), "AS");
        uint160 limit = zeroForOne ? TickPrice.MIN_SQRT_RATIO + 1 : TickPrice.MAX_SQRT_RATIO - 1;
        (,,, amountOut) = _exactInputStep(slot0.sqrtPriceX96, limit, liquidity, amountIn, zeroForOne);
    }

    // --------------------------------------------------------------- owner

    /// @notice Moves the price directly, recording an oracle observation for
    /// the old tick first exactly as a swap to that price would.
    function setSqrtPriceX96(uint160 sqrtPriceX96) external onlyOwner lock {
        int24 tick = TickPrice.tickAtSqrtRatio(sqrtPriceX96);
        uint128 liq = liquidity;
        _moveTo(slot0, liq, sqrtPriceX96, tick);
        emit StateSet(sqrtPriceX96, tick, liq);
    }

    /// @notice Replaces the full-range liquidity (a depth shock), recording
    /// an observation first so seconds-per-liquidity stays exact.
    function setLiquidity(uint128 liquidity_) external onlyOwner lock {
        Slot0 memory s = slot0;
        (slot0.observationIndex, slot0.observationCardinality) = _write(s, liquidity);
        liquidity = liquidity_;
        emit StateSet(s.sqrtPriceX96, s.tick, liquidity_);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        owner = newOwner;
    }

    // ------------------------------------------------------- tick helpers

    /// @notice sqrt(1.0001^tick) * 2^96, rounded as Uniswap's TickMath.
    function sqrtRatioAtTick(int24 tick) external pure returns (uint160) {
        return TickPrice.sqrtRatioAtTick(tick);
    }

    /// @notice The largest tick whose sqrtRatioAtTick is <= sqrtPriceX96.
    function tickAtSqrtRatio(uint160 sqrtPriceX96) external pure returns (int24) {
        return TickPrice.tickAtSqrtRatio(sqrtPriceX96);
    }

    // ------------------------------------------------------------ internal

    function _spacingFor(uint24 f) internal pure returns (int24) {
        if (f == 100) return 1;
        if (f == 500) return 10;
        if (f == 3000) return 60;
        if (f == 10000) return 200;
        return 1;
    }

    function _checkLimit(uint160 price, bool zeroForOne, uint160 limit) internal pure {
        require(
            zeroForOne
                ? limit < price && limit > TickPrice.MIN_SQRT_RATIO
                : limit > price && limit < TickPrice.MAX_SQRT_RATIO,
            "SPL"
        );
    }

    /// @dev Sets the new price and tick, first writing an observation of the
    /// old tick when the tick changes (v3 only writes on a tick change).
    function _moveTo(Slot0 memory s, uint128 liq, uint160 price, int24 tick) internal {
        if (tick != s.tick) {
            (slot0.observationIndex, slot0.observationCardinality) = _write(s, liq);
        }
        slot0.sqrtPriceX96 = price;
        slot0.tick = tick;
    }

    /// @dev Appends an observation for the current block (at most one per
    /// block), growing the buffer to cardinalityNext when the index wraps.
    function _write(Slot0 memory s, uint128 liq) internal returns (uint16 index, uint16 cardinality) {
        Observation memory last = observations[s.observationIndex];
        uint32 now32 = uint32(block.timestamp);
        if (last.blockTimestamp == now32) return (s.observationIndex, s.observationCardinality);
        cardinality = s.observationCardinality;
        if (s.observationCardinalityNext > cardinality && s.observationIndex == cardinality - 1) {
            cardinality = s.observationCardinalityNext;
        }
        index = uint16((uint256(s.observationIndex) + 1) % cardinality);
        observations[index] = _advance(last, now32, s.tick, liq);
    }

    /// @dev The observation `o` carried forward to time t at a constant tick and liquidity.
    function _advance(Observation memory o, uint32 t, int24 tick, uint128 liq)
        internal
        pure
        returns (Observation memory)
    {
        unchecked {
            uint32 dt = t - o.blockTimestamp;
            return Observation({
                blockTimestamp: t,
                tickCumulative: o.tickCumulative + int56(tick) * int56(uint56(dt)),
                secondsPerLiquidityCumulativeX128: o.secondsPerLiquidityCumulativeX128
                    + uint160((uint256(dt) << 128) / (liq > 0 ? liq : 1)),
                initialized: true
            });
        }
    }

    /// @dev The (possibly virtual) observation `ago` seconds before now. Ages
    /// (now - timestamp, in wrapping uint32) order the buffer, so timestamps
    /// that wrapped past 2^32 still compare correctly.
    function _observeAt(Slot0 memory s, uint128 liq, uint32 ago) internal view returns (Observation memory) {
        uint32 now32 = uint32(block.timestamp);
        Observation memory newest = observations[s.observationIndex];
        uint32 newestAge;
        unchecked {
            newestAge = now32 - newest.blockTimestamp;
        }
        if (ago <= newestAge) {
            if (ago == newestAge) return newest;
            // After the last write: extrapolate at the current tick.
            unchecked {
                return _advance(newest, now32 - ago, s.tick, liq);
            }
        }

        // Before the last write. The oldest entry follows the newest in the
        // ring unless the buffer has not been filled yet, then it is slot 0.
        uint256 card = s.observationCardinality;
        uint256 start = (uint256(s.observationIndex) + 1) % card;
        uint256 count = card;
        if (!observations[start].initialized) {
            start = 0;
            count = uint256(s.observationIndex) + 1;
        }
        require(ago <= _age(observations[start], now32), "OLD");

        // Bisect for positions lo < hi = lo+1 with age(lo) >= ago > age(hi).
        uint256 lo = 0;
        uint256 hi = count - 1;
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (_age(observations[(start + mid) % card], now32) >= ago) lo = mid;
            else hi = mid;
        }
        Observation memory before = observations[(start + lo) % card];
        Observation memory after_ = observations[(start + hi) % card];
        uint32 beforeAge = _age(before, now32);
        if (beforeAge == ago) return before;

        // Strictly between two writes: interpolate linearly in time.
        uint32 span;
        uint32 into;
        unchecked {
            span = after_.blockTimestamp - before.blockTimestamp;
            into = beforeAge - ago;
        }
        int56 tickPerSecond = (after_.tickCumulative - before.tickCumulative) / int56(uint56(span));
        uint160 splDelta = after_.secondsPerLiquidityCumulativeX128 - before.secondsPerLiquidityCumulativeX128;
        return Observation({
            blockTimestamp: now32 - ago,
            tickCumulative: before.tickCumulative + tickPerSecond * int56(uint56(into)),
            secondsPerLiquidityCumulativeX128: before.secondsPerLiquidityCumulativeX128
                + uint160((uint256(splDelta) * into) / span),
            initialized: true
        });
    }

    function _age(Observation memory o, uint32 now32) internal pure returns (uint32 a) {
        unchecked {
            a = now32 - o.blockTimestamp;
        }
    }

    /// @dev One exact-input step toward `limit` on constant liquidity, with
    /// v3's rounding: inputs round up, outputs round down, and the fee is
    /// whatever of the input was not consumed when the limit is not reached.
    function _exactInputStep(uint160 price, uint160 limit, uint128 liq, uint256 amountRemaining, bool zeroForOne)
        internal
        view
        returns (uint160 next, uint256 amountIn, uint256 feeAmount, uint256 amountOut)
    {
        require(liq > 0, "no liquidity");
        uint256 lessFee = WideMath.mulDiv(amountRemaining, FEE_UNITS - fee, FEE_UNITS);
        amountIn = zeroForOne ? _amount0(limit, price, liq, true) : _amount1(price, limit, liq, true);
        if (lessFee >= amountIn) {
            next = limit;
        } else {
            next = zeroForOne ? _priceAfter0In(price, liq, lessFee) : _priceAfter1In(price, liq, lessFee);
        }
        bool reached = next == limit;
        if (zeroForOne) {
            if (!reached) amountIn = _amount0(next, price, liq, true);
            amountOut = _amount1(next, price, liq, false);
        } else {
            if (!reached) amountIn = _amount1(price, next, liq, true);
            amountOut = _amount0(price, next, liq, false);
        }
        feeAmount = reached ? WideMath.mulDivUp(amountIn, fee, FEE_UNITS - fee) : amountRemaining - amountIn;
    }

    /// @dev token0 between prices a < b: L*2^96*(b-a)/(a*b).
    function _amount0(uint160 a, uint160 b, uint128 liq, bool roundUp) internal pure returns (uint256) {
        if (a > b) (a, b) = (b, a);
        uint256 scaled = uint256(liq) << 96;
        if (roundUp) return WideMath.divUp(WideMath.mulDivUp(scaled, b - a, b), a);
        return WideMath.mulDiv(scaled, b - a, b) / a;
    }

    /// @dev token1 between prices a < b: L*(b-a)/2^96.
    function _amount1(uint160 a, uint160 b, uint128 liq, bool roundUp) internal pure returns (uint256) {
        if (a > b) (a, b) = (b, a);
        return roundUp ? WideMath.mulDivUp(liq, b - a, Q96) : WideMath.mulDiv(liq, b - a, Q96);
    }

    /// @dev Price after adding `amount` of token0 (the price falls), rounded up.
    function _priceAfter0In(uint160 price, uint128 liq, uint256 amount) internal pure returns (uint160) {
        if (amount == 0) return price;
        uint256 scaled = uint256(liq) << 96;
        unchecked {
            uint256 product = amount * price;
            if (product / amount == price) {
                uint256 denom = scaled + product;
                if (denom >= scaled) return uint160(WideMath.mulDivUp(scaled, price, denom));
            }
        }
        return uint160(WideMath.divUp(scaled, scaled / price + amount));
    }

    /// @dev Price after adding `amount` of token1 (the price rises), rounded down.
    function _priceAfter1In(uint160 price, uint128 liq, uint256 amount) internal pure returns (uint160) {
        uint256 up = WideMath.mulDiv(amount, Q96, liq);
        uint256 next = uint256(price) + up;
        require(next <= type(uint160).max, "price overflow");
        return uint160(next);
    }
}
