package oracle

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

// UpdatesChannel gets one JSON message after each published snapshot.
const UpdatesChannel = "updates"

// StreamKey holds the history of snapshots (XADD, trimmed to a length).
const StreamKey = "stream"

// HeadKey is the per-block marker: a hash written after everything else of
// a block, in one MULTI/EXEC with the asset and market hashes.
const HeadKey = "head"

// LiqPriceKey prefixes the per-market sorted sets of liquidation prices.
const LiqPriceKey = "liqprice"

// PositionsKey prefixes the per-market hashes of position records: field
// the borrower (lower-case hex), value a JSON object of strings.
const PositionsKey = "positions"

// writeTokenKey holds the token of the write in flight. The marker commits
// only if it still holds that token: a Redis that restarted (and lost the
// first chunks) in the middle of a write makes the write fail and retry
// instead of committing a marker over missing records.
const writeTokenKey = "writing"

// writeTokenTTL outlives any write (a million positions take seconds); the
// marker deletes the token, so it only lingers after a crash.
const writeTokenTTL = time.Hour

// ErrWriteInterrupted means Redis lost part of a write before its marker
// (it restarted or was flushed meanwhile); the write is retried whole.
var ErrWriteInterrupted = errors.New("redis lost part of the write before its marker")

// PublisherMetrics observes publishing.
type PublisherMetrics interface {
	SnapshotPublished(ok bool, took time.Duration)
}

// Publisher writes snapshots to Redis. A snapshot's position records go
// first, pipelined in chunks; then one MULTI/EXEC writes the marker
// (HeadKey), the asset and market hashes and the stream entry; then the
// update message goes out. A failed write is retried with back-off; a newer
// snapshot offered meanwhile supersedes it but inherits the position
// changes it would have written, so nothing an unwritten snapshot changed
// is lost (see batch).
type Publisher struct {
	log     zerolog.Logger
	rdb     redis.UniversalClient
	prefix  string
	ttl     time.Duration
	maxLen  int64
	metrics PublisherMetrics
	// Alerts, when set before Run, raises redis_down when a write fails
	// and resolves it when one succeeds again; nil only logs.
	Alerts AlertConditions

	inboxMu sync.Mutex
	inbox   []*Snapshot
	wake    chan struct{}

	mu       sync.Mutex // serialises writes
	chunks   []*chunk   // the position writer's pipelines and arenas
	down     bool
	needFull atomic.Bool
	// written is set by the first snapshot written: before it, a full
	// snapshot is a first write, not a recovery.
	written atomic.Bool
	nonce   string // tells this publisher's write tokens apart
	attempt uint64 // numbers its write tokens
}

// NewPublisher writes under prefix (e.g. "lrt:v1") with keys expiring after
// ttl, keeping about streamMaxLen entries of history in the stream. A
// position record gets ttl each time it is written, so the book's refresh
// interval must be shorter (the config holds it to half). On a Redis
// Cluster (rdb a *redis.ClusterClient) the prefix must carry a hash tag,
// e.g. "lrt:{eth-a}": the marker's MULTI/EXEC spans the prefix's keys.
func NewPublisher(log zerolog.Logger, rdb redis.UniversalClient, prefix string, ttl time.Duration, streamMaxLen int64, m PublisherMetrics) *Publisher {
	var nonce [6]byte
	_, _ = rand.Read(nonce[:]) // crypto/rand.Read never fails
	p := &Publisher{
		log:     log.With().Str("component", "publisher").Logger(),
		rdb:     rdb,
		prefix:  strings.TrimSuffix(prefix, ":"),
		ttl:     ttl,
		maxLen:  max(streamMaxLen, 1),
		metrics: m,
		wake:    make(chan struct{}, 1),
		nonce:   hex.EncodeToString(nonce[:]),
	}
	p.needFull.Store(true) // nothing written yet
	return p
}

// NeedsFull reports whether Redis lacks position records the publisher
// wrote before (it restarted empty, or was flushed), or nothing was written
// yet: the next snapshot offered should be Full. A Full snapshot written
// clears it.
func (p *Publisher) NeedsFull() bool { return p.needFull.Load() }

// HasWritten reports whether this publisher has written a snapshot: a
// full one asked for before is its first, not Redis losing data.
func (p *Publisher) HasWritten() bool { return p.written.Load() }

// Offer queues snap for publishing; snap must not change afterwards. It
// never blocks: a snapshot not yet written when a newer one arrives is
// superseded by it, its position changes carried over.
func (p *Publisher) Offer(snap *Snapshot) {
	p.inboxMu.Lock()
	p.inbox = append(p.inbox, snap)
	p.inboxMu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// takeOffered merges the offered snapshots into b (nil for none pending).
func (p *Publisher) takeOffered(b *batch) *batch {
	p.inboxMu.Lock()
	snaps := p.inbox
	p.inbox = nil
	p.inboxMu.Unlock()
	for _, s := range snaps {
		b = supersede(b, s)
	}
	return b
}

// Run publishes offered snapshots until ctx ends.
func (p *Publisher) Run(ctx context.Context) error {
	// Short enough that a restarted Redis gets a fresh snapshot within a
	// couple of blocks; a dead one costs one failed write per back-off.
	const maxBackoff = 2 * time.Second
	backoff := 200 * time.Millisecond
	var retry *batch
	for {
		if retry != nil {
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return p.flush(ctx, retry)
			case <-p.wake: // a newer snapshot supersedes the failed one
				t.Stop()
			case <-t.C:
			}
		} else {
			select {
			case <-ctx.Done():
				return p.flush(ctx, nil)
			case <-p.wake:
			}
		}
		b := p.takeOffered(retry)
		if b == nil {
			continue
		}
		start := time.Now()
		err := p.write(ctx, b)
		p.metrics.SnapshotPublished(err == nil, time.Since(start))
		if err == nil {
			if p.down {
				p.log.Info().Uint64("block", b.snap.Block.Number).Msg("redis back, snapshot republished")
				p.redisDown(false, b.snap.Block.Number, nil)
			}
			p.down, retry, backoff = false, nil, 200*time.Millisecond
			continue
		}
		if ctx.Err() != nil { // stopped mid-write: one last try on its own deadline
			return p.flush(ctx, b)
		}
		if !p.down {
			// One alert per outage, not one per block.
			p.redisDown(true, b.snap.Block.Number, err)
		}
		p.down, retry = true, b
		backoff = min(backoff*2, maxBackoff)
	}
}

// flushTimeout bounds the last write at shutdown.
const flushTimeout = 5 * time.Second

// flush writes, once, the snapshot not yet written when Run's context
// ended (retry merged with anything offered since), so a stopped daemon
// leaves Redis at its last block. A failure is logged: the next start
// rewrites everything anyway.
func (p *Publisher) flush(ctx context.Context, retry *batch) error {
	b := p.takeOffered(retry)
	if b == nil {
		return nil
	}
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flushTimeout)
	defer cancel()
	start := time.Now()
	err := p.write(fctx, b)
	p.metrics.SnapshotPublished(err == nil, time.Since(start))
	if err != nil {
		p.log.Warn().Err(err).Uint64("block", b.snap.Block.Number).Msg("last snapshot not flushed to redis")
		return nil
	}
	p.log.Info().Uint64("block", b.snap.Block.Number).Msg("last snapshot flushed to redis")
	return nil
}

// AlertConditions raises condition alerts; alerts.Alerts is one.
type AlertConditions interface {
	Condition(kind, key string, severity alerts.Severity, fire, clear bool, fields func(*zerolog.Event) *zerolog.Event)
}

// redisDown raises (down) or resolves the redis_down alert.
func (p *Publisher) redisDown(down bool, block uint64, err error) {
	fields := func(e *zerolog.Event) *zerolog.Event {
		e = e.Uint64("block", block)
		if err != nil {
			e = e.AnErr("reason", err)
		}
		return e
	}
	if p.Alerts == nil {
		if down {
			fields(p.log.Error().Str("alert", alerts.RedisDown).Str("severity", alerts.Critical.String())).Msg("redis publish failed, retrying")
		}
		return
	}
	p.Alerts.Condition(alerts.RedisDown, "", alerts.Critical, down, !down, fields)
}

// Publish writes snap now.
func (p *Publisher) Publish(ctx context.Context, snap *Snapshot) error {
	return p.write(ctx, supersede(nil, snap))
}

// write writes b: its position records in chunks, then the marker, then the
// update message.
func (p *Publisher) write(ctx context.Context, b *batch) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	snap := b.snap
	p.attempt++
	token := p.nonce + ":" + strconv.FormatUint(p.attempt, 10)
	w := newPositionWriter(p, b, token)
	if err := w.run(ctx); err != nil {
		return fmt.Errorf("write positions of block %d: %w", snap.Block.Number, err)
	}
	lost, err := p.writeMarker(ctx, b, w, token)
	if err != nil {
		return fmt.Errorf("write marker of block %d: %w", snap.Block.Number, err)
	}
	p.written.Store(true)
	switch {
	case b.full:
		p.needFull.Store(false)
	case lost && !p.needFull.Swap(true):
		p.log.Warn().Uint64("block", snap.Block.Number).
			Msg("redis lost the previous blocks' records, a full snapshot is needed")
	}
	msg, err := json.Marshal(updateMessage(b, w.written))
	if err != nil {
		return fmt.Errorf("encode update message: %w", err)
	}
	if err := p.rdb.Publish(ctx, p.key(UpdatesChannel), msg).Err(); err != nil {
		return fmt.Errorf("publish update of block %d: %w", snap.Block.Number, err)
	}
	return nil
}

// writeMarker commits the block: in one MULTI/EXEC the asset and market
// hashes, the liquidation-price sets' TTL (and, after a full write, the
// rebuilt sets), the head marker and the stream entry. It runs only if the
// write token set by the first chunk is still there (WATCHed, so a restart
// before EXEC aborts it too). lost reports that the previous marker was
// missing: Redis lost earlier records.
func (p *Publisher) writeMarker(ctx context.Context, b *batch, w *positionWriter, token string) (lost bool, err error) {
	snap := b.snap
	now := snap.UpdatedAt.UnixMilli()
	meta := map[string]any{
		"block":          snap.Block.Number,
		"block_hash":     snap.Block.Hash.Hex(),
		"updated_at":     now,
		"schema_version": SchemaVersion,
	}
	// Each hash's fields are formatted once and serve the stream entry too.
	assetF := make([]map[string]any, len(snap.Assets))
	for i, a := range snap.Assets {
		assetF[i] = assetFields(a, snap.Block.Time)
	}
	marketF := make([]map[string]any, len(snap.Markets))
	for i, m := range snap.Markets {
		marketF[i] = marketFields(m)
	}
	history, err := json.Marshal(historyEntry(snap, assetF, marketF))
	if err != nil {
		return false, fmt.Errorf("encode history entry: %w", err)
	}
	head := map[string]any{
		"positions_written": w.written,
		"full":              b.full,
	}
	if b.full {
		head["full_block"] = b.fullBlock
	}
	tokenKey, headKey := p.key(writeTokenKey), p.key(HeadKey)
	err = p.rdb.Watch(ctx, func(tx *redis.Tx) error {
		pipe := tx.Pipeline()
		got := pipe.Get(ctx, tokenKey)
		prev := pipe.Exists(ctx, headKey)
		if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
			return err
		}
		if got.Val() != token {
			return ErrWriteInterrupted
		}
		lost = prev.Val() == 0
		_, err := tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
			for i, a := range snap.Assets {
				p.replace(ctx, pipe, p.key("asset", a.Symbol), assetF[i], meta)
			}
			for i, m := range snap.Markets {
				p.replace(ctx, pipe, p.key("market", m.ID.Hex()), marketF[i], meta)
			}
			for _, m := range b.markets {
				live, records := p.liqKey(m.idHex), p.positionsKey(m.idHex)
				if b.rebuild[m.id] {
					// UNLINK frees the old keys off Redis's main thread;
					// RENAME over them would free them inline (~50 ms
					// for 30,000 members).
					pipe.Unlink(ctx, live, records)
					if w.staged[m.id] {
						pipe.Rename(ctx, p.stagingKey(m.idHex), live)
					}
					if w.stagedRecords[m.id] {
						pipe.Rename(ctx, p.stagingPositionsKey(m.idHex), records)
					}
				}
				pipe.PExpire(ctx, live, p.ttl)
				pipe.PExpire(ctx, records, p.ttl)
			}
			for k, v := range meta {
				head[k] = v
			}
			pipe.HSet(ctx, headKey, head)
			pipe.PExpire(ctx, headKey, p.ttl)
			pipe.Del(ctx, tokenKey)
			pipe.XAdd(ctx, &redis.XAddArgs{
				Stream: p.key(StreamKey), MaxLen: p.maxLen, Approx: true,
				Values: map[string]any{
					"block": snap.Block.Number, "block_hash": snap.Block.Hash.Hex(), "updated_at": now,
					"schema_version": SchemaVersion, "snapshot": history,
				},
			})
			return nil
		})
		return err
	}, tokenKey)
	return lost, err
}

// replace writes a whole hash: its fields may differ from the last block's
// (a source error replaces a price), so the old ones go first.
func (p *Publisher) replace(ctx context.Context, pipe redis.Pipeliner, key string, fields, meta map[string]any) {
	for k, v := range meta {
		fields[k] = v
	}
	pipe.Del(ctx, key)
	pipe.HSet(ctx, key, fields)
	pipe.PExpire(ctx, key, p.ttl)
}

func (p *Publisher) key(parts ...string) string {
	return p.prefix + ":" + strings.Join(parts, ":")
}

// liqKey is the sorted set of market idHex's liquidation prices.
func (p *Publisher) liqKey(idHex string) string { return p.key(LiqPriceKey, idHex) }

// stagingKey is where a full write rebuilds market idHex's sorted set
// before the marker renames it over the live one.
func (p *Publisher) stagingKey(idHex string) string { return p.key(LiqPriceKey, idHex, "staging") }

// positionsKey is the hash of market idHex's position records.
func (p *Publisher) positionsKey(idHex string) string { return p.key(PositionsKey, idHex) }

// stagingPositionsKey is where a full write rebuilds market idHex's
// records before the marker renames them over the live ones.
func (p *Publisher) stagingPositionsKey(idHex string) string {
	return p.key(PositionsKey, idHex, "staging")
}

// ReadPosition returns the published record of borrower in market under
// prefix, its fields by name; nil when there is none.
func ReadPosition(ctx context.Context, rdb redis.Cmdable, prefix string, market common.Hash, borrower common.Address) (map[string]string, error) {
	key := prefix + ":" + PositionsKey + ":" + market.Hex()
	raw, err := rdb.HGet(ctx, key, strings.ToLower(borrower.Hex())).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("read position %s of market %s: %w", borrower.Hex(), market.Hex(), err)
	}
	var rec map[string]string
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return nil, fmt.Errorf("decode position %s of market %s: %w", borrower.Hex(), market.Hex(), err)
	}
	return rec, nil
}

// Key is the Redis key of parts under the publisher's prefix.
func (p *Publisher) Key(parts ...string) string { return p.key(parts...) }

func assetFields(a AssetReading, blockTime uint64) map[string]any {
	f := map[string]any{"status": "ok"}
	var problems []string
	if a.FairErr == nil {
		f["fair_value"] = fixed.FormatWad(a.Fair.Price)
	} else {
		problems = append(problems, "fair_value: "+a.FairErr.Error())
	}
	if a.MarketErr == nil {
		f["market_price"] = fixed.FormatWad(a.Market.Price)
		if a.Market.UpdatedAt != 0 {
			f["market_updated_at"] = a.Market.UpdatedAt
		}
	} else {
		problems = append(problems, a.MarketErr.Error())
	}
	f["market_sources_healthy"] = a.Agg.Healthy
	f["market_sources_total"] = len(a.Sources)
	f["sources_disagree"] = a.Agg.Disagree
	if a.Agg.SpreadBps != nil {
		f["market_spread_bps"] = fixed.FormatWad(a.Agg.SpreadBps)
	}
	for _, s := range a.Sources {
		prefix := "source:" + s.Name + ":"
		if s.Err != nil {
			f[prefix+"error"] = s.Err.Error()
			continue
		}
		f[prefix+"price"] = fixed.FormatWad(s.Quote.Price)
		if s.Quote.UpdatedAt != 0 && blockTime >= s.Quote.UpdatedAt {
			f[prefix+"age_s"] = blockTime - s.Quote.UpdatedAt
		}
	}
	if a.Depeg != nil {
		f["depeg_bps"] = fixed.FormatWad(BpsWad(a.Depeg))
	}
	capoFields(f, a.Capos)
	if r := a.Risk; r != nil {
		riskFields(f, r)
	}
	if len(problems) > 0 {
		f["status"] = "degraded"
		f["error"] = strings.Join(problems, "; ")
	}
	return f
}

// capoFields writes each CAPO adapter's live ratio, cap and gap, and as
// capo_gap_bps the lowest gap of them: the adapter that prices the asset
// furthest under its live rate.
func capoFields(f map[string]any, capos []CapoReading) {
	var lowest *big.Int
	for _, c := range capos {
		prefix := "capo:" + c.Name + ":"
		if c.Err != nil {
			f[prefix+"error"] = c.Err.Error()
			continue
		}
		f[prefix+"ratio"] = fixed.FormatScaled(c.Ratio, int(c.RatioDecimals))
		f[prefix+"max_ratio"] = fixed.FormatScaled(c.MaxRatio, int(c.RatioDecimals))
		f[prefix+"gap_bps"] = fixed.FormatWad(c.GapBps)
		if lowest == nil || c.GapBps.Cmp(lowest) < 0 {
			lowest = c.GapBps
		}
	}
	if lowest != nil {
		f["capo_gap_bps"] = fixed.FormatWad(lowest)
	}
}

func riskFields(f map[string]any, r *AssetRisk) {
	if r.FairCapped != nil {
		f["fair_value_capped"] = fixed.FormatWad(r.FairCapped)
		f["cap_binding"] = r.CapBinding
	}
	if r.CapMax != nil {
		f["cap_max_rate"] = fixed.FormatWad(r.CapMax)
		f["capo_snapshot_rate"] = fixed.FormatWad(r.CapSnapshot.Rate)
		f["capo_snapshot_time"] = r.CapSnapshot.Time
	}
	if r.Depeg.EMA != nil {
		f["depeg_ema_bps"] = fixed.FormatWad(BpsWad(r.Depeg.EMA))
	}
	f["depeg_persist_s"] = r.Depeg.PersistSeconds
	f["depeg_band"] = r.Depeg.Band
	f["rate_age_s"] = r.Rate.Age
	f["rate_stale"] = r.Rate.Stale
	if r.Rate.Slash {
		f["slash_bps"] = fixed.FormatWad(r.Rate.SlashBps)
	}
	for i, d := range r.ExecDepeg {
		if d != nil && i < len(ExecSizes) {
			f[fmt.Sprintf("exec_depeg_bps_%d", ExecSizes[i])] = fixed.FormatWad(BpsWad(d))
		}
	}
	for i, g := range r.Growth {
		if g != nil {
			f[fmt.Sprintf("growth_%dd_apr", GrowthWindows[i])] = fixed.FormatWad(g)
		}
	}
	f["risk_score"] = r.Score
}

func marketFields(m MarketRisk) map[string]any {
	protocol := cmp.Or(m.Protocol, "none")
	if m.Err != nil {
		f := map[string]any{
			"protocol": protocol, "name": m.Name, "collateral_asset": m.Collateral,
			"status": "degraded", "error": m.Err.Error(),
		}
		if m.LLTV != nil {
			f["lltv"] = fixed.FormatWad(m.LLTV)
		}
		return f
	}
	f := map[string]any{
		"protocol":          protocol,
		"name":              m.Name,
		"collateral_asset":  m.Collateral,
		"positions":         m.PositionCount,
		"positions_at_risk": m.AtRisk,
		"status":            "ok",
	}
	// Amounts a protocol does not report for the market (an Aave pair has
	// no supply of its own) are left out.
	if m.LLTV != nil {
		f["lltv"] = fixed.FormatWad(m.LLTV)
	}
	for name, v := range map[string]*big.Int{
		"total_supply_assets": m.TotalSupplyAssets, "total_borrow_assets": m.TotalBorrowAssets, "total_collateral": m.TotalCollateral,
	} {
		if v != nil {
			f[name] = v.String()
		}
	}
	if m.OraclePrice != nil {
		f["oracle_price"] = m.OraclePrice.String()
	} else if m.OracleErr != nil {
		f["status"] = "degraded"
		f["error"] = "oracle_price: " + m.OracleErr.Error()
	}
	if m.RiskErr != nil {
		f["status"] = "degraded"
		f["risk_error"] = m.RiskErr.Error()
	}
	if m.MinHealth != nil {
		f["min_health"] = fixed.FormatWad(m.MinHealth)
	} else {
		f["min_health"] = "inf"
	}
	if m.OracleKind != "" {
		f["oracle_kind"] = m.OracleKind
		f["oracle_kind_source"] = m.OracleKindFrom
	}
	for name, v := range map[string]*big.Int{
		"oracle_vs_market_bps": m.OracleVsMarketBps, "oracle_vs_fair_bps": m.OracleVsFairBps,
		"utilization": m.Utilization, "borrow_rate_apr": m.BorrowRateAPR,
	} {
		if v != nil {
			f[name] = fixed.FormatWad(v)
		}
	}
	for _, r := range m.Stress {
		p := "stress:" + r.Shock.Name + ":"
		f[p+"oracle_moved"] = r.OracleMoved
		f[p+"oracle_price"] = r.OraclePriceAfter.String()
		f[p+"market_price"] = fixed.FormatWad(r.MarketPriceAfter)
		f[p+"liquidatable"] = r.Liquidatable
		f[p+"collateral"] = r.Collateral.String()
		f[p+"debt"] = r.Debt.String()
		f[p+"bad_debt"] = r.BadDebt.String()
		f[p+"keeper_profit"] = r.KeeperProfit.String()
		f[p+"unprofitable"] = r.Unprofitable
	}
	return f
}

type updateMsg struct {
	SchemaVersion    int      `json:"schema_version"`
	Block            uint64   `json:"block"`
	BlockHash        string   `json:"block_hash"`
	UpdatedAt        int64    `json:"updated_at"`
	Assets           []string `json:"assets"`
	Markets          []string `json:"markets"`
	Positions        int      `json:"positions"`
	PositionsWritten int      `json:"positions_written"`
	Full             bool     `json:"full"`
	PositionsAtRisk  int      `json:"positions_at_risk"`
	Liquidatable     int      `json:"liquidatable"`
}

func updateMessage(b *batch, written int) updateMsg {
	s := b.snap
	m := updateMsg{
		SchemaVersion: SchemaVersion, Block: s.Block.Number, BlockHash: s.Block.Hash.Hex(),
		UpdatedAt: s.UpdatedAt.UnixMilli(), Assets: []string{}, Markets: []string{},
		PositionsWritten: written, Full: b.full,
	}
	for _, a := range s.Assets {
		m.Assets = append(m.Assets, a.Symbol)
	}
	for _, mk := range s.Markets {
		m.Markets = append(m.Markets, mk.ID.Hex())
		m.Positions += mk.PositionCount
		m.PositionsAtRisk += mk.AtRisk
		// Liquidatable positions are at risk, and at-risk positions are
		// written every block: counting the written ones counts them all.
		for i := range mk.Positions {
			if mk.Positions[i].Liquidatable {
				m.Liquidatable++
			}
		}
	}
	return m
}

// historyAsset and historyMarket are the stream's compact record of a block.
type historyAsset struct {
	Symbol      string `json:"symbol"`
	FairValue   string `json:"fair_value,omitempty"`
	MarketPrice string `json:"market_price,omitempty"`
	DepegBps    string `json:"depeg_bps,omitempty"`
}

type historyMarket struct {
	ID              string `json:"id"`
	OraclePrice     string `json:"oracle_price,omitempty"`
	TotalBorrow     string `json:"total_borrow_assets"`
	Positions       int    `json:"positions"`
	PositionsAtRisk int    `json:"positions_at_risk"`
	MinHealth       string `json:"min_health"`
}

type historyRecord struct {
	Assets  []historyAsset  `json:"assets"`
	Markets []historyMarket `json:"markets"`
}

// historyEntry builds the stream record from the hashes' formatted fields.
func historyEntry(s *Snapshot, assetF, marketF []map[string]any) historyRecord {
	rec := historyRecord{Assets: []historyAsset{}, Markets: []historyMarket{}}
	for i, a := range s.Assets {
		f := assetF[i]
		h := historyAsset{Symbol: a.Symbol}
		h.FairValue, _ = f["fair_value"].(string)
		h.MarketPrice, _ = f["market_price"].(string)
		h.DepegBps, _ = f["depeg_bps"].(string)
		rec.Assets = append(rec.Assets, h)
	}
	for i, m := range s.Markets {
		if m.Err != nil {
			continue
		}
		f := marketF[i]
		h := historyMarket{ID: m.ID.Hex(), TotalBorrow: m.TotalBorrowAssets.String(), Positions: m.PositionCount, PositionsAtRisk: m.AtRisk}
		h.OraclePrice, _ = f["oracle_price"].(string)
		h.MinHealth, _ = f["min_health"].(string)
		rec.Markets = append(rec.Markets, h)
	}
	return rec
}

// ErrNoRedis means Redis did not answer at start-up.
var ErrNoRedis = errors.New("redis unreachable")

// Ping checks Redis answers within timeout.
func Ping(ctx context.Context, rdb redis.UniversalClient, timeout time.Duration) error {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := rdb.Ping(cctx).Err(); err != nil {
		return fmt.Errorf("%w at %s: %w", ErrNoRedis, Addr(rdb), err)
	}
	return nil
}

// Addr names the Redis rdb talks to, for messages: a client's address, or
// a cluster client's seed addresses.
func Addr(rdb redis.UniversalClient) string {
	switch c := rdb.(type) {
	case *redis.Client:
		return c.Options().Addr
	case *redis.ClusterClient:
		return strings.Join(c.Options().Addrs, ",")
	}
	return fmt.Sprintf("%T", rdb)
}
