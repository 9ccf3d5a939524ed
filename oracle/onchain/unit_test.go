package onchain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

var (
	oracleAddr = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	keeperAddr = common.HexToAddress("0x00000000000000000000000000000000000000bb")
	errBoom    = errors.New("boom")
)

func mustABI(t *testing.T) abi.ABI {
	t.Helper()
	return riskoracle.NewRiskOracle().GetABI()
}

// ---------------------------------------------------------------- encoding

func TestEncodeValueMatchesABI(t *testing.T) {
	t.Parallel()
	int256, err := abi.NewType("int256", "", nil)
	require.NoError(t, err)
	args := abi.Arguments{{Type: int256}}
	for _, v := range []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(-1), big.NewInt(100),
		new(big.Int).Set(ether), new(big.Int).Neg(ether),
		new(big.Int).Set(maxInt256), new(big.Int).Set(minInt256),
	} {
		enc, err := EncodeValue(v)
		require.NoError(t, err, v)
		want, err := args.Pack(v)
		require.NoError(t, err, v)
		require.Equal(t, want, enc, v)
		got, err := DecodeValue(enc)
		require.NoError(t, err)
		require.Equal(t, 0, got.Cmp(v), v)
	}
	minusOne, err := EncodeValue(big.NewInt(-1))
	require.NoError(t, err)
	require.Equal(t, bytes.Repeat([]byte{0xff}, 32), minusOne)
}

func TestEncodeValueErrors(t *testing.T) {
	t.Parallel()
	_, err := EncodeValue(nil)
	require.ErrorIs(t, err, ErrNilValue)
	_, err = EncodeValue(new(big.Int).Add(maxInt256, big.NewInt(1)))
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = EncodeValue(new(big.Int).Sub(minInt256, big.NewInt(1)))
	require.ErrorIs(t, err, ErrOutOfRange)
	for _, n := range []int{0, 1, 31, 33, 64} {
		_, err := DecodeValue(make([]byte, n))
		require.ErrorIs(t, err, ErrBadEncoding, n)
	}
	_, err = DecodeValue(nil)
	require.ErrorIs(t, err, ErrBadEncoding)
}

func TestEncodeValueDoesNotAlias(t *testing.T) {
	t.Parallel()
	v := big.NewInt(-5)
	_, err := EncodeValue(v)
	require.NoError(t, err)
	require.Equal(t, int64(-5), v.Int64())
}

func FuzzValueRoundTrip(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Add(append([]byte{0x80}, make([]byte, 31)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := DecodeValue(b)
		if len(b) != 32 {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		enc, err := EncodeValue(v)
		require.NoError(t, err)
		require.Equal(t, b, enc)
	})
}

func TestAdditionalDataMatchesABI(t *testing.T) {
	t.Parallel()
	u64, err := abi.NewType("uint64", "", nil)
	require.NoError(t, err)
	args := abi.Arguments{{Type: u64}, {Type: u64}}
	for _, c := range [][2]uint64{{0, 0}, {1234, 1_700_000_000}, {^uint64(0), ^uint64(0)}} {
		enc := EncodeAdditionalData(c[0], c[1])
		want, err := args.Pack(c[0], c[1])
		require.NoError(t, err)
		require.Equal(t, want, enc)
		blk, ts, err := DecodeAdditionalData(enc)
		require.NoError(t, err)
		require.Equal(t, c, [2]uint64{blk, ts})
	}
	_, _, err = DecodeAdditionalData(make([]byte, 63))
	require.ErrorIs(t, err, ErrBadEncoding)
	wide := make([]byte, 64)
	wide[0] = 1 // first word above uint64
	_, _, err = DecodeAdditionalData(wide)
	require.ErrorIs(t, err, ErrBadEncoding)
}

// --------------------------------------------------------------- deviation

func TestDeviates(t *testing.T) {
	t.Parallel()
	e18 := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }
	price := wadFrac(105, 100) // 1.05
	// 1.05 · 50 bps = 0.00525
	priceAt := func(delta *big.Int) *big.Int { return new(big.Int).Add(price, delta) }
	step := new(big.Int).Quo(new(big.Int).Mul(price, big.NewInt(50)), big.NewInt(10_000))
	tests := []struct {
		name       string
		typ        string
		last, next *big.Int
		bps        uint64
		want       bool
	}{
		{"price equal", TypeRiskAdjustedPrice, price, price, 50, false},
		{"price just under", TypeRiskAdjustedPrice, price, priceAt(new(big.Int).Sub(step, big.NewInt(1))), 50, false},
		{"price exactly at", TypeRiskAdjustedPrice, price, priceAt(step), 50, true},
		{"price down at", TypeRiskAdjustedPrice, price, priceAt(new(big.Int).Neg(step)), 50, true},
		{"price from zero", TypeRiskAdjustedPrice, big.NewInt(0), big.NewInt(1), 50, true},
		{"price zero bps any change", TypeRiskAdjustedPrice, price, priceAt(big.NewInt(1)), 0, true},
		{"price zero bps equal", TypeRiskAdjustedPrice, price, price, 0, false},
		{"price negative last", TypeRiskAdjustedPrice, big.NewInt(-10_000), big.NewInt(-9_950), 50, true},
		{"price negative last under", TypeRiskAdjustedPrice, big.NewInt(-10_000), big.NewInt(-9_951), 50, false},
		{"depeg under", TypeDepegBps, e18(10), e18(59), 50, false},
		{"depeg at", TypeDepegBps, e18(10), e18(60), 50, true},
		{"depeg sign flip", TypeDepegBps, e18(-30), e18(20), 50, true},
		{"depeg near zero is absolute", TypeDepegBps, big.NewInt(1), big.NewInt(2), 50, false},
		{"score under", TypeRiskScore, big.NewInt(30), big.NewInt(34), 50, false},
		{"score at", TypeRiskScore, big.NewInt(30), big.NewInt(35), 50, true},
		{"score down", TypeRiskScore, big.NewInt(30), big.NewInt(25), 50, true},
		{"score ignores bps", TypeRiskScore, big.NewInt(30), big.NewInt(34), 0, false},
		{"unknown type any change", "other", big.NewInt(1), big.NewInt(2), 50, true},
		{"unknown type equal", "other", big.NewInt(1), big.NewInt(1), 50, false},
		{"nil last", TypeRiskScore, nil, big.NewInt(1), 50, true},
		{"nil next", TypeRiskScore, big.NewInt(1), nil, 50, false},
		{"huge bps", TypeRiskAdjustedPrice, price, priceAt(ether), ^uint64(0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var lastCopy, nextCopy *big.Int
			if tc.last != nil {
				lastCopy = new(big.Int).Set(tc.last)
			}
			if tc.next != nil {
				nextCopy = new(big.Int).Set(tc.next)
			}
			require.Equal(t, tc.want, Deviates(tc.typ, tc.last, tc.next, tc.bps))
			if tc.last != nil {
				require.Equal(t, 0, lastCopy.Cmp(tc.last), "last unchanged")
			}
			if tc.next != nil {
				require.Equal(t, 0, nextCopy.Cmp(tc.next), "next unchanged")
			}
		})
	}
}

// ------------------------------------------------------------------- fakes

type storedUpdate struct {
	id    int64
	value []byte
	time  uint64
}

// fakeReader answers latestUpdateId and getLatestUpdateByParameterAndMarket
// from a map.
type fakeReader struct {
	t       *testing.T
	mu      sync.Mutex
	updates map[series]storedUpdate
	err     error // returned by every call while set
	calls   int
}

func newFakeReader(t *testing.T) *fakeReader {
	return &fakeReader{t: t, updates: map[series]storedUpdate{}}
}

func (r *fakeReader) setErr(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.err = err
}

func (r *fakeReader) put(s series, u storedUpdate) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.updates[s] = u
}

func (r *fakeReader) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	if r.err != nil {
		return nil, r.err
	}
	if msg.To == nil || *msg.To != oracleAddr || block != nil {
		return nil, fmt.Errorf("unexpected call to %v at %v", msg.To, block)
	}
	parsed := mustABI(r.t)
	m, err := parsed.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	in, err := m.Inputs.Unpack(msg.Data[4:])
	if err != nil {
		return nil, err
	}
	s := series{in[0].(string), in[1].(common.Address)}
	u, ok := r.updates[s]
	switch m.Name {
	case "latestUpdateId":
		return m.Outputs.Pack(big.NewInt(u.id))
	case "getLatestUpdateByParameterAndMarket":
		if !ok {
			return nil, errors.New("execution reverted: no update for type and market")
		}
		return m.Outputs.Pack(riskoracle.RiskOracleRiskParameterUpdate{
			Timestamp: new(big.Int).SetUint64(u.time), NewValue: u.value, ReferenceId: "ref",
			PreviousValue: []byte{}, UpdateType: s.updateType, UpdateId: big.NewInt(u.id),
			Market: s.market, AdditionalData: []byte{},
		})
	default:
		return nil, fmt.Errorf("unexpected method %s", m.Name)
	}
}

// fakeSender records candidates and answers with canned results.
type fakeSender struct {
	mu      sync.Mutex
	sent    []txmgr.Candidate
	err     error
	receipt *types.Receipt
	block   chan struct{} // if set, Send waits for it or ctx
}

func (s *fakeSender) From() common.Address { return keeperAddr }

func (s *fakeSender) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	s.mu.Lock()
	s.sent = append(s.sent, c)
	err, receipt, block := s.err, s.receipt, s.block
	s.mu.Unlock()
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if c.OnSent != nil {
		c.OnSent(types.NewTx(&types.DynamicFeeTx{}))
	}
	if err != nil {
		return nil, err
	}
	if receipt != nil {
		return receipt, nil
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(1)}, nil
}

func (s *fakeSender) setErr(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.err = err
}

func (s *fakeSender) candidates() []txmgr.Candidate {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]txmgr.Candidate(nil), s.sent...)
}

// sentValues decodes the calldata of a candidate into its values.
func sentValues(t *testing.T, c txmgr.Candidate) (method string, values []Value) {
	t.Helper()
	parsed := mustABI(t)
	m, err := parsed.MethodById(c.Data)
	require.NoError(t, err)
	in, err := m.Inputs.Unpack(c.Data[4:])
	require.NoError(t, err)
	mk := func(ref string, nv []byte, typ string, market common.Address, extra []byte) Value {
		v, err := DecodeValue(nv)
		require.NoError(t, err)
		blk, ts, err := DecodeAdditionalData(extra)
		require.NoError(t, err)
		return Value{UpdateType: typ, Market: market, Value: v, Reference: ref, Block: blk, Time: ts}
	}
	switch m.Name {
	case "publishRiskParameterUpdate":
		values = append(values, mk(in[0].(string), in[1].([]byte), in[2].(string), in[3].(common.Address), in[4].([]byte)))
	case "publishBulkRiskParameterUpdates":
		refs, nvs, typs, mkts, extras := in[0].([]string), in[1].([][]byte), in[2].([]string), in[3].([]common.Address), in[4].([][]byte)
		for k := range refs {
			values = append(values, mk(refs[k], nvs[k], typs[k], mkts[k], extras[k]))
		}
	default:
		t.Fatalf("unexpected method %s", m.Name)
	}
	return m.Name, values
}

func val(typ string, v int64, tm uint64) Value {
	return Value{UpdateType: typ, Market: token, Value: big.NewInt(v), Reference: "ref", Block: tm / 12, Time: tm}
}

// requireValues compares values, numbers by value.
func requireValues(t *testing.T, want, got []Value) {
	t.Helper()
	require.Len(t, got, len(want))
	for k := range want {
		w, g := want[k], got[k]
		require.Equal(t, 0, w.Value.Cmp(g.Value), "value %d: want %s, got %s", k, w.Value, g.Value)
		w.Value, g.Value = nil, nil
		require.Equal(t, w, g, "value %d", k)
	}
}

func requireNoBatch(t *testing.T, r *running) {
	t.Helper()
	select {
	case o := <-r.results:
		t.Fatalf("unexpected batch %+v", o)
	case <-time.After(100 * time.Millisecond):
	}
}

// ------------------------------------------------------------------- tests

func TestFirstBatchBulkThenSingle(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)

	batch := []Value{val(TypeRiskAdjustedPrice, 1e18, 1000), val(TypeDepegBps, 0, 1000), val(TypeRiskScore, 10, 1000)}
	o := r.offer(batch...)
	require.NoError(t, o.err)
	require.Equal(t, 3, o.due)
	cs := s.candidates()
	require.Len(t, cs, 1)
	require.Equal(t, Label, cs[0].Label)
	require.Equal(t, oracleAddr, *cs[0].To)
	require.Zero(t, cs[0].GasLimit, "the manager estimates")
	method, got := sentValues(t, cs[0])
	require.Equal(t, "publishBulkRiskParameterUpdates", method)
	requireValues(t, batch, got)

	o = r.offer(val(TypeRiskAdjustedPrice, 2e18, 1012), val(TypeDepegBps, 0, 1012), val(TypeRiskScore, 10, 1012))
	require.Equal(t, 1, o.due)
	cs = s.candidates()
	require.Len(t, cs, 2)
	method, got = sentValues(t, cs[1])
	require.Equal(t, "publishRiskParameterUpdate", method)
	requireValues(t, []Value{val(TypeRiskAdjustedPrice, 2e18, 1012)}, got)

	published, failed := r.metrics.snapshot()
	require.Equal(t, map[string]int{TypeRiskAdjustedPrice: 2, TypeDepegBps: 1, TypeRiskScore: 1}, published)
	require.Zero(t, failed)
}

func TestOfferLatestWins(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	r := &running{t: t, metrics: newRecMetrics(), results: make(chan batchOutcome, 16)}
	p := New(testLogger(t), s, rd, oracleAddr, 50, time.Hour, r.metrics)
	p.batchDone = func(o batchOutcome) { r.results <- o }
	r.p = p

	// Offers before Run never block; only the newest survives.
	for k := range 100 {
		p.Offer([]Value{val(TypeRiskScore, int64(k), 1000)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	select {
	case o := <-r.results:
		require.Equal(t, 1, o.due)
	case <-time.After(10 * time.Second):
		t.Fatal("batch not processed")
	}
	requireNoBatch(t, r)
	cs := s.candidates()
	require.Len(t, cs, 1)
	_, got := sentValues(t, cs[0])
	requireValues(t, []Value{val(TypeRiskScore, 99, 1000)}, got)
	cancel()
	require.NoError(t, <-done)
}

func TestOfferCopiesValues(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)
	batch := []Value{val(TypeRiskScore, 40, 1000)}
	r.p.Offer(batch)
	batch[0].Value.SetInt64(7) // the caller reuses its memory
	batch[0].UpdateType = "garbage"
	o := <-r.results
	require.Equal(t, 1, o.due)
	_, got := sentValues(t, s.candidates()[0])
	requireValues(t, []Value{val(TypeRiskScore, 40, 1000)}, got)
}

func TestOfferDoesNotBlockWhileSending(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{block: make(chan struct{})}, newFakeReader(t)
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)
	r.p.Offer([]Value{val(TypeRiskScore, 10, 1000)})
	require.Eventually(t, func() bool { return len(s.candidates()) == 1 }, 5*time.Second, time.Millisecond)

	start := time.Now()
	for k := range 50 {
		r.p.Offer([]Value{val(TypeRiskScore, int64(20+k), 1000)})
	}
	require.Less(t, time.Since(start), time.Second)
	close(s.block)
	require.NoError(t, (<-r.results).err)
	o := <-r.results // the newest batch only
	require.Equal(t, 1, o.due)
	requireNoBatch(t, r)
	cs := s.candidates()
	require.Len(t, cs, 2)
	_, got := sentValues(t, cs[1])
	requireValues(t, []Value{val(TypeRiskScore, 69, 1000)}, got)
}

func TestHeartbeat(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	r := startPublisher(t, s, rd, oracleAddr, 50, 90*time.Second)
	require.Equal(t, 1, r.offer(val(TypeRiskScore, 10, 1000)).due)
	// The fake receipt has no events, so the values' own time is recorded.
	require.Zero(t, r.offer(val(TypeRiskScore, 10, 1089)).due)
	require.Zero(t, r.offer(val(TypeRiskScore, 10, 500)).due, "older time never triggers")
	require.Equal(t, 1, r.offer(val(TypeRiskScore, 10, 1090)).due)
	require.Zero(t, r.offer(val(TypeRiskScore, 10, 1100)).due)
}

func TestHeartbeatDisabledAndRounded(t *testing.T) {
	t.Parallel()
	p := New(testLogger(t), &fakeSender{}, newFakeReader(t), oracleAddr, 50, 0, nil)
	require.Zero(t, p.heartbeat)
	p = New(testLogger(t), &fakeSender{}, newFakeReader(t), oracleAddr, 50, -time.Second, nil)
	require.Zero(t, p.heartbeat)
	p = New(testLogger(t), &fakeSender{}, newFakeReader(t), oracleAddr, 50, 1500*time.Millisecond, nil)
	require.Equal(t, uint64(2), p.heartbeat)

	s := &fakeSender{}
	r := startPublisher(t, s, newFakeReader(t), oracleAddr, 50, 0)
	require.Equal(t, 1, r.offer(val(TypeRiskScore, 10, 1000)).due)
	require.Zero(t, r.offer(val(TypeRiskScore, 10, 1_000_000)).due)
}

func TestRestartLoadsLastUpdate(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	enc := func(v int64) []byte {
		b, err := EncodeValue(big.NewInt(v))
		require.NoError(t, err)
		return b
	}
	rd.put(series{TypeRiskScore, token}, storedUpdate{id: 7, value: enc(30), time: 1000})
	rd.put(series{TypeDepegBps, token}, storedUpdate{id: 8, value: []byte("not an int256"), time: 1000})
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)

	o := r.offer(val(TypeRiskScore, 33, 1500), val(TypeDepegBps, 0, 1500), val(TypeRiskAdjustedPrice, 1e18, 1500))
	require.Equal(t, 2, o.due, "score within threshold; undecodable depeg and missing price are due")
	_, got := sentValues(t, s.candidates()[0])
	requireValues(t, []Value{val(TypeDepegBps, 0, 1500), val(TypeRiskAdjustedPrice, 1e18, 1500)}, got)
	calls := rd.calls

	// The heartbeat counts from the on-chain timestamp.
	o = r.offer(val(TypeRiskScore, 30, 1000+3600))
	require.Equal(t, 1, o.due)
	require.Equal(t, calls, rd.calls, "loaded series are not read again")
}

func TestLoadFailureRetriedNextBatch(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	rd.setErr(errBoom)
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)
	o := r.offer(val(TypeRiskScore, 10, 1000))
	require.Zero(t, o.due, "an unknown series is not published blindly")
	require.Empty(t, s.candidates())

	rd.setErr(nil)
	o = r.offer(val(TypeRiskScore, 10, 1012))
	require.Equal(t, 1, o.due)
	require.NoError(t, o.err)
}

func TestSendFailureRetried(t *testing.T) {
	t.Parallel()
	s, rd := &fakeSender{}, newFakeReader(t)
	s.setErr(fmt.Errorf("estimate: %w", errBoom))
	r := startPublisher(t, s, rd, oracleAddr, 50, time.Hour)
	batch := []Value{val(TypeRiskScore, 10, 1000), val(TypeDepegBps, 0, 1000)}
	o := r.offer(batch...)
	require.ErrorIs(t, o.err, errBoom)
	require.Equal(t, 2, o.due)
	published, failed := r.metrics.snapshot()
	require.Empty(t, published)
	require.Equal(t, 1, failed)

	s.setErr(nil)
	o = r.offer(batch...)
	require.NoError(t, o.err)
	require.Equal(t, 2, o.due, "failed values stay due")
	published, failed = r.metrics.snapshot()
	require.Equal(t, map[string]int{TypeRiskScore: 1, TypeDepegBps: 1}, published)
	require.Equal(t, 1, failed)
	require.Zero(t, r.offer(batch...).due)
}

func TestFailedReceiptWithoutErrorIsFailure(t *testing.T) {
	t.Parallel()
	s := &fakeSender{receipt: &types.Receipt{Status: types.ReceiptStatusFailed}}
	r := startPublisher(t, s, newFakeReader(t), oracleAddr, 50, time.Hour)
	o := r.offer(val(TypeRiskScore, 10, 1000))
	require.ErrorIs(t, o.err, txmgr.ErrReverted)
	_, failed := r.metrics.snapshot()
	require.Equal(t, 1, failed)
	s.mu.Lock()
	s.receipt = nil
	s.mu.Unlock()
	require.Equal(t, 1, r.offer(val(TypeRiskScore, 10, 1000)).due)
}

func TestInvalidValuesDroppedAndDeduplicated(t *testing.T) {
	t.Parallel()
	s := &fakeSender{}
	r := startPublisher(t, s, newFakeReader(t), oracleAddr, 50, time.Hour)
	tooBig := val(TypeRiskScore, 0, 1000)
	tooBig.Market = common.HexToAddress("0x01")
	tooBig.Value = new(big.Int).Lsh(big.NewInt(1), 300)
	noValue := val(TypeRiskScore, 0, 1000)
	noValue.Market = common.HexToAddress("0x02")
	noValue.Value = nil
	noType := val("", 1, 1000)
	o := r.offer(tooBig, noValue, noType, val(TypeRiskScore, 10, 1000), val(TypeDepegBps, 5, 1000), val(TypeRiskScore, 20, 1001))
	require.Equal(t, 2, o.due)
	_, got := sentValues(t, s.candidates()[0])
	requireValues(t, []Value{val(TypeRiskScore, 20, 1001), val(TypeDepegBps, 5, 1000)}, got)

	require.Zero(t, r.offer().due, "an empty batch sends nothing")
	require.Zero(t, r.offer(noValue, noType).due)
	require.Len(t, s.candidates(), 1)
}

func TestMaxValuesPerTx(t *testing.T) {
	t.Parallel()
	s := &fakeSender{}
	r := startPublisher(t, s, newFakeReader(t), oracleAddr, 50, time.Hour)
	var batch []Value
	for k := range maxValuesPerTx + 4 {
		v := val(TypeRiskScore, 10, 1000)
		v.Market = common.BigToAddress(big.NewInt(int64(k + 1)))
		batch = append(batch, v)
	}
	require.Equal(t, maxValuesPerTx, r.offer(batch...).due)
	require.Equal(t, 4, r.offer(batch...).due, "the rest go with the next batch")
	require.Zero(t, r.offer(batch...).due)
}

func TestRunWithoutDependencies(t *testing.T) {
	t.Parallel()
	p := New(testLogger(t), nil, nil, oracleAddr, 50, time.Hour, nil)
	p.Offer([]Value{val(TypeRiskScore, 10, 1000)})
	require.Error(t, p.Run(t.Context()))
	p = New(testLogger(t), &fakeSender{}, nil, oracleAddr, 50, time.Hour, nil)
	require.Error(t, p.Run(t.Context()))
}

func TestRunTwiceAndCancel(t *testing.T) {
	t.Parallel()
	s := &fakeSender{block: make(chan struct{})}
	p := New(testLogger(t), s, newFakeReader(t), oracleAddr, 50, time.Hour, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	require.Eventually(t, p.running.Load, 5*time.Second, time.Millisecond)
	require.ErrorIs(t, p.Run(ctx), ErrAlreadyRunning)

	// Cancel while a send is in flight: Run returns nil promptly.
	p.Offer([]Value{val(TypeRiskScore, 10, 1000)})
	require.Eventually(t, func() bool { return len(s.candidates()) == 1 }, 5*time.Second, time.Millisecond)
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
	// It can run again after returning.
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	require.NoError(t, p.Run(ctx2))
}

func TestReceiptTimeFromEvents(t *testing.T) {
	t.Parallel()
	p := New(testLogger(t), &fakeSender{}, newFakeReader(t), oracleAddr, 50, time.Hour, nil)
	_, ok := p.receiptTime(nil)
	require.False(t, ok)
	ev := mustABI(t).Events["ParameterUpdated"]
	data, err := ev.Inputs.NonIndexed().Pack("ref", []byte{1}, []byte{}, big.NewInt(4242), []byte{})
	require.NoError(t, err)
	good := &types.Log{Address: oracleAddr, Topics: []common.Hash{ev.ID, {}, {}, {}}, Data: data}
	other := &types.Log{Address: keeperAddr, Topics: []common.Hash{ev.ID, {}, {}, {}}, Data: data}
	junk := &types.Log{Address: oracleAddr, Topics: []common.Hash{ev.ID}, Data: []byte{1, 2, 3}}
	ts, ok := p.receiptTime(&types.Receipt{Logs: []*types.Log{nil, other, junk, good}})
	require.True(t, ok)
	require.Equal(t, uint64(4242), ts)
}

// A stop while an update is in flight follows it to its receipt for up
// to DrainTimeout, then gives up on it; a batch offered after the stop is
// not sent.
func TestStopDrainsTheUpdateInFlight(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		drain   time.Duration
		release bool // the receipt arrives during the drain
	}{
		{"mined during the drain", time.Minute, true},
		{"drain timeout", 50 * time.Millisecond, false},
		{"no drain", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s, rd := &fakeSender{block: make(chan struct{})}, newFakeReader(t)
			results := make(chan batchOutcome, 4)
			p := New(testLogger(t), s, rd, oracleAddr, 50, time.Hour, nil)
			p.DrainTimeout = tc.drain
			p.batchDone = func(o batchOutcome) { results <- o }
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- p.Run(ctx) }()
			p.Offer([]Value{val(TypeRiskScore, 10, 1000)})
			require.Eventually(t, func() bool { return len(s.candidates()) == 1 }, 5*time.Second, time.Millisecond)

			cancel()
			p.Offer([]Value{val(TypeRiskScore, 90, 1000)})
			if tc.release {
				select {
				case err := <-done:
					t.Fatalf("Run returned with its update in flight: %v", err)
				case <-time.After(100 * time.Millisecond):
				}
				close(s.block)
			}
			select {
			case err := <-done:
				require.NoError(t, err)
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return")
			}
			o := <-results
			if tc.release {
				require.NoError(t, o.err, "seen to its receipt")
				require.NotNil(t, o.receipt)
			} else {
				require.ErrorIs(t, o.err, context.Canceled, "abandoned")
			}
			require.Len(t, s.candidates(), 1, "nothing sent after the stop")
		})
	}
}
