#!/usr/bin/env node
// Compiles contracts/src with the pinned solcjs (tools/node_modules/solc)
// through the standard-JSON interface and writes, for each deployable
// contract, build/<Name>.abi, build/<Name>.bin and build/<Name>.bin-runtime.
// Output depends only on the sources and the settings below.
'use strict';

const fs = require('fs');
const path = require('path');

const contractsDir = __dirname;
const srcDir = path.join(contractsDir, 'src');
const buildDir = path.join(contractsDir, 'build');
const solc = require(path.join(contractsDir, '..', 'tools', 'node_modules', 'solc'));

const EXPECTED_SOLC = '0.8.28';

// Deployable contracts: source unit (relative to contracts/) and contract name.
const TARGETS = [
  ['src/MorphoBlue.sol', 'MorphoBlue'],
  ['src/FixedRateIrm.sol', 'FixedRateIrm'],
  ['src/WETH9.sol', 'WETH9'],
  ['src/LRTVault.sol', 'LRTVault'],
  ['src/PriceFeed.sol', 'PriceFeed'],
  ['src/MorphoChainlinkOracle.sol', 'MorphoChainlinkOracle'],
  ['src/Multicall3.sol', 'Multicall3'],
  ['src/MorphoLens.sol', 'MorphoLens'],
  ['src/UniV3Pool.sol', 'UniV3Pool'],
  ['src/StableSwapPool.sol', 'StableSwapPool'],
  ['src/RiskOracle.sol', 'RiskOracle'],
  ['src/BorrowerFactory.sol', 'BorrowerFactory'],
  ['src/RiskOracleFeed.sol', 'RiskOracleFeed'],
  ['src/KeeperExecutor.sol', 'KeeperExecutor'],
  ['src/PreLiquidation.sol', 'PreLiquidation'],
  ['src/PreLiquidationFactory.sol', 'PreLiquidationFactory'],
  ['src/aave/AavePool.sol', 'AavePool'],
  ['src/aave/AaveAToken.sol', 'AaveAToken'],
  ['src/aave/AaveVariableDebtToken.sol', 'AaveVariableDebtToken'],
  ['src/aave/AaveRateStrategy.sol', 'AaveRateStrategy'],
  ['src/aave/AaveOracle.sol', 'AaveOracle'],
  ['src/aave/AavePoolAddressesProvider.sol', 'AavePoolAddressesProvider'],
  ['src/aave/CapoAdapter.sol', 'CapoAdapter'],
  ['src/aave/TestFlashReceiver.sol', 'TestFlashReceiver'],
  ['src/aave/AaveLiquidationModule.sol', 'AaveLiquidationModule'],
  ['src/aave/AaveTestToken.sol', 'AaveTestToken'],
];

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (entry.name.endsWith('.sol')) out.push(full);
  }
  return out;
}

function main() {
  const version = solc.version();
  if (!version.startsWith(EXPECTED_SOLC + '+')) {
    throw new Error(`expected solc ${EXPECTED_SOLC}, found ${version}`);
  }

  const sources = {};
  const unitNames = listSources(srcDir)
    .map((f) => path.relative(contractsDir, f).split(path.sep).join('/'))
    .sort();
  for (const unit of unitNames) {
    sources[unit] = { content: fs.readFileSync(path.join(contractsDir, unit), 'utf8') };
  }

  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      // MorphoBlue.liquidate needs the IR pipeline to avoid stack-too-deep.
      viaIR: true,
      evmVersion: 'cancun',
      metadata: { bytecodeHash: 'none' },
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
      },
    },
  };

  // Every source is supplied up front, so imports never hit the file system.
  const findImports = (p) => ({ error: `import not found: ${p}` });
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let failed = false;
  for (const diag of output.errors || []) {
    const msg = diag.formattedMessage || diag.message;
    if (diag.severity === 'error') failed = true;
    process.stderr.write(msg.endsWith('\n') ? msg : msg + '\n');
  }
  if (failed) throw new Error('compilation failed');

  fs.mkdirSync(buildDir, { recursive: true });
  for (const [unit, name] of TARGETS) {
    const c = output.contracts && output.contracts[unit] && output.contracts[unit][name];
    if (!c) throw new Error(`no output for ${unit}:${name}`);
    const bin = c.evm.bytecode.object;
    const runtime = c.evm.deployedBytecode.object;
    if (!bin || !runtime) throw new Error(`${name}: empty bytecode`);
    if (bin.includes('__')) throw new Error(`${name}: unlinked library placeholder`);
    // .bin files carry no trailing newline: abigen embeds them verbatim.
    fs.writeFileSync(path.join(buildDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(buildDir, `${name}.bin`), bin);
    fs.writeFileSync(path.join(buildDir, `${name}.bin-runtime`), runtime);
    process.stdout.write(`${name}: ${bin.length / 2} bytes initcode, ${runtime.length / 2} bytes runtime\n`);
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`compile.js: ${err.message}\n`);
  process.exit(1);
}
