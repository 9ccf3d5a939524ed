package benche2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

var feedABI = pricefeed.NewPriceFeed()

// priceSender signs the devnet feed's setAnswer transactions with a local
// nonce; the node only holds them until the bench mines.
type priceSender struct {
	ec     *ethclient.Client
	key    *ecdsa.PrivateKey
	from   common.Address
	feed   common.Address
	signer types.Signer
	chain  *big.Int
	nonce  uint64
}

func newPriceSender(ctx context.Context, ec *ethclient.Client, d *devnet.Deployment, key *ecdsa.PrivateKey) (*priceSender, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("read deployer nonce: %w", err)
	}
	return &priceSender{ec: ec, key: key, from: from, feed: d.PriceFeed,
		signer: types.LatestSignerForChainID(d.ChainID), chain: d.ChainID, nonce: nonce}, nil
}

// send submits setAnswer(price) without mining it.
func (s *priceSender) send(ctx context.Context, price *big.Int) (common.Hash, error) {
	data := feedABI.PackSetAnswer(price)
	gas, err := s.ec.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &s.feed, Data: data})
	if err != nil {
		return common.Hash{}, fmt.Errorf("estimate setAnswer: %w", err)
	}
	head, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read head: %w", err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chain, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/2, To: &s.feed, Data: data,
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("sign setAnswer: %w", err)
	}
	if err := s.ec.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, fmt.Errorf("send setAnswer: %w", err)
	}
	s.nonce++
	return tx.Hash(), nil
}
