package keeper

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// HeaderReader reads headers by number.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// BackfillRateHistory gives the growth figures a history from the first
// block: for each growth window the store has no sample for, it finds the
// block at head time − window and reads the fair rate there. A node that
// no longer has that state (not an archive node) leaves the gap, to be
// filled by the samples the engine stores as it runs.
func BackfillRateHistory(ctx context.Context, log zerolog.Logger, headers HeaderReader, mc *chain.Multicall,
	head *types.Header, assets []AssetSpec, store oracle.StateStore,
) {
	log = log.With().Str("component", "history").Logger()
	for _, days := range oracle.GrowthWindows {
		w := uint64(days) * 24 * 60 * 60
		if head.Time <= w {
			continue
		}
		target := head.Time - w
		var block *types.Header
		for _, a := range assets {
			if _, _, ok, err := store.RateAtOrBefore(ctx, a.Symbol, target); err != nil || ok {
				continue
			}
			if block == nil {
				b, err := blockAtOrBefore(ctx, headers, head, target)
				if err != nil {
					log.Debug().Err(err).Int("window_days", days).Msg("no block for rate history")
					break
				}
				block = b
			}
			if block.Time+w/10 < target || block.Number.Sign() == 0 {
				break // the chain does not reach back that far
			}
			rate, err := readFair(ctx, mc, a.Asset, chain.RefOf(block))
			if err != nil {
				log.Debug().Err(err).Str("asset", a.Symbol).Uint64("block", block.Number.Uint64()).Msg("historical rate unavailable")
				continue
			}
			if err := store.AddRateSample(ctx, a.Symbol, block.Time, rate); err != nil {
				log.Warn().Err(err).Str("asset", a.Symbol).Msg("rate history not stored")
				continue
			}
			log.Info().Str("asset", a.Symbol).Int("window_days", days).Uint64("block", block.Number.Uint64()).
				Str("rate", rate.String()).Msg("rate history backfilled")
		}
	}
}

// blockAtOrBefore finds the newest block with time ≤ target by bisection.
func blockAtOrBefore(ctx context.Context, headers HeaderReader, head *types.Header, target uint64) (*types.Header, error) {
	lo, hi := uint64(0), head.Number.Uint64()
	var best *types.Header
	for lo <= hi {
		mid := lo + (hi-lo)/2
		h, err := headers.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return nil, fmt.Errorf("read header %d: %w", mid, err)
		}
		if h.Time <= target {
			best, lo = h, mid+1
		} else {
			if mid == 0 {
				break
			}
			hi = mid - 1
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no block at or before time %d", target)
	}
	return best, nil
}

func readFair(ctx context.Context, mc *chain.Multicall, a oracle.Asset, block chain.BlockRef) (*big.Int, error) {
	res, err := mc.Do(ctx, block.Hash, a.Fair.Calls())
	if err != nil {
		return nil, err
	}
	q, err := a.Fair.Decode(res, block)
	if err != nil {
		return nil, err
	}
	return q.Price, nil
}
