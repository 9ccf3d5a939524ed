package lease

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

const (
	// MinTTL is the shortest accepted Config.TTL: a renewal every TTL/3 must
	// fit a Redis round trip with room to spare.
	MinTTL = time.Second
	// MaxTTL is the longest accepted Config.TTL: a leader that dies without
	// releasing blocks every other instance from sending for up to a TTL.
	MaxTTL = 10 * time.Minute
	// maxNameLen bounds Prefix, Shard and Instance.
	maxNameLen = 128
)

// Config names the lease and sets its time to live.
type Config struct {
	// Prefix starts the keys, e.g. "lrt:v1" (the daemon's Redis key prefix).
	Prefix string
	// Shard names the set of instances that elect one sender, e.g.
	// "mainnet". It becomes the Redis Cluster hash tag of the keys, so the
	// lease and its fence counter live in the same slot.
	Shard string
	// Instance names this process in the lease value. Empty means
	// DefaultInstance(). Two processes must not share one (the fencing
	// token still tells their terms apart, but logs would not).
	Instance string
	// TTL is how long the lease outlives its last renewal: the longest a
	// dead leader blocks the others. It is renewed every TTL/3.
	TTL time.Duration
}

// DefaultConfig returns a 10 s lease under "lrt:v1" for shard "default".
func DefaultConfig() Config {
	return Config{Prefix: "lrt:v1", Shard: "default", TTL: 10 * time.Second}
}

// DefaultInstance returns "<hostname>-<pid>", or "pid-<pid>" when the
// hostname is unknown.
func DefaultInstance() string {
	pid := strconv.Itoa(os.Getpid())
	host, err := os.Hostname()
	if err != nil || host == "" || strings.ContainsFunc(host, badNameRune) {
		return "pid-" + pid
	}
	return host + "-" + pid
}

// Key returns the lease key, "<prefix>:{<shard>}:lease".
func (c Config) Key() string { return c.Prefix + ":{" + c.Shard + "}:lease" }

// FenceKey returns the fence counter key, "<prefix>:{<shard>}:lease:fence".
func (c Config) FenceKey() string { return c.Key() + ":fence" }

// Check reports every invalid field of c, naming the field.
func (c Config) Check() error {
	var errs []error
	name := func(field, v string, required, hashTag bool) {
		switch {
		case v == "" && required:
			errs = append(errs, fmt.Errorf("%s is required", field))
		case len(v) > maxNameLen:
			errs = append(errs, fmt.Errorf("%s must be at most %d bytes, got %d", field, maxNameLen, len(v)))
		case strings.ContainsFunc(v, badNameRune):
			errs = append(errs, fmt.Errorf("%s must not contain spaces or control characters, got %q", field, v))
		case hashTag && strings.ContainsAny(v, "{}"):
			// A brace would move or break the {shard} hash tag.
			errs = append(errs, fmt.Errorf("%s must not contain '{' or '}', got %q", field, v))
		}
	}
	name("Prefix", c.Prefix, true, true)
	name("Shard", c.Shard, true, true)
	name("Instance", c.Instance, false, false)
	if c.TTL < MinTTL || c.TTL > MaxTTL {
		errs = append(errs, fmt.Errorf("TTL must be between %s and %s, got %s", MinTTL, MaxTTL, c.TTL))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid lease config: %w", errors.Join(errs...))
}

func badNameRune(r rune) bool { return r <= ' ' || r == 0x7f }
