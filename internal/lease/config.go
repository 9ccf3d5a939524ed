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
	// It may hold one hash tag, e.g. "lrt:{eth-a}" for Redis Cluster: the
	// first {...} of a key is its tag, so every key under the prefix, the
	// lease's included, then hashes to the tag's slot.
	Prefix string
	// Shard names the set of instances that elect one sender, e.g.
	// "mainnet". Under a prefix without a hash tag it is the keys' tag, so
	// the lease and its fence counter still live in the same slot.
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

// ClaimKey returns the key that claims the prefix for one shard,
// "<prefix>:shard" (see ClaimPrefix).
func (c Config) ClaimKey() string { return c.Prefix + ":shard" }

// Check reports every invalid field of c, naming the field.
func (c Config) Check() error {
	var errs []error
	name := func(field, v string, required bool) bool {
		switch {
		case v == "" && required:
			errs = append(errs, fmt.Errorf("%s is required", field))
		case len(v) > maxNameLen:
			errs = append(errs, fmt.Errorf("%s must be at most %d bytes, got %d", field, maxNameLen, len(v)))
		case strings.ContainsFunc(v, badNameRune):
			errs = append(errs, fmt.Errorf("%s must not contain spaces or control characters, got %q", field, v))
		default:
			return true
		}
		return false
	}
	if name("Prefix", c.Prefix, true) {
		if _, err := HashTag(c.Prefix); err != nil {
			errs = append(errs, fmt.Errorf("Prefix %w", err))
		}
	}
	// A brace in the shard would move or break its {shard} tag.
	if name("Shard", c.Shard, true) && strings.ContainsAny(c.Shard, "{}") {
		errs = append(errs, fmt.Errorf("Shard must not contain '{' or '}', got %q", c.Shard))
	}
	name("Instance", c.Instance, false)
	if c.TTL < MinTTL || c.TTL > MaxTTL {
		errs = append(errs, fmt.Errorf("TTL must be between %s and %s, got %s", MinTTL, MaxTTL, c.TTL))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid lease config: %w", errors.Join(errs...))
}

func badNameRune(r rune) bool { return r <= ' ' || r == 0x7f }

// HashTag returns the Redis Cluster hash tag of a key prefix: "eth-a" for
// "lrt:{eth-a}", "" for a prefix without braces. Redis Cluster hashes a
// key on the text between its first '{' and the next '}', when that text is
// not empty, so every key that starts with a tagged prefix lands in the
// tag's slot and one MULTI/EXEC or script may span them. Any other use of
// braces is an error: an empty tag ("{}") or an unbalanced brace lets the
// keys under the prefix hash apart, and a second pair misleads a reader
// (only the first counts).
func HashTag(prefix string) (string, error) {
	open, end := strings.IndexByte(prefix, '{'), strings.IndexByte(prefix, '}')
	switch {
	case open < 0 && end < 0:
		return "", nil
	case strings.Count(prefix, "{") != 1 || strings.Count(prefix, "}") != 1 || end < open:
		return "", fmt.Errorf("must hold one hash tag {tag} and no other brace, got %q", prefix)
	case end == open+1:
		return "", fmt.Errorf("must not hold an empty hash tag {}, which Redis Cluster ignores, got %q", prefix)
	}
	return prefix[open+1 : end], nil
}
