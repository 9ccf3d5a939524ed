package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepooladdressesprovider"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveratestrategy"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavetesttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavevariabledebttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
)

var (
	aavePoolABI     = aavepool.NewAavePool()
	aaveTokenABI    = aaveatoken.NewAaveAToken()
	aaveDebtABI     = aavevariabledebttoken.NewAaveVariableDebtToken()
	aaveOracleABI   = aaveoracle.NewAaveOracle()
	aaveStrategyABI = aaveratestrategy.NewAaveRateStrategy()
	aaveProviderABI = aavepooladdressesprovider.NewAavePoolAddressesProvider()
	testTokenABI    = aavetesttoken.NewAaveTestToken()
)

// AaveReserveSpec is one reserve of an Aave-style test market.
type AaveReserveSpec struct {
	Symbol   string
	Decimals uint8
	// Token is an existing ERC-20 to list (it must have Decimals); zero
	// deploys an open-mint test token. Aave.Mint works only on the latter.
	Token common.Address
	// Source is an existing price source (latestAnswer in the oracle's
	// base currency, e.g. a CAPO adapter); zero deploys an 8-decimal
	// PriceFeed answering Price.
	Source common.Address
	// LTV, LT, Bonus (incl. 100%), ReserveFactor and ProtocolFee in bps.
	LTV, LT, Bonus, ReserveFactor, ProtocolFee uint16
	Borrowing, Flash                           bool
	// Price is the deployed feed's initial answer (8 decimals, USD);
	// unused when Source is set.
	Price *big.Int
	// The interest-rate strategy in bps: optimal usage, base, slopes.
	Optimal, Base, Slope1, Slope2 uint32
}

// AaveEModeSpec is an e-mode category: its parameters and the reserves
// (by index in the spec) it covers as collateral and lets borrow.
type AaveEModeSpec struct {
	ID                     uint8
	LTV, LT, Bonus         uint16
	Label                  string
	Collateral, Borrowable []int
}

// AaveSpec is a whole test market.
type AaveSpec struct {
	Reserves []AaveReserveSpec
	EModes   []AaveEModeSpec
	// FlashPremium is FLASHLOAN_PREMIUM_TOTAL in bps.
	FlashPremium int64
	// OracleBaseCurrency and OracleUnit are the AaveOracle's
	// BASE_CURRENCY and BASE_CURRENCY_UNIT; a nil unit means USD:
	// address zero and 1e8.
	OracleBaseCurrency common.Address
	OracleUnit         *big.Int
	// Multicall3 is an existing Multicall3 to record; zero deploys one.
	Multicall3 common.Address
}

// DefaultAaveSpec is an LRT market like Aave's Core: WETH (borrowable),
// ezETH (collateral only) and USDC, with an ETH-correlated e-mode where
// ezETH and WETH count at 93%/95% and WETH is borrowable.
func DefaultAaveSpec() AaveSpec {
	usd := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e8)) }
	return AaveSpec{
		Reserves: []AaveReserveSpec{
			{Symbol: "WETH", Decimals: 18, LTV: 8000, LT: 8300, Bonus: 10500, ReserveFactor: 1500, ProtocolFee: 1000,
				Borrowing: true, Flash: true, Price: usd(3000), Optimal: 9000, Slope1: 270, Slope2: 8000},
			{Symbol: "ezETH", Decimals: 18, LTV: 7200, LT: 7500, Bonus: 10750, ReserveFactor: 1500, ProtocolFee: 1000,
				Price: usd(3090), Optimal: 4500, Slope1: 700, Slope2: 30000},
			{Symbol: "USDC", Decimals: 6, LTV: 7500, LT: 7800, Bonus: 10450, ReserveFactor: 1000, ProtocolFee: 1000,
				Borrowing: true, Flash: true, Price: usd(1), Optimal: 9000, Slope1: 600, Slope2: 6000},
		},
		EModes:       []AaveEModeSpec{{ID: 1, LTV: 9300, LT: 9500, Bonus: 10100, Label: "ETH correlated", Collateral: []int{0, 1}, Borrowable: []int{0}}},
		FlashPremium: 5,
	}
}

// AaveReserve is a deployed reserve.
type AaveReserve struct {
	Symbol    string         `json:"symbol"`
	Decimals  uint8          `json:"decimals"`
	Token     common.Address `json:"token"`
	AToken    common.Address `json:"a_token"`
	DebtToken common.Address `json:"debt_token"`
	// Feed is the reserve's price source in the AaveOracle.
	Feed common.Address `json:"feed"`
	// ID is the reserve's index in the pool (its spec index).
	ID uint16 `json:"id"`
}

// Aave is a deployed Aave-style market. Its tokens are open-mint test
// tokens unless the spec listed existing ones.
type Aave struct {
	ChainID    *big.Int       `json:"chain_id"`
	Provider   common.Address `json:"addresses_provider"`
	Pool       common.Address `json:"pool"`
	Oracle     common.Address `json:"oracle"`
	Strategy   common.Address `json:"rate_strategy"`
	Multicall3 common.Address `json:"multicall3"`
	Treasury   common.Address `json:"treasury"`
	Reserves   []AaveReserve  `json:"reserves"`
	mine       func()
}

// aaveGas is the gas limit of every Aave call: an estimate against the
// head misses the interest-accrual writes a call makes in a later block.
const aaveGas = 3_000_000

// DeployAave deploys spec's market, with a Multicall3, from deployer; mine
// mines a block (nil on a node that mines by itself).
func DeployAave(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, chainID *big.Int, mine func(), spec AaveSpec) (*Aave, error) {
	a := &Aave{ChainID: chainID, mine: mine}
	owner := addressOf(deployer)
	a.Treasury = common.BigToAddress(big.NewInt(0x7eea))
	s := newSender(b, chainID, mine)
	var err error
	step := func(label string, f func() (common.Address, error)) common.Address {
		if err != nil {
			return common.Address{}
		}
		var addr common.Address
		addr, err = f()
		if err != nil {
			err = fmt.Errorf("%s: %w", label, err)
		}
		return addr
	}
	deploy := func(label, bin string, args []byte) common.Address {
		return step(label, func() (common.Address, error) { return s.deploy(ctx, deployer, bin, args, label) })
	}
	a.Multicall3 = spec.Multicall3
	if a.Multicall3 == (common.Address{}) {
		a.Multicall3 = deploy("deploy Multicall3", multicall3.Multicall3MetaData.Bin, nil)
	}
	base, unit := spec.OracleBaseCurrency, spec.OracleUnit
	if unit == nil {
		base, unit = common.Address{}, big.NewInt(1e8)
	}
	a.Provider = deploy("deploy provider", aavepooladdressesprovider.AavePoolAddressesProviderMetaData.Bin,
		aaveProviderABI.PackConstructor("lrtkeeper devnet", owner))
	a.Oracle = deploy("deploy oracle", aaveoracle.AaveOracleMetaData.Bin, aaveOracleABI.PackConstructor(owner, base, unit))
	a.Strategy = deploy("deploy rate strategy", aaveratestrategy.AaveRateStrategyMetaData.Bin, aaveStrategyABI.PackConstructor(owner))
	a.Pool = deploy("deploy pool", aavepool.AavePoolMetaData.Bin, aavePoolABI.PackConstructor(a.Provider, owner, a.Treasury))
	for i, r := range spec.Reserves {
		ar := AaveReserve{Symbol: r.Symbol, Decimals: r.Decimals, ID: uint16(i), Token: r.Token, Feed: r.Source}
		if ar.Token == (common.Address{}) {
			ar.Token = deploy("deploy "+r.Symbol, aavetesttoken.AaveTestTokenMetaData.Bin, testTokenABI.PackConstructor(r.Symbol, r.Symbol, r.Decimals))
		}
		if ar.Feed == (common.Address{}) {
			ar.Feed = deploy("deploy "+r.Symbol+" feed", pricefeed.PriceFeedMetaData.Bin, feedABI.PackConstructor(8, r.Symbol+" / USD", r.Price))
		}
		ar.AToken = deploy("deploy a"+r.Symbol, aaveatoken.AaveATokenMetaData.Bin,
			aaveTokenABI.PackConstructor(a.Pool, ar.Token, r.Decimals, "Aave "+r.Symbol, "a"+r.Symbol))
		ar.DebtToken = deploy("deploy debt "+r.Symbol, aavevariabledebttoken.AaveVariableDebtTokenMetaData.Bin,
			aaveDebtABI.PackConstructor(a.Pool, ar.Token, r.Decimals, "Aave variable debt "+r.Symbol, "variableDebt"+r.Symbol))
		a.Reserves = append(a.Reserves, ar)
	}
	if err != nil {
		return nil, err
	}
	if _, err := s.flush(ctx); err != nil {
		return nil, fmt.Errorf("deploy aave market: %w", err)
	}
	call := func(to common.Address, data []byte, label string) {
		step(label, func() (common.Address, error) { return s.sendGas(ctx, deployer, &to, data, nil, aaveGas, label) })
	}
	// flush mines what was queued; the first error is the one kept.
	flush := func(label string) {
		if _, ferr := s.flush(ctx); ferr != nil && err == nil {
			err = fmt.Errorf("%s: %w", label, ferr)
		}
	}
	call(a.Provider, aaveProviderABI.PackSetPool(a.Pool), "set pool")
	call(a.Provider, aaveProviderABI.PackSetPriceOracle(a.Oracle), "set oracle")
	var assets, feeds []common.Address
	for i, r := range spec.Reserves {
		ar := a.Reserves[i]
		assets, feeds = append(assets, ar.Token), append(feeds, ar.Feed)
		call(a.Strategy, aaveStrategyABI.PackSetInterestRateParams(ar.Token, aaveratestrategy.AaveRateStrategyInterestRateData{
			OptimalUsageRatio: uint16(r.Optimal), BaseVariableBorrowRate: r.Base, VariableRateSlope1: r.Slope1, VariableRateSlope2: r.Slope2,
		}), "set rates of "+r.Symbol)
	}
	call(a.Oracle, aaveOracleABI.PackSetAssetSources(assets, feeds), "set price sources")
	flush("configure aave market")
	if err != nil {
		return nil, err
	}
	// Reserves are listed in order: their ids are their spec indexes.
	for i, r := range spec.Reserves {
		ar := a.Reserves[i]
		call(a.Pool, aavePoolABI.PackInitReserve(ar.Token, ar.AToken, ar.DebtToken, a.Strategy), "init "+r.Symbol)
		flush("init " + r.Symbol)
		call(a.Pool, aavePoolABI.PackSetReserveConfiguration(ar.Token, reserveConfigWord(r)), "configure "+r.Symbol)
	}
	for _, em := range spec.EModes {
		call(a.Pool, aavePoolABI.PackSetEModeCategory(em.ID, em.LTV, em.LT, em.Bonus, em.Label), "e-mode "+em.Label)
	}
	flush("configure reserves")
	for _, em := range spec.EModes {
		for _, i := range em.Collateral {
			call(a.Pool, aavePoolABI.PackSetAssetEModeCollateral(a.Reserves[i].Token, em.ID, true), "e-mode collateral")
		}
		for _, i := range em.Borrowable {
			call(a.Pool, aavePoolABI.PackSetAssetEModeBorrowable(a.Reserves[i].Token, em.ID, true), "e-mode borrowable")
		}
	}
	call(a.Pool, aavePoolABI.PackSetFlashLoanPremium(big.NewInt(spec.FlashPremium)), "flash premium")
	flush("configure e-modes")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// reserveConfigWord packs r with ReserveConfiguration's bit layout.
func reserveConfigWord(r AaveReserveSpec) *big.Int {
	c := new(big.Int)
	set := func(v uint64, at uint) { c.Or(c, new(big.Int).Lsh(new(big.Int).SetUint64(v), at)) }
	set(uint64(r.LTV), 0)
	set(uint64(r.LT), 16)
	set(uint64(r.Bonus), 32)
	set(uint64(r.Decimals), 48)
	set(1, 56) // active
	if r.Borrowing {
		set(1, 58)
	}
	if r.Flash {
		set(1, 63)
	}
	set(uint64(r.ReserveFactor), 64)
	set(uint64(r.ProtocolFee), 152)
	return c
}

// KeyedTx is a call sent from its own key.
type KeyedTx struct {
	Key  *ecdsa.PrivateKey
	To   common.Address
	Data []byte
}

// Send sends txs (a call that reverts is not an error: its receipt says
// so) and mines them together.
func (a *Aave) Send(ctx context.Context, b Backend, txs []KeyedTx) ([]*types.Receipt, error) {
	s := newSender(b, a.ChainID, a.mine)
	for _, tx := range txs {
		to := tx.To
		if _, err := s.sendGas(ctx, tx.Key, &to, tx.Data, nil, aaveGas, "aave call"); err != nil {
			return nil, err
		}
	}
	receipts, err := s.flush(ctx)
	if err != nil && !errors.Is(err, ErrReverted) {
		return nil, err
	}
	return receipts, nil
}

// Deploy deploys bin with its packed constructor args from key (a helper
// contract of a test: a ratio provider, a CAPO adapter).
func (a *Aave) Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, bin string, args []byte) (common.Address, error) {
	s := newSender(b, a.ChainID, a.mine)
	addr, err := s.deploy(ctx, key, bin, args, "deploy")
	if err != nil {
		return common.Address{}, err
	}
	if _, err := s.flush(ctx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// The calls a user makes, packed for Send.

func (a *Aave) Mint(key *ecdsa.PrivateKey, i int, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Reserves[i].Token, Data: testTokenABI.PackMint(addressOf(key), amount)}
}

func (a *Aave) Approve(key *ecdsa.PrivateKey, i int) KeyedTx {
	return KeyedTx{Key: key, To: a.Reserves[i].Token, Data: testTokenABI.PackApprove(a.Pool, maxUint256())}
}

func (a *Aave) Supply(key *ecdsa.PrivateKey, i int, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackSupply(a.Reserves[i].Token, amount, addressOf(key), 0)}
}

func (a *Aave) Borrow(key *ecdsa.PrivateKey, i int, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackBorrow(a.Reserves[i].Token, amount, big.NewInt(2), 0, addressOf(key))}
}

func (a *Aave) Repay(key *ecdsa.PrivateKey, i int, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackRepay(a.Reserves[i].Token, amount, big.NewInt(2), addressOf(key))}
}

func (a *Aave) Withdraw(key *ecdsa.PrivateKey, i int, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackWithdraw(a.Reserves[i].Token, amount, addressOf(key))}
}

func (a *Aave) SetEMode(key *ecdsa.PrivateKey, id uint8) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackSetUserEMode(id)}
}

func (a *Aave) UseAsCollateral(key *ecdsa.PrivateKey, i int, on bool) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackSetUserUseReserveAsCollateral(a.Reserves[i].Token, on)}
}

func (a *Aave) TransferAToken(key *ecdsa.PrivateKey, i int, to common.Address, amount *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Reserves[i].AToken, Data: aaveTokenABI.PackTransfer(to, amount)}
}

func (a *Aave) Liquidate(key *ecdsa.PrivateKey, coll, debt int, user common.Address, debtToCover *big.Int, receiveAToken bool) KeyedTx {
	return KeyedTx{Key: key, To: a.Pool, Data: aavePoolABI.PackLiquidationCall(a.Reserves[coll].Token, a.Reserves[debt].Token, user, debtToCover, receiveAToken)}
}

// SetSource makes source (an AggregatorV3-style answer, e.g. a CAPO
// adapter) reserve i's price in the AaveOracle; key must own the oracle.
func (a *Aave) SetSource(key *ecdsa.PrivateKey, i int, source common.Address) KeyedTx {
	return KeyedTx{Key: key, To: a.Oracle, Data: aaveOracleABI.PackSetAssetSources([]common.Address{a.Reserves[i].Token}, []common.Address{source})}
}

// AccountData is the pool's getUserAccountData(user) at the latest block:
// collateral and debt in the oracle's base currency, LT and LTV in bps,
// the health factor in WAD (max uint256 without debt).
func (a *Aave) AccountData(ctx context.Context, b Backend, user common.Address) (aavepool.GetUserAccountDataOutput, error) {
	out, err := callView(ctx, b, a.Pool, aavePoolABI.PackGetUserAccountData(user), aavePoolABI.UnpackGetUserAccountData)
	if err != nil {
		return out, fmt.Errorf("failed to read aave account data of %s: %w", user, err)
	}
	return out, nil
}

// AssetPrice is the AaveOracle's getAssetPrice of reserve i's token.
func (a *Aave) AssetPrice(ctx context.Context, b Backend, i int) (*big.Int, error) {
	p, err := callView(ctx, b, a.Oracle, aaveOracleABI.PackGetAssetPrice(a.Reserves[i].Token), aaveOracleABI.UnpackGetAssetPrice)
	if err != nil {
		return nil, fmt.Errorf("failed to read the aave price of %s: %w", a.Reserves[i].Symbol, err)
	}
	return p, nil
}

// SetPrice sets reserve i's feed answer (8 decimals).
func (a *Aave) SetPrice(key *ecdsa.PrivateKey, i int, price *big.Int) KeyedTx {
	return KeyedTx{Key: key, To: a.Reserves[i].Feed, Data: feedABI.PackSetAnswer(price)}
}

func addressOf(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }
