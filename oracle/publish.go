package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

// UpdatesChannel gets one JSON message after each published snapshot.
const UpdatesChannel = "updates"

// StreamKey holds the history of snapshots (XADD, trimmed to a length).
const StreamKey = "stream"

// PublisherMetrics observes publishing.
type PublisherMetrics interface {
	SnapshotPublished(ok bool, took time.Duration)
}

// Publisher writes snapshots to Redis. Each snapshot's writes are one
// MULTI/EXEC; the update message follows on the channel. A failed write is
// retried with back-off while newer snapshots replace the pending one, so
// Redis gets the latest state as soon as it is back.
type Publisher struct {
	log     zerolog.Logger
	rdb     *redis.Client
	prefix  string
	ttl     time.Duration
	maxLen  int64
	metrics PublisherMetrics

	pending chan *Snapshot
	mu      sync.Mutex
	written map[string]struct{} // position keys of the last snapshot written
	down    bool
}

// NewPublisher writes under prefix (e.g. "lrt:v1") with keys expiring after
// ttl, keeping about streamMaxLen entries of history in the stream.
func NewPublisher(log zerolog.Logger, rdb *redis.Client, prefix string, ttl time.Duration, streamMaxLen int64, m PublisherMetrics) *Publisher {
	return &Publisher{
		log:     log.With().Str("component", "publisher").Logger(),
		rdb:     rdb,
		prefix:  strings.TrimSuffix(prefix, ":"),
		ttl:     ttl,
		maxLen:  max(streamMaxLen, 1),
		metrics: m,
		pending: make(chan *Snapshot, 1),
		written: map[string]struct{}{},
	}
}

// Offer queues snap for publishing, replacing a queued one not yet written.
func (p *Publisher) Offer(snap *Snapshot) {
	for {
		select {
		case p.pending <- snap:
			return
		default:
			select {
			case <-p.pending:
			default:
			}
		}
	}
}

// Run publishes offered snapshots until ctx ends.
func (p *Publisher) Run(ctx context.Context) error {
	// Short enough that a restarted Redis gets a fresh snapshot within a
	// couple of blocks; a dead one costs one failed write per back-off.
	const maxBackoff = 2 * time.Second
	backoff := 200 * time.Millisecond
	var retry *Snapshot
	for {
		var snap *Snapshot
		if retry != nil {
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil
			case snap = <-p.pending: // a newer snapshot supersedes the failed one
				t.Stop()
			case <-t.C:
				snap = retry
			}
		} else {
			select {
			case <-ctx.Done():
				return nil
			case snap = <-p.pending:
			}
		}
		start := time.Now()
		err := p.Publish(ctx, snap)
		p.metrics.SnapshotPublished(err == nil, time.Since(start))
		if err == nil {
			if p.down {
				p.log.Info().Uint64("block", snap.Block.Number).Msg("redis back, snapshot republished")
			}
			p.down, retry, backoff = false, nil, 200*time.Millisecond
			continue
		}
		if ctx.Err() != nil {
			return nil
		}
		if !p.down {
			// One alert per outage, not one per block.
			p.log.Error().Err(err).Str("alert", "redis_down").Str("severity", "critical").
				Uint64("block", snap.Block.Number).Msg("redis publish failed, retrying")
		}
		p.down, retry = true, snap
		backoff = min(backoff*2, maxBackoff)
	}
}

// Publish writes snap now.
func (p *Publisher) Publish(ctx context.Context, snap *Snapshot) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := snap.UpdatedAt.UnixMilli()
	meta := map[string]any{
		"block":          snap.Block.Number,
		"block_hash":     snap.Block.Hash.Hex(),
		"updated_at":     now,
		"schema_version": SchemaVersion,
	}
	keep := map[string]struct{}{}
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
		return fmt.Errorf("encode history entry: %w", err)
	}
	_, err = p.rdb.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		for i, a := range snap.Assets {
			p.put(ctx, pipe, p.key("asset", a.Symbol), assetF[i], meta)
		}
		for i, m := range snap.Markets {
			p.put(ctx, pipe, p.key("market", m.ID.Hex()), marketF[i], meta)
			for _, pos := range m.Positions {
				k := p.key("position", m.ID.Hex(), strings.ToLower(pos.Borrower.Hex()))
				keep[k] = struct{}{}
				p.put(ctx, pipe, k, positionFields(pos), meta)
			}
		}
		for k := range p.written {
			if _, ok := keep[k]; ok {
				continue
			}
			if degraded(snap, k, p.key("position")) {
				keep[k] = struct{}{} // unread this block, not gone: let its TTL run
				continue
			}
			pipe.Del(ctx, k)
		}
		pipe.XAdd(ctx, &redis.XAddArgs{
			Stream: p.key(StreamKey), MaxLen: p.maxLen, Approx: true,
			Values: map[string]any{
				"block": snap.Block.Number, "block_hash": snap.Block.Hash.Hex(), "updated_at": now,
				"schema_version": SchemaVersion, "snapshot": history,
			},
		})
		return nil
	})
	if err != nil {
		return fmt.Errorf("write snapshot of block %d: %w", snap.Block.Number, err)
	}
	p.written = keep
	msg, err := json.Marshal(updateMessage(snap))
	if err != nil {
		return fmt.Errorf("encode update message: %w", err)
	}
	if err := p.rdb.Publish(ctx, p.key(UpdatesChannel), msg).Err(); err != nil {
		return fmt.Errorf("publish update of block %d: %w", snap.Block.Number, err)
	}
	return nil
}

func (p *Publisher) put(ctx context.Context, pipe redis.Pipeliner, key string, fields, meta map[string]any) {
	for k, v := range meta {
		fields[k] = v
	}
	// Replace the whole hash so fields that no longer apply do not linger.
	pipe.Del(ctx, key)
	pipe.HSet(ctx, key, fields)
	pipe.PExpire(ctx, key, p.ttl)
}

func (p *Publisher) key(parts ...string) string {
	return p.prefix + ":" + strings.Join(parts, ":")
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
	if r := a.Risk; r != nil {
		riskFields(f, r)
	}
	if len(problems) > 0 {
		f["status"] = "degraded"
		f["error"] = strings.Join(problems, "; ")
	}
	return f
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
	if m.Err != nil {
		return map[string]any{
			"name": m.Name, "collateral_asset": m.Collateral, "lltv": fixed.FormatWad(m.LLTV),
			"status": "degraded", "error": m.Err.Error(),
		}
	}
	f := map[string]any{
		"name":                m.Name,
		"collateral_asset":    m.Collateral,
		"lltv":                fixed.FormatWad(m.LLTV),
		"total_supply_assets": m.TotalSupplyAssets.String(),
		"total_borrow_assets": m.TotalBorrowAssets.String(),
		"total_collateral":    m.TotalCollateral.String(),
		"positions":           len(m.Positions),
		"positions_at_risk":   m.AtRisk,
		"status":              "ok",
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

func positionFields(p PositionRisk) map[string]any {
	f := map[string]any{
		"collateral":    p.Collateral.String(),
		"borrow_shares": p.BorrowShares.String(),
		"borrow_assets": p.BorrowAssets.String(),
		"liquidatable":  p.Liquidatable,
	}
	health := func(name string, v *big.Int) {
		switch {
		case !p.HasDebt:
			f[name] = "inf"
		case v != nil:
			f[name] = fixed.FormatWad(v)
		}
	}
	health("health", p.Health)
	health("health_market", p.HealthMarket)
	health("health_fair", p.HealthFair)
	if p.LiquidationPrice != nil {
		f["liquidation_price"] = p.LiquidationPrice.String()
	} else {
		f["liquidation_price"] = "none"
	}
	if p.Leverage != nil {
		f["leverage"] = fixed.FormatWad(p.Leverage)
	}
	if p.DepegBufferBps != nil {
		f["depeg_buffer_bps"] = fixed.FormatWad(p.DepegBufferBps)
	} else if p.HasDebt {
		f["depeg_buffer_bps"] = "none" // a pure depeg cannot liquidate it
	}
	if p.TimeToLiquidation != nil {
		f["time_to_liquidation_s"] = *p.TimeToLiquidation
	}
	return f
}

type updateMsg struct {
	SchemaVersion   int      `json:"schema_version"`
	Block           uint64   `json:"block"`
	BlockHash       string   `json:"block_hash"`
	UpdatedAt       int64    `json:"updated_at"`
	Assets          []string `json:"assets"`
	Markets         []string `json:"markets"`
	Positions       int      `json:"positions"`
	PositionsAtRisk int      `json:"positions_at_risk"`
	Liquidatable    int      `json:"liquidatable"`
}

func updateMessage(s *Snapshot) updateMsg {
	m := updateMsg{
		SchemaVersion: SchemaVersion, Block: s.Block.Number, BlockHash: s.Block.Hash.Hex(),
		UpdatedAt: s.UpdatedAt.UnixMilli(), Assets: []string{}, Markets: []string{},
	}
	for _, a := range s.Assets {
		m.Assets = append(m.Assets, a.Symbol)
	}
	for _, mk := range s.Markets {
		m.Markets = append(m.Markets, mk.ID.Hex())
		m.Positions += len(mk.Positions)
		m.PositionsAtRisk += mk.AtRisk
		for _, p := range mk.Positions {
			if p.Liquidatable {
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
		h := historyMarket{ID: m.ID.Hex(), TotalBorrow: m.TotalBorrowAssets.String(), Positions: len(m.Positions), PositionsAtRisk: m.AtRisk}
		h.OraclePrice, _ = f["oracle_price"].(string)
		h.MinHealth, _ = f["min_health"].(string)
		rec.Markets = append(rec.Markets, h)
	}
	return rec
}

// degraded reports whether key is a position of a market that could not be
// read this block.
func degraded(s *Snapshot, key, positionPrefix string) bool {
	for _, m := range s.Markets {
		if m.Err != nil && strings.HasPrefix(key, positionPrefix+":"+m.ID.Hex()+":") {
			return true
		}
	}
	return false
}

// ErrNoRedis means Redis did not answer at start-up.
var ErrNoRedis = errors.New("redis unreachable")

// Ping checks Redis answers within timeout.
func Ping(ctx context.Context, rdb *redis.Client, timeout time.Duration) error {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := rdb.Ping(cctx).Err(); err != nil {
		return fmt.Errorf("%w at %s: %w", ErrNoRedis, rdb.Options().Addr, err)
	}
	return nil
}
