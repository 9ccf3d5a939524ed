// Package contracts holds the Solidity contracts lrtkeeper deploys on test
// and devnet chains, their compiled artifacts and their Go bindings.
//
// Layout:
//
//	src/              Solidity 0.8.28 sources
//	  MorphoBlue.sol             Morpho Blue v1 compatible singleton (same ABI, events, math)
//	  FixedRateIrm.sol           interest rate model with one owner-set per-second rate
//	  WETH9.sol                  wrapped ether, the loan token
//	  LRTVault.sol               liquid restaking token with an owner-set exchange rate
//	  PriceFeed.sol              Chainlink AggregatorV3 feed with scriptable rounds
//	  MorphoChainlinkOracle.sol  Morpho IOracle from one vault rate and/or one feed
//	  Multicall3.sol             aggregate3 and block helpers (canonical ABI)
//	  MorphoLens.sol             accrue-then-read health checks for eth_call
//	  UniV3Pool.sol              Uniswap v3 pool surface (slot0, observe oracle, swap) on one
//	                             full-range liquidity; owner can set price and liquidity
//	  StableSwapPool.sol         2-coin Curve stableswap-ng pool (get_dy, exchange, EMA
//	                             price_oracle) with owner-set stored rates
//	  RiskOracle.sol             Chaos-Labs-Edge-style risk parameter log for the publisher
//	  RiskOracleFeed.sol         AggregatorV3 view over one RiskOracle (updateType, market)
//	  KeeperExecutor.sol         the keeper's owner-only executor: Morpho liquidate /
//	                             pre-liquidate / deleverage in callbacks, Aave v3
//	                             liquidate / deleverage through flashLoanSimple
//	  aave/                      an Aave v3.5 compatible market (same ABI, events and math):
//	                             AavePool (+ AaveLiquidationModule, run by delegatecall to
//	                             stay under the code size limit), AaveAToken and
//	                             AaveVariableDebtToken (scaled balances), AaveRateStrategy,
//	                             AaveOracle, AavePoolAddressesProvider, CapoAdapter (CAPO
//	                             price cap); test-only AaveTestToken and TestFlashReceiver
//	  interfaces/, libraries/    shared structs, interfaces and math (TickPrice: tick <->
//	                             sqrt price; WideMath: 512-bit mulDiv)
//	build/            <Contract>.abi, .bin and .bin-runtime written by compile.js
//	bindings/<pkg>/   abigen v2 bindings, one package per contract
//	compile.js        solcjs standard-JSON build (optimizer 200 runs, viaIR,
//	                  cancun, no metadata hash)
//	generate.sh       compile.js followed by abigen for every contract
//
// Regenerate with contracts/generate.sh; the output is deterministic, so
// CI can rerun it and require an empty git diff. Everything under build/
// and bindings/ is generated and must not be edited by hand.
//
// This package itself only exposes the Multicall3 runtime code, so a
// simulated chain can place it at the canonical address in its genesis.
package contracts
