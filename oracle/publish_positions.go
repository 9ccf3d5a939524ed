package oracle

import (
	"cmp"
	"context"
	"encoding/hex"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"
)

// positionsPerChunk bounds one pipeline round trip. Records go into one
// hash per market, many fields to an HSET, so Redis's work is per field, not
// per command: a chunk of a thousand positions (~0.5 MB) is a few
// milliseconds of it, small enough that other clients get served in
// between and that the buffers on both sides stay small, large enough that
// the loopback round trip adds a few percent.
const positionsPerChunk = 2000

// pipelinesInFlight is how many chunks are sent at once. Two keep Redis
// busy while one chunk's replies travel back and the next is written; more
// would only queue in Redis.
const pipelinesInFlight = 2

// valuesPerPosition bounds the arena values one position takes: its
// member, its record and its score.
const valuesPerPosition = 3

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
	// staged and stagedRecords mark the markets whose staging set and
	// staging hash got a member.
	staged, stagedRecords map[common.Hash]bool

	stagingTTL any
	scratch    []byte
	cur        *chunk
	free       chan *chunk // chunks not in flight
	todo       chan *chunk // chunks to send

	// The current layer's operations, flushed with each chunk.
	hset, hdel, zadd, zrem []any
	staging                bool // the layer writes to staging keys

	members []scoredMember // a sorted layer's set members
}

// chunk is one pipeline round trip and the arenas its arguments live in.
type chunk struct {
	pipe      redis.Pipeliner
	cmds      int
	positions int
	// buf holds the formatted values; vals[i] becomes buf[spans[i]] when
	// the chunk is sent, and args point at vals, so vals never grows past
	// its capacity.
	buf   []byte
	vals  []string
	spans []span
	args  []any
}

type span struct{ from, to int }

func newChunk(rdb redis.Cmdable) *chunk {
	return &chunk{
		pipe:  rdb.Pipeline(),
		buf:   make([]byte, 0, positionsPerChunk*640),
		vals:  make([]string, 0, positionsPerChunk*valuesPerPosition),
		spans: make([]span, 0, positionsPerChunk*valuesPerPosition),
		args:  make([]any, 0, positionsPerChunk*valuesPerPosition*2+32),
	}
}

// full reports whether c has no room for one more position.
func (c *chunk) full() bool {
	return c.positions >= positionsPerChunk || len(c.vals)+valuesPerPosition > cap(c.vals)
}

// do queues the command made of the arguments appended since from.
func (c *chunk) do(ctx context.Context, from int) {
	c.pipe.Do(ctx, c.args[from:len(c.args):len(c.args)]...)
	c.cmds++
}

// exec cuts the values from the byte arena, sends the queued commands and
// empties the arenas for reuse. The values alias buf without a copy (a
// fresh megabyte string per chunk cost a tenth of a full write): buf is not
// touched while the chunk is in flight, go-redis has written every argument
// by the time Exec returns and keeps none, and reset drops the values
// before buf is reused.
func (c *chunk) exec(ctx context.Context) error {
	if c.cmds == 0 {
		return nil
	}
	all := unsafe.String(unsafe.SliceData(c.buf), len(c.buf))
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
	c.buf, c.vals, c.spans, c.args = c.buf[:0], c.vals[:0], c.spans[:0], c.args[:0]
	c.cmds, c.positions = 0, 0
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
		p: p, b: b, token: token, staged: map[common.Hash]bool{}, stagedRecords: map[common.Hash]bool{},
		stagingTTL: strconv.FormatInt(p.ttl.Milliseconds(), 10),
	}
}

// run sets the write token (and clears the staging keys of a full write),
// then writes every layer.
func (w *positionWriter) run(ctx context.Context) error {
	first := w.p.rdb.Pipeline()
	first.Set(ctx, w.p.key(writeTokenKey), w.token, writeTokenTTL)
	for _, m := range w.b.markets {
		if w.b.rebuild[m.id] {
			first.Del(ctx, w.p.stagingKey(m.idHex), w.p.stagingPositionsKey(m.idHex))
		}
	}
	if _, err := first.Exec(ctx); err != nil {
		return err
	}
	if len(w.b.layers) == 0 {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	// Chunks and their arenas (~0.5 MB each) live as long as the
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
	setKey, hashKey := w.p.liqKey(m.idHex), w.p.positionsKey(m.idHex)
	if rebuild {
		// The staging keys start empty: only members go in, and the
		// marker renames them over the live ones.
		setKey, hashKey = w.p.stagingKey(m.idHex), w.p.stagingPositionsKey(m.idHex)
	}
	scale := newLiqScale(m.collDec, m.loanDec)
	w.staging = rebuild
	w.startOps(hashKey, setKey)
	room := func() error {
		if !w.cur.full() {
			return nil
		}
		if err := w.flush(ctx); err != nil {
			return err
		}
		w.startOps(hashKey, setKey)
		return nil
	}
	// A rebuilt layer's set members follow its records, in score order.
	// Both go to staging keys that the marker swaps in at once, so a
	// member and its record need not share a chunk.
	sorted := rebuild && len(l.positions) >= 2*positionsPerChunk
	w.members = w.members[:0]
	for i := range l.positions {
		if err := room(); err != nil {
			return err
		}
		pos := &l.positions[i]
		member := w.member(pos.Borrower)
		w.hset = append(w.hset, member, w.record(pos, l.meta.block, m.protocol))
		w.cur.positions++
		w.written++
		if rebuild {
			w.stagedRecords[m.id] = true
		}
		switch priced := pos.HasDebt && pos.LiquidationPrice != nil; {
		case priced && sorted:
			w.members = append(w.members, scoredMember{liqScore(pos.LiquidationPrice, scale), int32(i)})
		case priced:
			w.zadd = append(w.zadd, w.score(liqScore(pos.LiquidationPrice, scale)), member)
			if rebuild {
				w.staged[m.id] = true
			}
		case !rebuild:
			w.zrem = append(w.zrem, member)
		}
	}
	// Redis inserts into a sorted set fastest in descending score order:
	// each new node goes first, so finding its place costs nothing. At
	// 100,000 positions its ZADDs took ~105 ms in that order, ~150 ms
	// ascending and ~275 ms in random order; sorting takes ~10 ms here. The records go in the
	// layer's order, with the scores computed alongside: visiting the
	// positions in score order would chase their amounts across the heap
	// (~170 ms more of this process's CPU at 100,000 positions).
	slices.SortFunc(w.members, func(a, b scoredMember) int { return cmp.Compare(b.score, a.score) })
	for _, sm := range w.members {
		if err := room(); err != nil {
			return err
		}
		w.zadd = append(w.zadd, w.score(sm.score), w.member(l.positions[sm.index].Borrower))
		w.cur.positions++
		w.staged[m.id] = true
	}
	if !rebuild {
		// A rebuilt market's staging keys never held the closed ones.
		for _, addr := range l.closed {
			if err := room(); err != nil {
				return err
			}
			member := w.member(addr)
			w.hdel = append(w.hdel, member)
			w.zrem = append(w.zrem, member)
			w.cur.positions++
		}
	}
	w.endOps(ctx)
	return nil
}

// scoredMember is a set member of a sorted layer: its score and its
// position's index in the layer.
type scoredMember struct {
	score float64
	index int32
}

// startOps begins a layer's operations on its records hash and its
// liquidation-price set.
func (w *positionWriter) startOps(hashKey, setKey string) {
	w.hset = append(w.hset[:0], "hset", hashKey)
	w.hdel = append(w.hdel[:0], "hdel", hashKey)
	w.zadd = append(w.zadd[:0], "zadd", setKey)
	w.zrem = append(w.zrem[:0], "zrem", setKey)
}

// endOps queues the layer's pending operations in the current chunk.
func (w *positionWriter) endOps(ctx context.Context) {
	c := w.cur
	for _, op := range [][]any{w.hset, w.hdel, w.zadd, w.zrem} {
		if len(op) > 2 {
			start := len(c.args)
			c.args = append(c.args, op...)
			c.do(ctx, start)
		}
	}
	if w.staging {
		// A write that dies before its marker leaves no staging key
		// behind.
		for _, op := range [][]any{w.hset, w.zadd} {
			if len(op) > 2 {
				start := len(c.args)
				c.args = append(c.args, "pexpire", op[1], w.stagingTTL)
				c.do(ctx, start)
			}
		}
	}
	w.hset, w.hdel, w.zadd, w.zrem = w.hset[:0], w.hdel[:0], w.zadd[:0], w.zrem[:0]
}

// flush queues the pending operations and sends the chunk.
func (w *positionWriter) flush(ctx context.Context) error {
	w.endOps(ctx)
	return w.send(ctx)
}

// value returns an argument for the current chunk's arena bytes appended
// since from.
func (w *positionWriter) value(from int) any { return w.cur.value(from) }

// member appends "0x<borrower, lower-case>" to the arena and returns it as
// an argument: the field of the position's record and its set member.
func (w *positionWriter) member(borrower common.Address) any {
	start := len(w.cur.buf)
	w.cur.buf = append(w.cur.buf, "0x"...)
	w.cur.buf = hex.AppendEncode(w.cur.buf, borrower[:])
	return w.value(start)
}

// record appends pos's record, a JSON object of strings, and returns it as
// an argument. Every field is there: a field that does not apply is "none"
// (or "inf"). Strings, not JSON numbers, keep 256-bit amounts exact for
// any reader.
func (w *positionWriter) record(pos *PositionRisk, block, protocol string) any {
	s := len(w.cur.buf)
	b := w.cur.buf
	b = append(b, `{"block":"`...)
	b = append(b, block...)
	b = append(b, `","protocol":"`...)
	b = append(b, protocol...)
	b = append(b, `","collateral":"`...)
	b = appendInt(b, pos.Collateral)
	b = append(b, `","borrow_shares":"`...)
	b = appendInt(b, pos.BorrowShares)
	b = append(b, `","borrow_assets":"`...)
	b = appendInt(b, pos.BorrowAssets)
	if pos.Liquidatable {
		b = append(b, `","liquidatable":"1`...)
	} else {
		b = append(b, `","liquidatable":"0`...)
	}
	b = w.health(b, `","health":"`, pos.HasDebt, pos.Health)
	b = w.health(b, `","health_market":"`, pos.HasDebt, pos.HealthMarket)
	b = w.health(b, `","health_fair":"`, pos.HasDebt, pos.HealthFair)
	b = append(b, `","liquidation_price":"`...)
	if pos.LiquidationPrice != nil {
		b = appendInt(b, pos.LiquidationPrice)
	} else {
		b = append(b, "none"...)
	}
	b = w.wadOrNone(b, `","leverage":"`, pos.Leverage)
	b = w.wadOrNone(b, `","depeg_buffer_bps":"`, pos.DepegBufferBps)
	b = append(b, `","time_to_liquidation_s":"`...)
	if pos.TimeToLiquidation != nil {
		b = strconv.AppendUint(b, *pos.TimeToLiquidation, 10)
	} else {
		b = append(b, "none"...)
	}
	b = append(b, `"}`...)
	w.cur.buf = b
	return w.value(s)
}

// health appends a health field: "inf" without debt, "none" when its price
// is unknown.
func (w *positionWriter) health(b []byte, name string, hasDebt bool, v *big.Int) []byte {
	b = append(b, name...)
	switch {
	case !hasDebt:
		return append(b, "inf"...)
	case v == nil:
		return append(b, "none"...)
	}
	return w.appendWad(b, v)
}

func (w *positionWriter) wadOrNone(b []byte, name string, v *big.Int) []byte {
	b = append(b, name...)
	if v == nil {
		return append(b, "none"...)
	}
	return w.appendWad(b, v)
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

// score appends a set member's score and returns it as an argument.
func (w *positionWriter) score(f float64) any {
	s := len(w.cur.buf)
	w.cur.buf = strconv.AppendFloat(w.cur.buf, f, 'g', -1, 64)
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
