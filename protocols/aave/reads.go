package aave

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// BatchReader runs a batch of calls pinned to one block hash
// (chain.Multicall).
type BatchReader interface {
	Do(ctx context.Context, block common.Hash, calls []chain.Call) ([]chain.Result, error)
}

// ReserveConfig is a reserve's configuration word, decoded
// (ReserveConfiguration's bit layout).
type ReserveConfig struct {
	LTV, LT, Bonus         uint16
	Decimals               uint8
	Active, Frozen, Paused bool
	Borrowing              bool
	ReserveFactor          uint16
	ProtocolFee            uint16
}

// DecodeReserveConfig reads the configuration word.
func DecodeReserveConfig(data *uint256.Int) ReserveConfig {
	bits := func(from, n uint) uint64 {
		var x uint256.Int
		x.Rsh(data, from)
		return x.Uint64() & (1<<n - 1)
	}
	return ReserveConfig{
		LTV: uint16(bits(0, 16)), LT: uint16(bits(16, 16)), Bonus: uint16(bits(32, 16)),
		Decimals: uint8(bits(48, 8)), Active: bits(56, 1) == 1, Frozen: bits(57, 1) == 1,
		Borrowing: bits(58, 1) == 1, Paused: bits(60, 1) == 1,
		ReserveFactor: uint16(bits(64, 16)), ProtocolFee: uint16(bits(152, 16)),
	}
}

// ReserveData is getReserveData's answer.
type ReserveData struct {
	Config                  ReserveConfig
	Indexes                 aave.Indexes
	ID                      uint16
	AToken, VariableDebt    common.Address
	InterestRateStrategy    common.Address
	AccruedToTreasuryScaled uint256.Int
}

// reserveDataWords is the size of the ReserveDataLegacy encoding.
const reserveDataWords = 15

// DecodeReserveData decodes getReserveData's return data.
func DecodeReserveData(data []byte) (ReserveData, error) {
	if len(data) != 32*reserveDataWords {
		return ReserveData{}, fmt.Errorf("getReserveData returned %d bytes, want %d", len(data), 32*reserveDataWords)
	}
	word := func(i int) *uint256.Int { return new(uint256.Int).SetBytes32(data[32*i : 32*i+32]) }
	addr := func(i int) common.Address { return common.BytesToAddress(data[32*i+12 : 32*i+32]) }
	var d ReserveData
	cfg := word(0)
	d.Config = DecodeReserveConfig(cfg)
	d.Indexes.LiquidityIndex.Set(word(1))
	d.Indexes.LiquidityRate.Set(word(2))
	d.Indexes.VariableBorrowIndex.Set(word(3))
	d.Indexes.VariableBorrowRate.Set(word(4))
	ts := word(6)
	if !ts.IsUint64() {
		return ReserveData{}, fmt.Errorf("getReserveData: lastUpdateTimestamp %s out of range", ts.Dec())
	}
	d.Indexes.LastUpdate = ts.Uint64()
	id := word(7)
	if !id.LtUint64(1 << 16) {
		return ReserveData{}, fmt.Errorf("getReserveData: id %s out of range", id.Dec())
	}
	d.ID = uint16(id.Uint64())
	d.AToken, d.VariableDebt, d.InterestRateStrategy = addr(8), addr(10), addr(11)
	d.AccruedToTreasuryScaled.Set(word(12))
	return d, nil
}

// Reserve is a listed reserve: its asset and what the Pool reports for it.
type Reserve struct {
	Asset common.Address
	ReserveData
}

// Market is an Aave v3 pool with its reserves, read at one block.
type Market struct {
	Pool, Oracle common.Address
	Version      aave.Version
	Reserves     []Reserve
	byAsset      map[common.Address]int
}

// LoadMarket reads the pool's reserve list and each reserve's data at
// block: two batches.
func LoadMarket(ctx context.Context, mc BatchReader, block common.Hash, pool, oracle common.Address, v aave.Version) (*Market, error) {
	res, err := mc.Do(ctx, block, []chain.Call{{Target: pool, Data: pack("getReservesList")}})
	if err != nil {
		return nil, fmt.Errorf("aave pool %s: getReservesList: %w", pool, err)
	}
	out, err := poolABI.Unpack("getReservesList", res[0].Data)
	if err != nil {
		return nil, fmt.Errorf("aave pool %s: decode getReservesList: %w", pool, err)
	}
	assets, ok := out[0].([]common.Address)
	if !ok {
		return nil, fmt.Errorf("aave pool %s: getReservesList returned %T", pool, out[0])
	}
	calls := make([]chain.Call, len(assets))
	for i, a := range assets {
		calls[i] = chain.Call{Target: pool, Data: pack("getReserveData", a)}
	}
	res, err = mc.Do(ctx, block, calls)
	if err != nil {
		return nil, fmt.Errorf("aave pool %s: getReserveData: %w", pool, err)
	}
	m := &Market{Pool: pool, Oracle: oracle, Version: v, byAsset: map[common.Address]int{}}
	for i, a := range assets {
		d, err := DecodeReserveData(res[i].Data)
		if err != nil {
			return nil, fmt.Errorf("aave pool %s, reserve %s: %w", pool, a, err)
		}
		m.byAsset[a] = len(m.Reserves)
		m.Reserves = append(m.Reserves, Reserve{Asset: a, ReserveData: d})
	}
	return m, nil
}

// Sources reads the AaveOracle's price source of each asset at block.
func (m *Market) Sources(ctx context.Context, mc BatchReader, block common.Hash, assets []common.Address) ([]common.Address, error) {
	calls := make([]chain.Call, len(assets))
	for i, a := range assets {
		calls[i] = chain.Call{Target: m.Oracle, Data: pack("getSourceOfAsset", a)}
	}
	res, err := mc.Do(ctx, block, calls)
	if err != nil {
		return nil, fmt.Errorf("aave oracle %s: getSourceOfAsset: %w", m.Oracle, err)
	}
	out := make([]common.Address, len(assets))
	for i, r := range res {
		w, err := word(r)
		if err != nil {
			return nil, fmt.Errorf("aave oracle %s: source of %s: %w", m.Oracle, assets[i], err)
		}
		out[i] = common.BytesToAddress(w.Bytes())
	}
	return out, nil
}

// ReserveOf returns the index of asset's reserve.
func (m *Market) ReserveOf(asset common.Address) (int, bool) {
	i, ok := m.byAsset[asset]
	return i, ok
}

// State is the market at one block: every reserve's indexes brought to
// the block's timestamp, its price and its parameters, and the e-mode
// categories asked for.
type State struct {
	Block    chain.BlockRef
	Reserves []aave.Reserve
	Data     []ReserveData
	EModes   map[uint8]*aave.EMode
}

// StateCalls returns the calls of a block's state: per reserve
// getReserveData and the oracle price, per e-mode category its collateral
// config and bitmap.
func (m *Market) StateCalls(categories []uint8) []chain.Call {
	// Each call may fail alone: a reverting price source must fail this
	// pool's block (DecodeState says which), not the keeper's whole batch.
	calls := make([]chain.Call, 0, 2*len(m.Reserves)+2*len(categories))
	for _, r := range m.Reserves {
		calls = append(calls,
			chain.Call{Target: m.Pool, Data: pack("getReserveData", r.Asset), AllowFailure: true},
			chain.Call{Target: m.Oracle, Data: pack("getAssetPrice", r.Asset), AllowFailure: true})
	}
	for _, c := range categories {
		calls = append(calls,
			chain.Call{Target: m.Pool, Data: pack("getEModeCategoryCollateralConfig", c), AllowFailure: true},
			chain.Call{Target: m.Pool, Data: pack("getEModeCategoryCollateralBitmap", c), AllowFailure: true})
	}
	return calls
}

// DecodeState builds the State of block from StateCalls' results.
func (m *Market) DecodeState(block chain.BlockRef, categories []uint8, res []chain.Result) (*State, error) {
	if len(res) != 2*len(m.Reserves)+2*len(categories) {
		return nil, fmt.Errorf("aave pool %s: %d results for %d reserves and %d categories", m.Pool, len(res), len(m.Reserves), len(categories))
	}
	s := &State{Block: block, Reserves: make([]aave.Reserve, len(m.Reserves)), Data: make([]ReserveData, len(m.Reserves)), EModes: map[uint8]*aave.EMode{}}
	for i, r := range m.Reserves {
		if !res[2*i].Success {
			return nil, fmt.Errorf("aave pool %s, reserve %s: getReserveData reverted", m.Pool, r.Asset)
		}
		d, err := DecodeReserveData(res[2*i].Data)
		if err != nil {
			return nil, fmt.Errorf("aave pool %s, reserve %s: %w", m.Pool, r.Asset, err)
		}
		price, err := word(res[2*i+1])
		if err != nil {
			return nil, fmt.Errorf("aave oracle %s, price of %s: %w", m.Oracle, r.Asset, err)
		}
		income, err := d.Indexes.NormalizedIncome(block.Time)
		if err != nil {
			return nil, fmt.Errorf("aave reserve %s: normalized income: %w", r.Asset, err)
		}
		debt, err := d.Indexes.NormalizedDebt(m.Version, block.Time)
		if err != nil {
			return nil, fmt.Errorf("aave reserve %s: normalized debt: %w", r.Asset, err)
		}
		if d.Config.Decimals > 77 {
			return nil, fmt.Errorf("aave reserve %s: %d decimals", r.Asset, d.Config.Decimals)
		}
		rv := &s.Reserves[i]
		rv.ID, rv.LTV, rv.LT = d.ID, d.Config.LTV, d.Config.LT
		rv.Income.Set(income)
		rv.Debt.Set(debt)
		rv.Price.Set(price)
		rv.Unit.Exp(uint256.NewInt(10), uint256.NewInt(uint64(d.Config.Decimals)))
		s.Data[i] = d
	}
	base := 2 * len(m.Reserves)
	for k, c := range categories {
		cfg := res[base+2*k]
		if !cfg.Success || len(cfg.Data) != 96 {
			return nil, fmt.Errorf("aave pool %s: e-mode category %d: getEModeCategoryCollateralConfig failed", m.Pool, c)
		}
		bitmap, err := word(res[base+2*k+1])
		if err != nil {
			return nil, fmt.Errorf("aave pool %s: e-mode category %d bitmap: %w", m.Pool, c, err)
		}
		w := func(i int) uint16 { return uint16(new(uint256.Int).SetBytes32(cfg.Data[32*i : 32*i+32]).Uint64()) }
		em := &aave.EMode{ID: c, LTV: w(0), LT: w(1), LB: w(2)}
		em.Collateral.Set(bitmap)
		s.EModes[c] = em
	}
	return s, nil
}

// word decodes a call's single-word answer.
func word(r chain.Result) (*uint256.Int, error) {
	if !r.Success {
		return nil, fmt.Errorf("call reverted")
	}
	if len(r.Data) != 32 {
		return nil, fmt.Errorf("returned %d bytes, want 32", len(r.Data))
	}
	return new(uint256.Int).SetBytes32(r.Data), nil
}

// User is one account's position in the market: its e-mode, its
// configuration bitmap and its scaled balances per reserve.
type User struct {
	Address common.Address
	EMode   uint8
	Config  uint256.Int
	// ScaledCollateral and ScaledDebt are per reserve, in the market's
	// reserve order.
	ScaledCollateral, ScaledDebt []uint256.Int
}

// Borrowing and Collateral read the user configuration's two bits of
// reserve id: bit 2·id borrows, bit 2·id+1 is used as collateral.
func (u *User) Borrowing(id uint16) bool  { return id < 128 && bit(&u.Config, 2*uint(id)) }
func (u *User) Collateral(id uint16) bool { return id < 128 && bit(&u.Config, 2*uint(id)+1) }

func bit(x *uint256.Int, i uint) bool { return x[i/64]>>(i%64)&1 == 1 }

// Account computes u's getUserAccountData at s exactly as the Pool does.
// The e-mode category must have been read into s.
func (s *State) Account(v aave.Version, u *User) (aave.Account, error) {
	legs := make([]aave.Leg, 0, 2)
	for i := range s.Reserves {
		r := &s.Reserves[i]
		l := aave.Leg{Reserve: r, Collateral: u.Collateral(r.ID), Borrowing: u.Borrowing(r.ID)}
		if !l.Collateral && !l.Borrowing {
			continue
		}
		l.ScaledCollateral.Set(&u.ScaledCollateral[i])
		l.ScaledDebt.Set(&u.ScaledDebt[i])
		legs = append(legs, l)
	}
	var em *aave.EMode
	if u.EMode != 0 {
		var ok bool
		if em, ok = s.EModes[u.EMode]; !ok {
			return aave.Account{}, fmt.Errorf("aave user %s: e-mode category %d not read", u.Address, u.EMode)
		}
	}
	return aave.AccountData(v, legs, em)
}

// AccountDataCall is the Pool's own getUserAccountData of user, for
// verification.
func (m *Market) AccountDataCall(user common.Address) chain.Call {
	return chain.Call{Target: m.Pool, Data: pack("getUserAccountData", user)}
}

// DecodeAccountData decodes getUserAccountData's answer.
func DecodeAccountData(r chain.Result) (aave.Account, error) {
	if !r.Success || len(r.Data) != 6*32 {
		return aave.Account{}, fmt.Errorf("getUserAccountData failed or returned %d bytes", len(r.Data))
	}
	w := func(i int) *uint256.Int { return new(uint256.Int).SetBytes32(r.Data[32*i : 32*i+32]) }
	var a aave.Account
	a.TotalCollateralBase.Set(w(0))
	a.TotalDebtBase.Set(w(1))
	a.AvailableBorrowsBase.Set(w(2))
	a.LiquidationThreshold.Set(w(3))
	a.LTV.Set(w(4))
	a.HealthFactor.Set(w(5))
	return a, nil
}
