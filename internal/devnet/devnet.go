// Package devnet builds the embedded world lrtkeeper runs on when it has no
// node to talk to: a Morpho Blue compatible singleton with three ezETH/WETH
// markets (two priced by a market-price feed, one by the LRT exchange
// rate), seeded looped positions, a funded keeper and a scripted price
// path.
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
}

// Option sets one field of Options.
type Option func(*Options)

// WithMine makes Deploy and every later Deployment method call mine after
// sending each batch of transactions.
func WithMine(mine func()) Option { return func(o *Options) { o.Mine = mine } }

// WithLiquidity sets the WETH supplied to each market.
func WithLiquidity(wad *big.Int) Option { return func(o *Options) { o.Liquidity = wad } }

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
// markets and supplies them with WETH the deployer wraps.
func Deploy(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, chainID *big.Int, opts ...Option) (*Deployment, error) {
	o := Options{Liquidity: DefaultLiquidity}
	for _, opt := range opts {
		opt(&o)
	}
	d := &Deployment{
		ChainID:  new(big.Int).Set(chainID),
		Deployer: crypto.PubkeyToAddress(deployer.PublicKey),
		mine:     o.Mine,
	}
	s := newSender(b, chainID, o.Mine)

	// Batch 1: contracts whose construction reads no other contract.
	var err error
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
	}
	for _, dep := range deploys {
		if *dep.addr, err = s.deploy(ctx, deployer, dep.bin, dep.args, dep.label); err != nil {
			return nil, err
		}
	}
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

	// Batch 2: oracles (they read the feed's decimals), Morpho's
	// governance and the deployer's WETH.
	liquidity := new(big.Int).Mul(o.Liquidity, big.NewInt(3))
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
	steps := []struct {
		to    common.Address
		data  []byte
		value *big.Int
		label string
	}{
		{d.Morpho, morphoABI.PackEnableIrm(d.IRM), nil, "enable IRM"},
		{d.Morpho, morphoABI.PackEnableLltv(LLTV945), nil, "enable LLTV 94.5%"},
		{d.Morpho, morphoABI.PackEnableLltv(LLTV86), nil, "enable LLTV 86%"},
		{d.WETH, wethABI.PackDeposit(), liquidity, "wrap liquidity"},
		{d.WETH, wethABI.PackApprove(d.Morpho, maxUint256()), nil, "approve Morpho for WETH"},
	}
	for _, st := range steps {
		if err := s.transfer(ctx, deployer, st.to, st.value, st.data, st.label); err != nil {
			return nil, err
		}
	}
	if _, err := s.flush(ctx); err != nil {
		return nil, err
	}

	// Batch 3: markets.
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
	if receipts, err = s.flush(ctx); err != nil {
		return nil, err
	}
	for i, r := range receipts {
		if err := checkCreateMarket(r, d.Markets[i]); err != nil {
			return nil, err
		}
	}

	// Batch 4: liquidity.
	for _, m := range d.Markets {
		if err := s.call(ctx, deployer, d.Morpho, morphoABI.PackSupply(m.Params, o.Liquidity, new(big.Int), d.Deployer, nil), "supply "+m.Name); err != nil {
			return nil, err
		}
	}
	if _, err := s.flush(ctx); err != nil {
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
