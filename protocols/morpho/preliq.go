package morpho

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

var (
	factoryABI = preliquidationfactory.NewPreLiquidationFactory()

	topicCreatePreLiquidation = factoryABI.GetABI().Events["CreatePreLiquidation"].ID
	topicSetAuthorization     = morphoABI.GetABI().Events["SetAuthorization"].ID
)

// ErrBadPreLiquidationEvent marks a factory or authorisation log that does
// not decode as the event its topic names.
var ErrBadPreLiquidationEvent = errors.New("undecodable pre-liquidation event")

// LogSource reads the logs of a query over a block range in chunks the
// node accepts; *chain.LogFetcher satisfies it.
type LogSource interface {
	Fetch(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func(from, to uint64, logs []types.Log) error) error
}

// PreLiquidationContract is a PreLiquidation contract the factory deployed
// for a market, with its immutable parameters.
type PreLiquidationContract struct {
	Address common.Address
	Market  common.Hash
	Params  morpho.PreLiquidationParams
}

// PreLiquidationQuery is the log filter for a factory's
// CreatePreLiquidation events. The market id is not indexed, so watched
// markets are filtered after decoding.
func PreLiquidationQuery(factory common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		Addresses: []common.Address{factory},
		Topics:    [][]common.Hash{{topicCreatePreLiquidation}},
	}
}

// DecodeCreatePreLiquidation decodes a factory's CreatePreLiquidation log.
func DecodeCreatePreLiquidation(l *types.Log) (PreLiquidationContract, error) {
	ev, err := factoryABI.UnpackCreatePreLiquidationEvent(l)
	if err != nil {
		return PreLiquidationContract{}, fmt.Errorf("%w: log %s#%d: %w", ErrBadPreLiquidationEvent, l.TxHash.Hex(), l.Index, err)
	}
	p := ev.PreLiquidationParams
	c := PreLiquidationContract{Address: ev.PreLiquidation, Market: ev.Id, Params: morpho.PreLiquidationParams{Oracle: p.PreLiquidationOracle}}
	// The event's fields are uint256 in the ABI, so none overflows.
	c.Params.PreLltv.SetFromBig(p.PreLltv)
	c.Params.PreLCF1.SetFromBig(p.PreLCF1)
	c.Params.PreLCF2.SetFromBig(p.PreLCF2)
	c.Params.PreLIF1.SetFromBig(p.PreLIF1)
	c.Params.PreLIF2.SetFromBig(p.PreLIF2)
	return c, nil
}

// DiscoverPreLiquidations returns the PreLiquidation contracts factory
// created in blocks [from, to] for the markets in markets, in creation
// order. Only the factory's own logs are trusted: anyone can deploy a
// PreLiquidation-shaped contract, but the factory records what it built.
func DiscoverPreLiquidations(ctx context.Context, logs LogSource, factory common.Address, from, to uint64, markets map[common.Hash]bool) ([]PreLiquidationContract, error) {
	var out []PreLiquidationContract
	err := logs.Fetch(ctx, PreLiquidationQuery(factory), from, to, func(_, _ uint64, ls []types.Log) error {
		for i := range ls {
			l := &ls[i]
			if l.Removed || l.Address != factory || len(l.Topics) == 0 || l.Topics[0] != topicCreatePreLiquidation {
				continue
			}
			c, err := DecodeCreatePreLiquidation(l)
			if err != nil {
				return err
			}
			if markets[c.Market] {
				out = append(out, c)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("discover pre-liquidation contracts of factory %s: %w", factory.Hex(), err)
	}
	return out, nil
}

// Authorizations tracks, for a set of PreLiquidation contracts, which
// borrowers currently authorise each on Morpho: without that authorisation
// the contract cannot withdraw the seized collateral. It follows Morpho's
// SetAuthorization events and is safe for concurrent use.
//
// Removed (reorged) logs are ignored: setAuthorizationWithSig may emit an
// unchanged value, so a dropped event's previous state is unknown. After a
// reorg, rebuild with a new Authorizations and Backfill; a stale entry
// costs at most a refused simulation (see strategies.PreLiquidator).
type Authorizations struct {
	morpho common.Address
	mu     sync.RWMutex
	by     map[common.Address]map[common.Address]struct{} // contract → authorising borrowers
}

// NewAuthorizations tracks contracts on the Morpho singleton at
// morphoAddr.
func NewAuthorizations(morphoAddr common.Address, contracts ...common.Address) *Authorizations {
	a := &Authorizations{morpho: morphoAddr, by: map[common.Address]map[common.Address]struct{}{}}
	for _, c := range contracts {
		a.Track(c)
	}
	return a
}

// Track adds a contract (no borrower yet). Backfill its history before
// relying on it.
func (a *Authorizations) Track(contract common.Address) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.by[contract]; !ok {
		a.by[contract] = map[common.Address]struct{}{}
	}
}

// Contracts lists the tracked contracts, sorted.
func (a *Authorizations) Contracts() []common.Address {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]common.Address, 0, len(a.by))
	for c := range a.by {
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}

// Query is the log filter for the SetAuthorization events of the tracked
// contracts (authorized, the third indexed field, among them). ok is
// false when nothing is tracked: an empty topic list would match every
// authorisation on Morpho.
func (a *Authorizations) Query() (q ethereum.FilterQuery, ok bool) {
	return a.query(a.Contracts())
}

func (a *Authorizations) query(contracts []common.Address) (q ethereum.FilterQuery, ok bool) {
	if len(contracts) == 0 {
		return q, false
	}
	topics := make([]common.Hash, len(contracts))
	for i, c := range contracts {
		topics[i] = common.BytesToHash(c.Bytes())
	}
	return ethereum.FilterQuery{
		Addresses: []common.Address{a.morpho},
		Topics:    [][]common.Hash{{topicSetAuthorization}, nil, nil, topics},
	}, true
}

// Apply applies one log. Logs that are not Morpho's SetAuthorization, that
// are removed, or whose authorized address is not tracked are ignored.
func (a *Authorizations) Apply(l *types.Log) error {
	if l.Removed || l.Address != a.morpho || len(l.Topics) != 4 || l.Topics[0] != topicSetAuthorization {
		return nil
	}
	ch, err := decodeSetAuthorization(l)
	if err != nil {
		return err
	}
	a.set(ch)
	return nil
}

// authChange is one decoded SetAuthorization.
type authChange struct {
	authorizer, authorized common.Address
	on                     bool
	block                  uint64
}

func decodeSetAuthorization(l *types.Log) (authChange, error) {
	ev, err := morphoABI.UnpackSetAuthorizationEvent(l)
	if err != nil {
		return authChange{}, fmt.Errorf("%w: log %s#%d: %w", ErrBadPreLiquidationEvent, l.TxHash.Hex(), l.Index, err)
	}
	return authChange{authorizer: ev.Authorizer, authorized: ev.Authorized, on: ev.NewIsAuthorized, block: l.BlockNumber}, nil
}

// set applies a decoded change; an untracked contract is ignored. It
// reports whether the contract is tracked and whether the borrower
// authorised it before the change, for an undo.
func (a *Authorizations) set(ch authChange) (tracked, had bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	borrowers, ok := a.by[ch.authorized]
	if !ok {
		return false, false
	}
	_, had = borrowers[ch.authorizer]
	if ch.on {
		borrowers[ch.authorizer] = struct{}{}
	} else {
		delete(borrowers, ch.authorizer)
	}
	return true, had
}

// untrack forgets a contract and its borrowers.
func (a *Authorizations) untrack(contract common.Address) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.by, contract)
}

// adopt takes over other's contracts and their borrowers, replacing what
// a holds for them: a contract backfilled apart joins in one step.
func (a *Authorizations) adopt(other *Authorizations) {
	other.mu.RLock()
	defer other.mu.RUnlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	for c, set := range other.by {
		a.by[c] = maps.Clone(set)
	}
}

// replace makes a hold exactly what other holds.
func (a *Authorizations) replace(other *Authorizations) {
	other.mu.RLock()
	defer other.mu.RUnlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	a.by = make(map[common.Address]map[common.Address]struct{}, len(other.by))
	for c, set := range other.by {
		a.by[c] = maps.Clone(set)
	}
}

// Authorised reports whether borrower currently authorises contract.
func (a *Authorizations) Authorised(contract, borrower common.Address) bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	_, ok := a.by[contract][borrower]
	return ok
}

// Borrowers lists the borrowers that authorise contract, sorted.
func (a *Authorizations) Borrowers(contract common.Address) []common.Address {
	a.mu.RLock()
	defer a.mu.RUnlock()
	set := a.by[contract]
	out := make([]common.Address, 0, len(set))
	for b := range set {
		out = append(out, b)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}

// Backfill applies the SetAuthorization events in blocks [from, to], in
// chain order, of the contracts in only (all tracked ones when empty;
// untracked ones are ignored). Start at the factory's deployment: a
// borrower may authorise a contract's address before it exists (CREATE2
// addresses are predictable). To add a contract discovered later, Track it
// and backfill only it up to the last block applied, so the others' state
// is not rewound.
func (a *Authorizations) Backfill(ctx context.Context, logs LogSource, from, to uint64, only ...common.Address) error {
	if len(only) == 0 {
		only = a.Contracts()
	}
	q, ok := a.query(only)
	if !ok {
		return nil
	}
	err := logs.Fetch(ctx, q, from, to, func(_, _ uint64, ls []types.Log) error {
		for i := range ls {
			if err := a.Apply(&ls[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("backfill pre-liquidation authorisations: %w", err)
	}
	return nil
}
