package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/capoadapter"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
)

// The world's Aave pool (WorldOptions.Aave).
const (
	// AaveVersion is the Aave release the world's pool follows (its ABI,
	// events and v3.5 rounding).
	AaveVersion = "3.5"
	// AaveReserveWETH and AaveReserveLRT index WorldAave.Reserves; they are
	// also the reserves' ids in the pool.
	AaveReserveWETH = 0
	AaveReserveLRT  = 1
	// AaveEModeETH is the pool's "ETH correlated" e-mode category: WETH
	// and ezETH as collateral at LTV 93%, LT 95%, bonus 1%; WETH borrowable.
	AaveEModeETH uint8 = 1

	// AaveManagedHealthBps is the health factor, in bps, the managed Aave
	// loop is opened (and reopened at each cycle start) at.
	AaveManagedHealthBps = 10_600
	// EmbeddedAaveTriggerBps and EmbeddedAaveTargetBps are the managed
	// Aave position's deleverage trigger and target health factors, in bps,
	// the embedded config should give the daemon (priced by the Aave
	// oracle): the CAPO misconfiguration takes the loop from 1.06 to ~1.03.
	EmbeddedAaveTriggerBps = 10_400
	EmbeddedAaveTargetBps  = 10_800
	// EmbeddedCapoAlertBelowBps is the CAPO watch's alert_below_bps the
	// embedded config should use: the sound cap sits 0.4–0.7% above the
	// rate, the misconfigured one CapoMisconfigGapBps under it.
	EmbeddedCapoAlertBelowBps = 5
)

// The world's CAPO adapter, which prices ezETH on the Aave pool: the LRT's
// getRate() capped by a snapshot that grows linearly.
const (
	// CapoMaxYearlyGrowthBps is the sound cap's yearly growth: Aave's
	// ezETH parameter, 10.89%.
	CapoMaxYearlyGrowthBps = 1_089
	// CapoMinSnapshotDelay is the adapter's MINIMUM_SNAPSHOT_DELAY (Aave's
	// ezETH: 14 days): every snapshot is at least this old.
	CapoMinSnapshotDelay = 14 * 24 * time.Hour

	// CapoMisconfigStep is the step of every depeg cycle at which the
	// world's owner sets the adapter's cap CapoMisconfigGapBps under the
	// live rate with CapoMisconfigGrowthBps of yearly growth, replaying the
	// 10 March 2026 wstETH CAPO incident. It is a calm step: after the
	// stale-feed window, before the rate freeze, away from the spike,
	// the depeg and the slash. The next cycle's start restores a sound cap.
	CapoMisconfigStep = 82
	// CapoMisconfigGapBps is how far under the live rate the cap is set.
	CapoMisconfigGapBps = 285
	// CapoMisconfigGrowthBps is the misconfigured cap's yearly growth,
	// far below the rate's (~3.2%): the gap only widens.
	CapoMisconfigGrowthBps = 50
)

// Kinds of the world's Aave positions.
const (
	// AaveLoopEMode is an ezETH/WETH loop in AaveEModeETH.
	AaveLoopEMode = "emode"
	// AaveLoopPlain is an ezETH/WETH loop outside e-mode (LTV 72%, LT 75%).
	AaveLoopPlain = "plain"
	// AaveLoopMulti supplies ezETH and WETH and borrows WETH, outside
	// e-mode.
	AaveLoopMulti = "multi"
	// AaveLoopManaged is the managed loop (WorldAave.Managed).
	AaveLoopManaged = "managed"
)

// DefaultAaveEModeHealthBps are the health factors, in bps, of the
// world's e-mode loops. At CAPO price −2.85% (and the first cycle's 0.3%
// slash) the first four fall under 1; the fifth keeps ~0.7%.
var DefaultAaveEModeHealthBps = []uint64{
	10_100, 10_150, 10_200, 10_250, 10_400, 10_450,
	10_500, 10_550, 10_650, 10_750, 10_900, 11_000,
}

var (
	// AaveWhaleWETH is the WETH the world's whale supplies to the pool: the
	// loops' borrows and the keeper's flash loans come out of it.
	AaveWhaleWETH = new(big.Int).Mul(big.NewInt(20_000), WAD)
	// aaveAccountGenesisETH is each Aave account's genesis balance (gas
	// and the multi-asset user's WETH); the whale gets AaveWhaleWETH more.
	aaveAccountGenesisETH = new(big.Int).Mul(big.NewInt(1_000), WAD)
	// aaveMultiLRT and aaveMultiWETH are the multi-asset user's collateral.
	aaveMultiLRT  = new(big.Int).Mul(big.NewInt(60), WAD)
	aaveMultiWETH = new(big.Int).Mul(big.NewInt(40), WAD)
)

// Gas limits: Aave calls get a fixed limit (an estimate against the head
// misses the interest-accrual writes of a later block), well above what
// they use; the CAPO adapter is deployed in the block of the feed its
// constructor reads, so it cannot be estimated.
const (
	aaveUserGas   = 1_500_000
	capoDeployGas = 3_000_000
)

// ErrCapoSnapshot is returned when no history point is old enough for the
// CAPO adapter's first snapshot.
var ErrCapoSnapshot = errors.New("no history point old enough for the CAPO snapshot")

var capoABI = capoadapter.NewCapoAdapter()

// AaveLoopSpec is one position of the world's Aave pool.
type AaveLoopSpec struct {
	Kind  string
	EMode uint8
	// HealthBps is the health factor it is opened at, in bps.
	HealthBps uint64
	// LRTCollateral and WETHCollateral are what it supplies; its WETH debt
	// is set at opening for HealthBps at the oracle's prices.
	LRTCollateral  *big.Int
	WETHCollateral *big.Int
}

// AaveLoop is an opened position of the world's Aave pool. Its address
// never changes: a cycle start reopens it in place to its spec.
type AaveLoop struct {
	Key     *ecdsa.PrivateKey `json:"-"`
	Address common.Address    `json:"address"`
	Kind    string            `json:"kind"`
	EMode   uint8             `json:"e_mode"`
	// HealthBps is the health factor it is opened at, in bps.
	HealthBps      uint64   `json:"health_bps"`
	LRTCollateral  *big.Int `json:"lrt_collateral"`
	WETHCollateral *big.Int `json:"weth_collateral"`
	// Debt is the WETH borrowed when NewWorld opened it.
	Debt *big.Int `json:"debt"`
}

// WorldAave is the world's Aave-style pool. Its WETH reserve is the
// world's WETH and its ezETH reserve the world's LRT; the oracle's base
// currency is ETH (unit 1e18): WETH is priced by a fixed 1e18 feed and
// ezETH by a CAPO adapter over the LRT's getRate().
type WorldAave struct {
	*Aave
	// DataProvider is the pool's data provider: none is deployed.
	DataProvider common.Address `json:"data_provider"`
	// Capo is the CAPO adapter pricing ezETH; its owner is the deployer.
	Capo common.Address `json:"capo"`
	// WETHFeed answers 1e18 (18 decimals): WETH's price source and the
	// adapter's base.
	WETHFeed common.Address `json:"weth_feed"`
	// StartBlock is the block of the first Aave deployment transaction.
	StartBlock uint64 `json:"start_block"`
	// EMode is the ETH-correlated e-mode category's id.
	EMode uint8          `json:"e_mode"`
	Whale common.Address `json:"whale"`
	// Managed is the managed loop: e-mode, AaveManagedHealthBps, its
	// aToken approved to the keeper's executor for an unlimited amount.
	Managed AaveLoop `json:"managed"`
	// Loops are the other positions: the e-mode loops
	// (DefaultAaveEModeHealthBps), two plain loops and the multi-asset
	// user, as opened by NewWorld.
	Loops []AaveLoop `json:"loops"`
}

// LRT is the ezETH reserve.
func (a *WorldAave) LRT() AaveReserve { return a.Reserves[AaveReserveLRT] }

// WETH is the WETH reserve.
func (a *WorldAave) WETH() AaveReserve { return a.Reserves[AaveReserveWETH] }

// LoopAddresses returns the addresses of Loops, in order.
func (a *WorldAave) LoopAddresses() []common.Address {
	out := make([]common.Address, len(a.Loops))
	for i, l := range a.Loops {
		out[i] = l.Address
	}
	return out
}

// CapoMisconfiguredAt reports whether the path misconfigures the CAPO
// adapter at the given step: PathDepeg, at CapoMisconfigStep of every
// cycle (only in a world with Aave).
func CapoMisconfiguredAt(path string, step uint64) bool {
	return path == PathDepeg && step%CycleBlocks == CapoMisconfigStep
}

// AaveLoopCollateral is the ezETH collateral of a loop of equityWad ezETH
// at a health factor of healthBps with a liquidation threshold of ltBps:
// C = E·h/(h − LT), rounded down, so that its debt (C − E)·price puts
// C·price·LT/debt at h. healthBps must exceed ltBps.
func AaveLoopCollateral(equityWad *big.Int, healthBps, ltBps uint64) *big.Int {
	c := new(big.Int).Mul(equityWad, new(big.Int).SetUint64(healthBps))
	return c.Quo(c, new(big.Int).SetUint64(healthBps-ltBps))
}

// DefaultAaveLoops are the world's Aave positions besides the managed
// loop, 10 ezETH of equity each: the e-mode loops at
// DefaultAaveEModeHealthBps, plain loops at 1.025 and 1.08, and the
// multi-asset user (60 ezETH and 40 WETH, plain, 1.05).
func DefaultAaveLoops() []AaveLoopSpec {
	var out []AaveLoopSpec
	for _, h := range DefaultAaveEModeHealthBps {
		out = append(out, AaveLoopSpec{Kind: AaveLoopEMode, EMode: AaveEModeETH, HealthBps: h,
			LRTCollateral: AaveLoopCollateral(DefaultEquity, h, aaveEModeLT), WETHCollateral: new(big.Int)})
	}
	for _, h := range []uint64{10_250, 10_800} {
		out = append(out, AaveLoopSpec{Kind: AaveLoopPlain, HealthBps: h,
			LRTCollateral: AaveLoopCollateral(DefaultEquity, h, aaveLRTLT), WETHCollateral: new(big.Int)})
	}
	return append(out, AaveLoopSpec{Kind: AaveLoopMulti, HealthBps: 10_500,
		LRTCollateral: new(big.Int).Set(aaveMultiLRT), WETHCollateral: new(big.Int).Set(aaveMultiWETH)})
}

// aaveManagedSpec is the managed loop's spec.
func aaveManagedSpec() AaveLoopSpec {
	return AaveLoopSpec{Kind: AaveLoopManaged, EMode: AaveEModeETH, HealthBps: AaveManagedHealthBps,
		LRTCollateral: AaveLoopCollateral(DefaultEquity, AaveManagedHealthBps, aaveEModeLT), WETHCollateral: new(big.Int)}
}

// The world pool's risk parameters, in bps.
const (
	aaveWETHLTV, aaveWETHLT, aaveWETHBonus = 8_000, 8_300, 10_500
	aaveLRTLTV, aaveLRTLT, aaveLRTBonus    = 7_200, 7_500, 10_750
	aaveEModeLTV, aaveEModeLT, aaveEBonus  = 9_300, 9_500, 10_100
	aaveFlashPremiumBps                    = 5
)

// worldAaveSpec lists the world's WETH (priced by wethFeed) and LRT
// (priced by capo) in an ETH-based market.
func worldAaveSpec(d *Deployment, wethFeed, capo common.Address) AaveSpec {
	return AaveSpec{
		Reserves: []AaveReserveSpec{
			AaveReserveWETH: {Symbol: "WETH", Decimals: 18, Token: d.WETH, Source: wethFeed,
				LTV: aaveWETHLTV, LT: aaveWETHLT, Bonus: aaveWETHBonus, ReserveFactor: 1500, ProtocolFee: 1000,
				Borrowing: true, Flash: true, Optimal: 9000, Slope1: 270, Slope2: 8000},
			AaveReserveLRT: {Symbol: LRTSymbol, Decimals: 18, Token: d.LRT, Source: capo,
				LTV: aaveLRTLTV, LT: aaveLRTLT, Bonus: aaveLRTBonus, ReserveFactor: 1500, ProtocolFee: 1000,
				Optimal: 4500, Slope1: 700, Slope2: 30000},
		},
		EModes: []AaveEModeSpec{{ID: AaveEModeETH, LTV: aaveEModeLTV, LT: aaveEModeLT, Bonus: aaveEBonus, Label: "ETH correlated",
			Collateral: []int{AaveReserveWETH, AaveReserveLRT}, Borrowable: []int{AaveReserveWETH}}},
		FlashPremium: aaveFlashPremiumBps,
		OracleUnit:   new(big.Int).Set(WAD),
		Multicall3:   d.Multicall3,
	}
}

// The Aave accounts' keys derive from fixed labels, so NewWorld can fund
// them in the genesis.
func aaveWhaleKey() *ecdsa.PrivateKey   { return deriveKey(common.Address{}, "aave-whale", 0) }
func aaveManagedKey() *ecdsa.PrivateKey { return deriveKey(common.Address{}, "aave-managed", 0) }
func aaveLoopKey(i int) *ecdsa.PrivateKey {
	return deriveKey(common.Address{}, "aave-loop", uint64(i))
}

// addAaveGenesis funds the whale, the managed loop and the
// DefaultAaveLoops accounts in alloc.
func addAaveGenesis(alloc types.GenesisAlloc) {
	alloc[addressOf(aaveWhaleKey())] = types.Account{Balance: new(big.Int).Add(AaveWhaleWETH, aaveAccountGenesisETH)}
	alloc[addressOf(aaveManagedKey())] = types.Account{Balance: new(big.Int).Set(aaveAccountGenesisETH)}
	for i := range DefaultAaveLoops() {
		alloc[addressOf(aaveLoopKey(i))] = types.Account{Balance: new(big.Int).Set(aaveAccountGenesisETH)}
	}
}

// setupAave deploys the WETH feed, the CAPO adapter and the pool, has the
// whale supply AaveWhaleWETH and opens the loops and the managed loop
// (which approves the executor on its aToken).
func (w *World) setupAave(ctx context.Context) error {
	client := w.Backend.Client()
	d := w.Deployment
	mine := func() { w.Commit() }
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("failed to read head: %w", err)
	}
	snap, err := w.capoFirstSnapshot(head.Time)
	if err != nil {
		return err
	}

	s := newSender(client, w.ChainID, mine)
	feed, err := s.deploy(ctx, w.DeployerKey, pricefeed.PriceFeedMetaData.Bin,
		feedABI.PackConstructor(FeedDecimals, "WETH / ETH", WAD), "deploy WETH / ETH feed")
	if err != nil {
		return err
	}
	code := append(common.FromHex(capoadapter.CapoAdapterMetaData.Bin), capoABI.PackConstructor(
		feed, d.LRT, 18, big.NewInt(int64(CapoMinSnapshotDelay/time.Second)), LRTSymbol+" / ETH capped", snap, lrtABI.PackGetRate())...)
	capo, err := s.sendGas(ctx, w.DeployerKey, nil, code, nil, capoDeployGas, "deploy CAPO adapter")
	if err != nil {
		return err
	}
	receipts, err := s.flush(ctx)
	if err != nil {
		return fmt.Errorf("failed to deploy the CAPO adapter: %w", err)
	}
	a, err := DeployAave(ctx, client, w.DeployerKey, w.ChainID, mine, worldAaveSpec(d, feed, capo))
	if err != nil {
		return fmt.Errorf("failed to deploy the aave pool: %w", err)
	}
	wa := &WorldAave{
		Aave: a, Capo: capo, WETHFeed: feed, StartBlock: receipts[0].BlockNumber.Uint64(),
		EMode: AaveEModeETH, Whale: addressOf(aaveWhaleKey()),
	}
	var loops []AaveLoop
	for i, sp := range DefaultAaveLoops() {
		loops = append(loops, newAaveLoop(aaveLoopKey(i), sp))
	}
	loops = append(loops, newAaveLoop(aaveManagedKey(), aaveManagedSpec()))
	w.Aave = wa
	debts, err := w.openAaveLoops(ctx, mine, loops, true)
	if err != nil {
		w.Aave = nil
		return err
	}
	for i := range loops {
		loops[i].Debt = debts[i]
	}
	wa.Loops, wa.Managed = loops[:len(loops)-1], loops[len(loops)-1]
	return nil
}

func newAaveLoop(key *ecdsa.PrivateKey, sp AaveLoopSpec) AaveLoop {
	return AaveLoop{Key: key, Address: addressOf(key), Kind: sp.Kind, EMode: sp.EMode, HealthBps: sp.HealthBps,
		LRTCollateral: new(big.Int).Set(sp.LRTCollateral), WETHCollateral: new(big.Int).Set(sp.WETHCollateral)}
}

// capoFirstSnapshot is the adapter's first (sound) cap: the latest history
// point at least CapoMinSnapshotDelay before now, with Aave's ezETH growth.
func (w *World) capoFirstSnapshot(now uint64) (capoadapter.CapoAdapterPriceCapUpdateParams, error) {
	delay := uint64(CapoMinSnapshotDelay / time.Second)
	for i := len(w.History) - 1; i >= 0; i-- {
		if p := w.History[i]; p.Time+delay <= now {
			return capoadapter.CapoAdapterPriceCapUpdateParams{
				SnapshotRatio: new(big.Int).Set(p.Rate), SnapshotTimestamp: new(big.Int).SetUint64(p.Time),
				MaxYearlyRatioGrowthPercent: CapoMaxYearlyGrowthBps,
			}, nil
		}
	}
	return capoadapter.CapoAdapterPriceCapUpdateParams{}, ErrCapoSnapshot
}

// aaveState is a position's balances on the pool.
type aaveState struct {
	lrt, weth, debt *big.Int
}

// aaveStateOf reads l's aToken balances and WETH debt.
func (w *World) aaveStateOf(ctx context.Context, l AaveLoop) (aaveState, error) {
	client := w.Backend.Client()
	a := w.Aave
	var st aaveState
	var err error
	if st.lrt, err = callView(ctx, client, a.LRT().AToken, aaveTokenABI.PackBalanceOf(l.Address), aaveTokenABI.UnpackBalanceOf); err != nil {
		return st, fmt.Errorf("failed to read the ezETH supply of %s: %w", l.Address, err)
	}
	if st.weth, err = callView(ctx, client, a.WETH().AToken, aaveTokenABI.PackBalanceOf(l.Address), aaveTokenABI.UnpackBalanceOf); err != nil {
		return st, fmt.Errorf("failed to read the WETH supply of %s: %w", l.Address, err)
	}
	if st.debt, err = callView(ctx, client, a.WETH().DebtToken, aaveDebtABI.PackBalanceOf(l.Address), aaveDebtABI.UnpackBalanceOf); err != nil {
		return st, fmt.Errorf("failed to read the WETH debt of %s: %w", l.Address, err)
	}
	return st, nil
}

// intact reports a position still at least as large as its spec.
func (st aaveState) intact(l AaveLoop) bool {
	return st.debt.Sign() > 0 && st.lrt.Cmp(l.LRTCollateral) >= 0 && st.weth.Cmp(l.WETHCollateral) >= 0
}

// aaveDebtFor is the WETH debt that puts a position supplying lrt ezETH
// and weth WETH at healthBps: Σ value·LT / h in the base currency (values
// rounded down like the pool's), converted at the WETH price, rounded
// down, so the health factor is at least healthBps.
func aaveDebtFor(l AaveLoop, lrt, weth, lrtPrice, wethPrice *big.Int) *big.Int {
	ltLRT, ltWETH := int64(aaveLRTLT), int64(aaveWETHLT)
	if l.EMode == AaveEModeETH {
		ltLRT, ltWETH = aaveEModeLT, aaveEModeLT
	}
	value := func(amount, price *big.Int, lt int64) *big.Int {
		v := new(big.Int).Mul(amount, price)
		v.Quo(v, WAD)
		return v.Mul(v, big.NewInt(lt))
	}
	base := value(lrt, lrtPrice, ltLRT)
	base.Add(base, value(weth, wethPrice, ltWETH))
	base.Quo(base, new(big.Int).SetUint64(l.HealthBps))
	base.Mul(base, WAD)
	return base.Quo(base, wethPrice)
}

// openAaveLoops brings each loop to its spec at the oracle's prices and
// returns its WETH debt: the deployer mints the missing ezETH (plus as
// much again), the loop wraps its missing WETH, supplies both, borrows up
// to the debt for HealthBps and withdraws the extra ezETH. The extra lets
// a loop end between its LTV and its LT (e-mode 93%/95%), where a borrow
// alone cannot take it: a withdrawal only needs a health factor ≥ 1. On
// first, the loops also approve the pool (and the managed loop the
// executor, on its aToken) and enter their e-mode, and the whale supplies
// AaveWhaleWETH. Every loop is checked healthy and at its collateral.
func (w *World) openAaveLoops(ctx context.Context, mine func(), loops []AaveLoop, first bool) ([]*big.Int, error) {
	client := w.Backend.Client()
	a := w.Aave
	lrt, weth := a.LRT(), a.WETH()
	lrtPrice, err := a.AssetPrice(ctx, client, AaveReserveLRT)
	if err != nil {
		return nil, err
	}
	wethPrice, err := a.AssetPrice(ctx, client, AaveReserveWETH)
	if err != nil {
		return nil, err
	}
	type plan struct {
		topLRT, extra, topWETH, borrow, debt *big.Int
	}
	plans := make([]plan, len(loops))
	for i, l := range loops {
		st := aaveState{lrt: new(big.Int), weth: new(big.Int), debt: new(big.Int)}
		if !first {
			if st, err = w.aaveStateOf(ctx, l); err != nil {
				return nil, err
			}
		}
		p := plan{
			topLRT:  positive(new(big.Int).Sub(l.LRTCollateral, st.lrt)),
			extra:   new(big.Int).Set(l.LRTCollateral),
			topWETH: positive(new(big.Int).Sub(l.WETHCollateral, st.weth)),
		}
		lrtAfter := new(big.Int).Add(st.lrt, p.topLRT)
		wethAfter := new(big.Int).Add(st.weth, p.topWETH)
		target := aaveDebtFor(l, lrtAfter, wethAfter, lrtPrice, wethPrice)
		p.borrow = positive(new(big.Int).Sub(target, st.debt))
		p.debt = new(big.Int).Add(st.debt, p.borrow)
		plans[i] = p
	}

	s := newSender(client, w.ChainID, mine)
	pool := func(key *ecdsa.PrivateKey, data []byte, label string) error {
		_, err := s.sendGas(ctx, key, &a.Pool, data, nil, aaveUserGas, label)
		return err
	}
	flush := func(label string) error {
		if _, err := s.flush(ctx); err != nil {
			return fmt.Errorf("failed to %s: %w", label, err)
		}
		return nil
	}
	whale := aaveWhaleKey()
	// Batch 1: ezETH from the deployer; WETH, approvals and e-modes.
	if first {
		if err := s.transfer(ctx, whale, weth.Token, AaveWhaleWETH, wethABI.PackDeposit(), "whale wraps WETH"); err != nil {
			return nil, err
		}
		if err := s.call(ctx, whale, weth.Token, wethABI.PackApprove(a.Pool, maxUint256()), "whale approves the pool"); err != nil {
			return nil, err
		}
	}
	for i, l := range loops {
		p := plans[i]
		if err := s.call(ctx, w.DeployerKey, lrt.Token, lrtABI.PackMint(l.Address, new(big.Int).Add(p.topLRT, p.extra)), "mint aave loop ezETH"); err != nil {
			return nil, err
		}
		if p.topWETH.Sign() > 0 {
			if err := s.transfer(ctx, l.Key, weth.Token, p.topWETH, wethABI.PackDeposit(), "aave loop wraps WETH"); err != nil {
				return nil, err
			}
		}
		if !first {
			continue
		}
		if err := s.call(ctx, l.Key, lrt.Token, lrtABI.PackApprove(a.Pool, maxUint256()), "aave loop approves ezETH"); err != nil {
			return nil, err
		}
		if l.WETHCollateral.Sign() > 0 {
			if err := s.call(ctx, l.Key, weth.Token, wethABI.PackApprove(a.Pool, maxUint256()), "aave loop approves WETH"); err != nil {
				return nil, err
			}
		}
		if l.EMode != 0 {
			if err := pool(l.Key, aavePoolABI.PackSetUserEMode(l.EMode), "aave loop enters e-mode"); err != nil {
				return nil, err
			}
		}
		if l.Kind == AaveLoopManaged {
			if err := s.call(ctx, l.Key, lrt.AToken, aaveTokenABI.PackApprove(w.Execution.Executor, maxUint256()), "managed loop approves the executor"); err != nil {
				return nil, err
			}
		}
	}
	if err := flush("fund the aave loops"); err != nil {
		return nil, err
	}
	// Batch 2: supplies.
	if first {
		if err := pool(whale, aavePoolABI.PackSupply(weth.Token, AaveWhaleWETH, addressOf(whale), 0), "whale supplies WETH"); err != nil {
			return nil, err
		}
	}
	for i, l := range loops {
		p := plans[i]
		if err := pool(l.Key, aavePoolABI.PackSupply(lrt.Token, new(big.Int).Add(p.topLRT, p.extra), l.Address, 0), "aave loop supplies ezETH"); err != nil {
			return nil, err
		}
		if p.topWETH.Sign() > 0 {
			if err := pool(l.Key, aavePoolABI.PackSupply(weth.Token, p.topWETH, l.Address, 0), "aave loop supplies WETH"); err != nil {
				return nil, err
			}
		}
	}
	if err := flush("supply to the aave pool"); err != nil {
		return nil, err
	}
	// Batch 3: borrows; batch 4: the extra collateral leaves.
	for i, l := range loops {
		if p := plans[i]; p.borrow.Sign() > 0 {
			if err := pool(l.Key, aavePoolABI.PackBorrow(weth.Token, p.borrow, big.NewInt(2), 0, l.Address), "aave loop borrows WETH"); err != nil {
				return nil, err
			}
		}
	}
	if err := flush("borrow from the aave pool"); err != nil {
		return nil, err
	}
	for i, l := range loops {
		if err := pool(l.Key, aavePoolABI.PackWithdraw(lrt.Token, plans[i].extra, l.Address), "aave loop withdraws the extra ezETH"); err != nil {
			return nil, err
		}
	}
	if err := flush("withdraw from the aave pool"); err != nil {
		return nil, err
	}

	debts := make([]*big.Int, len(loops))
	for i, l := range loops {
		acct, err := a.AccountData(ctx, client, l.Address)
		if err != nil {
			return nil, err
		}
		st, err := w.aaveStateOf(ctx, l)
		if err != nil {
			return nil, err
		}
		if acct.HealthFactor.Cmp(WAD) < 0 || !st.intact(l) {
			return nil, fmt.Errorf("%w: aave %s loop %s (health %s, debt %s)", ErrUnhealthy, l.Kind, l.Address, FormatWad(acct.HealthFactor), st.debt)
		}
		debts[i] = plans[i].debt
	}
	return debts, nil
}

func positive(x *big.Int) *big.Int {
	if x.Sign() < 0 {
		return x.SetInt64(0)
	}
	return x
}

// capoGrowthPerSecond is what the adapter stores for a snapshot ratio and
// a yearly growth in bps: ⌊⌊ratio·bps/1e4⌋/year⌋.
func capoGrowthPerSecond(ratio *big.Int, yearlyBps uint16) *big.Int {
	g := new(big.Int).Mul(ratio, big.NewInt(int64(yearlyBps)))
	g.Quo(g, big.NewInt(bpsDenom))
	return g.Quo(g, big.NewInt(secondsPerYear))
}

// capoMaxRatio is the adapter's cap elapsed seconds after the snapshot.
func capoMaxRatio(ratio *big.Int, yearlyBps uint16, elapsed uint64) *big.Int {
	g := capoGrowthPerSecond(ratio, yearlyBps)
	g.Mul(g, new(big.Int).SetUint64(elapsed))
	return g.Add(g, ratio)
}

// capoSnapshotFor is the snapshot ratio whose cap, growing yearlyBps a
// year, reaches target (within a wei or two) elapsed seconds after the
// snapshot: target·(1e4·year)/(1e4·year + bps·elapsed), then corrected for
// the adapter's floors.
func capoSnapshotFor(target *big.Int, yearlyBps uint16, elapsed uint64) *big.Int {
	den := new(big.Int).Mul(big.NewInt(int64(yearlyBps)), new(big.Int).SetUint64(elapsed))
	den.Add(den, big.NewInt(bpsDenom*secondsPerYear))
	s := new(big.Int).Mul(target, big.NewInt(bpsDenom*secondsPerYear))
	s.Quo(s, den)
	for range 4 {
		diff := new(big.Int).Sub(target, capoMaxRatio(s, yearlyBps, elapsed))
		if diff.Sign() == 0 {
			break
		}
		s.Add(s, diff)
	}
	return s
}

// capoUpdate packs setCapParameters for a snapshot of ratio taken
// CapoMinSnapshotDelay before headTime: the newest the adapter accepts at
// the head (an eth_call's block) and in the next block.
func capoUpdate(ratio *big.Int, headTime uint64, yearlyBps uint16) capoadapter.CapoAdapterPriceCapUpdateParams {
	return capoadapter.CapoAdapterPriceCapUpdateParams{
		SnapshotRatio:               new(big.Int).Set(ratio),
		SnapshotTimestamp:           new(big.Int).SetUint64(headTime - uint64(CapoMinSnapshotDelay/time.Second)),
		MaxYearlyRatioGrowthPercent: yearlyBps,
	}
}

// queueCapoMisconfig queues the CAPO misconfiguration into the step's
// block, whose fair rate is fair: a snapshot dated CapoMinSnapshotDelay
// before the head, growing CapoMisconfigGrowthBps a year, whose cap at the
// block's time is fair·(1 − CapoMisconfigGapBps/1e4). It returns the
// update and that cap.
func (w *World) queueCapoMisconfig(ctx context.Context, s *sender, fair *big.Int) (capoadapter.CapoAdapterPriceCapUpdateParams, *big.Int, error) {
	head, err := w.Backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return capoadapter.CapoAdapterPriceCapUpdateParams{}, nil, fmt.Errorf("failed to read head: %w", err)
	}
	blockTime := max(uint64(time.Now().Unix()), head.Time+1)
	target := MarketPriceFor(fair, CapoMisconfigGapBps)
	u := capoUpdate(new(big.Int), head.Time, CapoMisconfigGrowthBps)
	elapsed := blockTime - u.SnapshotTimestamp.Uint64()
	u.SnapshotRatio = capoSnapshotFor(target, CapoMisconfigGrowthBps, elapsed)
	if err := s.call(ctx, w.DeployerKey, w.Aave.Capo, capoABI.PackSetCapParameters(u), "misconfigure the CAPO cap"); err != nil {
		return u, nil, err
	}
	return u, capoMaxRatio(u.SnapshotRatio, CapoMisconfigGrowthBps, elapsed), nil
}

// restoreCapo sets a sound cap: a snapshot of the current fair rate dated
// CapoMinSnapshotDelay before the head, growing CapoMaxYearlyGrowthBps a
// year (the cap sits ~0.42% above the rate and outgrows it).
func (w *World) restoreCapo(ctx context.Context) error {
	client := w.Backend.Client()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("failed to read head: %w", err)
	}
	rate, err := w.Deployment.FairRate(ctx, client)
	if err != nil {
		return err
	}
	s := newSender(client, w.ChainID, w.commitLocked)
	u := capoUpdate(rate, head.Time, CapoMaxYearlyGrowthBps)
	if err := s.call(ctx, w.DeployerKey, w.Aave.Capo, capoABI.PackSetCapParameters(u), "restore the CAPO cap"); err != nil {
		return err
	}
	if _, err := s.flush(ctx); err != nil {
		return fmt.Errorf("failed to restore the CAPO cap: %w", err)
	}
	w.log.Info().Str("snapshot_ratio", FormatWad(u.SnapshotRatio)).Uint64("snapshot_time", u.SnapshotTimestamp.Uint64()).
		Uint64("max_yearly_bps", CapoMaxYearlyGrowthBps).Msg("devnet capo restored")
	return nil
}

// reseedAave runs at a cycle start (under w.mu): it restores a sound CAPO
// cap if the path broke it, then reopens in place every Aave loop (the
// managed one included) that was liquidated or deleveraged.
func (w *World) reseedAave(ctx context.Context) error {
	if w.Aave == nil {
		return nil
	}
	if w.capoBroken {
		if err := w.restoreCapo(ctx); err != nil {
			return err
		}
		w.capoBroken = false
	}
	all := append(append([]AaveLoop(nil), w.Aave.Loops...), w.Aave.Managed)
	var touched []AaveLoop
	for _, l := range all {
		st, err := w.aaveStateOf(ctx, l)
		if err != nil {
			return err
		}
		if !st.intact(l) {
			touched = append(touched, l)
		}
	}
	if len(touched) == 0 {
		return nil
	}
	if _, err := w.openAaveLoops(ctx, w.commitLocked, touched, false); err != nil {
		return fmt.Errorf("failed to reopen aave loops: %w", err)
	}
	w.log.Info().Int("reopened", len(touched)).Msg("devnet aave loops reopened")
	return nil
}
