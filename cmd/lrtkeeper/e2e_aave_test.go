package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavevariabledebttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// The anvil Aave pool: the Morpho world's WETH and ezETH in an ETH-based
// market with the world pool's risk parameters (bps).
const (
	e2eAaveWETH = 0
	e2eAaveLRT  = 1
	e2eEMode    = uint8(1)

	e2eEModeLT = 9_500
	e2eLRTLT   = 7_500
	e2eWETHLT  = 8_300
)

// e2eAaveSpec lists the world's WETH and ezETH. ezETH is priced by the
// world's ezETH/ETH feed (the asset's Chainlink market source), so moving
// the market price moves the pool's oracle; WETH by a feed DeployAave
// deploys answering 1e18 (the AaveOracle returns latestAnswer as is, in
// its base currency: ETH, unit 1e18).
func e2eAaveSpec(d *devnet.Deployment) devnet.AaveSpec {
	return devnet.AaveSpec{
		Reserves: []devnet.AaveReserveSpec{
			e2eAaveWETH: {Symbol: "WETH", Decimals: 18, Token: d.WETH, Price: devnet.WAD,
				LTV: 8_000, LT: e2eWETHLT, Bonus: 10_500, ReserveFactor: 1500, ProtocolFee: 1000,
				Borrowing: true, Flash: true, Optimal: 9000, Slope1: 270, Slope2: 8000},
			e2eAaveLRT: {Symbol: devnet.LRTSymbol, Decimals: 18, Token: d.LRT, Source: d.PriceFeed,
				LTV: 7_200, LT: e2eLRTLT, Bonus: 10_750, ReserveFactor: 1500, ProtocolFee: 1000,
				Optimal: 4500, Slope1: 700, Slope2: 30000},
		},
		EModes: []devnet.AaveEModeSpec{{ID: e2eEMode, LTV: 9_300, LT: e2eEModeLT, Bonus: 10_100, Label: "ETH correlated",
			Collateral: []int{e2eAaveWETH, e2eAaveLRT}, Borrowable: []int{e2eAaveWETH}}},
		FlashPremium: 5,
		OracleUnit:   new(big.Int).Set(devnet.WAD),
		Multicall3:   d.Multicall3,
	}
}

// aaveUser is one account of the anvil pool. lrt and weth are what it
// supplies; a borrower borrows WETH for healthBps at the oracle's prices.
type aaveUser struct {
	name      string
	key       *ecdsa.PrivateKey
	addr      common.Address
	emode     uint8
	healthBps uint64 // 0: a supplier, no debt
	lrt, weth *big.Int
	// multi: several collaterals, published in the pool's multi-asset
	// market.
	multi bool
	// liquidatable after the price drop.
	underwater bool
}

func e2eWad(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), devnet.WAD) }

// e2eEquity is each loop's equity, 1 ezETH (up to ~17 ezETH of
// collateral): the world's Curve pool, pushed 3% under the rate and never
// rebalanced here, absorbs the four liquidations' sales within the
// e-mode's 1% bonus. Ten times larger, the first two sales of a block
// take the pool ~1% down and the later ones revert or are skipped as
// venue_too_shallow.
var e2eEquity = e2eWad(1)

// e2eAaveUsers are five e-mode loops near their threshold, two plain
// loops, a multi-asset user and two suppliers (the whale's WETH is what
// the loops borrow). e2eDropBps takes the loops opened under
// e2eHealthAlertBps under 1: three e-mode loops and a plain one.
func e2eAaveUsers() []*aaveUser {
	var users []*aaveUser
	add := func(u *aaveUser) {
		seed := crypto.Keccak256([]byte("lrtkeeper e2e aave " + u.name))
		k, err := crypto.ToECDSA(seed)
		if err != nil {
			panic(err) // a fixed 32-byte seed
		}
		u.key, u.addr = k, crypto.PubkeyToAddress(k.PublicKey)
		if u.lrt == nil {
			u.lrt = new(big.Int)
		}
		if u.weth == nil {
			u.weth = new(big.Int)
		}
		users = append(users, u)
	}
	for _, h := range []uint64{10_100, 10_150, 10_190, 10_450, 10_500} {
		add(&aaveUser{name: fmt.Sprintf("emode-%d", h), emode: e2eEMode, healthBps: h,
			lrt: devnet.AaveLoopCollateral(e2eEquity, h, e2eEModeLT), underwater: h < e2eHealthAlertBps})
	}
	for _, h := range []uint64{10_190, 10_800} {
		add(&aaveUser{name: fmt.Sprintf("plain-%d", h), healthBps: h,
			lrt: devnet.AaveLoopCollateral(e2eEquity, h, e2eLRTLT), underwater: h < e2eHealthAlertBps})
	}
	add(&aaveUser{name: "multi", healthBps: 10_500, lrt: e2eWad(60), weth: e2eWad(40), multi: true})
	add(&aaveUser{name: "whale", weth: e2eWad(2_000)})
	add(&aaveUser{name: "supplier", lrt: e2eWad(50)})
	return users
}

// e2eDropBps is the ezETH price drop: health factors of ezETH-only loops
// fall by 3% (1.019 → 0.9884, 1.045 → 1.0137).
const e2eDropBps = 300

// e2eHealthAlertBps is keeper.health_alert: the loops opened under it
// raise health_low, and the drop takes exactly them under 1.
const e2eHealthAlertBps = 10_200

// e2eLoopMarket is the published id of a loop market of the pool: its
// pair and e-mode category (docs/oracle-schema.md, "Aave v3 markets").
func e2eLoopMarket(pool, coll, debt common.Address, emode uint8) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), coll.Bytes(), debt.Bytes(), []byte{emode})
}

// e2eMultiMarket is the published id of the pool's multi-asset market.
func e2eMultiMarket(pool common.Address) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), []byte("multi-asset"))
}

// market is the published market of u's ezETH/WETH position: its loop
// market or the pool's multi-asset market.
func (u *aaveUser) market(pool, lrt, weth common.Address) common.Hash {
	if u.multi {
		return e2eMultiMarket(pool)
	}
	return e2eLoopMarket(pool, lrt, weth, u.emode)
}

// debtFor is the WETH debt that puts u at its health factor: Σ value·LT
// over its collateral, in base currency, over healthBps, in WETH, rounded
// down (so the health factor is at least healthBps).
func (u *aaveUser) debtFor(lrtPrice, wethPrice *big.Int) *big.Int {
	ltLRT, ltWETH := int64(e2eLRTLT), int64(e2eWETHLT)
	if u.emode == e2eEMode {
		ltLRT, ltWETH = e2eEModeLT, e2eEModeLT
	}
	value := func(amount, price *big.Int, lt int64) *big.Int {
		v := new(big.Int).Mul(amount, price)
		v.Quo(v, devnet.WAD)
		return v.Mul(v, big.NewInt(lt))
	}
	base := value(u.lrt, lrtPrice, ltLRT)
	base.Add(base, value(u.weth, wethPrice, ltWETH))
	base.Quo(base, new(big.Int).SetUint64(u.healthBps))
	base.Mul(base, devnet.WAD)
	return base.Quo(base, wethPrice)
}

// openAaveUsers funds the users and opens their positions: ETH for gas,
// WETH from the deployer, ezETH minted by the deployer (twice a
// borrower's collateral); they approve the pool and enter their e-mode,
// supply, borrow and withdraw the extra ezETH. The extra lets a loop end
// between its LTV and its LT, where a borrow alone cannot take it.
func openAaveUsers(ctx context.Context, t *testing.T, client *ethclient.Client, d *devnet.Deployment, a *devnet.Aave,
	deployer *ecdsa.PrivateKey, users []*aaveUser,
) {
	t.Helper()
	lrtABI := lrtvault.NewLRTVault()
	send := func(label string, txs []devnet.KeyedTx) {
		t.Helper()
		rs, err := a.Send(ctx, client, txs)
		require.NoError(t, err, label)
		for _, r := range rs {
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "%s: tx %s reverted", label, r.TxHash.Hex())
		}
	}
	extra := func(u *aaveUser) *big.Int {
		if u.healthBps == 0 {
			return new(big.Int)
		}
		return u.lrt
	}
	var fund, supply, borrow, withdraw []devnet.KeyedTx
	lrtPrice, err := a.AssetPrice(ctx, client, e2eAaveLRT)
	require.NoError(t, err)
	wethPrice, err := a.AssetPrice(ctx, client, e2eAaveWETH)
	require.NoError(t, err)
	for _, u := range users {
		gas := (*hexutil.Big)(e2eWad(100))
		require.NoError(t, client.Client().CallContext(ctx, nil, "anvil_setBalance", u.addr, gas))
		if u.weth.Sign() > 0 {
			// FundKeeper wraps and sends WETH (and gas) to any account.
			require.NoError(t, d.FundKeeper(ctx, client, deployer, u.addr, u.weth))
			fund = append(fund, a.Approve(u.key, e2eAaveWETH))
			supply = append(supply, a.Supply(u.key, e2eAaveWETH, u.weth))
		}
		if u.lrt.Sign() > 0 {
			total := new(big.Int).Add(u.lrt, extra(u))
			fund = append(fund, devnet.KeyedTx{Key: deployer, To: d.LRT, Data: lrtABI.PackMint(u.addr, total)},
				a.Approve(u.key, e2eAaveLRT))
			supply = append(supply, a.Supply(u.key, e2eAaveLRT, total))
		}
		if u.emode != 0 {
			fund = append(fund, a.SetEMode(u.key, u.emode))
		}
		if u.healthBps > 0 {
			borrow = append(borrow, a.Borrow(u.key, e2eAaveWETH, u.debtFor(lrtPrice, wethPrice)))
			if x := extra(u); x.Sign() > 0 {
				withdraw = append(withdraw, a.Withdraw(u.key, e2eAaveLRT, x))
			}
		}
	}
	send("fund", fund)
	send("supply", supply)
	send("borrow", borrow)
	send("withdraw", withdraw)
	for _, u := range users {
		acct, err := a.AccountData(ctx, client, u.addr)
		require.NoError(t, err)
		if u.healthBps == 0 {
			require.Zero(t, acct.TotalDebtBase.Sign(), u.name)
			continue
		}
		// Within a basis point: interest accrues from the borrow's block.
		bp := big.NewInt(1e14)
		want := new(big.Int).Mul(new(big.Int).SetUint64(u.healthBps), bp)
		from, upTo := new(big.Int).Sub(want, bp), new(big.Int).Add(want, bp)
		require.True(t, acct.HealthFactor.Cmp(from) >= 0 && acct.HealthFactor.Cmp(upTo) < 0,
			"%s opened at health %s", u.name, fixed.FormatWad(acct.HealthFactor))
	}
}

// e2eAaveConfig watches the pool alone, by address: no Morpho market and
// no morpho.address (the executor's Morpho binding is not checked then).
const e2eAaveConfig = `
log: {level: debug, format: json}
chain:
  rpc_url: %s
  chain_id: 31337
  poll_interval: 500ms
  call_timeout: 5s
  multicall3: "%s"
  wrapped_native: "%s"
  start_block: %d
redis:
  url: %s
  ttl: 1m
  write_timeout: 1s
book:
  refresh_interval: 20s
  checkpoint_interval: 2s
assets:
  - symbol: ezETH
    token: "%s"
    fair_value: {kind: erc4626, contract: "%s"}
    market_price:
      quorum: 2
      max_spread_bps: 100
      sources:
        - {kind: chainlink, feed: "%s", heartbeat: 1h}
        - {kind: curve_ema, pool: "%s", index: 1}
        - {kind: curve_spot, pool: "%s", index: 1}
    exec_quote: {kind: curve, pool: "%s", index: 1}
    depeg_bands_bps: [50, 100, 250, 500]
aave:
  - name: anvil
    pool: "%s"
    addresses_provider: "%s"
    oracle: "%s"
    version: "%s"
    start_block: %d
    reserves:
      - asset: ezETH
        venue: {kind: curve, pool: "%s", i: 1, j: 0}
keeper: {health_alert: "1.02", head_timeout: 1m}
liquidation: {enabled: true, mode: callback, executor: "%s", min_profit: "0"}
tx: {receipt_query_interval: 200ms, resubmit_interval: 20s}
metrics: {listen: ""}
`

func writeAaveConfig(t *testing.T, rpcURL, redisURL string, d *devnet.Deployment, a *devnet.Aave, startBlock uint64, executor common.Address) string {
	t.Helper()
	body := fmt.Sprintf(e2eAaveConfig, rpcURL, d.Multicall3.Hex(), d.WETH.Hex(), startBlock, redisURL,
		d.LRT.Hex(), d.LRT.Hex(), d.PriceFeed.Hex(), d.CurvePool.Hex(), d.CurvePool.Hex(), d.CurvePool.Hex(),
		a.Pool.Hex(), a.Provider.Hex(), a.Oracle.Hex(), devnet.AaveVersion, startBlock, d.CurvePool.Hex(), executor.Hex())
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o600))
	return path
}

// awaitDaemon polls cond every 200ms until it holds, failing the test
// after timeout or as soon as the daemon exits.
func awaitDaemon(t *testing.T, d *daemon, timeout time.Duration, cond func() bool, msg string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		select {
		case err := <-d.done:
			t.Fatalf("daemon exited (%v) while waiting: %s", err, fmt.Sprintf(msg, args...))
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", timeout, fmt.Sprintf(msg, args...))
		}
	}
}

// aaveReader reads the pool and its tokens at a given block.
type aaveReader struct {
	ctx    context.Context
	t      *testing.T
	client *ethclient.Client
	a      *devnet.Aave
}

func (r aaveReader) call(to common.Address, data []byte, block uint64) []byte {
	r.t.Helper()
	out, err := r.client.CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
	require.NoError(r.t, err)
	return out
}

// wethOf is who's WETH balance at the head.
func (r aaveReader) wethOf(who common.Address) *big.Int {
	r.t.Helper()
	w := weth9.NewWETH9()
	head, err := r.client.BlockNumber(r.ctx)
	require.NoError(r.t, err)
	bal, err := w.UnpackBalanceOf(r.call(r.a.Reserves[e2eAaveWETH].Token, w.PackBalanceOf(who), head))
	require.NoError(r.t, err)
	return bal
}

func (r aaveReader) health(user common.Address, block uint64) *big.Int {
	r.t.Helper()
	pool := aavepool.NewAavePool()
	acct, err := pool.UnpackGetUserAccountData(r.call(r.a.Pool, pool.PackGetUserAccountData(user), block))
	require.NoError(r.t, err)
	return acct.HealthFactor
}

// balances are user's ezETH aToken balance and WETH variable debt.
func (r aaveReader) balances(user common.Address, block uint64) (coll, debt *big.Int) {
	r.t.Helper()
	at, dt := aaveatoken.NewAaveAToken(), aavevariabledebttoken.NewAaveVariableDebtToken()
	coll, err := at.UnpackBalanceOf(r.call(r.a.Reserves[e2eAaveLRT].AToken, at.PackBalanceOf(user), block))
	require.NoError(r.t, err)
	debt, err = dt.UnpackBalanceOf(r.call(r.a.Reserves[e2eAaveWETH].DebtToken, dt.PackBalanceOf(user), block))
	require.NoError(r.t, err)
	return coll, debt
}

// checkRecord requires u's record to be the pool's state at the record's
// block: getUserAccountData's health factor to the wei and, in a loop
// market, its aToken balance and variable debt.
func (r aaveReader) checkRecord(u *aaveUser, rec map[string]string) {
	r.t.Helper()
	require.Equal(r.t, "aave_v3", rec["protocol"], u.name)
	block, ok := new(big.Int).SetString(rec["block"], 10)
	require.True(r.t, ok, "%s: block %q", u.name, rec["block"])
	n := block.Uint64()
	hf := r.health(u.addr, n)
	require.Equal(r.t, fixed.FormatWad(hf), rec["health"], "%s: health at block %d", u.name, n)
	want := "0"
	if hf.Cmp(devnet.WAD) < 0 {
		want = "1"
	}
	require.Equal(r.t, want, rec["liquidatable"], "%s at block %d", u.name, n)
	if u.multi {
		return
	}
	coll, debt := r.balances(u.addr, n)
	require.Equal(r.t, coll.String(), rec["collateral"], "%s: collateral at block %d", u.name, n)
	require.Equal(r.t, debt.String(), rec["borrow_assets"], "%s: debt at block %d", u.name, n)
}

// TestEndToEndAaveOnAnvil runs the built binary against anvil with an Aave
// pool configured by address only (no Morpho market): the pool lists the
// Morpho world's WETH and ezETH, priced in ETH by the world's ezETH/ETH
// feed, with ten users. It checks the records in Redis against
// getUserAccountData at their block, drops the ezETH price 3% and expects
// the loops it takes under 1 to be liquidated with a flash loan through
// the keeper's executor, selling on the world's Curve pool.
func TestEndToEndAaveOnAnvil(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	binary(t) // built first, so that the times logged below are the test's
	started := time.Now()
	node := testenv.StartAnvil(t, "--balance", "1000000")
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)

	client, err := ethclient.DialContext(ctx, node.HTTPURL)
	require.NoError(t, err)
	defer client.Close()
	chainID := new(big.Int).SetUint64(node.ChainID)
	deployer := testenv.DevPrivateKey(0)
	keeperAddr := testenv.DevAddress(1)
	d, err := devnet.Deploy(ctx, client, deployer, chainID)
	require.NoError(t, err)
	x, err := d.DeployExecution(ctx, client, deployer, keeperAddr)
	require.NoError(t, err)
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	aaveStart := head + 1
	a, err := devnet.DeployAave(ctx, client, deployer, chainID, nil, e2eAaveSpec(d))
	require.NoError(t, err)
	users := e2eAaveUsers()
	openAaveUsers(ctx, t, client, d, a, deployer, users)
	t.Logf("deployed and opened %d aave users in %s", len(users), time.Since(started).Round(time.Millisecond))
	// From here on anvil mines a block every second, like a real chain.
	require.NoError(t, client.Client().CallContext(ctx, nil, "evm_setIntervalMining", 1))

	read := aaveReader{ctx: ctx, t: t, client: client, a: a}
	require.Zero(t, read.wethOf(keeperAddr).Sign(), "the keeper holds no WETH: flash liquidations only")
	cfgPath := writeAaveConfig(t, node.WSURL, srv.URL(), d, a, aaveStart, x.Executor)
	proc := startDaemon(t, []string{"run", "--config", cfgPath, "--for", "150s"},
		[]string{"LRTKEEPER_PRIVATE_KEY=" + testenv.DevKey(1)})

	lrt, weth := a.Reserves[e2eAaveLRT].Token, a.Reserves[e2eAaveWETH].Token
	record := func(u *aaveUser) map[string]string {
		rec, err := oracle.ReadPosition(ctx, rdb, "lrt:v1", u.market(a.Pool, lrt, weth), u.addr)
		require.NoError(t, err)
		return rec
	}
	var borrowers []*aaveUser
	for _, u := range users {
		if u.healthBps > 0 {
			borrowers = append(borrowers, u)
		}
	}
	awaitDaemon(t, proc, 60*time.Second, func() bool {
		for _, u := range borrowers {
			if record(u) == nil {
				return false
			}
		}
		return true
	}, "the daemon never published every aave borrower")
	t.Logf("every borrower published %s after start", time.Since(started).Round(time.Millisecond))
	for _, u := range borrowers {
		read.checkRecord(u, record(u))
	}
	// The markets: the e-mode and plain loop markets and the multi-asset one.
	emode := e2eLoopMarket(a.Pool, lrt, weth, e2eEMode)
	plain := e2eLoopMarket(a.Pool, lrt, weth, 0)
	multi := e2eMultiMarket(a.Pool)
	for _, u := range users {
		if u.healthBps > 0 {
			continue
		}
		for _, m := range []common.Hash{emode, plain, multi} {
			rec, err := oracle.ReadPosition(ctx, rdb, "lrt:v1", m, u.addr)
			require.NoError(t, err)
			require.Nil(t, rec, "%s has no debt: no record", u.name)
		}
	}
	// ezETH at 1.02 WETH, on the 1e36 scale.
	oraclePrice := new(big.Int).Mul(devnet.InitialRate, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	for _, m := range []struct {
		id        common.Hash
		lltv      string
		positions string
	}{{emode, "0.950000000000000000", "5"}, {plain, "0.750000000000000000", "2"}, {multi, "", "1"}} {
		h := rdb.HGetAll(ctx, "lrt:v1:market:"+m.id.Hex()).Val()
		require.Equal(t, "aave_v3", h["protocol"], "market %s: %v", m.id.Hex(), h)
		require.Equal(t, m.positions, h["positions"], "market %s", h["name"])
		if m.lltv != "" {
			require.Equal(t, m.lltv, h["lltv"], "market %s", h["name"])
			require.Equal(t, oraclePrice.String(), h["oracle_price"], "market %s", h["name"])
		}
	}
	healthLow := func(u *aaveUser) []map[string]any {
		return proc.events(map[string]string{"alert": "health_low", "state": "firing", "borrower": u.addr.Hex(), "protocol": "aave_v3"})
	}
	for _, u := range borrowers {
		if u.underwater {
			awaitDaemon(t, proc, 10*time.Second, func() bool { return len(healthLow(u)) > 0 }, "%s is under health_alert", u.name)
		}
	}
	for _, u := range borrowers {
		if !u.underwater {
			require.Empty(t, healthLow(u), "%s is above health_alert", u.name)
		}
	}

	// The drop: the Curve pool first (the venue), then the feed the pool's
	// oracle reads.
	fair, err := d.FairRate(ctx, client)
	require.NoError(t, err)
	drop := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(10_000-e2eDropBps)), big.NewInt(10_000))
	require.NoError(t, d.SetPoolPrices(ctx, client, deployer, drop))
	require.NoError(t, d.SetMarketPrice(ctx, client, deployer, drop))
	dropped := time.Now()

	mined := func(u *aaveUser) []map[string]any {
		return proc.events(map[string]string{"alert": "liquidation_mined", "protocol": "aave_v3", "borrower": u.addr.Hex()})
	}
	awaitDaemon(t, proc, 60*time.Second, func() bool {
		for _, u := range borrowers {
			if u.underwater && len(mined(u)) == 0 {
				return false
			}
		}
		return true
	}, "not every underwater loop was liquidated")
	t.Logf("every underwater loop liquidated %s after the drop", time.Since(dropped).Round(time.Millisecond))

	poolABI := aavepool.NewAavePool()
	for _, u := range borrowers {
		firing := proc.events(map[string]string{"alert": "liquidatable", "state": "firing", "borrower": u.addr.Hex()})
		if !u.underwater {
			require.Empty(t, firing, "%s stays above 1", u.name)
			require.Empty(t, mined(u), "%s stays above 1", u.name)
			continue
		}
		require.NotEmpty(t, firing, "%s went under 1", u.name)
		for _, ev := range firing {
			require.Equal(t, "aave_v3", ev["protocol"], u.name)
			require.Equal(t, u.market(a.Pool, lrt, weth).Hex(), ev["market"], u.name)
		}
		for _, ev := range mined(u) {
			require.Equal(t, "flash", ev["mode"], u.name)
			require.Equal(t, u.market(a.Pool, lrt, weth).Hex(), ev["market"], "%s: liquidation and position alerts name one market", u.name)
			rcpt, err := client.TransactionReceipt(ctx, common.HexToHash(ev["tx"].(string)))
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
			var liq *aavepool.AavePoolLiquidationCall
			for _, l := range rcpt.Logs {
				if l.Address != a.Pool {
					continue
				}
				if e, err := poolABI.UnpackLiquidationCallEvent(l); err == nil {
					require.Nil(t, liq, "one LiquidationCall per tx")
					liq = e
				}
			}
			require.NotNil(t, liq, "%s: tx %s has no LiquidationCall", u.name, rcpt.TxHash.Hex())
			require.Equal(t, u.addr, liq.User)
			require.Equal(t, x.Executor, liq.Liquidator, "the executor's flash loan")
			require.Equal(t, lrt, liq.CollateralAsset)
			require.Equal(t, weth, liq.DebtAsset)
			require.Positive(t, liq.DebtToCover.Sign())
		}
	}

	require.Positive(t, read.wethOf(keeperAddr).Sign(), "the executor paid the keeper its profit")

	// Redis follows the liquidations: each liquidated loop's record is
	// again the pool's state at its block, at or after its liquidation.
	for _, u := range borrowers {
		if !u.underwater {
			continue
		}
		evs := mined(u)
		last := uint64(evs[len(evs)-1]["mined_block"].(float64))
		awaitDaemon(t, proc, 20*time.Second, func() bool {
			b, ok := new(big.Int).SetString(record(u)["block"], 10)
			return ok && b.Uint64() >= last
		}, "%s: no record after its liquidation", u.name)
		read.checkRecord(u, record(u))
	}

	// SIGTERM stops it cleanly with exit code 0.
	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-proc.done:
		require.NoError(t, err, "exit after SIGTERM")
	case <-time.After(30 * time.Second):
		t.Fatal("daemon did not stop within 30s of SIGTERM")
	}
	t.Logf("total %s", time.Since(started).Round(time.Millisecond))
}
