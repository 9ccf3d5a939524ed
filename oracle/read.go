package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// ErrNoHead means Redis holds no head marker under the prefix: no daemon
// publishes there, or its keys expired after it stopped.
var ErrNoHead = errors.New("no head marker")

// scanBatch is the COUNT hint of the SCANs that list asset and market keys.
const scanBatch = 1000

// State is the published oracle at one block: the head marker and the asset
// and market hashes written with it, each as its fields by name.
type State struct {
	Head map[string]string
	// Assets by symbol, Markets by market id.
	Assets  map[string]map[string]string
	Markets map[common.Hash]map[string]string
}

// ReadState reads the head marker and the asset and market hashes of its
// block under prefix. It lists their keys with SCAN, then reads every hash
// in one MULTI/EXEC, so all are from the same block; a hash left from an
// older block (its asset or market no longer published, until its TTL) is
// left out. It returns ErrNoHead when there is no head. On a Redis Cluster
// the prefix must carry a hash tag (see NewPublisher).
func ReadState(ctx context.Context, rdb redis.Cmdable, prefix string) (*State, error) {
	prefix = strings.TrimSuffix(prefix, ":")
	assetKeys, err := scanKeys(ctx, rdb, prefix+":asset:")
	if err != nil {
		return nil, err
	}
	marketKeys, err := scanKeys(ctx, rdb, prefix+":market:")
	if err != nil {
		return nil, err
	}
	var head *redis.MapStringStringCmd
	assets := make([]*redis.MapStringStringCmd, len(assetKeys))
	markets := make([]*redis.MapStringStringCmd, len(marketKeys))
	_, err = rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		head = pipe.HGetAll(ctx, prefix+":"+HeadKey)
		for i, k := range assetKeys {
			assets[i] = pipe.HGetAll(ctx, k)
		}
		for i, k := range marketKeys {
			markets[i] = pipe.HGetAll(ctx, k)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read head, asset and market hashes: %w", err)
	}
	st := &State{
		Head:    head.Val(),
		Assets:  make(map[string]map[string]string, len(assets)),
		Markets: make(map[common.Hash]map[string]string, len(markets)),
	}
	block, ok := st.Head["block"]
	if !ok {
		return nil, fmt.Errorf("%w at %s:%s", ErrNoHead, prefix, HeadKey)
	}
	for i, k := range assetKeys {
		if f := assets[i].Val(); f["block"] == block {
			st.Assets[strings.TrimPrefix(k, prefix+":asset:")] = f
		}
	}
	for i, k := range marketKeys {
		id := strings.TrimPrefix(k, prefix+":market:")
		if f := markets[i].Val(); f["block"] == block && isHash(id) {
			st.Markets[common.HexToHash(id)] = f
		}
	}
	return st, nil
}

// scanKeys lists the keys that start with prefix. SCAN lists one server's
// keys, so on a Redis Cluster it scans every master.
func scanKeys(ctx context.Context, rdb redis.Cmdable, prefix string) ([]string, error) {
	cluster, ok := rdb.(*redis.ClusterClient)
	if !ok {
		return scanNode(ctx, rdb, prefix)
	}
	var (
		mu   sync.Mutex
		keys []string
	)
	err := cluster.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
		found, err := scanNode(ctx, node, prefix)
		mu.Lock()
		defer mu.Unlock()
		keys = append(keys, found...)
		return err
	})
	if err != nil {
		return nil, err
	}
	// A key of a slot moving between masters may show on both.
	slices.Sort(keys)
	return slices.Compact(keys), nil
}

// scanNode lists the keys of one server that start with prefix.
func scanNode(ctx context.Context, rdb redis.Cmdable, prefix string) ([]string, error) {
	var keys []string
	iter := rdb.Scan(ctx, 0, globEscape(prefix)+"*", scanBatch).Iterator()
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		return nil, fmt.Errorf("list keys %s*: %w", prefix, err)
	}
	return keys, nil
}

// globEscape quotes the characters SCAN's MATCH pattern treats specially.
func globEscape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune(`*?[]\`, c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// isHash reports whether s is a 0x-prefixed 32-byte hex id.
func isHash(s string) bool {
	if len(s) != 2+2*common.HashLength || !strings.HasPrefix(s, "0x") {
		return false
	}
	for _, c := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// ClosePosition is a position found through its market's liquidation-price
// set: the member, its score and its record.
type ClosePosition struct {
	Market common.Hash
	// Borrower is the member: lower-case hex, as in the record hash.
	Borrower string
	// Score is the liquidation price in loan tokens per whole collateral
	// token, rounded up to within 1.4e-15 (see docs/oracle-schema.md).
	Score float64
	// Record is the position record, its fields by name.
	Record map[string]string
}

// ReadClosestToLiquidation returns, for each of markets, up to n positions
// with the highest liquidation prices, highest first: at the market's one
// oracle price, the positions closest to liquidation. It reads the top of
// each market's liquidation-price set (ZREVRANGE) and then those
// positions' records (HMGET), each step one pipelined round trip for all
// markets, never a whole book. A member whose record is gone (its
// position closed between the two reads) is left out.
func ReadClosestToLiquidation(ctx context.Context, rdb redis.Cmdable, prefix string, markets []common.Hash, n int) (map[common.Hash][]ClosePosition, error) {
	out := make(map[common.Hash][]ClosePosition, len(markets))
	if n <= 0 || len(markets) == 0 {
		return out, nil
	}
	prefix = strings.TrimSuffix(prefix, ":")
	tops := make([]*redis.ZSliceCmd, len(markets))
	_, err := rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		for i, m := range markets {
			tops[i] = pipe.ZRevRangeWithScores(ctx, prefix+":"+LiqPriceKey+":"+m.Hex(), 0, int64(n-1))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read liquidation-price sets: %w", err)
	}
	records := make([]*redis.SliceCmd, len(markets))
	_, err = rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		for i, m := range markets {
			members := tops[i].Val()
			if len(members) == 0 {
				continue
			}
			fields := make([]string, len(members))
			for j, z := range members {
				fields[j], _ = z.Member.(string)
			}
			records[i] = pipe.HMGet(ctx, prefix+":"+PositionsKey+":"+m.Hex(), fields...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read position records: %w", err)
	}
	for i, m := range markets {
		if records[i] == nil {
			continue
		}
		members, values := tops[i].Val(), records[i].Val()
		for j, z := range members {
			raw, ok := values[j].(string)
			if !ok {
				continue // closed since the set was read
			}
			var rec map[string]string
			if err := json.Unmarshal([]byte(raw), &rec); err != nil {
				return nil, fmt.Errorf("decode position %v of market %s: %w", z.Member, m.Hex(), err)
			}
			borrower, _ := z.Member.(string)
			out[m] = append(out[m], ClosePosition{Market: m, Borrower: borrower, Score: z.Score, Record: rec})
		}
	}
	return out, nil
}
