package lease

import (
	"context"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// ErrPrefixClaimed is returned, wrapped, by ClaimPrefix when another shard
// claimed the key prefix: a configuration error.
var ErrPrefixClaimed = errors.New("key prefix claimed by another shard")

// claimScript sets KEYS[1] to ARGV[1] unless it is set, and returns its
// value: ARGV[1] when the claim is (or was already) ours.
var claimScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then
  return v
end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]
`)

// ClaimPrefix claims cfg.Prefix for cfg.Shard in Redis, at ClaimKey, with
// no expiry, or confirms an earlier claim of the same shard (a restart, the
// shard's other instances). Two shards must not share a prefix: their head
// markers, streams and book checkpoints would overwrite each other, and
// their leases would not exclude each other. When another shard holds the
// claim, it returns ErrPrefixClaimed, wrapped with what to do.
func ClaimPrefix(ctx context.Context, rdb redis.Scripter, cfg Config) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	key := cfg.ClaimKey()
	owner, err := claimScript.Run(ctx, rdb, []string{key}, cfg.Shard).Text()
	if err != nil {
		return fmt.Errorf("failed to claim key prefix %q at %s: %w", cfg.Prefix, key, err)
	}
	if owner != cfg.Shard {
		return fmt.Errorf("%w: redis.key_prefix %q belongs to leader.shard %q (Redis key %s), not %q: "+
			"each shard needs its own redis.key_prefix; if shard %q was renamed to %q, stop its instances and run DEL %s",
			ErrPrefixClaimed, cfg.Prefix, owner, key, cfg.Shard, owner, cfg.Shard, key)
	}
	return nil
}
