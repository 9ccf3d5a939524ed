package txmgr

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for concurrent writers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testLogs maps a test's logger output, for tests that assert on it.
var testLogs sync.Map // *testing.T -> *syncBuffer

// newTestLogger returns a debug logger writing to t and to a buffer. When
// the test ends, the buffer must not contain any of secrets (compared case
// insensitively): this is how every test that sends checks that the private
// key and endpoint credentials never reach the logs.
func newTestLogger(t *testing.T, secrets ...string) zerolog.Logger {
	t.Helper()
	buf := &syncBuffer{}
	testLogs.Store(t, buf)
	t.Cleanup(func() {
		out := strings.ToLower(buf.String())
		require.NotEmpty(t, out, "the manager logged nothing: the secret check would be vacuous")
		for _, s := range secrets {
			require.NotContains(t, out, strings.ToLower(s), "a secret was logged")
		}
	})
	return zerolog.New(io.MultiWriter(zerolog.NewTestWriter(t), buf)).Level(zerolog.DebugLevel)
}

// logsOf returns what t's test logger wrote so far.
func logsOf(t *testing.T) string {
	t.Helper()
	buf, ok := testLogs.Load(t)
	require.True(t, ok)
	return buf.(*syncBuffer).String()
}

// keySecrets are the forms in which key could leak: raw hex, with and
// without 0x (the 0x form contains the bare one, kept for clarity).
func keySecrets(key *ecdsa.PrivateKey) []string {
	h := hex.EncodeToString(crypto.FromECDSA(key))
	return []string{h, "0x" + h}
}

func (r *recordingMetrics) TxNotSent(label, reason string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.notSent == nil {
		r.notSent = map[string]int{}
	}
	r.notSent[label+"/"+reason]++
}

func (r *recordingMetrics) TxCancelled(string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancelled++
}

func (r *recordingMetrics) TxInFlight(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.maxInFlight = max(r.maxInFlight, n)
	r.inFlight = n
}

func (r *recordingMetrics) notSentCount(label, reason string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.notSent[label+"/"+reason]
}

func (r *recordingMetrics) cancelCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cancelled
}

func (r *recordingMetrics) inFlightNow() (now, peak int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.inFlight, r.maxInFlight
}

func (m *eventMetrics) TxNotSent(label, reason string) {
	m.add("not sent " + label + "/" + reason)
	for _, n := range m.next {
		n.TxNotSent(label, reason)
	}
}

func (m *eventMetrics) TxCancelled(label string) {
	m.add("cancelled " + label)
	for _, n := range m.next {
		n.TxCancelled(label)
	}
}

// TxInFlight is not an event: it changes on every Send.
func (m *eventMetrics) TxInFlight(n int) {
	for _, x := range m.next {
		x.TxInFlight(n)
	}
}

// guardABI declares the custom error of guardInitCode.
const guardABI = `[{"type":"error","name":"ProfitBelowMinimum","inputs":[{"name":"profit","type":"uint256"},{"name":"minProfit","type":"uint256"}]}]`

func mustGuardABI(t *testing.T) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(guardABI))
	require.NoError(t, err)
	return &a
}

// guardInitCode deploys a contract standing for a liquidation target: a call
// with empty calldata succeeds while storage slot 0 is zero (the position is
// liquidatable); a call with any calldata sets slot 0 (someone else
// liquidated it); once slot 0 is set, every call reverts with
// ProfitBelowMinimum(profit, minProfit).
func guardInitCode(t *testing.T, profit, minProfit int64) []byte {
	t.Helper()
	runtime := guardRuntime(t, profit, minProfit)
	size := len(runtime)
	initCode := []byte{
		0x61, byte(size >> 8), byte(size), // PUSH2 size
		0x80,       // DUP1
		0x60, 0x0c, // PUSH1 12 (runtime offset in this code)
		0x60, 0x00, 0x39, // CODECOPY(0, 12, size)
		0x60, 0x00, 0xf3, // RETURN(0, size)
	}
	require.Len(t, initCode, 12)
	return append(initCode, runtime...)
}

// guardRuntime is the deployed code of guardInitCode.
func guardRuntime(t *testing.T, profit, minProfit int64) []byte {
	t.Helper()
	revertData := mustGuardABI(t).Errors["ProfitBelowMinimum"].ID.Bytes()[:4]
	args, err := mustGuardABI(t).Errors["ProfitBelowMinimum"].Inputs.Pack(big.NewInt(profit), big.NewInt(minProfit))
	require.NoError(t, err)
	revertData = append(revertData, args...)
	require.Less(t, len(revertData), 256)
	n := byte(len(revertData))
	runtime := []byte{
		0x60, 0x00, 0x54, // SLOAD(0)
		0x60, 0x13, 0x57, // JUMPI to 0x13 (revert) if set
		0x36, 0x15, // ISZERO(CALLDATASIZE)
		0x60, 0x11, 0x57, // JUMPI to 0x11 (stop) if no calldata
		0x60, 0x01, 0x60, 0x00, 0x55, // SSTORE(0, 1)
		0x00,       // STOP
		0x5b, 0x00, // 0x11: JUMPDEST STOP
		0x5b,                                  // 0x13: JUMPDEST
		0x60, n, 0x60, 0x20, 0x60, 0x00, 0x39, // CODECOPY(0, 0x20, n)
		0x60, n, 0x60, 0x00, 0xfd, // REVERT(0, n)
	}
	require.Len(t, runtime, 0x20, "revert data must start at 0x20")
	return append(runtime, revertData...)
}

// hexGwei formats n gwei as a JSON-RPC quantity.
func hexGwei(n int64) string {
	return fmt.Sprintf("0x%x", new(big.Int).Mul(big.NewInt(n), gwei))
}

// deploy sends init code through the manager and returns the address.
func (e *env) deploy(code []byte) common.Address {
	e.t.Helper()
	r, err := e.mgr.Send(e.t.Context(), Candidate{Data: code, Label: "deploy"})
	require.NoError(e.t, err)
	require.Equal(e.t, uint64(1), r.Status)
	return r.ContractAddress
}
