package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// MinFeeBumpPct is the smallest accepted Config.FeeBumpPct. Geth's txpool
// refuses replacements that raise the fees by less than 10%.
const MinFeeBumpPct = 10

// Config tunes the transaction manager. The daemon's YAML config is mapped onto
// it; Check validates it.
type Config struct {
	// NumConfirmations is how many blocks (including the one holding the tx)
	// must exist before Send returns the receipt. 1 means "mined".
	NumConfirmations uint64
	// ReceiptQueryInterval is how often the sent hashes are polled for receipts.
	ReceiptQueryInterval time.Duration
	// ResubmitInterval is how long a tx may stay unmined before it is re-signed
	// with bumped fees.
	ResubmitInterval time.Duration
	// ResubmitBlocks, when not 0, also re-signs a tx with bumped fees once
	// this many blocks have passed since its last attempt without it being
	// mined: a chain's own clock, whatever its block time.
	ResubmitBlocks uint64
	// NetworkTimeout bounds every single RPC call.
	NetworkTimeout time.Duration
	// SendTimeout bounds a whole Send, from gas estimation to confirmation.
	SendTimeout time.Duration
	// FeeBumpPct is the percentage by which tip and fee cap grow on each bump.
	FeeBumpPct uint64
	// FeeLimitMultiplier caps every fee cap at this multiple of the first fee
	// cap of the same Send.
	FeeLimitMultiplier uint64
	// MinTipCap is the smallest tip (wei) ever offered; nil means zero.
	MinTipCap *big.Int

	// Simulate runs every candidate through eth_call at the latest block
	// before signing it, and again at each resubmission: a pending tx that
	// would now revert is cancelled, and one whose nonce another sender took
	// is re-sent once at a new nonce if it still simulates. Off, only
	// candidates without a GasLimit are checked, by their gas estimate.
	Simulate bool
	// GasMarginPct is added to estimated gas limits (not to
	// Candidate.GasLimit); 0 means none.
	GasMarginPct uint64
	// CancelAfter cancels a transaction whose fee bump has been capped (by
	// FeeLimitMultiplier or Candidate.MaxCost) for this long without it being
	// mined; 0 never cancels for that reason. A cancellation is a zero-value
	// self-transfer at the same nonce (21000 gas) paying at least FeeBumpPct
	// more than the last attempt; it is not bound by the fee limits.
	CancelAfter time.Duration
	// MaxInFlight bounds concurrent Sends, from simulation to confirmation;
	// more wait for a slot (or their context). Transactions Resume tracks do
	// not count. 0 means unlimited.
	MaxInFlight int
	// DryRun simulates and estimates every candidate, logs it and returns
	// ErrDryRun: nothing is signed or sent.
	DryRun bool
	// Private, when its URL is set, sends signed transactions to a private
	// endpoint instead of the public node.
	Private PrivateConfig
	// ErrorABIs decode custom errors in revert data (after
	// Candidate.ErrorABIs). Not part of the YAML config.
	ErrorABIs []*abi.ABI
}

// Private submission methods, the values of PrivateConfig.Method.
const (
	PrivateMethodRawTx  = "eth_sendRawTransaction"
	PrivateMethodBundle = "eth_sendBundle"
)

// PrivateConfig is a private transaction endpoint (a builder or relay RPC).
type PrivateConfig struct {
	// URL is the JSON-RPC over HTTP(S) endpoint; empty means public sending.
	// It may carry credentials (user:password@, a key in the path or query),
	// so only its host is ever logged.
	URL string
	// Method is PrivateMethodRawTx (the default when empty) or
	// PrivateMethodBundle, which sends a one-tx bundle for the next block and
	// re-sends it for each new block while the tx is pending.
	Method string
	// FallbackBlocks is how many blocks a tx may stay unmined before it is
	// also broadcast through the public node; 0 never falls back.
	FallbackBlocks uint64
}

// Enabled reports whether transactions go to the private endpoint.
func (p PrivateConfig) Enabled() bool { return p.URL != "" }

func (p PrivateConfig) method() string {
	if p.Method == "" {
		return PrivateMethodRawTx
	}
	return p.Method
}

// check validates p. Its messages never quote the URL: it may hold secrets.
func (p PrivateConfig) check() []error {
	if !p.Enabled() {
		if p.Method != "" || p.FallbackBlocks != 0 {
			return []error{errors.New("Private.Method and Private.FallbackBlocks need Private.URL")}
		}
		return nil
	}
	var errs []error
	u, err := url.Parse(p.URL)
	switch {
	case err != nil || u.Host == "":
		errs = append(errs, errors.New("Private.URL is not a valid absolute URL"))
	case u.Scheme != "http" && u.Scheme != "https":
		errs = append(errs, fmt.Errorf("Private.URL must use http or https, got %q", u.Scheme))
	}
	if m := p.method(); m != PrivateMethodRawTx && m != PrivateMethodBundle {
		errs = append(errs, fmt.Errorf("Private.Method must be %s or %s, got %q", PrivateMethodRawTx, PrivateMethodBundle, p.Method))
	}
	return errs
}

// maxGasMarginPct bounds GasMarginPct: a larger margin is a typo.
const maxGasMarginPct = 1000

// DefaultConfig returns settings suitable for Ethereum mainnet. They are
// the daemon's defaults too: the config's tx section starts from them.
func DefaultConfig() Config {
	return Config{
		NumConfirmations:     1,
		ReceiptQueryInterval: time.Second,
		ResubmitInterval:     30 * time.Second,
		ResubmitBlocks:       2,
		NetworkTimeout:       10 * time.Second,
		SendTimeout:          3 * time.Minute,
		FeeBumpPct:           MinFeeBumpPct,
		FeeLimitMultiplier:   5,
		MinTipCap:            big.NewInt(1_000_000_000), // 1 gwei
		Simulate:             true,
		GasMarginPct:         20,
		CancelAfter:          time.Minute,
		MaxInFlight:          8,
	}
}

// Check reports every invalid field of c, naming the field.
func (c Config) Check() error {
	var errs []error
	if c.NumConfirmations == 0 {
		errs = append(errs, errors.New("NumConfirmations must be at least 1"))
	}
	durations := []struct {
		name string
		d    time.Duration
	}{
		{"ReceiptQueryInterval", c.ReceiptQueryInterval},
		{"ResubmitInterval", c.ResubmitInterval},
		{"NetworkTimeout", c.NetworkTimeout},
		{"SendTimeout", c.SendTimeout},
	}
	for _, d := range durations {
		if d.d <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive, got %s", d.name, d.d))
		}
	}
	if c.FeeBumpPct < MinFeeBumpPct {
		errs = append(errs, fmt.Errorf("FeeBumpPct must be at least %d, got %d", MinFeeBumpPct, c.FeeBumpPct))
	}
	if c.FeeLimitMultiplier < 1 {
		errs = append(errs, fmt.Errorf("FeeLimitMultiplier must be at least 1, got %d", c.FeeLimitMultiplier))
	}
	if c.MinTipCap != nil && c.MinTipCap.Sign() < 0 {
		errs = append(errs, fmt.Errorf("MinTipCap must not be negative, got %s", c.MinTipCap))
	}
	if c.SendTimeout > 0 && c.ReceiptQueryInterval > 0 && c.ReceiptQueryInterval >= c.SendTimeout {
		errs = append(errs, fmt.Errorf("ReceiptQueryInterval (%s) must be shorter than SendTimeout (%s)", c.ReceiptQueryInterval, c.SendTimeout))
	}
	if c.GasMarginPct > maxGasMarginPct {
		errs = append(errs, fmt.Errorf("GasMarginPct must be at most %d, got %d", maxGasMarginPct, c.GasMarginPct))
	}
	if c.CancelAfter < 0 {
		errs = append(errs, fmt.Errorf("CancelAfter must not be negative, got %s", c.CancelAfter))
	}
	if c.CancelAfter > 0 && c.SendTimeout > 0 && c.CancelAfter >= c.SendTimeout {
		errs = append(errs, fmt.Errorf("CancelAfter (%s) must be shorter than SendTimeout (%s)", c.CancelAfter, c.SendTimeout))
	}
	if c.MaxInFlight < 0 {
		errs = append(errs, fmt.Errorf("MaxInFlight must not be negative, got %d", c.MaxInFlight))
	}
	for i, a := range c.ErrorABIs {
		if a == nil {
			errs = append(errs, fmt.Errorf("ErrorABIs[%d] is nil", i))
		}
	}
	errs = append(errs, c.Private.check()...)
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid txmgr config: %w", errors.Join(errs...))
}
