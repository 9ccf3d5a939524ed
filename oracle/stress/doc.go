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
package stress
