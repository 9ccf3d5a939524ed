// Package devnet builds the embedded world lrtkeeper runs on when it has no
// node to talk to: a Morpho Blue compatible singleton with three ezETH/WETH
// markets (two priced by a market-price feed, one by the LRT exchange
// rate), an ezETH/WETH Uniswap-v3-shaped pool and Curve-stableswap-shaped
// pool kept at the market price, a RiskOracle with its AggregatorV3 feed,
// seeded looped positions, a funded keeper and a scripted price path.
//
// The deployment half (Deploy, SeedLoops, FundKeeper, the price controls)
// works against any Backend: the in-process simulated chain, or a real node
// such as anvil over JSON-RPC. Mining is the backend's business: pass
// WithMine(backend.Commit) on a simulated chain that nobody else commits,
// and nothing on an automining node.
//
// World wraps it all around an in-process simulated chain and plays a price
// path block by block (see NewWorld and World.Run).
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morpholens"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
)

// Oracle kinds of a Market.
const (
	// OracleKindMarket prices the collateral with the ezETH/ETH market feed.
	OracleKindMarket = "market"
	// OracleKindExchangeRate prices the collateral with the LRT's exchange rate.
	OracleKindExchangeRate = "exchange_rate"
)

// Names and parameters of the deployed world.
const (
	LRTName        = "Renzo Restaked ETH"
	LRTSymbol      = "ezETH"
	FeedDecimals   = 18
	FeedDesc       = "ezETH / ETH"
	secondsPerYear = 31_536_000
)

var (
	// WAD is 1e18.
	WAD = big.NewInt(1e18)
	// InitialRate is ezETH's initial exchange rate and market price (1.02 ETH).
	InitialRate = big.NewInt(1_020_000_000_000_000_000)
	// BorrowRatePerSecond is the FixedRateIrm rate: 3% a year, per second, WAD.
	BorrowRatePerSecond = new(big.Int).Quo(big.NewInt(30_000_000_000_000_000), big.NewInt(secondsPerYear))
	// LLTV945 and LLTV86 are the enabled liquidation LTVs.
	LLTV945 = big.NewInt(945_000_000_000_000_000)
	LLTV86  = big.NewInt(860_000_000_000_000_000)
	// DefaultLiquidity is the WETH the deployer supplies to each market.
	DefaultLiquidity = new(big.Int).Mul(big.NewInt(1_000), WAD)
)

var (
	// ErrReverted is returned when a devnet transaction is mined but reverts.
	ErrReverted = errors.New("devnet transaction reverted")
	// ErrMarketID is returned when a CreateMarket event's id differs from
	// the keccak256 of the market's params.
	ErrMarketID = errors.New("market id mismatch")
	// ErrUnhealthy is returned when a freshly seeded position is not healthy.
	ErrUnhealthy = errors.New("seeded position is unhealthy")
	// ErrBadLoop is returned for a Loop that cannot be seeded.
	ErrBadLoop = errors.New("invalid loop")
)

// Backend is what devnet needs from a chain: *ethclient.Client and
// simulated.Client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Options tunes Deploy. The zero value mines nothing and supplies
// DefaultLiquidity to each market.
type Options struct {
	// Mine, if set, is called after each batch of transactions is sent
	// (simulated backends without a background committer). Leave it nil
	// on automining nodes.
	Mine func()
	// Liquidity is the WETH the deployer supplies to each market.
	Liquidity *big.Int
	// PoolDepth is the WETH each pool is seeded with (see DefaultPoolDepth).
	PoolDepth *big.Int
	// TraderWETH and TraderLRT are the devnet trader's inventory.
	TraderWETH *big.Int
	TraderLRT  *big.Int
	// RiskSenders are authorised on the RiskOracle at construction.
	RiskSenders []common.Address
}

// Option sets one field of Options.
type Option func(*Options)

// WithMine makes Deploy and every later Deployment method call mine after
// sending each batch of transactions.
func WithMine(mine func()) Option { return func(o *Options) { o.Mine = mine } }

// WithLiquidity sets the WETH supplied to each market.
func WithLiquidity(wad *big.Int) Option { return func(o *Options) { o.Liquidity = wad } }

// WithPoolDepth sets the WETH each pool is seeded with.
func WithPoolDepth(wad *big.Int) Option { return func(o *Options) { o.PoolDepth = wad } }

// WithTraderInventory sets the WETH and ezETH the devnet trader starts with.
func WithTraderInventory(wethWad, lrtWad *big.Int) Option {
	return func(o *Options) { o.TraderWETH, o.TraderLRT = wethWad, lrtWad }
}

// WithRiskSenders authorises senders on the RiskOracle at construction.
func WithRiskSenders(senders ...common.Address) Option {
	return func(o *Options) { o.RiskSenders = append(o.RiskSenders, senders...) }
}

// Market is one created Morpho market.
type Market struct {
	Name       string                  `json:"name"`
	ID         common.Hash             `json:"id"`
	Params     morphoblue.MarketParams `json:"params"`
	OracleKind string                  `json:"oracle_kind"`
}

// LensParams returns the market params in MorphoLens's binding type.
func (m Market) LensParams() morpholens.MarketParams {
	return morpholens.MarketParams(m.Params)
}

// Deployment holds every address and market of a deployed world.
type Deployment struct {
	ChainID  *big.Int       `json:"chain_id"`
	Deployer common.Address `json:"deployer"`
	// StartBlock is the block of the first deployment transaction: event
	// indexes can start there.
	StartBlock uint64 `json:"start_block"`

	WETH         common.Address `json:"weth"`
	LRT          common.Address `json:"lrt"`
	PriceFeed    common.Address `json:"price_feed"`
	IRM          common.Address `json:"irm"`
	Morpho       common.Address `json:"morpho"`
	MarketOracle common.Address `json:"market_oracle"`
	RateOracle   common.Address `json:"rate_oracle"`
	Lens         common.Address `json:"lens"`
	Multicall3   common.Address `json:"multicall3"`
	// UniPool is the ezETH/WETH UniV3Pool (fee UniPoolFee; token order by
	// address, see LRTIsToken0), priced at the market price.
	UniPool common.Address `json:"uni_pool"`
	// CurvePool is the StableSwapPool with coin 0 = WETH, coin 1 = ezETH
	// (stored rate = the LRT's fair rate); price_oracle(0) and
	// last_price(0) are ezETH's price in WETH, rate included.
	CurvePool common.Address `json:"curve_pool"`
	// RiskOracle is the Chaos-Labs-Edge-shaped RiskOracle the keeper
	// publishes to; RiskFeed is its AggregatorV3 view of
	// (RiskUpdateType, LRT).
	RiskOracle common.Address `json:"risk_oracle"`
	RiskFeed   common.Address `json:"risk_feed"`
	// Trader is the account that trades the Curve pool toward the market
	// price (its key derives from Morpho's address).
	Trader common.Address `json:"trader"`

	Markets []Market `json:"markets"`

	mine      func()
	borrowSeq atomic.Uint64
}

// SetMine replaces the mine function used by later Deployment methods.
func (d *Deployment) SetMine(mine func()) { d.mine = mine }

var (
	morphoABI = morphoblue.NewMorphoBlue()
	wethABI   = weth9.NewWETH9()
	lrtABI    = lrtvault.NewLRTVault()
	feedABI   = pricefeed.NewPriceFeed()
	oracleABI = morphochainlinkoracle.NewMorphoChainlinkOracle()
	irmABI    = fixedrateirm.NewFixedRateIrm()
	lensABI   = morpholens.NewMorphoLens()
)

// MarketID is Morpho's market id: keccak256 of the 160-byte ABI encoding of
// the params.
func MarketID(p morphoblue.MarketParams) common.Hash {
	enc := make([]byte, 0, 160)
	for _, a := range []common.Address{p.LoanToken, p.CollateralToken, p.Oracle, p.Irm} {
		enc = append(enc, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	enc = append(enc, common.LeftPadBytes(p.Lltv.Bytes(), 32)...)
	return crypto.Keccak256Hash(enc)
}

// Deploy deploys the devnet contracts with deployer, creates the three
// markets and supplies them with WETH the deployer wraps. It also deploys
// and seeds the two pools at InitialRate (growing the Uni pool's
// observation ring to UniObservationCardinality), funds and approves the
// devnet trader, and deploys the RiskOracle (authorising
// Options.RiskSenders) and its RiskFeed.
func Deploy(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, chainID *big.Int, opts ...Option) (*Deployment, error) {
	o := Options{Liquidity: DefaultLiquidity, PoolDepth: DefaultPoolDepth, TraderWETH: DefaultTraderWETH, TraderLRT: DefaultTraderLRT}
	for _, opt := range opts {
		opt(&o)
	}
	for _, v := range []**big.Int{&o.Liquidity, &o.PoolDepth, &o.TraderWETH, &o.TraderLRT} {
		if *v == nil {
			*v = new(big.Int)
		}
	}
	d := &Deployment{
		ChainID:  new(big.Int).Set(chainID),
		Deployer: crypto.PubkeyToAddress(deployer.PublicKey),
		mine:     o.Mine,
	}
	trader := d.traderKey // valid once d.Morpho is known
	s := newSender(b, chainID, o.Mine)

	// Batch 1: contracts whose construction reads no other contract.
	var err error
	senders := o.RiskSenders
	if senders == nil {
		senders = []common.Address{}
	}
	deploys := []struct {
		addr  *common.Address
		bin   string
		args  []byte
		label string
	}{
		{&d.WETH, weth9.WETH9MetaData.Bin, nil, "deploy WETH9"},
		{&d.PriceFeed, pricefeed.PriceFeedMetaData.Bin, feedABI.PackConstructor(FeedDecimals, FeedDesc, InitialRate), "deploy PriceFeed"},
		{&d.IRM, fixedrateirm.FixedRateIrmMetaData.Bin, irmABI.PackConstructor(BorrowRatePerSecond), "deploy FixedRateIrm"},
		{&d.Morpho, morphoblue.MorphoBlueMetaData.Bin, morphoABI.PackConstructor(d.Deployer), "deploy MorphoBlue"},
		{&d.Lens, morpholens.MorphoLensMetaData.Bin, nil, "deploy MorphoLens"},
		{&d.RiskOracle, riskoracle.RiskOracleMetaData.Bin, riskOracleABI.PackConstructor(RiskOracleDesc, senders), "deploy RiskOracle"},
	}
	for _, dep := range deploys {
		if *dep.addr, err = s.deploy(ctx, deployer, dep.bin, dep.args, dep.label); err != nil {
			return nil, err
		}
	}
	d.Trader = crypto.PubkeyToAddress(trader().PublicKey)
	// The vault only stores its asset's address.
	if d.LRT, err = s.deploy(ctx, deployer, lrtvault.LRTVaultMetaData.Bin,
		lrtABI.PackConstructor(LRTName, LRTSymbol, d.WETH, InitialRate), "deploy LRTVault"); err != nil {
		return nil, err
	}
	code, err := b.CodeAt(ctx, contracts.Multicall3Address, nil)
	if err != nil {
		return nil, fmt.Errorf("failed to read code at Multicall3's address: %w", err)
	}
	d.Multicall3 = contracts.Multicall3Address
	if len(code) == 0 {
		if d.Multicall3, err = s.deploy(ctx, deployer, multicall3.Multicall3MetaData.Bin, nil, "deploy Multicall3"); err != nil {
			return nil, err
		}
	}
	receipts, err := s.flush(ctx)
	if err != nil {
		return nil, err
	}
	d.StartBlock = receipts[0].BlockNumber.Uint64()

	// Batch 2: oracles (they read the feed's decimals), the pools and the
	// risk feed (their constructors only store addresses), Morpho's
	// governance, the deployer's WETH and ezETH and the trader's gas and
	// ezETH.
	liquidity := new(big.Int).Mul(o.Liquidity, big.NewInt(3))
	// Both pools get PoolDepth WETH and the ezETH worth as much at InitialRate.
	poolLRT := new(big.Int).Mul(o.PoolDepth, WAD)
	poolLRT.Quo(poolLRT, InitialRate)
	wrap := new(big.Int).Mul(o.PoolDepth, big.NewInt(2))
	wrap.Add(wrap, liquidity).Add(wrap, o.TraderWETH)
	if d.MarketOracle, err = s.deploy(ctx, deployer, morphochainlinkoracle.MorphoChainlinkOracleMetaData.Bin,
		oracleABI.PackConstructor(common.Address{}, big.NewInt(1), d.PriceFeed, big.NewInt(18), big.NewInt(18)),
		"deploy market-price oracle"); err != nil {
		return nil, err
	}
	if d.RateOracle, err = s.deploy(ctx, deployer, morphochainlinkoracle.MorphoChainlinkOracleMetaData.Bin,
		oracleABI.PackConstructor(d.LRT, WAD, common.Address{}, big.NewInt(18), big.NewInt(18)),
		"deploy exchange-rate oracle"); err != nil {
		return nil, err
	}
	lrtIsToken0 := d.LRT.Cmp(d.WETH) < 0
	if d.UniPool, err = s.deploy(ctx, deployer, univ3pool.UniV3PoolMetaData.Bin,
		uniABI.PackConstructor(d.LRT, d.WETH, big.NewInt(UniPoolFee), SqrtPriceX96(InitialRate, lrtIsToken0), o.PoolDepth),
		"deploy UniV3Pool"); err != nil {
		return nil, err
	}
	if d.CurvePool, err = s.deploy(ctx, deployer, stableswappool.StableSwapPoolMetaData.Bin,
		curveABI.PackConstructor(d.WETH, d.LRT, big.NewInt(CurveA), big.NewInt(CurveFee),
			big.NewInt(CurveOffpegFeeMultiplier), big.NewInt(CurveMAExpTime), InitialRate),
		"deploy StableSwapPool"); err != nil {
		return nil, err
	}
	if d.RiskFeed, err = s.deploy(ctx, deployer, riskoraclefeed.RiskOracleFeedMetaData.Bin,
		riskFeedABI.PackConstructor(d.RiskOracle, RiskUpdateType, d.LRT, RiskFeedDecimals, RiskFeedDesc),
		"deploy RiskOracleFeed"); err != nil {
		return nil, err
	}
	type step struct {
		key   *ecdsa.PrivateKey
		to    common.Address
		data  []byte
		value *big.Int
		label string
	}
	sendAll := func(steps []step) error {
		for _, st := range steps {
			key := st.key
			if key == nil {
				key = deployer
			}
			if err := s.transfer(ctx, key, st.to, st.value, st.data, st.label); err != nil {
				return err
			}
		}
		return nil
	}
	if err := sendAll([]step{
		{nil, d.Morpho, morphoABI.PackEnableIrm(d.IRM), nil, "enable IRM"},
		{nil, d.Morpho, morphoABI.PackEnableLltv(LLTV945), nil, "enable LLTV 94.5%"},
		{nil, d.Morpho, morphoABI.PackEnableLltv(LLTV86), nil, "enable LLTV 86%"},
		{nil, d.WETH, wethABI.PackDeposit(), wrap, "wrap liquidity"},
		{nil, d.WETH, wethABI.PackApprove(d.Morpho, maxUint256()), nil, "approve Morpho for WETH"},
		{nil, d.LRT, lrtABI.PackMint(d.Deployer, new(big.Int).Mul(poolLRT, big.NewInt(2))), nil, "mint pool ezETH"},
		{nil, d.LRT, lrtABI.PackMint(d.Trader, o.TraderLRT), nil, "mint trader ezETH"},
		{nil, d.Trader, nil, TraderGas, "fund trader gas"},
	}); err != nil {
		return nil, err
	}
	if _, err := s.flush(ctx); err != nil {
		return nil, err
	}

	// Batch 3: markets, then pool funding and approvals.
	specs := []struct {
		name   string
		oracle common.Address
		kind   string
		lltv   *big.Int
	}{
		{"ezETH/WETH 94.5% market-oracle", d.MarketOracle, OracleKindMarket, LLTV945},
		{"ezETH/WETH 94.5% rate-oracle", d.RateOracle, OracleKindExchangeRate, LLTV945},
		{"ezETH/WETH 86% market-oracle", d.MarketOracle, OracleKindMarket, LLTV86},
	}
	for _, sp := range specs {
		p := morphoblue.MarketParams{LoanToken: d.WETH, CollateralToken: d.LRT, Oracle: sp.oracle, Irm: d.IRM, Lltv: new(big.Int).Set(sp.lltv)}
		d.Markets = append(d.Markets, Market{Name: sp.name, ID: MarketID(p), Params: p, OracleKind: sp.kind})
		if err := s.call(ctx, deployer, d.Morpho, morphoABI.PackCreateMarket(p), "create market "+sp.name); err != nil {
			return nil, err
		}
	}
	if err := sendAll([]step{
		{nil, d.WETH, wethABI.PackApprove(d.CurvePool, maxUint256()), nil, "approve Curve pool for WETH"},
		{nil, d.LRT, lrtABI.PackApprove(d.CurvePool, maxUint256()), nil, "approve Curve pool for ezETH"},
		{nil, d.WETH, wethABI.PackTransfer(d.UniPool, o.PoolDepth), nil, "fund Uni pool WETH"},
		{nil, d.LRT, lrtABI.PackTransfer(d.UniPool, poolLRT), nil, "fund Uni pool ezETH"},
		{nil, d.WETH, wethABI.PackTransfer(d.Trader, o.TraderWETH), nil, "fund trader WETH"},
		{trader(), d.WETH, wethABI.PackApprove(d.CurvePool, maxUint256()), nil, "trader approve Curve pool for WETH"},
		{trader(), d.LRT, lrtABI.PackApprove(d.CurvePool, maxUint256()), nil, "trader approve Curve pool for ezETH"},
	}); err != nil {
		return nil, err
	}
	if receipts, err = s.flush(ctx); err != nil {
		return nil, err
	}
	for i, m := range d.Markets {
		if err := checkCreateMarket(receipts[i], m); err != nil {
			return nil, err
		}
	}

	// Batch 4: market liquidity and the Curve pool's; then the Uni
	// observation ring.
	for _, m := range d.Markets {
		if err := s.call(ctx, deployer, d.Morpho, morphoABI.PackSupply(m.Params, o.Liquidity, new(big.Int), d.Deployer, nil), "supply "+m.Name); err != nil {
			return nil, err
		}
	}
	if err := s.call(ctx, deployer, d.CurvePool, curveABI.PackAddLiquidity([]*big.Int{o.PoolDepth, poolLRT}, new(big.Int)), "seed Curve pool"); err != nil {
		return nil, err
	}
	if _, err := s.flush(ctx); err != nil {
		return nil, err
	}
	if err := d.growObservations(ctx, s, deployer, UniObservationCardinality); err != nil {
		return nil, err
	}
	return d, nil
}

// checkCreateMarket requires r to hold m's CreateMarket event with m's id.
func checkCreateMarket(r *types.Receipt, m Market) error {
	for _, l := range r.Logs {
		ev, err := morphoABI.UnpackCreateMarketEvent(l)
		if err != nil {
			continue
		}
		if common.Hash(ev.Id) != m.ID {
			return fmt.Errorf("%s: %w: event %x, computed %s", m.Name, ErrMarketID, ev.Id, m.ID)
		}
		return nil
	}
	return fmt.Errorf("%s: %w: no CreateMarket event", m.Name, ErrMarketID)
}

func maxUint256() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}
