package keeper

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// admitPreLiquidations decodes the pre-liquidation events of the blocks
// from on and follows the contracts they create. Such a block costs one
// extra log read (the new contract's authorisations so far); it runs under
// its own deadline, like the start-up reads, since the factory's history
// may need several chunks. nil without a factory.
func (k *Keeper) admitPreLiquidations(ctx context.Context, logs []types.Log, from uint64) (*protocol.PreLiquidationEvents, error) {
	if k.pre == nil {
		return nil, nil
	}
	ev, err := k.pre.Prepare(logs)
	if err != nil {
		return nil, err
	}
	if len(ev.Created()) == 0 {
		return ev, nil
	}
	actx, cancel := context.WithTimeout(ctx, bootstrapTimeout)
	defer cancel()
	if err := k.pre.Admit(actx, k.backfill, ev, from); err != nil {
		return nil, fmt.Errorf("admit pre-liquidation contracts: %w", err)
	}
	for _, c := range ev.Created() {
		k.log.Info().Str("pre_liquidation", c.Address.Hex()).Str("market", c.Market.Hex()).
			Str("oracle", c.Params.Oracle.Hex()).Str("pre_lltv", c.Params.PreLltv.Dec()).
			Int("authorisations", len(k.pre.Authorizations().Borrowers(c.Address))).Msg("pre-liquidation contract created")
	}
	return ev, nil
}

type marketBorrower struct {
	market   common.Hash
	borrower common.Address
}

// preTargets lists the positions inside a followed contract's window, at
// its oracle's price, whose borrower authorises it. Only the authorised
// borrowers are looked up in the book: O(authorised), not O(book).
// Positions liquidatable at LLTV by the market's own oracle are in liq and
// stay with the liquidator. An error names the first position whose
// figures failed; the others are listed all the same.
func (r *reader) preTargets(block chain.BlockRef, views []protocol.View, readings []oracle.AssetReading,
	pre []protocol.PreLiquidationView, liq []strategies.Target,
) ([]strategies.Target, error) {
	if len(pre) == 0 {
		return nil, nil
	}
	liquidatable := make(map[marketBorrower]bool, len(liq))
	for _, t := range liq {
		liquidatable[marketBorrower{t.MarketID, t.Borrower}] = true
	}
	var out []strategies.Target
	var firstErr error
	failed := 0
	r.book.RLock()
	defer r.book.RUnlock()
	for i := range pre {
		pv := &pre[i]
		v := &views[pv.Market]
		// The market's own price is needed too: the target carries it for
		// the oracle guard, and without it liquidatable positions are
		// unknown.
		if len(pv.Borrowers) == 0 || v.Err != nil || v.Price == nil || pv.Price == nil {
			continue
		}
		m := v.Market
		asset := readings[m.Asset]
		refs := r.priceRefs(asset, m)
		bm := r.adapter.BookMarket(pv.Market)
		for _, b := range pv.Borrowers {
			if liquidatable[marketBorrower{m.ID, b}] {
				continue
			}
			rec, ok := bm.Get(b)
			if !ok || rec.Debt.IsZero() {
				continue
			}
			var pos morpho.Position
			pos.Collateral.Set(&rec.Collateral)
			pos.BorrowShares.Set(&rec.Debt)
			_, _, _, in, err := morpho.PreLiquidationTerms(pos, v.Accrued, pv.Price, m.LLTV, pv.Contract.Params)
			if err != nil {
				if failed++; firstErr == nil {
					firstErr = fmt.Errorf("pre-liquidation %s of %s: %w", pv.Contract.Address.Hex(), b.Hex(), err)
				}
				continue
			}
			if !in {
				continue
			}
			t := strategies.Target{
				Block: block, MarketID: m.ID, MarketName: m.Name, Params: m.Params,
				Borrower: b, Position: pos, Market: v.Accrued, OraclePrice: v.Price, LoanIsNative: r.loanIsETH(m),
				PreLiquidation: &strategies.PreLiquidationTarget{
					Address: pv.Contract.Address, Params: pv.Contract.Params, OraclePrice: pv.Price,
				},
			}
			refs.set(&t)
			out = append(out, t)
		}
	}
	if failed > 1 {
		firstErr = fmt.Errorf("%w (and %d more)", firstErr, failed-1)
	}
	return out, firstErr
}
