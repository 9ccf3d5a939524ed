package main

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/keeper"
)

// caller is what the start-up checks read from the chain.
type caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// checkExecution reads, before the first block, what the executor
// strategies take on trust from the config: the executor is owned by the
// keeper's key and bound to the watched Morpho, and each market's venue
// trades its collateral for its loan token in the configured direction. A
// wrong address would otherwise show only as a failed plan every block.
func checkExecution(ctx context.Context, c caller, x execution, morpho, keeperAddr common.Address, venues []config.Market, markets []*keeper.Market) error {
	exec := keeperexecutor.NewKeeperExecutor()
	read := addressReader(ctx, c)
	owner, err := read(x.executor, exec.PackOwner(), "owner()")
	if err != nil {
		return fmt.Errorf("liquidation.executor: %w", err)
	}
	if owner != keeperAddr {
		return fmt.Errorf("liquidation.executor %s: owned by %s, not by the keeper's key %s", x.executor.Hex(), owner.Hex(), keeperAddr.Hex())
	}
	// The Morpho binding matters only when the executor acts on Morpho:
	// an Aave-only keeper names the pool in every call.
	if len(markets) > 0 || x.preFactory != (common.Address{}) {
		bound, err := read(x.executor, exec.PackMORPHO(), "MORPHO()")
		if err != nil {
			return fmt.Errorf("liquidation.executor: %w", err)
		}
		if bound != morpho {
			return fmt.Errorf("liquidation.executor %s: bound to Morpho %s, not %s", x.executor.Hex(), bound.Hex(), morpho.Hex())
		}
	}
	params := map[common.Hash]*keeper.Market{}
	for _, m := range markets {
		params[m.ID] = m
	}
	for i, mc := range venues {
		v, m := mc.Venue, params[mc.ID]
		if v == nil || m == nil {
			continue
		}
		where := fmt.Sprintf("markets[%d].venue (pool %s)", i, v.Pool.Hex())
		sold, bought, err := venueTokens(read, v)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		if sold != m.Params.CollateralToken || bought != m.Params.LoanToken {
			return fmt.Errorf("%s: sells %s for %s, but market %s has collateral %s and loan token %s",
				where, sold.Hex(), bought.Hex(), m.Name, m.Params.CollateralToken.Hex(), m.Params.LoanToken.Hex())
		}
	}
	return nil
}

// readAddress reads a view returning one address; what names it in errors.
type readAddress func(to common.Address, data []byte, what string) (common.Address, error)

// addressReader is readAddress over c at the latest block.
func addressReader(ctx context.Context, c caller) readAddress {
	return func(to common.Address, data []byte, what string) (common.Address, error) {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("read %s of %s: %w", what, to.Hex(), err)
		}
		if len(out) != 32 {
			return common.Address{}, fmt.Errorf("read %s of %s: %d bytes returned, want an address", what, to.Hex(), len(out))
		}
		return common.BytesToAddress(out), nil
	}
}

// venueTokens reads what a venue sells and buys in its configured
// direction.
func venueTokens(read readAddress, v *config.Venue) (sold, bought common.Address, err error) {
	switch v.Kind {
	case config.VenueCurve:
		curve := stableswappool.NewStableSwapPool()
		if sold, err = read(v.Pool, curve.PackCoins(big.NewInt(v.I)), fmt.Sprintf("coins(%d)", v.I)); err != nil {
			return
		}
		bought, err = read(v.Pool, curve.PackCoins(big.NewInt(v.J)), fmt.Sprintf("coins(%d)", v.J))
		return
	case config.VenueUniV3:
		uni := univ3pool.NewUniV3Pool()
		t0, err := read(v.Pool, uni.PackToken0(), "token0()")
		if err != nil {
			return sold, bought, err
		}
		t1, err := read(v.Pool, uni.PackToken1(), "token1()")
		if err != nil {
			return sold, bought, err
		}
		if v.ZeroForOne {
			return t0, t1, nil
		}
		return t1, t0, nil
	}
	return sold, bought, fmt.Errorf("venue kind %q", v.Kind)
}

// checkAaveVenues reads that each Aave reserve's venue sells the reserve's
// token for the wrapped native token, the loops' debt.
func checkAaveVenues(ctx context.Context, c caller, pools []config.AavePool, assets []config.Asset, wrappedNative common.Address) error {
	read := addressReader(ctx, c)
	for i, p := range pools {
		for j, r := range p.Reserves {
			a, ok := assetIndex(assets, r.Asset)
			if !ok || r.Venue == nil {
				continue
			}
			where := fmt.Sprintf("aave[%d].reserves[%d].venue (pool %s)", i, j, r.Venue.Pool.Hex())
			sold, bought, err := venueTokens(read, r.Venue)
			if err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if sold != assets[a].Token || bought != wrappedNative {
				return fmt.Errorf("%s: sells %s for %s, but the reserve is %s (%s) against chain.wrapped_native %s",
					where, sold.Hex(), bought.Hex(), r.Asset, assets[a].Token.Hex(), wrappedNative.Hex())
			}
		}
	}
	return nil
}
