package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
)

// SetMarketPrice starts a new PriceFeed round answering priceWad (the
// ezETH/ETH market price, 18 decimals).
func (d *Deployment) SetMarketPrice(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, priceWad *big.Int) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := d.queueMarketPrice(ctx, s, deployer, priceWad); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// SetFairRate sets the LRT's exchange rate (ETH per ezETH, WAD).
func (d *Deployment) SetFairRate(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, rateWad *big.Int) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := d.queueFairRate(ctx, s, deployer, rateWad); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// MakeFeedStale writes a new latest feed round that keeps the current
// answer but reports startedAt = updatedAt = updatedAt (unix seconds), so
// the feed looks stale to heartbeat checks.
func (d *Deployment) MakeFeedStale(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, updatedAt uint64) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := d.queueStaleFeed(ctx, s, deployer, updatedAt); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// MarketPrice is the feed's latest answer (WAD).
func (d *Deployment) MarketPrice(ctx context.Context, b Backend) (*big.Int, error) {
	p, err := callView(ctx, b, d.PriceFeed, feedABI.PackLatestAnswer(), feedABI.UnpackLatestAnswer)
	if err != nil {
		return nil, fmt.Errorf("failed to read feed answer: %w", err)
	}
	return p, nil
}

// FairRate is the LRT's exchange rate (WAD).
func (d *Deployment) FairRate(ctx context.Context, b Backend) (*big.Int, error) {
	r, err := callView(ctx, b, d.LRT, lrtABI.PackGetRate(), lrtABI.UnpackGetRate)
	if err != nil {
		return nil, fmt.Errorf("failed to read LRT rate: %w", err)
	}
	return r, nil
}

func (d *Deployment) queueMarketPrice(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, priceWad *big.Int) error {
	return s.call(ctx, deployer, d.PriceFeed, feedABI.PackSetAnswer(priceWad), "set market price")
}

func (d *Deployment) queueFairRate(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, rateWad *big.Int) error {
	return s.call(ctx, deployer, d.LRT, lrtABI.PackSetRate(rateWad), "set fair rate")
}

// queueStaleFeed queues MakeFeedStale's round; the answer is the latest
// mined one.
func (d *Deployment) queueStaleFeed(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, updatedAt uint64) error {
	r, err := callView(ctx, s.b, d.PriceFeed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
	if err != nil {
		return fmt.Errorf("failed to read latest feed round: %w", err)
	}
	round := new(big.Int).Add(r.RoundId, big.NewInt(1))
	at := new(big.Int).SetUint64(updatedAt)
	return s.call(ctx, deployer, d.PriceFeed, feedABI.PackSetRoundData(round, r.Answer, at, at, round), "write stale feed round")
}
