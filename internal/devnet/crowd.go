package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/borrowerfactory"
)

var factoryABI = borrowerfactory.NewBorrowerFactory()

// crowdBatch is how many positions one open transaction creates: each
// costs ~300k gas (collateral supplied on behalf, a Borrower deployed, a
// borrow), and a transaction may use at most 2^24 gas.
const crowdBatch = 40

// Crowd is a BorrowerFactory and the Morpho positions it opened: each
// borrower is a contract account the factory can make act on Morpho.
type Crowd struct {
	Factory   common.Address
	Market    int
	Borrowers []common.Address
	nextSalt  uint64
}

// OpenCrowd deploys a BorrowerFactory (owned by deployer) and opens n
// positions in market mi: position i supplies collateral[i%len] ezETH and
// borrows borrow[i%len] WETH. It mints the ezETH and supplies the WETH the
// loans need, batching crowdBatch positions per transaction.
func (d *Deployment) OpenCrowd(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, mi, n int, collateral, borrow []*big.Int) (*Crowd, error) {
	if len(collateral) == 0 || len(collateral) != len(borrow) {
		return nil, fmt.Errorf("%w: %d collateral amounts, %d borrow amounts", ErrBadLoop, len(collateral), len(borrow))
	}
	s := newSender(b, d.ChainID, d.mine)
	factory, err := s.deploy(ctx, deployer, borrowerfactory.BorrowerFactoryMetaData.Bin, factoryABI.PackConstructor(d.Morpho), "deploy BorrowerFactory")
	if err != nil {
		return nil, err
	}
	totalColl, totalDebt := new(big.Int), new(big.Int)
	for i := range n {
		totalColl.Add(totalColl, collateral[i%len(collateral)])
		totalDebt.Add(totalDebt, borrow[i%len(borrow)])
	}
	m := d.Markets[mi]
	for _, c := range []struct {
		to    common.Address
		data  []byte
		value *big.Int
		label string
	}{
		{d.LRT, lrtABI.PackMint(factory, totalColl), nil, "mint crowd collateral"},
		{d.WETH, wethABI.PackDeposit(), totalDebt, "wrap crowd liquidity"},
		{d.Morpho, morphoABI.PackSupply(m.Params, totalDebt, new(big.Int), d.Deployer, nil), nil, "supply crowd liquidity"},
	} {
		to := c.to
		// Each step needs the previous one's state to estimate its gas.
		if _, err := s.send(ctx, deployer, &to, c.data, c.value, c.label); err != nil {
			return nil, err
		}
		if _, err := s.flush(ctx); err != nil {
			return nil, err
		}
	}
	crowd := &Crowd{Factory: factory, Market: mi}
	params := borrowerfactory.MarketParams(m.Params)
	for done := 0; done < n; done += crowdBatch {
		count := min(crowdBatch, n-done)
		// Rotate the amounts so that position i gets entry i%len.
		k := done % len(collateral)
		coll := append(append([]*big.Int(nil), collateral[k:]...), collateral[:k]...)
		debt := append(append([]*big.Int(nil), borrow[k:]...), borrow[:k]...)
		data := factoryABI.PackOpen(params, big.NewInt(int64(count)), coll, debt, new(big.Int).SetUint64(crowd.nextSalt))
		crowd.nextSalt += uint64(count)
		if _, err := s.send(ctx, deployer, &factory, data, nil, "open crowd positions"); err != nil {
			return nil, err
		}
		if (done/crowdBatch)%8 == 7 || done+count >= n {
			receipts, err := s.flush(ctx)
			if err != nil {
				return nil, err
			}
			for _, r := range receipts {
				for _, l := range r.Logs {
					if ev, err := factoryABI.UnpackOpenedEvent(l); err == nil {
						crowd.Borrowers = append(crowd.Borrowers, ev.Borrower)
					}
				}
			}
		}
	}
	if len(crowd.Borrowers) != n {
		return nil, fmt.Errorf("opened %d of %d crowd positions", len(crowd.Borrowers), n)
	}
	return crowd, nil
}

// Command is the transaction (from the deployer, the factory's owner) that
// makes borrower call Morpho with data, packed with the morphoblue binding.
func (c *Crowd) Command(borrower common.Address, data []byte) Tx {
	return Tx{To: c.Factory, Data: factoryABI.PackCommand(borrower, data)}
}

// Tx is one contract call for SendMany.
type Tx struct {
	To   common.Address
	Data []byte
}

// SendMany sends txs from key and mines them together with the deployment's
// mine function. A reverted call is not an error: its receipt says so.
func (d *Deployment) SendMany(ctx context.Context, b Backend, key *ecdsa.PrivateKey, txs []Tx) ([]*types.Receipt, error) {
	s := newSender(b, d.ChainID, d.mine)
	for _, tx := range txs {
		to := tx.To
		// A fixed gas limit: a call that would revert must still be sent.
		if _, err := s.sendGas(ctx, key, &to, tx.Data, nil, 1_000_000, "send"); err != nil {
			return nil, err
		}
	}
	receipts, err := s.flush(ctx)
	if err != nil && !errors.Is(err, ErrReverted) {
		return nil, err
	}
	return receipts, nil
}

// FundDeployer mints amount ezETH to the deployer and wraps as much WETH,
// and approves Morpho to pull both, for supplying collateral on behalf of
// others, repaying and liquidating.
func (d *Deployment) FundDeployer(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, amount *big.Int) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := s.call(ctx, deployer, d.LRT, lrtABI.PackMint(d.Deployer, amount), "mint deployer ezETH"); err != nil {
		return err
	}
	if err := s.transfer(ctx, deployer, d.WETH, amount, wethABI.PackDeposit(), "wrap deployer WETH"); err != nil {
		return err
	}
	if err := s.call(ctx, deployer, d.LRT, lrtABI.PackApprove(d.Morpho, maxUint256()), "approve Morpho for ezETH"); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}
