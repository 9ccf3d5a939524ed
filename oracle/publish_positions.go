package oracle

import (
	"context"
	"encoding/hex"
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"
)

// maxPipelineCommands bounds one pipeline round trip. A whole block in one
// pipeline would buffer every command and reply at once (hundreds of MB for
// a million positions, on both sides) and hold Redis's event loop for
// seconds; at 2,000 commands (about a thousand positions, ~0.5 MB) a round
// trip is a few milliseconds of Redis work, so the loopback latency it adds
// stays a few percent and other clients get served in between.
const maxPipelineCommands = 2000

// pipelinesInFlight is how many chunks are sent at once. Two keep Redis
// busy while one chunk's replies travel back and the next is written; more
// would only queue in Redis.
const pipelinesInFlight = 2

// setReserve is the room a chunk keeps for its ZADD (and the staging set's
// PEXPIRE), ZREM and DEL.
const setReserve = 4

// valuesPerPosition bounds the arena values one position takes: its key,
// eleven fields, a score and a member.
const valuesPerPosition = 14

// positionWriter writes a batch's position records and liquidation-price
// set members in pipelined chunks, formatting the next chunk while earlier
// ones are in flight. Values are formatted straight into a byte arena and
// handed to go-redis as pointers into strings cut from it, one allocation
// per chunk: fmt, maps, big.Int.String and a boxed value per field would
// cost more than Redis's own work at 100,000 positions.
type positionWriter struct {
	p       *Publisher
	b       *batch
	token   string
	written int
	// staged marks the markets whose staging set got a member.
	staged map[common.Hash]bool

	posTTL  any
	scratch []byte
	cur     *chunk
	free    chan *chunk // chunks not in flight
	todo    chan *chunk // chunks to send

	// The current layer's set operations, flushed with each chunk.
	zadd, zrem, del []any
	staging         bool // zadd goes to a staging set
}

// chunk is one pipeline round trip and the arenas its arguments live in.
type chunk struct {
	pipe redis.Pipeliner
	cmds int
	// buf holds the formatted keys and values; vals[i] becomes
	// buf[spans[i]] when the chunk is sent, and args point at vals, so
	// vals never grows past its capacity.
	buf   []byte
	vals  []string
	spans []span
	args  []any
}

type span struct{ from, to int }

func newChunk(rdb *redis.Client) *chunk {
	const positions = maxPipelineCommands / 2
	return &chunk{
		pipe:  rdb.Pipeline(),
		buf:   make([]byte, 0, positions*400),
		vals:  make([]string, 0, positions*valuesPerPosition),
		spans: make([]span, 0, positions*valuesPerPosition),
		args:  make([]any, 0, positions*40),
	}
}

// full reports whether c lacks room for n more commands or one more
// position's values.
func (c *chunk) full(n int) bool {
	return c.cmds+n > maxPipelineCommands-setReserve || len(c.vals)+valuesPerPosition > cap(c.vals)
}

// do queues the command made of the arguments appended since from.
func (c *chunk) do(ctx context.Context, from int) {
	c.pipe.Do(ctx, c.args[from:len(c.args):len(c.args)]...)
	c.cmds++
}

// exec cuts the values from the byte arena, sends the queued commands and
// empties the arenas for reuse.
func (c *chunk) exec(ctx context.Context) error {
	if c.cmds == 0 {
		return nil
	}
	all := string(c.buf)
	for i, s := range c.spans {
		c.vals[i] = all[s.from:s.to]
	}
	_, err := c.pipe.Exec(ctx)
	c.reset()
	return err
}

// reset empties the chunk, dropping what a failed write left queued.
func (c *chunk) reset() {
	c.pipe.Discard()
	clear(c.vals)
	clear(c.args)
	c.buf, c.vals, c.spans, c.args, c.cmds = c.buf[:0], c.vals[:0], c.spans[:0], c.args[:0], 0
}

// value returns an argument for the arena bytes appended since from.
func (c *chunk) value(from int) any {
	i := len(c.vals)
	c.vals = c.vals[:i+1]
	c.spans = append(c.spans, span{from, len(c.buf)})
	return &c.vals[i]
}

func newPositionWriter(p *Publisher, b *batch, token string) *positionWriter {
	return &positionWriter{
		p: p, b: b, token: token, staged: map[common.Hash]bool{},
		posTTL: strconv.FormatInt(p.ttl.Milliseconds(), 10),
	}
}

// run sets the write token (and clears the staging sets of a full write),
// then writes every layer.
func (w *positionWriter) run(ctx context.Context) error {
	first := w.p.rdb.Pipeline()
	first.Set(ctx, w.p.key(writeTokenKey), w.token, writeTokenTTL)
	for _, m := range w.b.markets {
		if w.b.rebuild[m.id] {
			first.Del(ctx, w.p.stagingKey(m.idHex))
		}
	}
	if _, err := first.Exec(ctx); err != nil {
		return err
	}
	if len(w.b.layers) == 0 {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	// Chunks and their arenas (~1.5 MB each) live as long as the
	// publisher: writes are serialised, and a block needs them again.
	if w.p.chunks == nil {
		for range pipelinesInFlight + 1 {
			w.p.chunks = append(w.p.chunks, newChunk(w.p.rdb))
		}
	}
	w.free = make(chan *chunk, len(w.p.chunks))
	for _, c := range w.p.chunks {
		c.reset()
		w.free <- c
	}
	w.todo = make(chan *chunk)
	for range pipelinesInFlight {
		g.Go(func() error {
			for c := range w.todo {
				err := c.exec(gctx)
				w.free <- c
				if err != nil {
					return err
				}
			}
			return nil
		})
	}
	err := w.produce(gctx)
	close(w.todo)
	if werr := g.Wait(); werr != nil {
		return werr // the producer's error, if any, is its cancellation
	}
	return err
}

// produce formats every layer into chunks and hands them to the senders.
func (w *positionWriter) produce(ctx context.Context) error {
	w.cur = <-w.free
	for i := range w.b.layers {
		if err := w.layer(ctx, &w.b.layers[i]); err != nil {
			return err
		}
	}
	return w.send(ctx)
}

// send hands the current chunk to a sender and takes a free one.
func (w *positionWriter) send(ctx context.Context) error {
	if w.cur.cmds > 0 {
		select {
		case w.todo <- w.cur:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		select {
		case w.cur = <-w.free:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	return nil
}

func (w *positionWriter) layer(ctx context.Context, l *layer) error {
	m := l.market
	rebuild := w.b.rebuild[m.id]
	setKey := w.p.liqKey(m.idHex)
	if rebuild {
		// The staging set starts empty: only members go in, and the
		// marker renames it over the live one.
		setKey = w.p.stagingKey(m.idHex)
	}
	keyPrefix := w.p.key("position", m.idHex) + ":"
	block := any(l.meta.block)
	scale := newLiqScale(m.collDec, m.loanDec)
	w.staging = rebuild
	w.startSets(setKey, !rebuild)
	for i := range l.positions {
		if w.cur.full(2) {
			if err := w.flush(ctx); err != nil {
				return err
			}
			w.startSets(setKey, !rebuild)
		}
		c := w.cur
		pos := &l.positions[i]
		key, member := w.positionKey(keyPrefix, pos.Borrower)
		start := len(c.args)
		c.args = append(c.args, "hset", key)
		c.args = w.positionFields(c.args, pos)
		c.args = append(c.args, "block", block)
		c.do(ctx, start)
		start = len(c.args)
		c.args = append(c.args, "pexpire", key, w.posTTL)
		c.do(ctx, start)
		w.written++
		switch {
		case pos.HasDebt && pos.LiquidationPrice != nil:
			w.zadd = append(w.zadd, w.score(pos.LiquidationPrice, scale), member)
			if rebuild {
				w.staged[m.id] = true
			}
		case !rebuild:
			w.zrem = append(w.zrem, member)
		}
	}
	for _, addr := range l.closed {
		if w.cur.full(1) {
			if err := w.flush(ctx); err != nil {
				return err
			}
			w.startSets(setKey, !rebuild)
		}
		key, member := w.positionKey(keyPrefix, addr)
		w.del = append(w.del, key)
		if !rebuild {
			w.zrem = append(w.zrem, member)
		}
		w.cur.cmds++ // counted as a command's worth of arguments
	}
	w.endSets(ctx)
	return nil
}

// startSets begins the set operations of a layer on setKey; rem says
// whether members are removed from it (never from a staging set).
func (w *positionWriter) startSets(setKey string, rem bool) {
	w.zadd = append(w.zadd[:0], "zadd", setKey)
	w.zrem = w.zrem[:0]
	if rem {
		w.zrem = append(w.zrem, "zrem", setKey)
	}
	w.del = append(w.del[:0], "del")
}

// endSets queues the layer's pending set operations in the current chunk.
func (w *positionWriter) endSets(ctx context.Context) {
	c := w.cur
	for _, op := range [][]any{w.zadd, w.zrem, w.del} {
		if len(op) > 2 || (len(op) > 1 && op[0] == "del") {
			start := len(c.args)
			c.args = append(c.args, op...)
			c.do(ctx, start)
		}
	}
	if w.staging && len(w.zadd) > 2 {
		// A write that dies before its marker leaves no set behind.
		start := len(c.args)
		c.args = append(c.args, "pexpire", w.zadd[1], w.posTTL)
		c.do(ctx, start)
	}
	w.zadd, w.zrem, w.del = w.zadd[:0], w.zrem[:0], w.del[:0]
}

// flush queues the set operations and sends the chunk.
func (w *positionWriter) flush(ctx context.Context) error {
	w.endSets(ctx)
	return w.send(ctx)
}

// value returns an argument for the current chunk's arena bytes appended
// since from.
func (w *positionWriter) value(from int) any { return w.cur.value(from) }

// positionKey appends "<keyPrefix>0x<borrower, lower-case>" to the arena and
// returns it and its member part (the borrower) as arguments.
func (w *positionWriter) positionKey(keyPrefix string, borrower common.Address) (key, member any) {
	start := len(w.cur.buf)
	w.cur.buf = append(w.cur.buf, keyPrefix...)
	mid := len(w.cur.buf)
	w.cur.buf = append(w.cur.buf, "0x"...)
	w.cur.buf = hex.AppendEncode(w.cur.buf, borrower[:])
	key = w.value(start)
	return key, w.value(mid)
}

// positionFields appends every field of pos but its block: a record is
// rewritten whole with HSET, so a field that does not apply is written as
// "none" (or "inf") rather than left out, where it would keep an old value.
func (w *positionWriter) positionFields(args []any, pos *PositionRisk) []any {
	s := len(w.cur.buf)
	w.cur.buf = appendInt(w.cur.buf, pos.Collateral)
	args = append(args, "collateral", w.value(s))
	s = len(w.cur.buf)
	w.cur.buf = appendInt(w.cur.buf, pos.BorrowShares)
	args = append(args, "borrow_shares", w.value(s))
	s = len(w.cur.buf)
	w.cur.buf = appendInt(w.cur.buf, pos.BorrowAssets)
	args = append(args, "borrow_assets", w.value(s))
	if pos.Liquidatable {
		args = append(args, "liquidatable", "1")
	} else {
		args = append(args, "liquidatable", "0")
	}
	args = w.health(args, "health", pos.HasDebt, pos.Health)
	args = w.health(args, "health_market", pos.HasDebt, pos.HealthMarket)
	args = w.health(args, "health_fair", pos.HasDebt, pos.HealthFair)
	if pos.LiquidationPrice != nil {
		s = len(w.cur.buf)
		w.cur.buf = appendInt(w.cur.buf, pos.LiquidationPrice)
		args = append(args, "liquidation_price", w.value(s))
	} else {
		args = append(args, "liquidation_price", "none")
	}
	args = w.wadOrNone(args, "leverage", pos.Leverage)
	args = w.wadOrNone(args, "depeg_buffer_bps", pos.DepegBufferBps)
	if pos.TimeToLiquidation != nil {
		s = len(w.cur.buf)
		w.cur.buf = strconv.AppendUint(w.cur.buf, *pos.TimeToLiquidation, 10)
		args = append(args, "time_to_liquidation_s", w.value(s))
	} else {
		args = append(args, "time_to_liquidation_s", "none")
	}
	return args
}

// health appends a health field: "inf" without debt, "none" when its price
// is unknown.
func (w *positionWriter) health(args []any, name string, hasDebt bool, v *big.Int) []any {
	switch {
	case !hasDebt:
		return append(args, name, "inf")
	case v == nil:
		return append(args, name, "none")
	}
	s := len(w.cur.buf)
	w.cur.buf = w.appendWad(w.cur.buf, v)
	return append(args, name, w.value(s))
}

func (w *positionWriter) wadOrNone(args []any, name string, v *big.Int) []any {
	if v == nil {
		return append(args, name, "none")
	}
	s := len(w.cur.buf)
	w.cur.buf = w.appendWad(w.cur.buf, v)
	return append(args, name, w.value(s))
}

// liqScale turns a 1e36-scaled oracle price into loan tokens per collateral
// token: price·10^(collDec−loanDec)/1e36 = price·mul.
type liqScale struct {
	mul float64 // 10^(collDec−loanDec−36), correctly rounded
}

func newLiqScale(collDec, loanDec uint8) liqScale {
	exp := int(collDec) - int(loanDec) - 36
	mul, _ := strconv.ParseFloat("1e"+strconv.Itoa(exp), 64) // in range for any uint8 pair
	return liqScale{mul: mul}
}

// liqScore is the sorted-set score of the 1e36-scaled price raw: an upper
// bound of its value in tokens, tight to a few float64 ulps. toFloat and the
// product each round to nearest, so the float is within (2^-53 + 2^-63) +
// 2^-53 + 2^-53 < 3.01·2^-53 of the exact value, relatively; every step up
// adds more than 2^-53, so four steps make a bound that is never below the
// exact price and above it by less than 12·2^-53 (1.4e-15).
func liqScore(raw *big.Int, sc liqScale) float64 {
	f := toFloat(raw) * sc.mul
	for range 4 {
		f = math.Nextafter(f, math.Inf(1))
	}
	return f
}

// toFloat returns |x| as a float64 within 2^-53 + 2^-63 of it, relatively:
// its top 64 bits rounded to nearest.
func toFloat(x *big.Int) float64 {
	words := x.Bits()
	if bits.UintSize != 64 {
		f, _ := new(big.Float).SetInt(x).Float64()
		return math.Abs(f)
	}
	switch len(words) {
	case 0:
		return 0
	case 1:
		return float64(uint64(words[0]))
	}
	k := len(words)
	hi, lo := uint64(words[k-1]), uint64(words[k-2])
	s := bits.LeadingZeros64(hi)
	top := hi<<s | lo>>(64-s) // a shift by 64 is 0
	return math.Ldexp(float64(top), 64*(k-1)-s)
}

// score appends a position's score and returns it as an argument.
func (w *positionWriter) score(raw *big.Int, sc liqScale) any {
	s := len(w.cur.buf)
	w.cur.buf = strconv.AppendFloat(w.cur.buf, liqScore(raw, sc), 'g', -1, 64)
	return w.value(s)
}

// appendWad appends x as a WAD: exactly 18 fractional digits, as
// fixed.FormatWad.
func (w *positionWriter) appendWad(dst []byte, x *big.Int) []byte {
	const decimals = 18
	w.scratch = appendAbs(w.scratch[:0], x)
	digits := w.scratch
	if x.Sign() < 0 {
		dst = append(dst, '-')
	}
	if n := len(digits); n <= decimals {
		dst = append(dst, '0', '.')
		for range decimals - n {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	split := len(digits) - decimals
	dst = append(dst, digits[:split]...)
	dst = append(dst, '.')
	return append(dst, digits[split:]...)
}

// appendInt appends x in base 10; nil appends nothing (it never is: the
// snapshot sets every amount).
func appendInt(dst []byte, x *big.Int) []byte {
	if x == nil {
		return dst
	}
	if x.Sign() < 0 {
		dst = append(dst, '-')
	}
	return appendAbs(dst, x)
}

// appendAbs appends |x| in base 10, without allocating below 2^128.
func appendAbs(dst []byte, x *big.Int) []byte {
	words := x.Bits()
	if bits.UintSize == 64 {
		switch len(words) {
		case 0:
			return append(dst, '0')
		case 1:
			return strconv.AppendUint(dst, uint64(words[0]), 10)
		case 2:
			return appendUint128(dst, uint64(words[1]), uint64(words[0]))
		}
	}
	return new(big.Int).Abs(x).Append(dst, 10)
}

// appendUint128 appends hi·2^64 + lo in base 10.
func appendUint128(dst []byte, hi, lo uint64) []byte {
	const e19 = 10_000_000_000_000_000_000
	if hi == 0 {
		return strconv.AppendUint(dst, lo, 10)
	}
	// hi·2^64 + lo = (qhi·2^64 + qlo)·1e19 + r with rhi < 1e19 as Div64 needs.
	qhi, rhi := hi/e19, hi%e19
	qlo, r := bits.Div64(rhi, lo, e19)
	dst = appendUint128(dst, qhi, qlo)
	var tmp [20]byte
	digits := strconv.AppendUint(tmp[:0], r, 10)
	for range 19 - len(digits) {
		dst = append(dst, '0')
	}
	return append(dst, digits...)
}
