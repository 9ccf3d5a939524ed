package strategies

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

var (
	gwei       = big.NewInt(1_000_000_000)
	morphoABI  = morphoblue.NewMorphoBlue()
	oracleABI  = morphochainlinkoracle.NewMorphoChainlinkOracle()
	minTipCap  = new(big.Int).Mul(big.NewInt(50), gwei)
	defaultCfg = LiquidationConfig{MinProfit: big.NewInt(0), GasMarginPct: 25, MaxGasLimit: 3_000_000, MinTipCap: minTipCap}
)

// recordingSender is the real transaction manager, noting the label of every
// Send.
type recordingSender struct {
	*txmgr.Manager
	mu     sync.Mutex
	labels []string
}

func (s *recordingSender) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	s.mu.Lock()
	s.labels = append(s.labels, c.Label)
	s.mu.Unlock()
	return s.Manager.Send(ctx, c)
}

func (s *recordingSender) sent(label string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.labels {
		if l == label {
			n++
		}
	}
	return n
}

type env struct {
	t      *testing.T
	ctx    context.Context
	world  *devnet.World
	d      *devnet.Deployment
	client chain.Client
	sender *recordingSender
	keeper common.Address
}

// newEnv starts a calm devnet whose keeper holds keeperWETH (nil: the
// default), mines a block every 20 ms in the background and drops the
// market price to 92% of the fair rate: in market 0 (LLTV 94.5%, market
// oracle) the 10x and 8x loops are liquidatable, the 5x loop is healthy.
func newEnv(t *testing.T, keeperWETH *big.Int) *env {
	t.Helper()
	e := newCalmEnv(t, keeperWETH)
	fair, err := e.d.FairRate(e.ctx, e.client)
	require.NoError(t, err)
	drop := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(92)), big.NewInt(100))
	require.NoError(t, e.d.SetMarketPrice(e.ctx, e.client, e.world.DeployerKey, drop))
	return e
}

// newCalmEnv is newEnv without the price drop: every price at fair.
func newCalmEnv(t *testing.T, keeperWETH *big.Int) *env {
	t.Helper()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm, KeeperWETH: keeperWETH})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	tm, err := txmgr.New(zerolog.Nop(), client, world.KeeperKey, world.ChainID, txmgr.Config{
		NumConfirmations: 1, ReceiptQueryInterval: 10 * time.Millisecond, ResubmitInterval: 5 * time.Second,
		NetworkTimeout: 5 * time.Second, SendTimeout: 30 * time.Second, FeeBumpPct: 10, FeeLimitMultiplier: 5,
		MinTipCap: minTipCap,
	}, nil)
	require.NoError(t, err)
	t.Cleanup(tm.Close)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				world.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() })

	e := &env{
		t: t, ctx: t.Context(), world: world, d: world.Deployment, client: client,
		sender: &recordingSender{Manager: tm}, keeper: crypto.PubkeyToAddress(world.KeeperKey.PublicKey),
	}
	return e
}

func (e *env) liquidator(cfg LiquidationConfig) *Liquidator {
	return NewLiquidator(e.client, e.sender, e.d.Morpho, cfg)
}

// borrower returns the seeded loop of market 0 with the given leverage.
func (e *env) borrower(leverage uint64) common.Address {
	e.t.Helper()
	for _, b := range e.world.Borrowers() {
		if b.Market == 0 && b.Leverage == leverage {
			return b.Address
		}
	}
	e.t.Fatalf("no %dx loop in market 0", leverage)
	return common.Address{}
}

// target builds the Target of borrower in market 0 at the head, as the
// keeper's pass does: position and market read at the head, interest
// accrued to its time, the oracle's price, and the same price to sell at.
func (e *env) target(borrower common.Address) Target { return e.targetIn(0, borrower) }

// targetIn is target in market mi.
func (e *env) targetIn(mi int, borrower common.Address) Target {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	require.NoError(e.t, err)
	mk := e.d.Markets[mi]
	read := func(to common.Address, data []byte) []byte {
		out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, head.Number)
		require.NoError(e.t, err)
		return out
	}
	mo, err := morphoABI.UnpackMarket(read(e.d.Morpho, morphoABI.PackMarket(mk.ID)))
	require.NoError(e.t, err)
	po, err := morphoABI.UnpackPosition(read(e.d.Morpho, morphoABI.PackPosition(mk.ID, borrower)))
	require.NoError(e.t, err)
	price, err := oracleABI.UnpackPrice(read(mk.Params.Oracle, oracleABI.PackPrice()))
	require.NoError(e.t, err)

	var m morpho.Market
	m.TotalSupplyAssets.SetFromBig(mo.TotalSupplyAssets)
	m.TotalSupplyShares.SetFromBig(mo.TotalSupplyShares)
	m.TotalBorrowAssets.SetFromBig(mo.TotalBorrowAssets)
	m.TotalBorrowShares.SetFromBig(mo.TotalBorrowShares)
	m.LastUpdate.SetFromBig(mo.LastUpdate)
	m.Fee.SetFromBig(mo.Fee)
	m, err = morpho.AccrueInterest(m, uint256.MustFromBig(devnet.BorrowRatePerSecond), head.Time)
	require.NoError(e.t, err)
	var p morpho.Position
	p.SupplyShares.SetFromBig(po.SupplyShares)
	p.BorrowShares.SetFromBig(po.BorrowShares)
	p.Collateral.SetFromBig(po.Collateral)

	return Target{
		Block: chain.RefOf(head), MarketID: mk.ID, MarketName: mk.Name, Params: mk.Params,
		Borrower: borrower, Position: p, Market: m,
		OraclePrice: uint256.MustFromBig(price), SalePrice: uint256.MustFromBig(price),
		LoanIsNative: mk.Params.LoanToken == e.d.WETH,
	}
}

func (e *env) allowance() *big.Int {
	e.t.Helper()
	l := e.liquidator(defaultCfg)
	a, err := l.call(e.ctx, e.d.WETH, l.erc20.PackAllowance(e.keeper, e.d.Morpho))
	require.NoError(e.t, err)
	return a
}

func (l *Liquidator) reservedOf(token common.Address) *big.Int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return cloneOrZero(l.reserved[token])
}

func TestLiquidatorOnDevnet(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	tenX, fiveX := e.borrower(10), e.borrower(5)

	t.Run("refuses a loan token it cannot price", func(t *testing.T) {
		tg := e.target(tenX)
		tg.LoanIsNative = false
		p, err := e.liquidator(defaultCfg).Plan(e.ctx, tg)
		require.ErrorIs(t, err, ErrUnpricedLoanToken)
		require.Nil(t, p)
	})

	t.Run("refuses without a sale price", func(t *testing.T) {
		tg := e.target(tenX)
		tg.SalePrice = nil
		p, err := e.liquidator(defaultCfg).Plan(e.ctx, tg)
		require.ErrorIs(t, err, ErrNoSalePrice)
		require.Nil(t, p)
	})

	t.Run("unprofitable sends nothing", func(t *testing.T) {
		cfg := defaultCfg
		cfg.MinProfit = new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100)) // 100 WETH
		l := e.liquidator(cfg)
		_, err := l.Plan(e.ctx, e.target(tenX))
		require.ErrorIs(t, err, ErrUnprofitable)

		// Valued at a sale price half the oracle's, the seized collateral
		// is worth less than the debt it repays.
		tg := e.target(tenX)
		tg.SalePrice = new(uint256.Int).Rsh(tg.OraclePrice, 1)
		l = e.liquidator(defaultCfg)
		_, err = l.Plan(e.ctx, tg)
		require.ErrorIs(t, err, ErrUnprofitable)

		require.Zero(t, e.sender.sent("approve"), "no approval before the profit check passes")
		require.Zero(t, e.sender.sent("liquidate"))
		require.Zero(t, e.allowance().Sign())
		require.Zero(t, l.reservedOf(e.d.WETH).Sign())
	})

	l := e.liquidator(defaultCfg)
	t.Run("liquidates a profitable position", func(t *testing.T) {
		tg := e.target(tenX)
		// A sale price above the oracle's does not raise the value.
		tg.SalePrice = new(uint256.Int).Lsh(tg.OraclePrice, 1)
		p, err := l.Plan(e.ctx, tg)
		require.NoError(t, err)
		require.Equal(t, 1, e.sender.sent("approve"))
		require.Positive(t, p.Profit.Sign())

		value, err := morpho.MulDivDown(uint256.MustFromBig(p.Seized), tg.OraclePrice, morpho.OraclePriceScale)
		require.NoError(t, err)
		require.Equal(t, value.ToBig().String(), p.SeizedValue.String(), "valued at the lower (oracle) price")
		want := new(big.Int).Sub(p.SeizedValue, p.ExpectedRepaid)
		want.Sub(want, p.GasCost)
		require.Equal(t, want.String(), p.Profit.String())
		// gas ≥ GasLimit·100/125 and the price ≥ MinTipCap.
		require.GreaterOrEqual(t, new(big.Int).Mul(p.GasCost, big.NewInt(125)).Cmp(
			new(big.Int).Mul(new(big.Int).SetUint64(p.GasLimit*100), minTipCap)), 0,
			"gas priced at no less than MinTipCap: cost %s, limit %d", p.GasCost, p.GasLimit)
		require.Equal(t, p.ExpectedRepaid.String(), l.reservedOf(e.d.WETH).String())

		var sent *types.Transaction
		rcpt, err := l.Execute(e.ctx, p, func(tx *types.Transaction) { sent = tx })
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
		require.NotNil(t, sent)
		require.Zero(t, l.reservedOf(e.d.WETH).Sign(), "Execute releases the reservation")
		require.Equal(t, 1, e.sender.sent("approve"), "approved once")
		require.Equal(t, 1, e.sender.sent("liquidate"))

		var liquidated bool
		for _, lg := range rcpt.Logs {
			ev, err := morphoABI.UnpackLiquidateEvent(lg)
			if err != nil {
				continue
			}
			liquidated = true
			require.Equal(t, tenX, ev.Borrower)
			require.Equal(t, e.keeper, ev.Caller)
			// Repaid by shares: every share, and the collateral they are
			// worth when mined (a little more interest than planned).
			require.Equal(t, tg.Position.BorrowShares.ToBig().String(), ev.RepaidShares.String())
			require.GreaterOrEqual(t, ev.SeizedAssets.Cmp(p.Seized), 0)
		}
		require.True(t, liquidated, "no Liquidate event in the receipt")
		pos, err := e.d.Position(e.ctx, e.client, 0, tenX)
		require.NoError(t, err)
		require.Zero(t, pos.BorrowShares.Sign(), "no dust debt")
	})

	t.Run("a healthy position fails the simulation", func(t *testing.T) {
		p, err := l.Plan(e.ctx, e.target(fiveX))
		require.ErrorIs(t, err, ErrSimulationReverted)
		require.Nil(t, p)
		require.Equal(t, 1, e.sender.sent("approve"), "already approved")
		require.Equal(t, 1, e.sender.sent("liquidate"))
		require.Zero(t, l.reservedOf(e.d.WETH).Sign())
	})
}

func TestConcurrentPlansShareInventory(t *testing.T) {
	t.Parallel()
	// 120 WETH covers the 10x loop (~92 WETH of debt) or the 8x loop
	// (~71 WETH), not both.
	e := newEnv(t, new(big.Int).Mul(big.NewInt(120), big.NewInt(1e18)))
	l := e.liquidator(defaultCfg)
	targets := []Target{e.target(e.borrower(10)), e.target(e.borrower(8))}

	plans := make([]*Plan, len(targets))
	errs := make([]error, len(targets))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, tg := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			plans[i], errs[i] = l.Plan(e.ctx, tg)
		}()
	}
	close(start)
	wg.Wait()

	won := -1
	for i, err := range errs {
		if err == nil {
			require.Equal(t, -1, won, "both plans succeeded")
			won = i
		} else {
			require.ErrorIs(t, err, ErrInsufficientInventory)
		}
	}
	require.NotEqual(t, -1, won, "no plan succeeded: %v", errs)
	lost := 1 - won
	require.Equal(t, plans[won].ExpectedRepaid.String(), l.reservedOf(e.d.WETH).String())
	require.Equal(t, 1, e.sender.sent("approve"), "one approval for both plans")

	// Released (twice: idempotent), the winner's inventory goes to the other.
	l.Release(plans[won])
	l.Release(plans[won])
	l.Release(nil)
	require.Zero(t, l.reservedOf(e.d.WETH).Sign())
	p, err := l.Plan(e.ctx, e.target(targets[lost].Borrower))
	require.NoError(t, err)

	// A failed Execute releases too.
	cancelled, cancel := context.WithCancel(e.ctx)
	cancel()
	_, err = l.Execute(cancelled, p, nil)
	require.Error(t, err)
	require.True(t, errors.Is(err, context.Canceled), "%v", err)
	require.Zero(t, l.reservedOf(e.d.WETH).Sign())

	p, err = l.Plan(e.ctx, e.target(targets[lost].Borrower))
	require.NoError(t, err)
	rcpt, err := l.Execute(e.ctx, p, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Zero(t, l.reservedOf(e.d.WETH).Sign())
	l.Release(p) // after Execute: a no-op
	require.Zero(t, l.reservedOf(e.d.WETH).Sign())

	// The repayment left too little WETH for the other loop.
	_, err = l.Plan(e.ctx, e.target(targets[won].Borrower))
	require.ErrorIs(t, err, ErrInsufficientInventory)
	require.Equal(t, 1, e.sender.sent("approve"))
	require.Equal(t, 2, e.sender.sent("liquidate"), "the cancelled send and the mined one")
}

// fakeNode answers the gas-price reads.
type fakeNode struct {
	Node
	baseFee, tip *big.Int
}

func (f fakeNode) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(1), BaseFee: f.baseFee}, nil
}

func (f fakeNode) SuggestGasTipCap(context.Context) (*big.Int, error) {
	return new(big.Int).Set(f.tip), nil
}

func TestGasPriceMatchesFirstAttempt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name              string
		baseFee, tip, min *big.Int
		want              int64
	}{
		{"suggested tip above the floor", big.NewInt(100), big.NewInt(30), big.NewInt(20), 130},
		{"floor above the suggested tip", big.NewInt(100), big.NewInt(5), big.NewInt(20), 120},
		{"no floor", big.NewInt(100), big.NewInt(5), nil, 105},
		{"pre-London head", nil, big.NewInt(5), big.NewInt(20), 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := NewLiquidator(fakeNode{baseFee: tc.baseFee, tip: tc.tip}, nil, common.Address{}, LiquidationConfig{MinTipCap: tc.min})
			got, err := l.gasPrice(t.Context())
			require.NoError(t, err)
			require.Equal(t, tc.want, got.Int64())
		})
	}
}

func TestPlanChecksBeforeTouchingTheChain(t *testing.T) {
	t.Parallel()
	// A nil node: any chain read would panic.
	l := NewLiquidator(nil, nil, common.Address{}, LiquidationConfig{})
	price := uint256.NewInt(1)
	_, err := l.Plan(t.Context(), Target{OraclePrice: price, SalePrice: price})
	require.ErrorIs(t, err, ErrUnpricedLoanToken)
	_, err = l.Plan(t.Context(), Target{OraclePrice: price, LoanIsNative: true})
	require.ErrorIs(t, err, ErrNoSalePrice)
}
