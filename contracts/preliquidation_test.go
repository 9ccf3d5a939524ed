package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidation"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
)

// preLiqRef is the PreLiquidation math of protocols.md §1 in math/big.
type preLiqRef struct {
	p    preliquidation.PreLiquidationParams
	lltv *big.Int
}

// factors returns preLIF and preLCF for a position, or ok=false outside
// preLltv·collQuoted < borrowed ≤ LLTV·collQuoted.
func (r preLiqRef) factors(borrowed, collQuoted *big.Int) (lif, lcf *big.Int, ok bool) {
	if borrowed.Cmp(wMulDown(collQuoted, r.p.PreLltv)) <= 0 || borrowed.Cmp(wMulDown(collQuoted, r.lltv)) > 0 {
		return nil, nil, false
	}
	ltv := mulDivUp(borrowed, wad, collQuoted)
	q := mulDivDown(sub(ltv, r.p.PreLltv), wad, sub(r.lltv, r.p.PreLltv))
	lif = add(r.p.PreLIF1, wMulDown(q, sub(r.p.PreLIF2, r.p.PreLIF1)))
	lcf = add(r.p.PreLCF1, wMulDown(q, sub(r.p.PreLCF2, r.p.PreLCF1)))
	return lif, lcf, true
}

type preLiqOutcome struct {
	seized, repaidShares, repaidAssets, repayableShares *big.Int
}

// at applies the reference to the borrower's position on the accrued market.
func (r preLiqRef) at(t *testing.T, acc marketState, borrowShares, collateral, price, seized, repaidShares *big.Int) preLiqOutcome {
	t.Helper()
	collQuoted := mulDivDown(collateral, price, oracleScale)
	borrowed := toAssetsUp(borrowShares, acc.TBA, acc.TBS)
	lif, lcf, ok := r.factors(borrowed, collQuoted)
	require.True(t, ok, "position not pre-liquidatable")
	if seized.Sign() > 0 {
		repaidShares = toSharesUp(wDivUp(mulDivUp(seized, price, oracleScale), lif), acc.TBA, acc.TBS)
	} else {
		seized = mulDivDown(wMulDown(toAssetsDown(repaidShares, acc.TBA, acc.TBS), lif), oracleScale, price)
	}
	return preLiqOutcome{seized, repaidShares, toAssetsUp(repaidShares, acc.TBA, acc.TBS), wMulDown(borrowShares, lcf)}
}

type preLiqFixture struct {
	*execFixture
	fa      *preliquidationfactory.PreLiquidationFactory
	factory *bind.BoundContract
	pa      *preliquidation.PreLiquidation
	pl      *bind.BoundContract
	plAddr  common.Address
	ref     preLiqRef
	facAddr common.Address
}

// The borrower's loop sits at LTV ≈ 0.99·0.945 ≈ 0.9356, inside (0.90, 0.945].
func defaultPreLiqParams(oracle common.Address) preliquidationfactory.PreLiquidationParams {
	return preliquidationfactory.PreLiquidationParams{
		PreLltv: ew(90, 16), PreLCF1: ew(20, 16), PreLCF2: ew(80, 16),
		PreLIF1: ew(101, 16), PreLIF2: ew(104, 16), PreLiquidationOracle: oracle,
	}
}

func newPreLiqFixture(t *testing.T) *preLiqFixture {
	t.Helper()
	f := &preLiqFixture{execFixture: newExecFixture(t),
		fa: preliquidationfactory.NewPreLiquidationFactory(), pa: preliquidation.NewPreLiquidation()}
	w := f.world
	f.facAddr = w.deploy(w.owner, preliquidationfactory.PreLiquidationFactoryMetaData.Bin, f.fa.PackConstructor(w.morphoAddr))
	f.factory = f.fa.Instance(w.client, f.facAddr)

	params := defaultPreLiqParams(w.oracleAddr)
	r := w.sendEstimated(w.owner, f.factory, f.fa.PackCreatePreLiquidation(w.id, params))
	ev := findEvent(t, r, f.fa.UnpackCreatePreLiquidationEvent)
	f.plAddr = ev.PreLiquidation
	require.Equal(t, w.id, ev.Id)
	require.Equal(t, params, ev.PreLiquidationParams)
	f.pl = f.pa.Instance(w.client, f.plAddr)
	f.ref = preLiqRef{p: preliquidation.PreLiquidationParams(params), lltv: w.lltv}
	return f
}

func (f *preLiqFixture) plRevert(from actor, c *bind.BoundContract, data []byte) any {
	f.t.Helper()
	_, err := bind.Call(c, &bind.CallOpts{Context: f.ctx, From: from.addr}, data, func([]byte) (struct{}, error) {
		return struct{}{}, nil
	})
	decoded, uerr := f.pa.UnpackError(revertData(f.t, err))
	require.NoError(f.t, uerr, "undecodable revert: %v", err)
	return decoded
}

// TestPreLiquidationFactory checks the factory's record, the CREATE2
// address, the views and the parameter validation.
func TestPreLiquidationFactory(t *testing.T) {
	t.Parallel()
	f := newPreLiqFixture(t)
	w := f.world
	params := defaultPreLiqParams(w.oracleAddr)

	require.Equal(t, w.morphoAddr, call(w, f.factory, f.fa.PackMORPHO(), f.fa.UnpackMORPHO))
	require.True(t, call(w, f.factory, f.fa.PackIsPreLiquidation(f.plAddr), f.fa.UnpackIsPreLiquidation))
	require.False(t, call(w, f.factory, f.fa.PackIsPreLiquidation(f.execAddr), f.fa.UnpackIsPreLiquidation))

	initCode := append(common.FromHex(preliquidation.PreLiquidationMetaData.Bin),
		f.pa.PackConstructor(w.morphoAddr, w.id, preliquidation.PreLiquidationParams(params))...)
	require.Equal(t, crypto.CreateAddress2(f.facAddr, [32]byte{}, crypto.Keccak256(initCode)), f.plAddr)

	require.Equal(t, w.morphoAddr, call(w, f.pl, f.pa.PackMORPHO(), f.pa.UnpackMORPHO))
	require.Equal(t, w.id, call(w, f.pl, f.pa.PackID(), f.pa.UnpackID))
	require.Equal(t, preliquidation.MarketParams(w.params), call(w, f.pl, f.pa.PackMarketParams(), f.pa.UnpackMarketParams))
	require.Equal(t, preliquidation.PreLiquidationParams(params),
		call(w, f.pl, f.pa.PackPreLiquidationParams(), f.pa.UnpackPreLiquidationParams))

	// The same (id, params) cannot be deployed twice.
	_, err := bind.Call(f.factory, &bind.CallOpts{Context: w.ctx}, f.fa.PackCreatePreLiquidation(w.id, params),
		f.fa.UnpackCreatePreLiquidation)
	require.Error(t, err)

	maxLIF := wDivDown(wad, w.lltv)
	bad := func(mut func(*preliquidationfactory.PreLiquidationParams)) []byte {
		p := params
		p.PreLIF2 = new(big.Int).Set(maxLIF) // valid and distinct from the deployed set
		mut(&p)
		return f.fa.PackCreatePreLiquidation(w.id, p)
	}
	// The bound itself is accepted.
	got := callFrom(w, w.owner, f.factory, bad(func(*preliquidationfactory.PreLiquidationParams) {}), f.fa.UnpackCreatePreLiquidation)
	require.NotEqual(t, common.Address{}, got)

	cases := []struct {
		name string
		data []byte
		want any
	}{
		{"preLltv = LLTV", bad(func(p *preliquidationfactory.PreLiquidationParams) { p.PreLltv = w.lltv }),
			&preliquidation.PreLiquidationPreLltvTooHigh{}},
		{"preLCF1 > preLCF2", bad(func(p *preliquidationfactory.PreLiquidationParams) { p.PreLCF1 = add(p.PreLCF2, big.NewInt(1)) }),
			&preliquidation.PreLiquidationPreLCFDecreasing{}},
		{"preLCF1 > 1", bad(func(p *preliquidationfactory.PreLiquidationParams) {
			p.PreLCF1, p.PreLCF2 = add(wad, big.NewInt(1)), ew(2, 18)
		}), &preliquidation.PreLiquidationPreLCFTooHigh{}},
		{"preLIF1 < 1", bad(func(p *preliquidationfactory.PreLiquidationParams) { p.PreLIF1 = sub(wad, big.NewInt(1)) }),
			&preliquidation.PreLiquidationPreLIFTooLow{}},
		{"preLIF1 > preLIF2", bad(func(p *preliquidationfactory.PreLiquidationParams) { p.PreLIF2 = sub(p.PreLIF1, big.NewInt(1)) }),
			&preliquidation.PreLiquidationPreLIFDecreasing{}},
		{"preLIF2 > 1/LLTV", bad(func(p *preliquidationfactory.PreLiquidationParams) { p.PreLIF2 = add(maxLIF, big.NewInt(1)) }),
			&preliquidation.PreLiquidationPreLIFTooHigh{}},
	}
	for _, c := range cases {
		require.Equal(t, c.want, f.plRevert(w.owner, f.factory, c.data), c.name)
	}
	var unknown [32]byte
	unknown[0] = 1
	require.Equal(t, &preliquidation.PreLiquidationNonexistentMarket{Id: unknown},
		f.plRevert(w.owner, f.factory, f.fa.PackCreatePreLiquidation(unknown, params)))
}

// TestExecutorPreLiquidate pre-liquidates the authorised borrower through
// the factory-made contract, by shares on the v3 pool and by seized
// collateral on the Curve pool, against the reference math.
func TestExecutorPreLiquidate(t *testing.T) {
	t.Parallel()
	f := newPreLiqFixture(t)
	w := f.world
	price := w.oraclePrice()

	pos0 := w.positionAt(nil, w.borrower.addr)
	shares := new(big.Int).Quo(pos0.BorrowShares, big.NewInt(4))
	pack := f.ex.PackPreLiquidate(f.plAddr, f.mp, w.borrower.addr, big.NewInt(0), shares, f.uniSwap(big.NewInt(0)), big.NewInt(0))

	// Without the borrower's authorisation Morpho refuses the collateral withdrawal.
	_, err := bind.Call(f.exec, &bind.CallOpts{Context: f.ctx, From: f.keeper.addr}, pack, f.ex.UnpackPreLiquidate)
	require.ErrorContains(t, err, "unauthorized")
	w.send(w.borrower, w.morpho, w.morphoABI.PackSetAuthorization(f.plAddr, true))

	steps := []struct {
		name           string
		seized, shares *big.Int
		swap           keeperexecutor.Swap
	}{
		{"by shares, univ3", big.NewInt(0), shares, f.uniSwap(big.NewInt(0))},
		{"by seized, curve", ew(5, 18), big.NewInt(0), f.curveSwap(big.NewInt(0))},
	}
	for _, st := range steps {
		swap := st.swap
		pos0 := w.positionAt(nil, w.borrower.addr)
		keeperBal0 := w.wethBalance(f.keeper.addr)
		r := w.send(f.keeper, f.exec,
			f.ex.PackPreLiquidate(f.plAddr, f.mp, w.borrower.addr, st.seized, st.shares, swap, big.NewInt(0)))
		acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
		want := f.ref.at(t, acc, pos0.BorrowShares, pos0.Collateral, price, st.seized, st.shares)
		require.LessOrEqual(t, want.repaidShares.Cmp(want.repayableShares), 0, st.name)
		proceeds := f.quoteAt(prev(r), swap, want.seized)
		profit := sub(proceeds, want.repaidAssets)
		require.Positive(t, profit.Sign(), st.name)

		pl := findEvent(t, r, f.pa.UnpackPreLiquidateEvent)
		require.Equal(t, w.id, pl.Id)
		require.Equal(t, f.execAddr, pl.Liquidator)
		require.Equal(t, w.borrower.addr, pl.Borrower)
		requireBigEq(t, want.repaidAssets, pl.RepaidAssets, st.name)
		requireBigEq(t, want.repaidShares, pl.RepaidShares, st.name)
		requireBigEq(t, want.seized, pl.SeizedAssets, st.name)

		rep := findEvent(t, r, w.morphoABI.UnpackRepayEvent)
		require.Equal(t, f.plAddr, rep.Caller)
		require.Equal(t, w.borrower.addr, rep.OnBehalf)
		requireBigEq(t, want.repaidAssets, rep.Assets)
		requireBigEq(t, want.repaidShares, rep.Shares)
		wc := findEvent(t, r, w.morphoABI.UnpackWithdrawCollateralEvent)
		require.Equal(t, f.plAddr, wc.Caller)
		require.Equal(t, f.execAddr, wc.Receiver)
		requireBigEq(t, want.seized, wc.Assets)

		ev := findEvent(t, r, f.ex.UnpackLiquidatedEvent)
		require.Equal(t, w.id, ev.Id)
		require.Equal(t, w.borrower.addr, ev.Borrower)
		require.Equal(t, f.plAddr, ev.Via)
		requireBigEq(t, want.seized, ev.Seized)
		requireBigEq(t, want.repaidAssets, ev.RepaidAssets)
		requireBigEq(t, proceeds, ev.Proceeds)
		requireBigEq(t, profit, ev.Profit)

		pos := w.positionAt(nil, w.borrower.addr)
		requireBigEq(t, sub(pos0.BorrowShares, want.repaidShares), pos.BorrowShares)
		requireBigEq(t, sub(pos0.Collateral, want.seized), pos.Collateral)
		requireBigEq(t, add(keeperBal0, profit), w.wethBalance(f.keeper.addr))
		f.requireNoLeftovers(f.plAddr)
	}

	// Above the close factor: the revert carries the reference bound.
	pos := w.positionAt(nil, w.borrower.addr)
	acc, _, _ := w.marketAt(nil).accrue(testRate, w.headTime())
	want := f.ref.at(t, acc, pos.BorrowShares, pos.Collateral, price, big.NewInt(0), pos.BorrowShares)
	require.Equal(t, &preliquidation.PreLiquidationPreLiquidationTooLarge{RepaidShares: pos.BorrowShares, RepayableShares: want.repayableShares},
		f.plRevert(w.liquidator, f.pl, f.pa.PackPreLiquidate(w.borrower.addr, big.NewInt(0), pos.BorrowShares, nil)))
	require.Equal(t, &preliquidation.PreLiquidationInconsistentInput{},
		f.plRevert(w.liquidator, f.pl, f.pa.PackPreLiquidate(w.borrower.addr, big.NewInt(1), big.NewInt(1), nil)))
	require.Equal(t, &preliquidation.PreLiquidationNotMorpho{},
		f.plRevert(w.liquidator, f.pl, f.pa.PackOnMorphoRepay(big.NewInt(1), nil)))

	// A higher price puts the LTV under preLltv, a lower one over LLTV.
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(ew(12, 17)))
	require.Equal(t, &preliquidation.PreLiquidationNotPreLiquidatablePosition{},
		f.plRevert(w.liquidator, f.pl, f.pa.PackPreLiquidate(w.borrower.addr, big.NewInt(0), big.NewInt(1), nil)))
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(ew(9, 17)))
	require.Equal(t, &preliquidation.PreLiquidationLiquidatablePosition{},
		f.plRevert(w.liquidator, f.pl, f.pa.PackPreLiquidate(w.borrower.addr, big.NewInt(0), big.NewInt(1), nil)))
}
