#!/usr/bin/env bash
# Rebuilds contracts/build (ABI + bytecode) with the pinned solcjs and the
# abigen v2 bindings in contracts/bindings. Safe to run from any directory;
# the output is deterministic, so CI can check it with git diff --exit-code.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [ ! -d tools/node_modules/solc ]; then
	npm ci --prefix tools
fi

node contracts/compile.js

contracts=(
	MorphoBlue
	FixedRateIrm
	WETH9
	LRTVault
	PriceFeed
	MorphoChainlinkOracle
	Multicall3
	MorphoLens
	UniV3Pool
	StableSwapPool
	RiskOracle
	RiskOracleFeed
	BorrowerFactory
	KeeperExecutor
	PreLiquidation
	PreLiquidationFactory
	AavePool
	AaveAToken
	AaveVariableDebtToken
	AaveRateStrategy
	AaveOracle
	AavePoolAddressesProvider
	CapoAdapter
	TestFlashReceiver
	AaveLiquidationModule
	AaveTestToken
)

for name in "${contracts[@]}"; do
	pkg="$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')"
	mkdir -p "contracts/bindings/$pkg"
	go tool abigen --v2 \
		--abi "contracts/build/$name.abi" \
		--bin "contracts/build/$name.bin" \
		--pkg "$pkg" \
		--type "$name" \
		--out "contracts/bindings/$pkg/$pkg.go"
done
