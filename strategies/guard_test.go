package strategies

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func TestOracleGuard(t *testing.T) {
	t.Parallel()
	e36 := func(milli uint64) *uint256.Int { // a price of milli/1000 in the 1e36 scale
		return new(uint256.Int).Mul(uint256.NewInt(milli), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(33)))
	}
	guard := OracleGuard{MaxDeviationBps: 300, Policy: GuardHold}
	for _, c := range []struct {
		name               string
		oracle, mkt, fair  *uint256.Int
		wantBps            uint64
		implausible, holds bool
	}{
		{"market-priced oracle in a depeg: near the market", e36(940), e36(940), e36(1000), 0, false, false},
		{"exchange-rate oracle in a depeg: near fair", e36(1000), e36(940), e36(1000), 0, false, false},
		{"skewed legs: 330 bps from both (cbETH on Base)", e36(967), e36(1000), e36(1001), 330, true, true},
		{"misconfigured: far from both (Moonwell)", e36(1), e36(1000), e36(1000), 9990, true, true},
		{"just inside the bound", e36(970), e36(1000), nil, 300, false, false},
		{"only fair known", e36(900), nil, e36(1000), 1000, true, true},
		{"no reference: cannot judge", e36(1), nil, nil, 0, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tg := Target{OraclePrice: c.oracle, SalePrice: c.mkt, FairPrice: c.fair}
			if c.name == "skewed legs: 330 bps from both (cbETH on Base)" {
				// The sources agree with the median: still skewed.
				tg.MarketSources = []*uint256.Int{e36(1000), e36(1001)}
			}
			bps, implausible := guard.Check(tg)
			require.Equal(t, c.wantBps, bps)
			require.Equal(t, c.implausible, implausible)
			require.Equal(t, c.holds, guard.Holds(tg))
			act := OracleGuard{MaxDeviationBps: 300, Policy: GuardAct}
			require.False(t, act.Holds(tg), "the act policy never holds")
			off := OracleGuard{Policy: GuardHold}
			_, offImplausible := off.Check(tg)
			require.False(t, offImplausible, "0 disables the guard")
		})
	}
}

// TestOracleGuardFollowsTheFeedInACrash: a market-priced oracle reading a
// feed that fell 8% while the median of lagging TWAPs fell 4% is 400 bps
// from the median and 800 from fair, but on its feed: plausible.
func TestOracleGuardFollowsTheFeedInACrash(t *testing.T) {
	t.Parallel()
	e36 := func(milli uint64) *uint256.Int {
		return new(uint256.Int).Mul(uint256.NewInt(milli), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(33)))
	}
	guard := OracleGuard{MaxDeviationBps: 300, Policy: GuardHold}
	tg := Target{OraclePrice: e36(920), SalePrice: e36(960), FairPrice: e36(1000)}
	bps, implausible := guard.Check(tg)
	require.True(t, implausible, "the median alone says skewed")
	require.Equal(t, uint64(416), bps)
	tg.MarketSources = []*uint256.Int{e36(920), e36(975), e36(990)}
	bps, implausible = guard.Check(tg)
	require.False(t, implausible, "the oracle is on one of the sources")
	require.Zero(t, bps)
}

// TestOracleGuardChecksThePreLiquidationOracle: a pre-liquidation whose
// contract reads a skewed oracle is implausible even when the market's own
// oracle is sound.
func TestOracleGuardChecksThePreLiquidationOracle(t *testing.T) {
	t.Parallel()
	e36 := func(milli uint64) *uint256.Int {
		return new(uint256.Int).Mul(uint256.NewInt(milli), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(33)))
	}
	guard := OracleGuard{MaxDeviationBps: 300, Policy: GuardHold}
	tg := Target{OraclePrice: e36(1000), SalePrice: e36(1000), FairPrice: e36(1000)}
	_, implausible := guard.Check(tg)
	require.False(t, implausible)
	tg.PreLiquidation = &PreLiquidationTarget{OraclePrice: e36(900)}
	bps, implausible := guard.Check(tg)
	require.True(t, implausible)
	require.Equal(t, uint64(1000), bps)
	require.True(t, guard.Holds(tg))
}
