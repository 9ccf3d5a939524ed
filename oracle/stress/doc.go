// Package stress runs price scenarios ("shocks") against the positions of one
// Morpho Blue market and derives risk metrics for single positions. It builds
// on the exact Morpho arithmetic of internal/morpho: whether a position is
// liquidatable after a shock is decided by morpho.PositionHealth at the
// shocked oracle price, and a keeper's liquidation is sized by
// morpho.MaxSeizable, so a scenario says exactly what Morpho.liquidate would
// accept.
//
// # Units
//
// Collateral and debt are raw token units. Oracle prices are Morpho's 1e36
// scale (raw loan units per raw collateral unit, IOracle.price()). Fair and
// market prices are WAD ETH per whole collateral token; the loan token is
// taken to be ETH-pegged (WETH), so a WAD price converts to the oracle scale
// with morpho.ScalePriceWad. Depeg, slash and slippage are WAD fractions in
// [0, 1e18]. Sums are exact *big.Int values and never wrap.
//
// # Shocked prices
//
// Let W = 1e18, F = Book.FairWad, M = Book.MarketWad (F when nil), O =
// Book.OraclePrice, d = Shock.Depeg and s = Shock.Slash. An absent (nil)
// slash is 0. An absent depeg means the shock does not touch the market's
// discount to fair; a present depeg, even 0, sets the market to exactly
// fair·(1 − d).
//
//	market after  = F·(1−s)·(1−d)   with a depeg
//	              = M·(1−s)         without one
//	oracle after  = O·(1−s)·F·(1−d)/M   kind market/unknown, with a depeg
//	              = O·(1−s)             otherwise
//	P_exec        = (market after)·(1 − Book.Slippage)
//
// So a depeg moves a market-priced oracle (OracleMarket, OracleUnknown) in
// proportion to the market, from its current level to the shocked one, and
// leaves an exchange-rate oracle (OracleExchangeRate, OracleCapped) where it
// is; a slash lowers the exchange rate, the market and every kind of oracle
// by (1 − s). Each price is one exact rational rounded down once (P_exec is
// rounded down from the already rounded market price): a lower price is the
// conservative side, since it can only make more positions liquidatable and
// more debt bad.
//
// # Per-scenario figures (Result)
//
// Run computes these per position, with Morpho's rounding for each; Ladder.Run
// and RunFullScan round the same quantities once in aggregate (# Ladder).
//
//   - Liquidatable, Collateral, Debt: the positions Morpho would let a keeper
//     liquidate at the shocked oracle price (including any already
//     liquidatable), their collateral and their debt (toAssetsUp).
//   - BadDebt: Σ max(0, debt − collateral·P_exec) over every position with
//     debt, collateral value rounded down, so bad debt is never understated.
//   - KeeperProfit: over the liquidatable positions, Σ max(0,
//     seized·P_exec − repaid) for the largest liquidation a keeper can make
//     (morpho.MaxSeizable at the shocked oracle price), the seized value
//     rounded down and the repaid assets rounded up as Morpho pulls them.
//   - Unprofitable: liquidatable positions whose seized collateral is worth
//     no more than the debt repaid (zero or negative gross profit, so gas
//     makes it a loss). Nobody liquidates them; they linger. For an
//     exchange-rate oracle this happens once LIF·(1−d)(1−slippage) ≤ 1,
//     i.e. d + slippage ≳ 0.3·(1 − LLTV) (1.65% at LLTV 0.945).
//
// # Per-position metrics (PositionMetrics)
//
//   - Leverage = V/(V − D) at the current oracle price (morpho.Leverage:
//     rounded up), nil without equity.
//   - DepegBufferBps: for market-priced oracles, the smallest depeg d
//     (resolution 1e-18) at which Run's check with Shock{Depeg: d} reports
//     the position liquidatable, in basis points scaled by 1e18 (a buffer of
//     4.7619…% is 476.19…e18). Rounded up to a whole basis point it is
//     liquidatable in Run; one basis point less is not. nil for
//     exchange-rate oracles (a pure depeg never moves them) and without debt.
//   - TimeToLiquidation: for exchange-rate oracles under negative carry,
//     the display estimate ln(h)/(b − y), with h the current health factor,
//     b = borrow rate per second × 365 days (simple APR, used as a
//     continuous rate) and y the LRT's annual yield, from the carry model
//     h(t) ≈ h0·e^{−(b−y)t}: debt compounds at b, the exchange rate (hence
//     the oracle and collateral value) at y. It is computed in float64 and
//     rounded down to whole seconds. A capped oracle is treated as its
//     exchange rate (the cap only binds on upward jumps).
//
// # Ladder: many shocks without a scan each
//
// Run visits every position for every shock. A Ladder (NewLadder) keeps
// the indebted positions whose collateral is at least a dust bound (the
// rungs) ordered by B/C, borrow shares per unit of collateral, highest
// first, with exact prefix sums of C and B; the others (dust, or no
// collateral) are checked one by one. Ladder.Run then costs O(log n + w)
// per shock, w being the positions it checks one by one, and RunFullScan
// computes the same figures by visiting every position. Write A = TBA + 1,
// S = TBS + 1e6 and r = A/S (assets per share), P and E the shocked oracle
// and execution prices (1e36 scale), λ the LLTV and LIF Morpho's
// incentive factor; primes mean the real values P' = P/1e36, E' = E/1e36,
// λ' = λ/1e18, LIF' = LIF/1e18. Each test below compares B/C with a
// constant of the shock, exactly in integers, so it holds on a prefix of
// the order, found by binary search:
//
//	surely liquidatable  B·A·1e54 > C·P·λ·S         (B·r > C·P'·λ')
//	bad debt             B·A·1e36 > C·E·S           (B·r > C·E')
//	seizes everything    B·A·LIF·1e36 ≥ C·P·S·1e18  (Y := B·r·LIF'/P' ≥ C)
//
// Figures of Ladder.Run and RunFullScan (positions without debt are
// skipped):
//
//   - Liquidatable, Unprofitable and Collateral equal Run's exactly: the set
//     is Morpho's exact health at P, and a liquidation is unprofitable when
//     morpho.MaxSeizable's seizure fetches no more at E than it repays,
//     as in Run.
//   - Debt = ⌈ΣB·A/S⌉ over the liquidatable positions. Run rounds each
//     position up: Run − Ladder ∈ [0, Liquidatable − 1].
//   - BadDebt = ⌈Σ(B·r − C·E')⌉ over the positions with B·r > C·E' (real
//     values, no rounding in the test): the real shortfall, rounded up
//     once. Run adds ⌈B·r⌉ − ⌊C·E'⌋ per position, which exceeds the real
//     shortfall by less than 2 and is also 1 for a position bad only by
//     that rounding: Run − Ladder ∈ [0, 2k + m − 1] for k positions
//     really bad and m bad only in Run (0 when k + m = 0), i.e. less than
//     2 wei per position Run counts.
//   - KeeperProfit = ⌊Σ X·δ'⌋ over the profitable liquidations, with
//     δ' = E' − P'/LIF' and X = C where the position seizes everything,
//     X = Y elsewhere: the real-valued gross profit of the largest
//     liquidation, rounded down once. Run's exact profit π of each
//     satisfies X·δ' − K < π ≤ X·δ' with
//     K = max(r + 4, E'·(LIF' + 1)/P' + E' + 2) (the second term only when
//     P > 0), so Ladder − Run ∈ [0, (Liquidatable − Unprofitable)·K). For
//     18-decimal tokens, a share price near 1e-6 and E ≈ P, K ≈ 5.
//
// Proofs. Liquidation: Morpho's maxBorrow = ⌊⌊C·P/1e36⌋·λ/1e18⌋ lies in
// (C·P'·λ' − 2, C·P'·λ'] and borrowed = ⌈B·r⌉ in [B·r, B·r + 1). So a
// surely-liquidatable rung is liquidatable, and a position with
// C·P'·λ' − B·r ≥ 3 is not. Once a rung has cmin·(C·P'·λ' − B·r) ≥ 3·C,
// with cmin the least rung collateral, every later rung (C ≥ cmin, B/C no
// larger) has C·P'·λ' − B·r ≥ 3: the rungs between the two searches (a
// window of width 3/(cmin·r) in B/C) and the dust are checked with
// morpho.PositionHealth (the argument of protocols/morpho's Below).
// Profit: the value ⌊seized·E'⌋ is at most seized·E', the repaid assets
// at least seized·P'/LIF', and seized ≤ X, so π ≤ X·δ': with δ' ≤ 0
// nothing pays and no position is sized. Unwinding MaxSeizable's floors
// and ceilings bounds π from below by X·δ' − K in both of its branches.
// A liquidatable position has B·r > C·P'·λ' − 2, so a liquidatable rung
// has X ≥ cmin·λ'·LIF' − 2·LIF'/P' (λ'·LIF' ≤ 1); when that times δ' is at
// least K, every liquidatable rung pays and only the dust is sized.
// Otherwise (the margin within about K/cmin of zero, or LLTV 0) every
// liquidatable position is sized one by one, as in Run.
//
// Errors. Both fail on an invalid book or shock. Both fail with
// morpho.ErrOverflow when, at a shocked price, the largest indebted
// collateral or borrow shares would overflow Morpho's health check or the
// rounding up in its liquidation sizing (collateral·P + 1e36 − 1, or
// ⌊shares·A/S⌋·S + A − 1, beyond 2^256): these grow with collateral and
// shares alone, so the largest decide for every position, and they make
// MaxSeizable safe for all. A seized value beyond 2^256 counts as
// profitable (Run fails instead), and positions without debt are never
// priced (Run's health check prices them and may overflow).
package stress
