package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
)

// Execution is what the keeper acts through in the devnet: its
// KeeperExecutor and a PreLiquidation contract for market 0.
type Execution struct {
	// Executor is the KeeperExecutor owned by the keeper.
	Executor common.Address `json:"executor"`
	// PreLiquidationFactory deployed at FactoryBlock; PreLiquidation is its
	// contract for market 0 with PreLiquidationParams().
	PreLiquidationFactory common.Address `json:"pre_liquidation_factory"`
	FactoryBlock          uint64         `json:"factory_block"`
	PreLiquidation        common.Address `json:"pre_liquidation"`
}

var (
	executorABI      = keeperexecutor.NewKeeperExecutor()
	preLiqFactoryABI = preliquidationfactory.NewPreLiquidationFactory()
)

// PreLiquidationParams are market 0's (LLTV 94.5%) pre-liquidation terms:
// from an LTV of 90%, closing 10% to 100% of the debt with a 1% to 3%
// incentive as the LTV nears the LLTV; priced by the market's oracle.
func (d *Deployment) PreLiquidationParams() preliquidationfactory.PreLiquidationParams {
	pct := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e16)) }
	return preliquidationfactory.PreLiquidationParams{
		PreLltv: pct(90), PreLCF1: pct(10), PreLCF2: pct(100), PreLIF1: pct(101), PreLIF2: pct(103),
		PreLiquidationOracle: d.Markets[0].Params.Oracle,
	}
}

// DeployExecution deploys the keeper's KeeperExecutor (owned by keeper),
// a PreLiquidationFactory and its contract for market 0.
func (d *Deployment) DeployExecution(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, keeper common.Address) (Execution, error) {
	var x Execution
	s := newSender(b, d.ChainID, d.mine)
	var err error
	if x.Executor, err = s.deploy(ctx, deployer, keeperexecutor.KeeperExecutorMetaData.Bin,
		executorABI.PackConstructor(d.Morpho), "deploy KeeperExecutor"); err != nil {
		return x, err
	}
	if x.PreLiquidationFactory, err = s.deploy(ctx, deployer, preliquidationfactory.PreLiquidationFactoryMetaData.Bin,
		preLiqFactoryABI.PackConstructor(d.Morpho), "deploy PreLiquidationFactory"); err != nil {
		return x, err
	}
	receipts, err := s.flush(ctx)
	if err != nil {
		return x, err
	}
	x.FactoryBlock = receipts[len(receipts)-1].BlockNumber.Uint64()
	if err := s.call(ctx, deployer, x.Executor, executorABI.PackTransferOwnership(keeper), "hand the executor to the keeper"); err != nil {
		return x, err
	}
	if err := s.call(ctx, deployer, x.PreLiquidationFactory,
		preLiqFactoryABI.PackCreatePreLiquidation(d.Markets[0].ID, d.PreLiquidationParams()), "create PreLiquidation"); err != nil {
		return x, err
	}
	if receipts, err = s.flush(ctx); err != nil {
		return x, err
	}
	for _, r := range receipts {
		for _, l := range r.Logs {
			if ev, err := preLiqFactoryABI.UnpackCreatePreLiquidationEvent(l); err == nil {
				x.PreLiquidation = ev.PreLiquidation
			}
		}
	}
	if x.PreLiquidation == (common.Address{}) {
		return x, errors.New("create PreLiquidation: no CreatePreLiquidation event")
	}
	return x, nil
}

// Authorize has borrower authorise who to manage its Morpho positions
// (setAuthorization): the executor for a managed deleverage, a
// PreLiquidation contract for pre-liquidations.
func (d *Deployment) Authorize(ctx context.Context, b Backend, borrower *ecdsa.PrivateKey, who common.Address) error {
	s := newSender(b, d.ChainID, d.mine)
	label := fmt.Sprintf("authorize %s for %s", who.Hex(), crypto.PubkeyToAddress(borrower.PublicKey).Hex())
	if err := s.call(ctx, borrower, d.Morpho, morphoABI.PackSetAuthorization(who, true), label); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}
