package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"time"
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
}

// DefaultConfig returns settings suitable for Ethereum mainnet.
func DefaultConfig() Config {
	return Config{
		NumConfirmations:     1,
		ReceiptQueryInterval: time.Second,
		ResubmitInterval:     24 * time.Second,
		NetworkTimeout:       10 * time.Second,
		SendTimeout:          3 * time.Minute,
		FeeBumpPct:           15,
		FeeLimitMultiplier:   5,
		MinTipCap:            big.NewInt(1_000_000_000), // 1 gwei
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
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid txmgr config: %w", errors.Join(errs...))
}
