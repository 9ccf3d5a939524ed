package morpho

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// PreLiquidations follows, block by block, the PreLiquidation contracts a
// factory created for the watched markets and the borrowers who authorise
// them. The keeper's hot path drives it around the adapter's steps:
//
//   - Query widens the block's one eth_getLogs to the factory's and the
//     authorisation events;
//   - Prepare decodes them (nothing changes);
//   - Admit tracks the contracts they create, backfilling each one's
//     authorisations once (a borrower may authorise a CREATE2 address
//     before it exists);
//   - Plan adds the price() of oracles that are not their market's own to
//     the block's batch;
//   - Apply commits the authorisation changes once the block is applied;
//   - Views joins it all with the block's market views.
//
// Each applied change is journaled with its block and the state it
// replaced, so a reorg rolls back to the common ancestor exactly (Rollback)
// instead of rebuilding; Prune drops what no reorg can reach. One
// goroutine drives it; Authorizations itself is safe for concurrent reads.
type PreLiquidations struct {
	morpho, factory common.Address
	start           uint64
	markets         []*Market
	byID            map[common.Hash]int
	contracts       []PreLiquidationContract
	known           map[common.Address]bool
	auth            *Authorizations
	journal         []preUndo
	prunedBefore    uint64 // the journal holds nothing of blocks before it
}

// preUndo is one journaled change: a contract admitted at block, or a
// borrower's authorisation of contract changed at block from had.
type preUndo struct {
	block              uint64
	contract, borrower common.Address
	admitted, had      bool
}

// NewPreLiquidations follows factory (deployed at block start) on the
// Morpho singleton at morphoAddr, for markets (the adapter's, in its
// order). Call Load before the first block.
func NewPreLiquidations(morphoAddr, factory common.Address, start uint64, markets []*Market) *PreLiquidations {
	p := &PreLiquidations{
		morpho: morphoAddr, factory: factory, start: start, markets: markets,
		byID: map[common.Hash]int{}, known: map[common.Address]bool{}, auth: NewAuthorizations(morphoAddr),
	}
	for i, m := range markets {
		p.byID[m.ID] = i
	}
	return p
}

// Factory is the followed factory.
func (p *PreLiquidations) Factory() common.Address { return p.factory }

// Contracts are the followed contracts, in creation order.
func (p *PreLiquidations) Contracts() []PreLiquidationContract {
	return append([]PreLiquidationContract(nil), p.contracts...)
}

// Authorizations is who authorises the followed contracts.
func (p *PreLiquidations) Authorizations() *Authorizations { return p.auth }

// Load discovers the factory's contracts for the watched markets and their
// authorisations in blocks [start, to], replacing what was followed. On
// error nothing changes.
func (p *PreLiquidations) Load(ctx context.Context, logs LogSource, to uint64) error {
	watched := make(map[common.Hash]bool, len(p.byID))
	for id := range p.byID {
		watched[id] = true
	}
	contracts, err := DiscoverPreLiquidations(ctx, logs, p.factory, p.start, to, watched)
	if err != nil {
		return err
	}
	auth := NewAuthorizations(p.morpho)
	known := make(map[common.Address]bool, len(contracts))
	for _, c := range contracts {
		auth.Track(c.Address)
		known[c.Address] = true
	}
	if err := auth.Backfill(ctx, logs, p.start, to); err != nil {
		return err
	}
	p.contracts, p.known, p.journal = contracts, known, nil
	p.prunedBefore = to + 1 // blocks up to to are loaded, not journaled
	p.auth.replace(auth)
	return nil
}

// Rollback undoes every change journaled after block to, newest first. It
// reports false when the journal does not reach back that far (pruned):
// Load then rebuilds.
func (p *PreLiquidations) Rollback(to uint64) bool {
	i := len(p.journal)
	for i > 0 && p.journal[i-1].block > to {
		i--
		u := p.journal[i]
		if u.admitted {
			p.auth.untrack(u.contract)
			delete(p.known, u.contract)
			p.contracts = slices.DeleteFunc(p.contracts, func(c PreLiquidationContract) bool { return c.Address == u.contract })
			continue
		}
		p.auth.set(authChange{authorizer: u.borrower, authorized: u.contract, on: u.had})
	}
	p.journal = p.journal[:i]
	return p.prunedBefore <= to+1
}

// Prune forgets the journal of blocks before block: no reorg reaches them.
func (p *PreLiquidations) Prune(block uint64) {
	i := 0
	for i < len(p.journal) && p.journal[i].block < block {
		i++
	}
	p.journal = slices.Delete(p.journal, 0, i)
	p.prunedBefore = max(p.prunedBefore, block)
}

// Query is the block's log filter: every event the adapter follows, plus
// Morpho's SetAuthorization and the factory's CreatePreLiquidation, in one
// request. It has no market filter, since neither event's first indexed
// field is a market id; the adapter skips markets and topics it does not
// follow.
func (p *PreLiquidations) Query() ethereum.FilterQuery {
	topics := append(append([]common.Hash(nil), EventTopics...), topicSetAuthorization, topicCreatePreLiquidation)
	return ethereum.FilterQuery{
		Addresses: []common.Address{p.morpho, p.factory},
		Topics:    [][]common.Hash{topics},
	}
}

// PreLiquidationEvents are a range of blocks' factory and authorisation
// events, decoded and not yet applied.
type PreLiquidationEvents struct {
	created   []PreLiquidationContract
	createdAt []uint64 // the block of each created contract
	auths     []authChange
}

// Created lists the contracts the events create for watched markets.
func (e *PreLiquidationEvents) Created() []PreLiquidationContract { return e.created }

// Prepare decodes the factory's CreatePreLiquidation events of watched
// markets and Morpho's SetAuthorization events among logs, in log order.
// Nothing changes, so a failed block can be retried whole.
func (p *PreLiquidations) Prepare(logs []types.Log) (*PreLiquidationEvents, error) {
	ev := &PreLiquidationEvents{}
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		switch {
		case l.Address == p.factory && l.Topics[0] == topicCreatePreLiquidation:
			c, err := DecodeCreatePreLiquidation(l)
			if err != nil {
				return nil, err
			}
			if _, ok := p.byID[c.Market]; ok && !p.known[c.Address] {
				ev.created = append(ev.created, c)
				ev.createdAt = append(ev.createdAt, l.BlockNumber)
			}
		case l.Address == p.morpho && len(l.Topics) == 4 && l.Topics[0] == topicSetAuthorization:
			ch, err := decodeSetAuthorization(l)
			if err != nil {
				return nil, err
			}
			ev.auths = append(ev.auths, ch)
		}
	}
	return ev, nil
}

// Admit follows the contracts ev creates, their authorisations backfilled
// from the factory's deployment to the block before from, the first block
// of ev's range (Apply adds the range's own). It is the only per-block
// step that reads the chain, and only in a block that creates a contract.
// A contract is admitted whole or not at all, and admitting it again is a
// no-op, so a block that fails later is retried safely.
func (p *PreLiquidations) Admit(ctx context.Context, logs LogSource, ev *PreLiquidationEvents, from uint64) error {
	for i, c := range ev.created {
		if p.known[c.Address] {
			continue
		}
		one := NewAuthorizations(p.morpho, c.Address)
		if from > p.start {
			if err := one.Backfill(ctx, logs, p.start, from-1); err != nil {
				return fmt.Errorf("pre-liquidation contract %s: %w", c.Address.Hex(), err)
			}
		}
		p.auth.adopt(one)
		p.contracts = append(p.contracts, c)
		p.known[c.Address] = true
		p.journal = append(p.journal, preUndo{block: ev.createdAt[i], contract: c.Address, admitted: true})
	}
	return nil
}

// Apply applies ev's authorisation changes in log order; changes to
// contracts not followed are ignored.
func (p *PreLiquidations) Apply(ev *PreLiquidationEvents) {
	for _, ch := range ev.auths {
		if tracked, had := p.auth.set(ch); tracked {
			p.journal = append(p.journal, preUndo{block: ch.block, contract: ch.authorized, borrower: ch.authorizer, had: had})
		}
	}
}

// PreLiquidationReads are the followed contracts' oracle reads in a
// block's batch.
type PreLiquidationReads struct {
	slots map[common.Address]chain.Slot
}

// Plan adds to the block's batch the price() of each followed contract's
// oracle that is not its market's own (that one is read already); each
// oracle once.
func (p *PreLiquidations) Plan(plan *chain.Plan) *PreLiquidationReads {
	r := &PreLiquidationReads{slots: map[common.Address]chain.Slot{}}
	for _, c := range p.contracts {
		o := c.Params.Oracle
		if _, ok := r.slots[o]; ok || o == p.markets[p.byID[c.Market]].Params.Oracle {
			continue
		}
		r.slots[o] = plan.Add(chain.Call{Target: o, Data: oracleABI.PackPrice(), AllowFailure: true})
	}
	return r
}

// PreLiquidationView is one followed contract at one block.
type PreLiquidationView struct {
	Contract PreLiquidationContract
	// Market indexes the adapter's markets (and the block's views).
	Market int
	// Price is the preLiquidationOracle's price (1e36 scale); nil with
	// PriceErr when it could not be read.
	Price    *uint256.Int
	PriceErr error
	// Borrowers authorise the contract, sorted.
	Borrowers []common.Address
}

// errNoMarketPrice is a contract priced by its market's oracle in a block
// whose market read failed.
var errNoMarketPrice = errors.New("market oracle not read")

// Views are the followed contracts at the block whose market views,
// reads and batch results are given, in creation order.
func (p *PreLiquidations) Views(views []View, r *PreLiquidationReads, res []chain.Result) []PreLiquidationView {
	out := make([]PreLiquidationView, len(p.contracts))
	for i, c := range p.contracts {
		mi := p.byID[c.Market]
		v := &out[i]
		v.Contract, v.Market, v.Borrowers = c, mi, p.auth.Borrowers(c.Address)
		s, own := r.slots[c.Params.Oracle]
		if !own {
			v.Price, v.PriceErr = views[mi].Price, views[mi].PriceErr
			if v.Price == nil && v.PriceErr == nil {
				v.PriceErr = errNoMarketPrice
			}
			continue
		}
		pr := s.Of(res)[0]
		if !pr.Success {
			v.PriceErr = fmt.Errorf("price() of pre-liquidation oracle %s reverted", c.Params.Oracle.Hex())
			continue
		}
		price, err := oracleABI.UnpackPrice(pr.Data)
		if err != nil {
			v.PriceErr = fmt.Errorf("decode price() of pre-liquidation oracle %s: %w", c.Params.Oracle.Hex(), err)
			continue
		}
		v.Price = u(price)
	}
	return out
}
