package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

// historyKeep is how long fair-rate samples are kept: the longest growth
// window plus margin.
const historyKeep = 70 * day

// RedisState keeps the engine's durable state in Redis: the CAPO snapshot
// of each asset (hash <prefix>:capo:<SYMBOL>) and its fair-rate history
// (sorted set <prefix>:rate_history:<SYMBOL>, scored by block time). These
// keys have no TTL: they are state, not published data.
type RedisState struct {
	rdb    redis.Cmdable
	prefix string
}

// NewRedisState stores under prefix (e.g. "lrt:v1") in rdb, a
// *redis.Client or a *redis.ClusterClient.
func NewRedisState(rdb redis.Cmdable, prefix string) *RedisState {
	return &RedisState{rdb: rdb, prefix: strings.TrimSuffix(prefix, ":")}
}

func (s *RedisState) key(kind, symbol string) string { return s.prefix + ":" + kind + ":" + symbol }

// LoadCapo implements StateStore.
func (s *RedisState) LoadCapo(ctx context.Context, symbol string) (riskmath.CapoSnapshot, bool, error) {
	f, err := s.rdb.HGetAll(ctx, s.key("capo", symbol)).Result()
	if err != nil {
		return riskmath.CapoSnapshot{}, false, fmt.Errorf("load capo snapshot of %s: %w", symbol, err)
	}
	if len(f) == 0 {
		return riskmath.CapoSnapshot{}, false, nil
	}
	rate, ok := new(big.Int).SetString(f["snapshot_rate"], 10)
	at, err := strconv.ParseUint(f["snapshot_time"], 10, 64)
	if !ok || err != nil || rate.Sign() <= 0 {
		return riskmath.CapoSnapshot{}, false, fmt.Errorf("capo snapshot of %s in redis is malformed", symbol)
	}
	return riskmath.CapoSnapshot{Rate: rate, Time: at}, true, nil
}

// SaveCapo implements StateStore.
func (s *RedisState) SaveCapo(ctx context.Context, symbol string, snap riskmath.CapoSnapshot) error {
	err := s.rdb.HSet(ctx, s.key("capo", symbol), "snapshot_rate", snap.Rate.String(), "snapshot_time", snap.Time).Err()
	if err != nil {
		return fmt.Errorf("save capo snapshot of %s: %w", symbol, err)
	}
	return nil
}

// AddRateSample implements StateStore.
func (s *RedisState) AddRateSample(ctx context.Context, symbol string, at uint64, rate *big.Int) error {
	key := s.key("rate_history", symbol)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZAdd(ctx, key, redis.Z{Score: float64(at), Member: strconv.FormatUint(at, 10) + ":" + rate.String()})
		if at > historyKeep {
			p.ZRemRangeByScore(ctx, key, "-inf", "("+strconv.FormatUint(at-historyKeep, 10))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store rate sample of %s: %w", symbol, err)
	}
	return nil
}

// RateAtOrBefore implements StateStore.
func (s *RedisState) RateAtOrBefore(ctx context.Context, symbol string, t uint64) (uint64, *big.Int, bool, error) {
	res, err := s.rdb.ZRevRangeByScore(ctx, s.key("rate_history", symbol), &redis.ZRangeBy{
		Max: strconv.FormatUint(t, 10), Min: "-inf", Count: 1,
	}).Result()
	if err != nil {
		return 0, nil, false, fmt.Errorf("read rate history of %s: %w", symbol, err)
	}
	if len(res) == 0 {
		return 0, nil, false, nil
	}
	atStr, rateStr, ok := strings.Cut(res[0], ":")
	at, err := strconv.ParseUint(atStr, 10, 64)
	rate, okRate := new(big.Int).SetString(rateStr, 10)
	if !ok || err != nil || !okRate {
		return 0, nil, false, errors.New("rate history of " + symbol + " in redis is malformed")
	}
	return at, rate, true, nil
}

// checkpointKey holds the position book's checkpoint.
func (s *RedisState) checkpointKey() string { return s.prefix + ":book:checkpoint" }

// SaveCheckpoint stores the book's checkpoint; it has no TTL: a restart
// days later still resumes from it (and checks its block is canonical).
func (s *RedisState) SaveCheckpoint(ctx context.Context, data []byte) error {
	if err := s.rdb.Set(ctx, s.checkpointKey(), data, 0).Err(); err != nil {
		return fmt.Errorf("save book checkpoint: %w", err)
	}
	return nil
}

// LoadCheckpoint returns the stored checkpoint; ok is false when there is
// none.
func (s *RedisState) LoadCheckpoint(ctx context.Context) (data []byte, ok bool, err error) {
	data, err = s.rdb.Get(ctx, s.checkpointKey()).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("load book checkpoint: %w", err)
	}
	return data, true, nil
}

// namedCheckpointKey holds a lane's checkpoint.
func (s *RedisState) namedCheckpointKey(name string) string {
	return s.prefix + ":book:checkpoint:" + name
}

// SaveNamedCheckpoint stores a lane's checkpoint, without a TTL as the
// book's.
func (s *RedisState) SaveNamedCheckpoint(ctx context.Context, name string, data []byte) error {
	if err := s.rdb.Set(ctx, s.namedCheckpointKey(name), data, 0).Err(); err != nil {
		return fmt.Errorf("save %s checkpoint: %w", name, err)
	}
	return nil
}

// LoadNamedCheckpoint returns a lane's stored checkpoint; ok is false when
// there is none.
func (s *RedisState) LoadNamedCheckpoint(ctx context.Context, name string) (data []byte, ok bool, err error) {
	data, err = s.rdb.Get(ctx, s.namedCheckpointKey(name)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("load %s checkpoint: %w", name, err)
	}
	return data, true, nil
}
