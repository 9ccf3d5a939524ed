package keeper

import (
	"context"
	"math/rand/v2"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
)

// Verify re-reads positions on chain (all, or sample per market), repairs
// the book where it differs and raises a book_drift alert for each
// difference. A correct book gives no drift.
func (k *Keeper) Verify(ctx context.Context, sample int) (checked int, drifts []protocol.Drift, err error) {
	checked, drifts, err = k.adapter.Verify(ctx, k.mc, sample, rand.IntN)
	for _, d := range drifts {
		k.alertDrift(d, "verify")
	}
	if err != nil {
		return checked, drifts, err
	}
	k.log.Info().Int("checked", checked).Int("drifts", len(drifts)).Msg("book verified")
	return checked, drifts, nil
}

func (k *Keeper) alertDrift(d protocol.Drift, found string) {
	k.alerts.Event(alerts.BookDrift, alerts.Warning, func(e *zerolog.Event) *zerolog.Event {
		return e.Str("found_by", found).Str("market", d.Market.Hex()).Str("borrower", d.Owner.Hex()).Uint64("block", d.Block).
			Str("book_collateral", d.BookCollateral.Dec()).Str("chain_collateral", d.ChainCollateral.Dec()).
			Str("book_borrow_shares", d.BookShares.Dec()).Str("chain_borrow_shares", d.ChainShares.Dec()).
			Bool("missing", d.Missing).Bool("unexpected", d.Unexpected)
	})
}
