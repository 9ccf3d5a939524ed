// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title StableSwapPool
/// @notice A two-coin Curve stableswap-ng-shaped pool for devnets and tests:
/// coin 0 is the base asset (WETH), coin 1 a rated token (an LRT). It keeps
/// ng's read and trade signatures and its math: the stableswap invariant
///
///   A*n^n*S + D = A*n^n*D + D^(n+1) / (n^n * prod(x))
///
/// over rate-scaled balances x_i = balance_i * rate_i / 1e18, solved for D
/// and for one balance by Newton's method; ng's dynamic (off-peg) fee; a 50%
/// admin share of fees; and an exponential moving average price oracle.
///
/// Price convention (get_p, last_price, ema_price, price_oracle; only i = 0
/// is valid): the marginal price of coin 1 in units of coin 0, 18 decimals,
/// INCLUDING the stored rates, i.e. (dx_0/dx_1 in scaled units) * rate_1 /
/// rate_0. A pool balanced in scaled units therefore prices coin 1 at
/// rate_1/rate_0 (1.02e18 for an LRT rate of 1.02e18), and an excess of
/// coin 1 prices it below its rate. last_price is capped at 2 in scaled
/// units before the rates are applied, as ng caps it.
///
/// Oracle: every exchange and add_liquidity first folds the previous spot
/// into the EMA, then stores the new spot as last_price:
///   ema <- last + (ema - last) * exp(-dt / ma_exp_time)
/// and price_oracle(0) applies the same formula up to the current block.
/// setRate changes the rates without touching the oracle (as an oracle-rate
/// token does in ng), so last_price follows only at the next trade.
///
/// Simplifications: coins are pulled with transferFrom for exactly the
/// amounts given (no fee-on-transfer support); no A ramping; the LP token is
/// a bare balance map without transfers; there is no single-coin withdrawal.
contract StableSwapPool {
    uint256 internal constant N = 2;
    uint256 internal constant A_PRECISION = 100;
    uint256 internal constant FEE_DENOMINATOR = 1e10;
    uint256 internal constant PRECISION = 1e18;
    uint256 internal constant ADMIN_FEE = 5e9;
    uint256 internal constant PRICE_CAP = 2e18;

    address public owner;
    address[2] internal coinList;
    uint256[2] internal bals;
    uint256[2] internal rates;
    uint256[2] internal adminBals;
    uint256 internal amp;
    uint256 public fee;
    uint256 public offpeg_fee_multiplier;
    uint256 public ma_exp_time;

    uint256 internal spotStored;
    uint256 internal emaStored;
    uint256 internal maLastTime;

    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    event TokenExchange(
        address indexed buyer, int128 sold_id, uint256 tokens_sold, int128 bought_id, uint256 tokens_bought
    );
    event AddLiquidity(
        address indexed provider, uint256[] token_amounts, uint256[] fees, uint256 invariant, uint256 token_supply
    );
    event RemoveLiquidity(address indexed provider, uint256[] token_amounts, uint256[] fees, uint256 token_supply);
    event RateSet(uint256 indexed i, uint256 oldRate, uint256 newRate);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    /// @param a         amplification A (plain, e.g. 100); stored times A_PRECISION.
    /// @param fee_      swap fee, 1e10 = 100% (4e6 = 0.04%).
    /// @param offpegFeeMultiplier ng's off-peg multiplier (1e10 or less disables it).
    /// @param maExpTime EMA time constant in seconds (the e-folding time).
    /// @param rate1     coin 1's stored rate (coin 0 starts at 1e18); both
    ///                  coins are taken to have 18 decimals.
    constructor(
        address coin0,
        address coin1,
        uint256 a,
        uint256 fee_,
        uint256 offpegFeeMultiplier,
        uint256 maExpTime,
        uint256 rate1
    ) {
        require(coin0 != coin1 && coin0 != address(0) && coin1 != address(0), "bad coins");
        require(a > 0 && a <= 1_000_000, "bad A");
        require(fee_ <= 5e8, "bad fee");
        require(maExpTime > 0, "bad ma_exp_time");
        require(rate1 > 0, "zero rate");
        owner = msg.sender;
        coinList = [coin0, coin1];
        rates = [PRECISION, rate1];
        amp = a * A_PRECISION;
        fee = fee_;
        offpeg_fee_multiplier = offpegFeeMultiplier;
        ma_exp_time = maExpTime;
        spotStored = rate1; // raw price of a balanced pool: rate1 / rate0
        emaStored = spotStored;
        maLastTime = block.timestamp;
    }

    // ---------------------------------------------------------------- reads

    function coins(uint256 i) external view returns (address) {
        return coinList[i];
    }

    function balances(uint256 i) external view returns (uint256) {
        return bals[i];
    }

    function get_balances() external view returns (uint256[] memory out) {
        out = new uint256[](N);
        out[0] = bals[0];
        out[1] = bals[1];
    }

    function stored_rates() external view returns (uint256[] memory out) {
        out = new uint256[](N);
        out[0] = rates[0];
        out[1] = rates[1];
    }

    function admin_balances(uint256 i) external view returns (uint256) {
        return adminBals[i];
    }

    function admin_fee() external pure returns (uint256) {
        return ADMIN_FEE;
    }

    function N_COINS() external pure returns (uint256) {
        return N;
    }

    function A() external view returns (uint256) {
        return amp / A_PRECISION;
    }

    function A_precise() external view returns (uint256) {
        return amp;
    }

    /// @notice D per LP unit, 1e18-scaled.
    function get_virtual_price() external view returns (uint256) {
        require(totalSupply > 0, "empty pool");
        return _getD(_xp(bals), amp) * PRECISION / totalSupply;
    }

    /// @notice The spot price of coin 1 in coin 0 right now (see the contract doc).
    function get_p(uint256 i) external view returns (uint256) {
        require(i == 0, "bad index");
        uint256[2] memory xp = _xp(bals);
        return _toRaw(_spotScaled(xp, amp, _getD(xp, amp)));
    }

    /// @notice The spot stored at the last trade.
    function last_price(uint256 i) external view returns (uint256) {
        require(i == 0, "bad index");
        return spotStored;
    }

    /// @notice The EMA as of the last trade.
    function ema_price(uint256 i) external view returns (uint256) {
        require(i == 0, "bad index");
        return emaStored;
    }

    /// @notice The EMA carried forward to the current block.
    function price_oracle(uint256 i) external view returns (uint256) {
        require(i == 0, "bad index");
        return _movingAverage();
    }

    /// @notice The output exchange(i, j, dx, 0) would pay now, fees deducted.
    function get_dy(int128 i, int128 j, uint256 dx) external view returns (uint256) {
        (uint256 dy,,,) = _quote(_index(i), _index(j), dx);
        return dy;
    }

    // --------------------------------------------------------------- trades

    function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) external returns (uint256) {
        uint256 ii = _index(i);
        uint256 jj = _index(j);
        (uint256 dy, uint256 adminFee, uint256[2] memory xpAfter, uint256 d) = _quote(ii, jj, dx);
        require(dy >= min_dy, "dy below min_dy");

        TokenTransfer.pull(coinList[ii], msg.sender, address(this), dx);
        _upkeep(xpAfter, d);
        bals[ii] += dx;
        bals[jj] -= dy + adminFee;
        adminBals[jj] += adminFee;
        TokenTransfer.send(coinList[jj], msg.sender, dy);
        emit TokenExchange(msg.sender, i, dx, j, dy);
        return dy;
    }

    /// @notice Deposits any mix of the two coins and mints LP units: D for
    /// the first deposit, else supply*(D1-D0)/D0 after ng's imbalance fees.
    function add_liquidity(uint256[] calldata amounts, uint256 min_mint) external returns (uint256 minted) {
        require(amounts.length == N, "bad amounts");
        uint256[2] memory old = bals;
        uint256[2] memory next = [old[0] + amounts[0], old[1] + amounts[1]];
        uint256 d0 = _getD(_xp(old), amp);
        uint256 d1 = _getD(_xp(next), amp);
        require(d1 > d0, "D did not grow");
        uint256 supply = totalSupply;
        uint256[] memory fees = new uint256[](N);
        uint256[2] memory stored = next;

        if (supply > 0) {
            uint256 baseFee = fee * N / (4 * (N - 1));
            uint256 ys = (d0 + d1) / N;
            for (uint256 k = 0; k < N; k++) {
                uint256 ideal = d1 * old[k] / d0;
                uint256 diff = ideal > next[k] ? ideal - next[k] : next[k] - ideal;
                uint256 xs = rates[k] * (old[k] + next[k]) / PRECISION;
                fees[k] = _dynamicFee(xs, ys, baseFee) * diff / FEE_DENOMINATOR;
                uint256 toAdmin = fees[k] * ADMIN_FEE / FEE_DENOMINATOR;
                adminBals[k] += toAdmin;
                stored[k] = next[k] - toAdmin;
                next[k] -= fees[k];
            }
            uint256[2] memory xp = _xp(next);
            d1 = _getD(xp, amp);
            minted = supply * (d1 - d0) / d0;
            _upkeep(xp, d1);
        } else {
            minted = d1;
            _upkeep(_xp(next), d1);
        }
        require(minted >= min_mint, "mint below min_mint");

        for (uint256 k = 0; k < N; k++) {
            if (amounts[k] > 0) TokenTransfer.pull(coinList[k], msg.sender, address(this), amounts[k]);
        }
        bals = stored;
        totalSupply = supply + minted;
        balanceOf[msg.sender] += minted;
        emit AddLiquidity(msg.sender, amounts, fees, d1, supply + minted);
    }

    /// @notice Burns LP units for a proportional share of both balances.
    function remove_liquidity(uint256 burn_amount, uint256[] calldata min_amounts)
        external
        returns (uint256[] memory amounts)
    {
        require(min_amounts.length == N, "bad amounts");
        uint256 supply = totalSupply;
        require(burn_amount > 0 && burn_amount <= balanceOf[msg.sender], "bad burn amount");
        balanceOf[msg.sender] -= burn_amount;
        totalSupply = supply - burn_amount;
        amounts = new uint256[](N);
        for (uint256 k = 0; k < N; k++) {
            amounts[k] = bals[k] * burn_amount / supply;
            require(amounts[k] >= min_amounts[k], "amount below min_amounts");
            bals[k] -= amounts[k];
            TokenTransfer.send(coinList[k], msg.sender, amounts[k]);
        }
        emit RemoveLiquidity(msg.sender, amounts, new uint256[](N), supply - burn_amount);
    }

    // ---------------------------------------------------------------- owner

    /// @notice Sets coin i's stored rate (1e18 = 1.0), as an oracle-rate token moving.
    function setRate(uint256 i, uint256 rate) external onlyOwner {
        require(i < N, "bad index");
        require(rate > 0, "zero rate");
        emit RateSet(i, rates[i], rate);
        rates[i] = rate;
    }

    function transferOwnership(address newOwner) external onlyOwner {
        owner = newOwner;
    }

    // ------------------------------------------------------------- internal

    function _index(int128 i) internal pure returns (uint256) {
        require(i >= 0 && i < int128(int256(N)), "bad coin index");
        return uint256(uint128(i));
    }

    function _xp(uint256[2] memory b) internal view returns (uint256[2] memory xp) {
        xp[0] = rates[0] * b[0] / PRECISION;
        xp[1] = rates[1] * b[1] / PRECISION;
    }

    /// @dev dy paid out, the admin part of the fee (both in coin j units), the
    /// scaled balances after the trade before fees, and D before the trade.
    function _quote(uint256 i, uint256 j, uint256 dx)
        internal
        view
        returns (uint256 dy, uint256 adminFee, uint256[2] memory xp, uint256 d)
    {
        require(i != j, "same coin");
        require(dx > 0, "zero dx");
        xp = _xp(bals);
        d = _getD(xp, amp);
        uint256 x = xp[i] + dx * rates[i] / PRECISION;
        uint256 y = _getY(x, amp, d);
        require(xp[j] > y + 1, "pool drained");
        uint256 dyScaled = xp[j] - y - 1;
        uint256 feeScaled = dyScaled * _dynamicFee((xp[i] + x) / 2, (xp[j] + y) / 2, fee) / FEE_DENOMINATOR;
        dy = (dyScaled - feeScaled) * PRECISION / rates[j];
        adminFee = feeScaled * ADMIN_FEE / FEE_DENOMINATOR * PRECISION / rates[j];
        xp[i] = x;
        xp[j] = y;
    }

    /// @dev Newton's method for D. With Dp = D^3 / (4 * x0 * x1) and
    /// Ann = A*n (in A_PRECISION units), the iteration is
    ///   D <- (Ann*S + n*Dp) * D / ((Ann - 1)*D + (n+1)*Dp)
    function _getD(uint256[2] memory xp, uint256 amp_) internal pure returns (uint256) {
        uint256 s = xp[0] + xp[1];
        if (s == 0) return 0;
        require(xp[0] > 0 && xp[1] > 0, "empty coin");
        uint256 ann = amp_ * N;
        uint256 d = s;
        for (uint256 it = 0; it < 255; it++) {
            uint256 dp = d * d / xp[0];
            dp = dp * d / xp[1];
            dp /= N * N;
            uint256 prev = d;
            d = (ann * s / A_PRECISION + dp * N) * d / ((ann - A_PRECISION) * d / A_PRECISION + (N + 1) * dp);
            if (d > prev ? d - prev <= 1 : prev - d <= 1) return d;
        }
        revert("D did not converge");
    }

    /// @dev The other scaled balance y given one balance x and D: the
    /// invariant reduces to y^2 + (b - D) y = c with
    ///   c = D^3 * A_PRECISION / (x * n * Ann * n),  b = x + D * A_PRECISION / Ann
    /// and Newton's step y <- (y^2 + c) / (2y + b - D).
    function _getY(uint256 x, uint256 amp_, uint256 d) internal pure returns (uint256) {
        uint256 ann = amp_ * N;
        uint256 c = d * d / (x * N);
        c = c * d * A_PRECISION / (ann * N);
        uint256 b = x + d * A_PRECISION / ann;
        uint256 y = d;
        for (uint256 it = 0; it < 255; it++) {
            uint256 prev = y;
            y = (y * y + c) / (2 * y + b - d);
            if (y > prev ? y - prev <= 1 : prev - y <= 1) return y;
        }
        revert("y did not converge");
    }

    /// @dev ng's off-peg fee: fee * m / ((m - 1) * 4 xi xj / (xi + xj)^2 + 1)
    /// in FEE_DENOMINATOR units, equal to the base fee at balance.
    function _dynamicFee(uint256 xi, uint256 xj, uint256 baseFee) internal view returns (uint256) {
        uint256 m = offpeg_fee_multiplier;
        if (m <= FEE_DENOMINATOR) return baseFee;
        uint256 sum = xi + xj;
        return m * baseFee / ((m - FEE_DENOMINATOR) * 4 * xi * xj / (sum * sum) + FEE_DENOMINATOR);
    }

    /// @dev dx_0/dx_1 in scaled units, 1e18.
    function _spotScaled(uint256[2] memory xp, uint256 amp_, uint256 d) internal pure returns (uint256) {
        uint256 ann = amp_ * N;
        uint256 dr = d / (N * N);
        dr = dr * d / xp[0];
        dr = dr * d / xp[1];
        uint256 x0a = ann * xp[0] / A_PRECISION;
        return PRECISION * (x0a + dr * xp[0] / xp[1]) / (x0a + dr);
    }

    function _toRaw(uint256 scaled) internal view returns (uint256) {
        return scaled * rates[1] / rates[0];
    }

    function _upkeep(uint256[2] memory xp, uint256 d) internal {
        uint256 spot = _spotScaled(xp, amp, d);
        if (spot != 0) {
            emaStored = _movingAverage();
            spotStored = _toRaw(spot < PRICE_CAP ? spot : PRICE_CAP);
        }
        if (maLastTime < block.timestamp) maLastTime = block.timestamp;
    }

    function _movingAverage() internal view returns (uint256) {
        if (maLastTime >= block.timestamp) return emaStored;
        uint256 alpha = _expNeg((block.timestamp - maLastTime) * PRECISION / ma_exp_time);
        return (spotStored * (PRECISION - alpha) + emaStored * alpha) / PRECISION;
    }

    /// @dev e^(-x) for x >= 0, both 1e18 fixed point, rounded down. Writes
    /// x = k ln2 + r with 0 <= r < ln2 (at 1e36 precision), sums the series
    /// of e^r, inverts it and halves k times.
    function _expNeg(uint256 x) internal pure returns (uint256) {
        if (x >= 42e18) return 0; // e^-42 < 1e-18
        uint256 ln2 = 693147180559945309417232121458176568; // ln 2 * 1e36
        uint256 one = 1e36;
        uint256 x36 = x * 1e18;
        uint256 k = x36 / ln2;
        uint256 r = x36 - k * ln2;
        uint256 term = one;
        uint256 sum = one;
        for (uint256 n = 1; n < 40; n++) {
            term = term * r / (n * one);
            if (term == 0) break;
            sum += term;
        }
        return (1e54 / sum) >> k;
    }
}
