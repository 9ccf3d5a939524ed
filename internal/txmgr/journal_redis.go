package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/redis/go-redis/v9"
)

// RecordRetention is how long RedisJournal keeps a record once it is no
// longer pending. Pending records never expire.
const RecordRetention = 7 * 24 * time.Hour

// RedisJournal is a Journal in Redis: one hash per transaction at
// "<prefix>:tx:<hash>" and the set of pending hashes at
// "<prefix>:tx:pending".
type RedisJournal struct {
	rdb    redis.UniversalClient
	prefix string
}

var _ Journal = (*RedisJournal)(nil)

// NewRedisJournal returns a Journal storing records under prefix in rdb.
func NewRedisJournal(rdb redis.UniversalClient, prefix string) *RedisJournal {
	return &RedisJournal{rdb: rdb, prefix: prefix}
}

func (j *RedisJournal) txKey(h common.Hash) string { return j.prefix + ":tx:" + h.Hex() }
func (j *RedisJournal) pendingKey() string         { return j.prefix + ":tx:pending" }

// Record fields in Redis.
const (
	fHash     = "hash"
	fNonce    = "nonce"
	fFrom     = "from"
	fTo       = "to"
	fPurpose  = "purpose"
	fPosition = "position"
	fStatus   = "status"
	fTipCap   = "tip_cap"
	fFeeCap   = "fee_cap"
	fGasLimit = "gas_limit"
	fMaxCost  = "max_cost"
	fCancel   = "cancel"
	fRaw      = "raw"
	fTime     = "time"
)

// Save implements Journal. The record and the pending set change in one
// MULTI/EXEC transaction.
func (j *RedisJournal) Save(ctx context.Context, r Record) error {
	to := ""
	if r.To != nil {
		to = r.To.Hex()
	}
	fields := map[string]any{
		fHash:     r.Hash.Hex(),
		fNonce:    strconv.FormatUint(r.Nonce, 10),
		fFrom:     r.From.Hex(),
		fTo:       to,
		fPurpose:  r.Purpose,
		fPosition: r.Position,
		fStatus:   string(r.Status),
		fTipCap:   bigString(r.TipCap),
		fFeeCap:   bigString(r.FeeCap),
		fGasLimit: strconv.FormatUint(r.GasLimit, 10),
		fMaxCost:  bigString(r.MaxCost),
		fCancel:   strconv.FormatBool(r.Cancel),
		fRaw:      hexutil.Encode(r.Raw),
		fTime:     r.Time.UTC().Format(time.RFC3339Nano),
	}
	key := j.txKey(r.Hash)
	_, err := j.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, fields)
		if r.Status == StatusPending {
			p.Persist(ctx, key)
			p.SAdd(ctx, j.pendingKey(), r.Hash.Hex())
		} else {
			p.Expire(ctx, key, RecordRetention)
			p.SRem(ctx, j.pendingKey(), r.Hash.Hex())
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("failed to save tx record %s: %w", r.Hash, err)
	}
	return nil
}

// Pending implements Journal. Records come ordered by nonce, then time.
func (j *RedisJournal) Pending(ctx context.Context) ([]Record, error) {
	hashes, err := j.rdb.SMembers(ctx, j.pendingKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("failed to list pending tx records: %w", err)
	}
	if len(hashes) == 0 {
		return nil, nil
	}
	cmds := make([]*redis.MapStringStringCmd, len(hashes))
	_, err = j.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, h := range hashes {
			cmds[i] = p.HGetAll(ctx, j.txKey(common.HexToHash(h)))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("failed to read pending tx records: %w", err)
	}
	out := make([]Record, 0, len(hashes))
	for i, cmd := range cmds {
		m := cmd.Val()
		if len(m) == 0 {
			continue // listed but gone: nothing to resume
		}
		r, err := parseRecord(m)
		if err != nil {
			return nil, fmt.Errorf("tx record %s: %w", hashes[i], err)
		}
		if r.Status == StatusPending {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Nonce != out[b].Nonce {
			return out[a].Nonce < out[b].Nonce
		}
		return out[a].Time.Before(out[b].Time)
	})
	return out, nil
}

func parseRecord(m map[string]string) (Record, error) {
	var (
		r    Record
		errs []error
	)
	num := func(field string) uint64 {
		v, err := strconv.ParseUint(m[field], 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("field %s: %w", field, err))
		}
		return v
	}
	bigField := func(field string) *big.Int {
		if m[field] == "" {
			return nil
		}
		v, ok := new(big.Int).SetString(m[field], 10)
		if !ok {
			errs = append(errs, fmt.Errorf("field %s: not an integer", field))
		}
		return v
	}
	r.Hash = common.HexToHash(m[fHash])
	r.Nonce = num(fNonce)
	r.From = common.HexToAddress(m[fFrom])
	if to := m[fTo]; to != "" {
		a := common.HexToAddress(to)
		r.To = &a
	}
	r.Purpose = m[fPurpose]
	r.Position = m[fPosition]
	r.Status = Status(m[fStatus])
	r.TipCap = bigField(fTipCap)
	r.FeeCap = bigField(fFeeCap)
	r.GasLimit = num(fGasLimit)
	r.MaxCost = bigField(fMaxCost)
	r.Cancel = m[fCancel] == "true"
	raw, err := hexutil.Decode(m[fRaw])
	if err != nil {
		errs = append(errs, fmt.Errorf("field %s: %w", fRaw, err))
	}
	r.Raw = raw
	t, err := time.Parse(time.RFC3339Nano, m[fTime])
	if err != nil {
		errs = append(errs, fmt.Errorf("field %s: %w", fTime, err))
	}
	r.Time = t
	return r, errors.Join(errs...)
}

func bigString(x *big.Int) string {
	if x == nil {
		return ""
	}
	return x.String()
}
