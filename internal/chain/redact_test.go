package chain_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

const secret = "SECRETAPIKEY123"

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

var errSentinel = errors.New("sentinel")

func TestRedactErrorCutsURLAndItsParts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, raw, msg, want string
		gone                 []string
	}{
		{
			name: "whole url quoted by net/http",
			raw:  "https://mainnet.example/v2/" + secret,
			msg:  `Post "https://mainnet.example/v2/` + secret + `": dial tcp: connection refused`,
			want: `Post "https://mainnet.example/<redacted>": dial tcp: connection refused`,
		},
		{
			name: "path alone",
			raw:  "https://mainnet.example/v2/" + secret,
			msg:  "request to /v2/" + secret + " failed",
			want: "request to /<redacted> failed",
		},
		{
			name: "scheme changed",
			raw:  "wss://mainnet.example/v2/" + secret,
			msg:  `Get "https://mainnet.example/v2/` + secret + `": bad handshake`,
			want: `Get "https://mainnet.example/<redacted>": bad handshake`,
		},
		{
			name: "trailing slash added",
			raw:  "https://mainnet.example/v2/" + secret,
			msg:  `Post "https://mainnet.example/v2/` + secret + `/": EOF`,
			want: `Post "https://mainnet.example/<redacted>": EOF`,
		},
		{
			name: "trailing slash dropped",
			raw:  "https://mainnet.example/v2/" + secret + "/",
			msg:  `Post "https://mainnet.example/v2/` + secret + `": EOF`,
			want: `Post "https://mainnet.example/<redacted>": EOF`,
		},
		{
			name: "userinfo, password starred by net/http",
			raw:  "https://user" + secret + ":pw" + secret + "@node.example",
			msg:  `Post "https://user` + secret + `:***@node.example": EOF`,
			want: `Post "https://node.example": EOF`,
		},
		{
			name: "userinfo parts",
			raw:  "https://user" + secret + ":pw" + secret + "@node.example/rpc",
			msg:  "auth user" + secret + " with pw" + secret + " refused",
			want: "auth <redacted> with <redacted> refused",
		},
		{
			name: "query",
			raw:  "https://node.example/rpc?apikey=" + secret,
			msg:  `Post "https://node.example/rpc?apikey=` + secret + `": EOF; query apikey=` + secret,
			want: `Post "https://node.example/<redacted>": EOF; query <redacted>`,
		},
		{
			name: "query without a path",
			raw:  "https://node.example?apikey=" + secret,
			msg:  "apikey=" + secret,
			want: "<redacted>",
		},
		{
			name: "unparsable url",
			raw:  "https://node.example:bad/v2/" + secret,
			msg:  "dial https://node.example:bad/v2/" + secret + ": nope, /v2/" + secret,
			want: "dial https://node.example:bad/<redacted>: nope, /<redacted>",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			orig := fmt.Errorf("%s: %w", tc.msg, errSentinel)
			err := chain.RedactError(orig, tc.raw)
			require.Equal(t, tc.want+": sentinel", err.Error())
			require.NotContains(t, err.Error(), secret)
			require.ErrorIs(t, err, errSentinel)
			require.ErrorIs(t, err, orig)
		})
	}
}

func TestRedactErrorKeepsOtherErrors(t *testing.T) {
	t.Parallel()
	raw := "https://mainnet.example/v2/" + secret
	require.NoError(t, chain.RedactError(nil, raw))
	// Nothing to cut: the very same error comes back.
	require.Same(t, ethereum.NotFound, chain.RedactError(ethereum.NotFound, raw))
	require.Same(t, errSentinel, chain.RedactError(errSentinel, "https://mainnet.example"))

	// errors.As reaches the wrapped error's types.
	uerr := &url.Error{Op: "Post", URL: raw, Err: errSentinel}
	err := chain.RedactError(fmt.Errorf("read chain id: %w", uerr), raw)
	require.Equal(t, `read chain id: Post "https://mainnet.example/<redacted>": sentinel`, err.Error())
	var got *url.Error
	require.ErrorAs(t, err, &got)
	require.Same(t, uerr, got)
}

func TestRedactDialError(t *testing.T) {
	t.Parallel()
	port := closedPort(t)
	for _, raw := range []string{
		fmt.Sprintf("ws://127.0.0.1:%d/v2/%s", port, secret),
		fmt.Sprintf("ws://user:%s@127.0.0.1:%d/rpc", secret, port),
		fmt.Sprintf("ws://127.0.0.1:%d?apikey=%s", port, secret),
	} {
		_, err := chain.Dial(context.Background(), raw, 3*time.Second)
		require.Error(t, err)
		require.NotContains(t, err.Error(), secret)
		require.Contains(t, err.Error(), fmt.Sprintf("127.0.0.1:%d", port))
	}
}

func TestWithRedactedErrorsOverFailingEndpoint(t *testing.T) {
	t.Parallel()
	port := closedPort(t)
	raw := fmt.Sprintf("http://127.0.0.1:%d/v2/%s", port, secret)
	ec, err := ethclient.Dial(raw) // http connects lazily
	require.NoError(t, err)
	t.Cleanup(ec.Close)

	// The bare client leaks the key: that is what the wrapper is for.
	_, err = ec.ChainID(context.Background())
	require.ErrorContains(t, err, secret)

	c := chain.WithRedactedErrors(ec, raw)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	host := fmt.Sprintf("http://127.0.0.1:%d/<redacted>", port)
	check := func(err error) {
		t.Helper()
		require.Error(t, err)
		require.NotContains(t, err.Error(), secret)
		require.Contains(t, err.Error(), host)
		var opErr *net.OpError
		require.ErrorAs(t, err, &opErr, "the transport error is still reachable")
	}
	_, err = c.ChainID(ctx)
	check(err)
	_, err = c.HeaderByNumber(ctx, nil)
	check(err)
	_, err = c.CallContractAtHash(ctx, ethereum.CallMsg{To: &common.Address{1}}, common.Hash{2})
	check(err)
	_, err = c.BlockNumber(ctx)
	check(err)
	check(c.SendTransaction(ctx, types.NewTx(&types.LegacyTx{})))
	// A CheckChainID on the wrapped client, as at start-up.
	err = chain.CheckChainID(ctx, c, 1, 3*time.Second)
	check(err)

	_, err = c.SubscribeNewHead(ctx, make(chan *types.Header))
	require.ErrorIs(t, err, rpc.ErrNotificationsUnsupported)
	require.NotContains(t, err.Error(), secret)
}

func TestWithRedactedErrorsKeepsPlainURLClient(t *testing.T) {
	t.Parallel()
	ec, err := ethclient.Dial("http://127.0.0.1:1")
	require.NoError(t, err)
	t.Cleanup(ec.Close)
	for _, raw := range []string{"http://127.0.0.1:1", "http://127.0.0.1:1/", "ws://node.example:8546/"} {
		require.Same(t, chain.Client(ec), chain.WithRedactedErrors(ec, raw), raw)
	}
	require.NotSame(t, chain.Client(ec), chain.WithRedactedErrors(ec, "http://127.0.0.1:1/v2/"+secret))
}

// subClient serves SubscribeNewHead from a function; nothing else.
type subClient struct {
	chain.Client
	sub func() (ethereum.Subscription, error)
}

func (s subClient) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return s.sub()
}

// Not parallel: goleak looks at every goroutine of the process.
func TestRedactedSubscriptionForwardsAndEnds(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	raw := "wss://node.example/v2/" + secret

	// The subscription fails: its error arrives redacted, then the channel closes.
	failing := subClient{sub: func() (ethereum.Subscription, error) {
		return event.NewSubscription(func(quit <-chan struct{}) error {
			return fmt.Errorf("read %s: %w", raw, errSentinel)
		}), nil
	}}
	sub, err := chain.WithRedactedErrors(failing, raw).SubscribeNewHead(context.Background(), nil)
	require.NoError(t, err)
	select {
	case err := <-sub.Err():
		require.ErrorIs(t, err, errSentinel)
		require.Equal(t, "read wss://node.example/<redacted>: sentinel", err.Error())
	case <-time.After(5 * time.Second):
		t.Fatal("no error forwarded")
	}
	_, open := <-sub.Err()
	require.False(t, open, "Err is closed after the error")
	sub.Unsubscribe()
	sub.Unsubscribe()

	// The subscription is unsubscribed: both goroutines end, Err closes.
	innerDone := make(chan struct{})
	live := subClient{sub: func() (ethereum.Subscription, error) {
		return event.NewSubscription(func(quit <-chan struct{}) error {
			defer close(innerDone)
			<-quit
			return nil
		}), nil
	}}
	sub, err = chain.WithRedactedErrors(live, raw).SubscribeNewHead(context.Background(), nil)
	require.NoError(t, err)
	select {
	case err := <-sub.Err():
		t.Fatalf("unexpected error %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	sub.Unsubscribe()
	<-innerDone
	_, open = <-sub.Err()
	require.False(t, open, "Err is closed by Unsubscribe")
	sub.Unsubscribe()

	// A failed subscribe is redacted too.
	refused := subClient{sub: func() (ethereum.Subscription, error) {
		return nil, fmt.Errorf("dial %s: %w", raw, errSentinel)
	}}
	_, err = chain.WithRedactedErrors(refused, raw).SubscribeNewHead(context.Background(), nil)
	require.ErrorIs(t, err, errSentinel)
	require.NotContains(t, err.Error(), secret)
	require.True(t, strings.HasPrefix(err.Error(), "dial wss://node.example/<redacted>"), err.Error())
}
