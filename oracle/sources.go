// Package oracle reads each LRT's fair value and market price, derives its
// depeg, and publishes the risk snapshot to Redis.
package oracle

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// Source errors. A source that fails gives no value: a missing price is never
// replaced by a guessed one.
var (
	ErrStale        = errors.New("stale answer")
	ErrBadAnswer    = errors.New("bad answer")
	ErrCallReverted = errors.New("call reverted")
)

var wad = big.NewInt(1e18)

// Quote is a price in ETH per whole token, 18 decimals, with the time the
// source last updated it (0 when the source does not say).
type Quote struct {
	Price     *big.Int
	UpdatedAt uint64
}

// Source is one price read: it adds its calls to a block's batch and decodes
// its own results from that batch.
type Source interface {
	Calls() []chain.Call
	Decode(results []chain.Result, block chain.BlockRef) (Quote, error)
	String() string
}

// ERC4626Rate reads the fair value as convertToAssets(one whole share).
type ERC4626Rate struct {
	Vault       common.Address
	Decimals    uint8 // share decimals
	AssetDecims uint8 // decimals of the underlying (ETH: 18)
}

var vaultABI = lrtvault.NewLRTVault()

// Calls implements Source.
func (s ERC4626Rate) Calls() []chain.Call {
	one := pow10(s.Decimals)
	return []chain.Call{{Target: s.Vault, Data: vaultABI.PackConvertToAssets(one), AllowFailure: true}}
}

// Decode implements Source.
func (s ERC4626Rate) Decode(res []chain.Result, _ chain.BlockRef) (Quote, error) {
	if !res[0].Success {
		return Quote{}, fmt.Errorf("%s: convertToAssets: %w", s, ErrCallReverted)
	}
	assets, err := vaultABI.UnpackConvertToAssets(res[0].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode convertToAssets: %w", s, err)
	}
	if assets.Sign() <= 0 {
		return Quote{}, fmt.Errorf("%s: %w: convertToAssets returned %s", s, ErrBadAnswer, assets)
	}
	return Quote{Price: rescale(assets, s.AssetDecims)}, nil
}

func (s ERC4626Rate) String() string { return "erc4626:" + s.Vault.Hex() }

// MethodRate reads the fair value from a no-argument view returning uint256
// (getRate(), stEthPerToken(), getExchangeRate(), rsETHPrice(), ...).
type MethodRate struct {
	Contract common.Address
	Method   string // signature, e.g. "getRate()"
	Decimals uint8  // decimals of the returned rate
}

// Calls implements Source.
func (s MethodRate) Calls() []chain.Call {
	return []chain.Call{{Target: s.Contract, Data: crypto.Keccak256([]byte(s.Method))[:4], AllowFailure: true}}
}

// Decode implements Source.
func (s MethodRate) Decode(res []chain.Result, _ chain.BlockRef) (Quote, error) {
	if !res[0].Success {
		return Quote{}, fmt.Errorf("%s: %w", s, ErrCallReverted)
	}
	if len(res[0].Data) != 32 {
		return Quote{}, fmt.Errorf("%s: %w: %d bytes returned, want 32", s, ErrBadAnswer, len(res[0].Data))
	}
	rate := new(big.Int).SetBytes(res[0].Data)
	if rate.Sign() == 0 {
		return Quote{}, fmt.Errorf("%s: %w: rate is zero", s, ErrBadAnswer)
	}
	return Quote{Price: rescale(rate, s.Decimals)}, nil
}

func (s MethodRate) String() string { return s.Method + "@" + s.Contract.Hex() }

// Chainlink reads an AggregatorV3 feed quoted in ETH. It refuses answers
// that are not positive, that come from an unfinished round, or that are
// older than Heartbeat at the block read.
type Chainlink struct {
	Feed      common.Address
	Heartbeat time.Duration
}

var feedABI = pricefeed.NewPriceFeed()

// Calls implements Source.
func (s Chainlink) Calls() []chain.Call {
	return []chain.Call{
		{Target: s.Feed, Data: feedABI.PackDecimals(), AllowFailure: true},
		{Target: s.Feed, Data: feedABI.PackLatestRoundData(), AllowFailure: true},
	}
}

// Decode implements Source.
func (s Chainlink) Decode(res []chain.Result, block chain.BlockRef) (Quote, error) {
	if !res[0].Success || !res[1].Success {
		return Quote{}, fmt.Errorf("%s: %w", s, ErrCallReverted)
	}
	dec, err := feedABI.UnpackDecimals(res[0].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode decimals: %w", s, err)
	}
	round, err := feedABI.UnpackLatestRoundData(res[1].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode latestRoundData: %w", s, err)
	}
	return s.check(dec, round.RoundId, round.Answer, round.UpdatedAt, round.AnsweredInRound, block.Time)
}

func (s Chainlink) check(dec uint8, roundID, answer, updatedAt, answeredIn *big.Int, now uint64) (Quote, error) {
	switch {
	case answer.Sign() <= 0:
		return Quote{}, fmt.Errorf("%s: %w: answer %s is not positive", s, ErrBadAnswer, answer)
	case updatedAt.Sign() == 0 || !updatedAt.IsUint64():
		return Quote{}, fmt.Errorf("%s: %w: round not complete (updatedAt %s)", s, ErrBadAnswer, updatedAt)
	case answeredIn.Cmp(roundID) < 0:
		return Quote{}, fmt.Errorf("%s: %w: answered in round %s < round %s", s, ErrStale, answeredIn, roundID)
	case dec > 36:
		return Quote{}, fmt.Errorf("%s: %w: %d decimals", s, ErrBadAnswer, dec)
	}
	at := updatedAt.Uint64()
	if at <= now && time.Duration(now-at)*time.Second > s.Heartbeat {
		return Quote{}, fmt.Errorf("%s: %w: updated %ds ago, heartbeat %s", s, ErrStale, now-at, s.Heartbeat)
	}
	return Quote{Price: rescale(answer, dec), UpdatedAt: at}, nil
}

func (s Chainlink) String() string { return "chainlink:" + s.Feed.Hex() }

// rescale turns an integer with dec decimals into an 18-decimal one, rounding
// down when it has more.
func rescale(x *big.Int, dec uint8) *big.Int {
	switch {
	case dec == 18:
		return new(big.Int).Set(x)
	case dec < 18:
		return new(big.Int).Mul(x, pow10(18-dec))
	default:
		return new(big.Int).Quo(x, pow10(dec-18))
	}
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// DepegWad is 1 − market/fair as a signed WAD, truncated toward zero: positive
// when the market pays less than the exchange rate.
func DepegWad(market, fair *big.Int) *big.Int {
	if fair == nil || market == nil || fair.Sign() == 0 {
		return nil
	}
	diff := new(big.Int).Sub(fair, market)
	diff.Mul(diff, wad)
	return diff.Quo(diff, fair)
}

// BpsWad expresses a WAD ratio in basis points, still 18-decimal scaled
// (0.0523 WAD → 523 bps WAD).
func BpsWad(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Mul(x, big.NewInt(10_000))
}

// Rebasing is the fair value of a token that rebases to stay 1:1 with ETH
// (stETH): exactly one, with no call.
type Rebasing struct{}

// Calls implements Source.
func (Rebasing) Calls() []chain.Call { return nil }

// Decode implements Source.
func (Rebasing) Decode([]chain.Result, chain.BlockRef) (Quote, error) {
	return Quote{Price: new(big.Int).Set(wad)}, nil
}

func (Rebasing) String() string { return "rebasing" }

// Chained multiplies exchange rates along a path (wstETH→stETH→ETH):
// Π rate_i / 1e18^(n−1), rounded down once at the end so the error is at
// most one wei.
type Chained struct{ Steps []Source }

// Calls implements Source.
func (c Chained) Calls() []chain.Call {
	var calls []chain.Call
	for _, s := range c.Steps {
		calls = append(calls, s.Calls()...)
	}
	return calls
}

// Decode implements Source.
func (c Chained) Decode(res []chain.Result, block chain.BlockRef) (Quote, error) {
	product := big.NewInt(1)
	scale := big.NewInt(1)
	at := 0
	for i, s := range c.Steps {
		n := len(s.Calls())
		q, err := s.Decode(res[at:at+n], block)
		if err != nil {
			return Quote{}, fmt.Errorf("%s: step %d: %w", c, i, err)
		}
		at += n
		product.Mul(product, q.Price)
		if i > 0 {
			scale.Mul(scale, wad)
		}
	}
	return Quote{Price: product.Quo(product, scale)}, nil
}

func (c Chained) String() string {
	parts := make([]string, len(c.Steps))
	for i, s := range c.Steps {
		parts[i] = s.String()
	}
	return "chained(" + strings.Join(parts, " × ") + ")"
}
