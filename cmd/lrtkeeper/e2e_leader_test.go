package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// The sender lease shared by the instances of these tests.
const (
	e2eLeaderShard = "e2e"
	e2eLeaderTTL   = 2 * time.Second
	e2eLeaseKey    = "lrt:v1:{" + e2eLeaderShard + "}:lease"
	e2eHeadKey     = "lrt:v1:" + oracle.HeadKey
)

// e2eTakeoverLimit bounds a takeover after the leader died without
// releasing: the lease expires at most a TTL after its last renewal and a
// follower tries every TTL/3; the rest is scheduling slack.
const e2eTakeoverLimit = 2*e2eLeaderTTL + time.Second

// leaderWorld is the anvil Aave world of TestEndToEndAaveOnAnvil, with one
// redis-server, for several instances of the daemon.
type leaderWorld struct {
	ctx      context.Context
	t        *testing.T
	node     *testenv.Anvil
	srv      *testenv.Redis
	rdb      *redis.Client
	client   *ethclient.Client
	deployer *ecdsa.PrivateKey
	d        *devnet.Deployment
	a        *devnet.Aave
	executor common.Address
	keeper   common.Address
	start    uint64 // the pool's first block
	users    []*aaveUser
}

// newLeaderWorld deploys the Morpho world, the keeper's executor and the
// Aave pool, opens e2eAaveUsers and turns on a block every second.
func newLeaderWorld(ctx context.Context, t *testing.T) *leaderWorld {
	t.Helper()
	binary(t) // built first, so that the times logged are the test's
	started := time.Now()
	w := &leaderWorld{ctx: ctx, t: t, node: testenv.StartAnvil(t, "--balance", "1000000"), srv: testenv.StartRedis(t),
		deployer: testenv.DevPrivateKey(0), keeper: testenv.DevAddress(1)}
	w.rdb = w.srv.Client(t)
	var err error
	w.client, err = ethclient.DialContext(ctx, w.node.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(w.client.Close)
	chainID := new(big.Int).SetUint64(w.node.ChainID)
	w.d, err = devnet.Deploy(ctx, w.client, w.deployer, chainID)
	require.NoError(t, err)
	x, err := w.d.DeployExecution(ctx, w.client, w.deployer, w.keeper)
	require.NoError(t, err)
	w.executor = x.Executor
	head, err := w.client.BlockNumber(ctx)
	require.NoError(t, err)
	w.start = head + 1
	w.a, err = devnet.DeployAave(ctx, w.client, w.deployer, chainID, nil, e2eAaveSpec(w.d))
	require.NoError(t, err)
	w.users = e2eAaveUsers()
	openAaveUsers(ctx, t, w.client, w.d, w.a, w.deployer, w.users)
	w.setIntervalMining(1)
	t.Logf("deployed and opened %d aave users in %s", len(w.users), time.Since(started).Round(time.Millisecond))
	return w
}

// setIntervalMining mines a block every secs seconds; 0 stops mining.
func (w *leaderWorld) setIntervalMining(secs int) {
	w.t.Helper()
	require.NoError(w.t, w.client.Client().CallContext(w.ctx, nil, "evm_setIntervalMining", secs))
}

// startInstance starts an instance named name: the Aave end-to-end config
// with the sender lease of shard e2e, the shared key, and its Redis
// connections named after it (client_name), so that CLIENT LIST tells
// the instances' writes apart.
func (w *leaderWorld) startInstance(name string) *daemon {
	w.t.Helper()
	path := writeAaveConfig(w.t, w.node.WSURL, w.srv.URL()+"?client_name="+name, w.d, w.a, w.start, w.executor)
	appendLeaderConfig(w.t, path, name)
	return startDaemon(w.t, []string{"run", "--config", path, "--for", "150s"},
		[]string{"LRTKEEPER_PRIVATE_KEY=" + testenv.DevKey(1)})
}

// appendLeaderConfig adds the leader section to a config written by
// writeAaveConfig.
func appendLeaderConfig(t *testing.T, path, instance string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = fmt.Fprintf(f, "leader: {enabled: true, shard: %s, ttl: %s, instance: %s}\n", e2eLeaderShard, e2eLeaderTTL, instance)
	require.NoError(t, errors.Join(err, f.Close()))
}

// borrowers are the users with debt; underwater those the drop takes
// under 1.
func (w *leaderWorld) borrowers() (all, underwater []*aaveUser) {
	for _, u := range w.users {
		if u.healthBps == 0 {
			continue
		}
		all = append(all, u)
		if u.underwater {
			underwater = append(underwater, u)
		}
	}
	return all, underwater
}

// awaitPublished waits until every borrower has a record in Redis.
func (w *leaderWorld) awaitPublished(d *daemon) {
	w.t.Helper()
	all, _ := w.borrowers()
	lrt, weth := w.a.Reserves[e2eAaveLRT].Token, w.a.Reserves[e2eAaveWETH].Token
	awaitDaemon(w.t, d, 60*time.Second, func() bool {
		for _, u := range all {
			rec, err := oracle.ReadPosition(w.ctx, w.rdb, "lrt:v1", u.market(w.a.Pool, lrt, weth), u.addr)
			if err != nil || rec == nil {
				return false
			}
		}
		return true
	}, "not every aave borrower was published")
}

// drop lowers the ezETH price by e2eDropBps, as TestEndToEndAaveOnAnvil
// does: the Curve pool first (the venue), then the feed the pool's oracle
// reads. It returns the block of the feed's update.
func (w *leaderWorld) drop() uint64 {
	w.t.Helper()
	fair, err := w.d.FairRate(w.ctx, w.client)
	require.NoError(w.t, err)
	price := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(10_000-e2eDropBps)), big.NewInt(10_000))
	require.NoError(w.t, w.d.SetPoolPrices(w.ctx, w.client, w.deployer, price))
	require.NoError(w.t, w.d.SetMarketPrice(w.ctx, w.client, w.deployer, price))
	head, err := w.client.BlockNumber(w.ctx)
	require.NoError(w.t, err)
	return head
}

// liquidation is one LiquidationCall event of the pool.
type liquidation struct {
	block uint64
	tx    common.Hash
	nonce uint64 // of the keeper's transaction
}

// liquidations are the pool's LiquidationCall events by user, in chain
// order, from the pool's first block to the head.
func (w *leaderWorld) liquidations() map[common.Address][]liquidation {
	w.t.Helper()
	pool := aavepool.NewAavePool()
	logs, err := w.client.FilterLogs(w.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.start),
		Addresses: []common.Address{w.a.Pool},
		Topics:    [][]common.Hash{{pool.GetABI().Events[aavepool.AavePoolLiquidationCallEventName].ID}},
	})
	require.NoError(w.t, err)
	out := map[common.Address][]liquidation{}
	for i := range logs {
		ev, err := pool.UnpackLiquidationCallEvent(&logs[i])
		require.NoError(w.t, err)
		require.Equal(w.t, w.executor, ev.Liquidator, "the keeper's executor liquidates")
		tx, _, err := w.client.TransactionByHash(w.ctx, logs[i].TxHash)
		require.NoError(w.t, err)
		out[ev.User] = append(out[ev.User], liquidation{block: logs[i].BlockNumber, tx: logs[i].TxHash, nonce: tx.Nonce()})
	}
	return out
}

// lastLiquidation is the block of the pool's latest LiquidationCall.
func (w *leaderWorld) lastLiquidation() uint64 {
	w.t.Helper()
	var last uint64
	for _, ls := range w.liquidations() {
		last = max(last, ls[len(ls)-1].block)
	}
	return last
}

// awaitLiquidated waits until every underwater user has a LiquidationCall.
func (w *leaderWorld) awaitLiquidated(d *daemon) {
	w.t.Helper()
	_, underwater := w.borrowers()
	awaitDaemon(w.t, d, 60*time.Second, func() bool {
		liqs := w.liquidations()
		for _, u := range underwater {
			if len(liqs[u.addr]) == 0 {
				return false
			}
		}
		return true
	}, "not every underwater loop was liquidated")
}

// awaitSettled waits until d processed two blocks past the latest
// liquidation and the keeper has no transaction pending: a second send
// for a position would be mined by then.
func (w *leaderWorld) awaitSettled(d *daemon) {
	w.t.Helper()
	awaitDaemon(w.t, d, 30*time.Second, func() bool {
		if processedUpTo(d) < w.lastLiquidation()+2 {
			return false
		}
		pending, err := w.client.PendingNonceAt(w.ctx, w.keeper)
		if err != nil {
			return false
		}
		mined, err := w.client.NonceAt(w.ctx, w.keeper, nil)
		return err == nil && pending == mined
	}, "the keeper's transactions did not settle")
}

// checkNoDoubleSend checks the liquidations on chain against the sends
// the instances logged. Each underwater user is liquidated, the others
// not; a user is liquidated again only in a later block and only if it
// was still under 1 before it (Aave closes at most half the debt: the
// loop opened at 1.01 ends a hair under 1 after its first liquidation), so
// once for a user the first one takes back over 1. Every keeper
// transaction since nonce0 is one of these liquidations (none reverted,
// none cancelled), and every liquidation_sent line names a state that
// already held the user's previous liquidation: no send was planned on
// stale state. It returns how many users were liquidated more than once.
func (w *leaderWorld) checkNoDoubleSend(nonce0 uint64, senders ...*daemon) (again int) {
	w.t.Helper()
	read := aaveReader{ctx: w.ctx, t: w.t, client: w.client, a: w.a}
	all, _ := w.borrowers()
	liqs := w.liquidations()
	head, err := w.client.BlockNumber(w.ctx)
	require.NoError(w.t, err)
	total := 0
	for _, u := range all {
		ls := liqs[u.addr]
		total += len(ls)
		if !u.underwater {
			require.Empty(w.t, ls, "%s stays above 1", u.name)
			continue
		}
		require.NotEmpty(w.t, ls, "%s went under 1", u.name)
		for i := 1; i < len(ls); i++ {
			require.Greater(w.t, ls[i].block, ls[i-1].block, "%s liquidated twice in block %d", u.name, ls[i].block)
			hf := read.health(u.addr, ls[i].block-1)
			require.Negative(w.t, hf.Cmp(devnet.WAD), "%s liquidated again in block %d at health %s", u.name, ls[i].block, hf)
		}
		if len(ls) > 1 {
			again++
		} else {
			hf := read.health(u.addr, ls[0].block)
			require.GreaterOrEqual(w.t, hf.Cmp(devnet.WAD), 0, "%s: one liquidation, health %s after it", u.name, hf)
		}
		require.GreaterOrEqual(w.t, read.health(u.addr, head).Cmp(devnet.WAD), 0, "%s ends over 1", u.name)
	}
	nonce, err := w.client.NonceAt(w.ctx, w.keeper, nil)
	require.NoError(w.t, err)
	require.Equal(w.t, uint64(total), nonce-nonce0,
		"every keeper transaction is one liquidation (nonce %d → %d, %d LiquidationCall events)", nonce0, nonce, total)
	for _, d := range senders {
		for _, ev := range d.events(map[string]string{"alert": "liquidation_sent"}) {
			who := common.HexToAddress(ev["borrower"].(string))
			planned, nonce := uint64(ev["block"].(float64)), uint64(ev["nonce"].(float64))
			ls := liqs[who]
			i := slices.IndexFunc(ls, func(l liquidation) bool { return l.nonce == nonce })
			require.GreaterOrEqual(w.t, i, 0, "the liquidation of %s sent at nonce %d is not on chain", who, nonce)
			if i > 0 {
				require.GreaterOrEqual(w.t, planned, ls[i-1].block,
					"the liquidation of %s at nonce %d was planned at block %d, before the previous one (block %d) was mined", who, nonce, planned, ls[i-1].block)
			}
		}
	}
	return again
}

// leaseValue is the lease key's value in Redis, "" when it is gone.
func (w *leaderWorld) leaseValue() string {
	v, err := w.rdb.Get(w.ctx, e2eLeaseKey).Result()
	if errors.Is(err, redis.Nil) {
		return ""
	}
	require.NoError(w.t, err)
	return v
}

// killLeader SIGKILLs d (no release) and waits for it to exit. It returns
// the kill time and the lease's remaining time to live read just before:
// no other instance may take the lease sooner than that after the kill.
func (w *leaderWorld) killLeader(d *daemon) (time.Time, time.Duration) {
	w.t.Helper()
	before := time.Now()
	pttl, err := w.rdb.PTTL(w.ctx, e2eLeaseKey).Result()
	require.NoError(w.t, err)
	require.Positive(w.t, pttl, "the leader holds the lease")
	require.NoError(w.t, d.cmd.Process.Kill())
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		w.t.Fatal("the killed leader did not exit")
	}
	return before, pttl
}

// awaitTakeover waits for d to take the lease after the leader was killed
// at killed (with pttl left on its lease) and checks when: not before the
// lease expired, and within e2eTakeoverLimit. It returns the new term's
// "lease acquired" event.
func (w *leaderWorld) awaitTakeover(d *daemon, name string, killed time.Time, pttl time.Duration, prevToken uint64) map[string]any {
	w.t.Helper()
	awaitDaemon(w.t, d, e2eTakeoverLimit+5*time.Second, func() bool { return len(leaseEvents(d, "lease acquired")) > 0 },
		"%s never took the lease", name)
	acq := leaseEvents(d, "lease acquired")
	require.Len(w.t, acq, 1, "%s took the lease once", name)
	at := logTime(w.t, acq[0])
	takeover := at.Sub(killed)
	w.t.Logf("%s took the lease %s after the leader's SIGKILL (its lease had %s left; ttl %s, limit %s)",
		name, takeover.Round(time.Millisecond), pttl, e2eLeaderTTL, e2eTakeoverLimit)
	require.GreaterOrEqual(w.t, takeover, pttl-10*time.Millisecond, "%s took the lease before it expired", name)
	require.LessOrEqual(w.t, takeover, e2eTakeoverLimit, "%s took over too late", name)
	token := leaseToken(w.t, acq[0])
	require.Equal(w.t, prevToken+1, token, "the fencing token of %s's term follows the last one", name)
	require.Equal(w.t, fmt.Sprintf("%s:%d", name, token), w.leaseValue())
	return acq[0]
}

// stopInstance sends SIGTERM to d, requires exit code 0 and the lease
// released: its key gone from Redis.
func (w *leaderWorld) stopInstance(d *daemon, name string) {
	w.t.Helper()
	require.NoError(w.t, d.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-d.done:
		require.NoError(w.t, err, "%s: exit after SIGTERM", name)
	case <-time.After(30 * time.Second):
		w.t.Fatalf("%s did not stop within 30s of SIGTERM", name)
	}
	n, err := w.rdb.Exists(w.ctx, e2eLeaseKey).Result()
	require.NoError(w.t, err)
	require.Zero(w.t, n, "%s released the lease on SIGTERM", name)
	lost := d.events(map[string]string{"component": "lease", "message": "lease lost", "reason": "stopped"})
	require.Len(w.t, lost, 1, "%s stepped down once, on stop", name)
	// Taking over is a first full write, not Redis losing data.
	require.Empty(w.t, d.events(map[string]string{"message": "redis lost the published state: rewriting it from memory"}), name)
}

// leaseEvents are d's lease log lines with message msg.
func leaseEvents(d *daemon, msg string) []map[string]any {
	return d.events(map[string]string{"component": "lease", "message": msg})
}

// sends are d's lines that say it sent a transaction.
func sends(d *daemon) []map[string]any {
	return append(d.events(map[string]string{"alert": "liquidation_sent"}), d.events(map[string]string{"message": "tx sent"})...)
}

// processedUpTo is the highest block d logged as processed.
func processedUpTo(d *daemon) uint64 {
	var top uint64
	for _, ev := range d.events(map[string]string{"message": "block processed"}) {
		if b, ok := ev["block"].(float64); ok {
			top = max(top, uint64(b))
		}
	}
	return top
}

func logTime(t *testing.T, ev map[string]any) time.Time {
	t.Helper()
	s, ok := ev["time"].(string)
	require.True(t, ok, "log line without time: %v", ev)
	at, err := time.Parse(time.RFC3339Nano, s)
	require.NoError(t, err)
	return at
}

func leaseToken(t *testing.T, ev map[string]any) uint64 {
	t.Helper()
	tok, ok := ev["token"].(float64)
	require.True(t, ok, "lease line without token: %v", ev)
	return uint64(tok)
}

// headWrites watches Redis with MONITOR and records who writes the
// published head (HSET lrt:v1:head, once per published block): each
// instance's connections carry its name, which CLIENT LIST maps from the
// client address MONITOR shows.
type headWrites struct {
	rdb   *redis.Client
	names map[string]string // client address → name; the reader's own

	mu     sync.Mutex
	writes []headWrite
}

type headWrite struct {
	at   time.Time // Redis's clock
	name string
}

func watchHeadWrites(t *testing.T, srv *testenv.Redis, rdb *redis.Client) *headWrites {
	t.Helper()
	conn, err := net.DialTimeout("tcp", srv.Addr, 5*time.Second)
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() }) // ends read
	_, err = conn.Write([]byte("MONITOR\r\n"))
	require.NoError(t, err)
	r := bufio.NewReader(conn)
	ok, err := r.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "+OK\r\n", ok)
	h := &headWrites{rdb: rdb, names: map[string]string{}}
	go h.read(r)
	return h
}

// read parses MONITOR lines, e.g.
// +1700000000.123456 [0 127.0.0.1:50000] "hset" "lrt:v1:head" "block" "5"
func (h *headWrites) read(r *bufio.Reader) {
	want := `"hset" "` + e2eHeadKey + `"`
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimSuffix(strings.TrimPrefix(line, "+"), "\r\n")
		open, end := strings.IndexByte(line, '['), strings.IndexByte(line, ']')
		if open < 0 || end < open || !strings.HasPrefix(strings.ToLower(line[end+1:]), " "+want) {
			continue
		}
		_, addr, _ := strings.Cut(line[open+1:end], " ")
		at, ok := monitorTime(strings.TrimSpace(line[:open]))
		if !ok {
			continue
		}
		name := h.nameOf(addr)
		h.mu.Lock()
		h.writes = append(h.writes, headWrite{at: at, name: name})
		h.mu.Unlock()
	}
}

// nameOf returns the name of the client at addr, from CLIENT LIST when
// not yet known: the connection that just wrote is still open.
func (h *headWrites) nameOf(addr string) string {
	if n, ok := h.names[addr]; ok {
		return n
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	list, err := h.rdb.ClientList(ctx).Result()
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(list, "\n") {
		var a, n string
		for _, f := range strings.Fields(l) {
			if v, ok := strings.CutPrefix(f, "addr="); ok {
				a = v
			} else if v, ok := strings.CutPrefix(f, "name="); ok {
				n = v
			}
		}
		if a != "" {
			h.names[a] = n
		}
	}
	return h.names[addr]
}

// monitorTime parses MONITOR's "<seconds>.<microseconds>".
func monitorTime(s string) (time.Time, bool) {
	sec, usec, ok := strings.Cut(s, ".")
	if !ok {
		return time.Time{}, false
	}
	a, err1 := strconv.ParseInt(sec, 10, 64)
	b, err2 := strconv.ParseInt(usec, 10, 64)
	if err1 != nil || err2 != nil {
		return time.Time{}, false
	}
	return time.Unix(a, b*1000), true
}

// by returns the times of name's writes.
func (h *headWrites) by(name string) []time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []time.Time
	for _, w := range h.writes {
		if w.name == name {
			out = append(out, w.at)
		}
	}
	return out
}

// writers returns the names of every writer seen.
func (h *headWrites) writers() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, w := range h.writes {
		if !slices.Contains(out, w.name) {
			out = append(out, w.name)
		}
	}
	return out
}

// TestTwoInstancesOneSender runs two instances of the built binary with
// the same key on one anvil and one redis-server, sharing the sender lease
// of shard e2e: instance a takes it and publishes, b follows and neither
// sends nor publishes; a is SIGKILLed (no release), b takes over within
// the bounds of the TTL, liquidates the loops the price drop takes under 1
// with no second send (checkNoDoubleSend), publishes, and releases the
// lease on SIGTERM.
func TestTwoInstancesOneSender(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newLeaderWorld(ctx, t)
	started := time.Now()
	heads := watchHeadWrites(t, w.srv, w.rdb)
	_, underwater := w.borrowers()

	a := w.startInstance("a")
	awaitDaemon(t, a, 30*time.Second, func() bool { return len(leaseEvents(a, "lease acquired")) > 0 }, "a never took the lease")
	aToken := leaseToken(t, leaseEvents(a, "lease acquired")[0])
	require.Equal(t, fmt.Sprintf("a:%d", aToken), w.leaseValue())
	t.Logf("a took the lease (token %d) %s after start", aToken, time.Since(started).Round(time.Millisecond))

	b := w.startInstance("b")
	w.awaitPublished(a)
	// b follows hot: it processes blocks, past the point where it could
	// have published or taken the lease.
	bFrom := processedUpTo(a)
	awaitDaemon(t, b, 30*time.Second, func() bool { return processedUpTo(b) >= bFrom+3 }, "b processes no blocks")
	require.Empty(t, leaseEvents(b, "lease acquired"), "b took the lease while a holds it")
	require.Empty(t, sends(b), "b sent while a leads")
	require.Empty(t, sends(a), "nothing to send before the drop")
	require.NotEmpty(t, heads.by("a"), "a publishes")
	require.Empty(t, heads.by("b"), "b publishes while a leads")
	require.Equal(t, fmt.Sprintf("a:%d", aToken), w.leaseValue())

	killed, pttl := w.killLeader(a)
	aWrites := len(heads.by("a"))
	acq := w.awaitTakeover(b, "b", killed, pttl, aToken)
	acquiredAt := logTime(t, acq)

	nonce0, err := w.client.NonceAt(ctx, w.keeper, nil)
	require.NoError(t, err)
	w.drop()
	dropped := time.Now()
	w.awaitLiquidated(b)
	t.Logf("every underwater loop liquidated %s after the drop", time.Since(dropped).Round(time.Millisecond))
	w.awaitSettled(b)
	again := w.checkNoDoubleSend(nonce0, b)
	for _, u := range underwater {
		ls := w.liquidations()[u.addr]
		mined := b.events(map[string]string{"alert": "liquidation_mined", "protocol": "aave_v3", "borrower": u.addr.Hex()})
		require.Len(t, mined, len(ls), "%s: b reports each of its liquidations", u.name)
		for _, ev := range mined {
			require.Equal(t, "flash", ev["mode"], u.name)
		}
	}
	require.Empty(t, sends(a), "a was killed before the drop")
	t.Logf("b liquidated %d underwater loops, %d of them twice", len(underwater), again)

	// b publishes since it leads, and only since.
	awaitDaemon(t, b, 10*time.Second, func() bool { return len(heads.by("b")) > 0 }, "b does not publish after taking the lease")
	for _, at := range heads.by("b") {
		require.True(t, at.After(acquiredAt), "b wrote the head at %s, before it took the lease at %s", at, acquiredAt)
	}
	require.Len(t, heads.by("a"), aWrites, "a wrote after it was killed")
	require.ElementsMatch(t, []string{"a", "b"}, heads.writers(), "only the instances write the head")
	t.Logf("head writes: a %d, b %d", aWrites, len(heads.by("b")))

	w.stopInstance(b, "b")
	t.Logf("total %s", time.Since(started).Round(time.Millisecond))
}

// TestTwoInstancesOneSenderKilledMidSend kills the leader right after its
// first liquidation_sent line, with mining stopped so that its
// transactions are still pending when the follower takes over: the
// follower resumes them from the journal instead of sending them again
// (checkNoDoubleSend), and sends only what the leader had not recorded.
func TestTwoInstancesOneSenderKilledMidSend(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newLeaderWorld(ctx, t)
	started := time.Now()

	a := w.startInstance("a")
	awaitDaemon(t, a, 30*time.Second, func() bool { return len(leaseEvents(a, "lease acquired")) > 0 }, "a never took the lease")
	aToken := leaseToken(t, leaseEvents(a, "lease acquired")[0])
	b := w.startInstance("b")
	w.awaitPublished(a)
	bFrom := processedUpTo(a)
	awaitDaemon(t, b, 30*time.Second, func() bool { return processedUpTo(b) >= bFrom+3 }, "b processes no blocks")
	nonce0, err := w.client.NonceAt(ctx, w.keeper, nil)
	require.NoError(t, err)

	// From here on a block is mined only on demand: the drop's two, then
	// none until b has taken over.
	w.setIntervalMining(0)
	w.d.SetMine(func() {
		if err := w.client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Errorf("evm_mine: %v", err)
		}
	})
	dropBlock := w.drop()
	w.d.SetMine(nil)
	aSent := func() []map[string]any { return a.events(map[string]string{"alert": "liquidation_sent"}) }
	deadline := time.Now().Add(30 * time.Second)
	for len(aSent()) == 0 {
		require.True(t, time.Now().Before(deadline), "a sent no liquidation after the drop")
		time.Sleep(10 * time.Millisecond)
	}
	killed, pttl := w.killLeader(a)
	sentByA := map[string]bool{}
	for _, ev := range aSent() {
		sentByA[ev["borrower"].(string)] = true
	}
	// b saw the drop too (it processes every block) and sent nothing.
	awaitDaemon(t, b, 10*time.Second, func() bool { return processedUpTo(b) >= dropBlock }, "b did not process the drop")
	require.Empty(t, sends(b), "b sent while a led")
	require.NotEmpty(t, b.events(map[string]string{"alert": "liquidatable", "state": "firing"}), "b saw the drop")

	// What a left in flight: journal records (written before each
	// broadcast), none mined.
	recs, err := txmgr.NewRedisJournal(w.rdb, "lrt:v1").Pending(ctx)
	require.NoError(t, err)
	var nonces []uint64
	for _, r := range recs {
		if r.From == w.keeper && !slices.Contains(nonces, r.Nonce) {
			nonces = append(nonces, r.Nonce)
		}
	}
	require.GreaterOrEqual(t, len(nonces), len(sentByA), "a recorded every transaction it sent")
	t.Logf("a killed after %d liquidation_sent lines, %d nonces pending in the journal", len(sentByA), len(nonces))

	w.awaitTakeover(b, "b", killed, pttl, aToken)
	resumed := func() []map[string]any {
		var out []map[string]any
		for _, m := range []string{"resumed tx re-broadcast", "resumed tx already mined", "resumed tx dropped: nonce used by another transaction", "resumed tx outcome unknown: left pending"} {
			out = append(out, b.events(map[string]string{"message": m})...)
		}
		return out
	}
	awaitDaemon(t, b, 10*time.Second, func() bool { return len(resumed()) >= len(nonces) }, "b did not resume a's %d transactions", len(nonces))
	require.Len(t, b.events(map[string]string{"message": "resumed tx re-broadcast"}), len(nonces),
		"nothing was mined: b re-broadcasts each of a's transactions")
	require.Empty(t, sends(b), "no block since the takeover: b has nothing new to send")

	w.setIntervalMining(1)
	w.awaitLiquidated(b)
	w.awaitSettled(b)
	again := w.checkNoDoubleSend(nonce0, a, b)
	// a's transactions were mined as they were signed: b sent none again.
	liqs := w.liquidations()
	for _, ev := range aSent() {
		who := common.HexToAddress(ev["borrower"].(string))
		require.Equal(t, common.HexToHash(ev["tx"].(string)), liqs[who][0].tx, "a's liquidation of %s is the first one", who)
	}
	bSent := b.events(map[string]string{"alert": "liquidation_sent"})
	t.Logf("liquidations: %d sent by a, %d recorded by a and resumed by b, %d sent by b (%d users liquidated twice)",
		len(sentByA), len(nonces), len(bSent), again)

	w.stopInstance(b, "b")
	t.Logf("total %s", time.Since(started).Round(time.Millisecond))
}
