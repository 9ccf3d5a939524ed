package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morpholens"
)

var (
	// BorrowerGas is the ETH each seeded borrower receives for gas.
	BorrowerGas = new(big.Int).Mul(big.NewInt(1), WAD)
	// KeeperGas is the ETH FundKeeper sends for gas.
	KeeperGas = new(big.Int).Mul(big.NewInt(10), WAD)
	// DefaultEquity is the equity of each default loop: 10 ezETH.
	DefaultEquity = new(big.Int).Mul(big.NewInt(10), WAD)
)

// Loop describes one looped position to seed.
type Loop struct {
	// Market indexes Deployment.Markets.
	Market int
	// Leverage is L in L× (at least 2): collateral = L·equity.
	Leverage uint64
	// EquityWad is the equity E in ezETH (18 decimals).
	EquityWad *big.Int
	// Key is the borrower's key; nil derives a fresh deterministic one.
	Key *ecdsa.PrivateKey
}

// Borrower is one seeded looped position.
type Borrower struct {
	Key *ecdsa.PrivateKey `json:"-"`
	// Authorized lists whom the borrower authorised on Morpho (the
	// executor, a PreLiquidation contract).
	Authorized []common.Address `json:"authorized,omitempty"`
	Address    common.Address   `json:"address"`
	Market     int              `json:"market"`
	MarketID   common.Hash      `json:"market_id"`
	Leverage   uint64           `json:"leverage"`
	Equity     *big.Int         `json:"equity"`
	// Collateral is L·E ezETH supplied as collateral.
	Collateral *big.Int `json:"collateral"`
	// Debt is (L−1)·E·fairRate WETH borrowed.
	Debt *big.Int `json:"debt"`
}

// DefaultLoops returns the demo positions, 10 ezETH of equity each: market 0
// (94.5%, market oracle) at 10x, 8x and 5x; market 1 (94.5%, rate oracle)
// at 10x and 8x; market 2 (86%, market oracle) at 5x and 6x.
func DefaultLoops() []Loop {
	spec := []struct {
		market   int
		leverage uint64
	}{{0, 10}, {0, 8}, {0, 5}, {1, 10}, {1, 8}, {2, 5}, {2, 6}}
	loops := make([]Loop, len(spec))
	for i, s := range spec {
		loops[i] = Loop{Market: s.market, Leverage: s.leverage, EquityWad: new(big.Int).Set(DefaultEquity)}
	}
	return loops
}

// LoopAmounts returns a loop's collateral C = L·E (ezETH) and debt
// D = (L−1)·E·rate/1e18 rounded down (WETH).
func LoopAmounts(leverage uint64, equityWad, rateWad *big.Int) (collateral, debt *big.Int) {
	l := new(big.Int).SetUint64(leverage)
	collateral = new(big.Int).Mul(l, equityWad)
	debt = new(big.Int).Mul(new(big.Int).Sub(l, big.NewInt(1)), equityWad)
	debt.Mul(debt, rateWad).Quo(debt, WAD)
	return collateral, debt
}

// deriveKey returns a deterministic key for (scope, label, seq).
func deriveKey(scope common.Address, label string, seq uint64) *ecdsa.PrivateKey {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], seq)
	seed := crypto.Keccak256([]byte("lrtkeeper/devnet/"+label), scope.Bytes(), n[:])
	for {
		k, err := crypto.ToECDSA(seed)
		if err == nil {
			return k
		}
		// Out of the curve's range: astronomically rare, rehash.
		seed = crypto.Keccak256(seed)
	}
}

// SeedLoops opens the loops: the deployer funds each borrower with gas and
// mints it L·E ezETH; the borrower supplies it as collateral and borrows
// (L−1)·E·fairRate WETH, an LTV of (L−1)/L at the fair price. Every
// position is checked healthy with MorphoLens before SeedLoops returns.
func (d *Deployment) SeedLoops(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, loops []Loop) ([]Borrower, error) {
	return d.seedLoops(ctx, b, deployer, loops, d.mine)
}

func (d *Deployment) seedLoops(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, loops []Loop, mine func()) ([]Borrower, error) {
	if len(loops) == 0 {
		return nil, nil
	}
	rate, err := d.FairRate(ctx, b)
	if err != nil {
		return nil, err
	}
	out := make([]Borrower, len(loops))
	for i, l := range loops {
		if l.Market < 0 || l.Market >= len(d.Markets) {
			return nil, fmt.Errorf("%w: loop %d: market %d out of range", ErrBadLoop, i, l.Market)
		}
		if l.Leverage < 2 || l.EquityWad == nil || l.EquityWad.Sign() <= 0 {
			return nil, fmt.Errorf("%w: loop %d: need leverage >= 2 and positive equity", ErrBadLoop, i)
		}
		key := l.Key
		if key == nil {
			key = deriveKey(d.Morpho, "borrower", d.borrowSeq.Add(1))
		}
		coll, debt := LoopAmounts(l.Leverage, l.EquityWad, rate)
		m := d.Markets[l.Market]
		out[i] = Borrower{
			Key: key, Address: crypto.PubkeyToAddress(key.PublicKey),
			Market: l.Market, MarketID: m.ID, Leverage: l.Leverage,
			Equity: new(big.Int).Set(l.EquityWad), Collateral: coll, Debt: debt,
		}
	}

	s := newSender(b, d.ChainID, mine)
	// Gas and collateral from the deployer.
	for _, br := range out {
		if err := s.transfer(ctx, deployer, br.Address, BorrowerGas, nil, "fund borrower gas"); err != nil {
			return nil, err
		}
		if err := s.call(ctx, deployer, d.LRT, lrtABI.PackMint(br.Address, br.Collateral), "mint borrower collateral"); err != nil {
			return nil, err
		}
	}
	if _, err := s.flush(ctx); err != nil {
		return nil, err
	}
	// Each step depends on the previous one being mined.
	steps := []func(Borrower) (common.Address, []byte, string){
		func(br Borrower) (common.Address, []byte, string) {
			return d.LRT, lrtABI.PackApprove(d.Morpho, br.Collateral), "approve collateral"
		},
		func(br Borrower) (common.Address, []byte, string) {
			p := d.Markets[br.Market].Params
			return d.Morpho, morphoABI.PackSupplyCollateral(p, br.Collateral, br.Address, nil), "supply collateral"
		},
		func(br Borrower) (common.Address, []byte, string) {
			p := d.Markets[br.Market].Params
			return d.Morpho, morphoABI.PackBorrow(p, br.Debt, new(big.Int), br.Address, br.Address), "borrow"
		},
	}
	for _, step := range steps {
		for _, br := range out {
			to, data, label := step(br)
			if err := s.call(ctx, br.Key, to, data, label); err != nil {
				return nil, err
			}
		}
		if _, err := s.flush(ctx); err != nil {
			return nil, err
		}
	}

	for _, br := range out {
		h, err := d.Health(ctx, b, br.Market, br.Address)
		if err != nil {
			return nil, err
		}
		if !h.Healthy || h.Collateral.Cmp(br.Collateral) != 0 || h.Borrowed.Sign() == 0 {
			return nil, fmt.Errorf("%w: %s in market %d (borrowed %s, max %s)", ErrUnhealthy, br.Address, br.Market, h.Borrowed, h.MaxBorrow)
		}
	}
	return out, nil
}

// FundKeeper sends keeper KeeperGas ETH and wethAmount WETH the deployer
// wraps, and authorises keeper on the RiskOracle if it is not yet.
func (d *Deployment) FundKeeper(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, keeper common.Address, wethAmount *big.Int) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := s.transfer(ctx, deployer, keeper, KeeperGas, nil, "fund keeper gas"); err != nil {
		return err
	}
	if err := d.queueAuthorizeRiskSender(ctx, s, deployer, keeper); err != nil {
		return err
	}
	if wethAmount == nil || wethAmount.Sign() == 0 {
		_, err := s.flush(ctx)
		return err
	}
	if err := s.transfer(ctx, deployer, d.WETH, wethAmount, wethABI.PackDeposit(), "wrap keeper WETH"); err != nil {
		return err
	}
	if _, err := s.flush(ctx); err != nil {
		return err
	}
	if err := s.call(ctx, deployer, d.WETH, wethABI.PackTransfer(keeper, wethAmount), "transfer keeper WETH"); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// ApproveMorpho has keeper approve Morpho to pull all its WETH (for tests;
// the daemon approves through its own transaction manager).
func (d *Deployment) ApproveMorpho(ctx context.Context, b Backend, keeper *ecdsa.PrivateKey) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := s.call(ctx, keeper, d.WETH, wethABI.PackApprove(d.Morpho, maxUint256()), "keeper approve Morpho"); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// Health is MorphoLens.health (interest accrued) for borrower in market i
// at the latest block.
func (d *Deployment) Health(ctx context.Context, b Backend, market int, borrower common.Address) (morpholens.HealthOutput, error) {
	m := d.Markets[market]
	h, err := callView(ctx, b, d.Lens, lensABI.PackHealth(d.Morpho, m.LensParams(), borrower), lensABI.UnpackHealth)
	if err != nil {
		return h, fmt.Errorf("failed to read health of %s in %s: %w", borrower, m.Name, err)
	}
	return h, nil
}

// Position is Morpho's position of borrower in market i at the latest block.
func (d *Deployment) Position(ctx context.Context, b Backend, market int, borrower common.Address) (morphoblue.PositionOutput, error) {
	m := d.Markets[market]
	p, err := callView(ctx, b, d.Morpho, morphoABI.PackPosition(m.ID, borrower), morphoABI.UnpackPosition)
	if err != nil {
		return p, fmt.Errorf("failed to read position of %s in %s: %w", borrower, m.Name, err)
	}
	return p, nil
}
