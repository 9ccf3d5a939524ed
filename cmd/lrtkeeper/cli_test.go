package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// runCLI runs one command line in-process.
func runCLI(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut, func(k string) string { return env[k] })
	return code, out.String(), errOut.String()
}

// TestHelpExitsZero: --help on every command prints its flags, the
// environment variables and the exit codes, and exits 0.
func TestHelpExitsZero(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "validate --config"},
		{[]string{"help"}, "bench [--protocol P]"},
		{[]string{"run", "--help"}, "--for DURATION"},
		{[]string{"run", "-h"}, "--config PATH"},
		{[]string{"validate", "--help"}, "the signing key"},
		{[]string{"bench", "--help"}, "--protocol"},
		{[]string{"--log-format", "console", "run", "--help"}, "--for DURATION"},
	} {
		code, out, errOut := runCLI(t, nil, tc.args...)
		require.Equal(t, 0, code, "%v: %s", tc.args, errOut)
		require.Contains(t, out, tc.want, tc.args)
		require.Contains(t, out, "LRTKEEPER_PRIVATE_KEY", tc.args)
		require.Contains(t, out, "exit codes", tc.args)
	}
}

// TestBadFlagsNameTheProblem: a duration without a unit, an unknown log
// format or level, a global flag without its value: exit 2, one line
// that says what is wrong.
func TestBadFlagsNameTheProblem(t *testing.T) {
	t.Parallel()
	shipped := filepath.Join("..", "..", "config.yaml")
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"run", "--config", shipped, "--for", "5"}, nil, "a duration needs a unit, e.g. 30s"},
		{[]string{"--log-format", "xml", "validate", "--config", shipped}, nil, `--log-format "xml": want json or console`},
		{[]string{"--log-level", "loud", "validate", "--config", shipped}, nil, `--log-level "loud"`},
		{[]string{"validate", "--config", shipped}, map[string]string{"LRTKEEPER_LOG_FORMAT": "yaml"}, `--log-format "yaml"`},
		{[]string{"--log-level"}, nil, "--log-level needs a value"},
		{[]string{"--log-colour", "on", "run"}, nil, "unknown flag --log-colour"},
	} {
		code, _, errOut := runCLI(t, tc.env, tc.args...)
		require.Equal(t, 2, code, "%v", tc.args)
		require.Contains(t, errOut, tc.want, tc.args)
	}
	code, out, errOut := runCLI(t, nil, "--log-level=debug", "--log-format", "console", "validate", "--config", shipped)
	require.Equal(t, 0, code, errOut)
	require.Contains(t, out, "ok")
}

const keyConfig = `
chain:
  rpc_url: http://127.0.0.1:1
  chain_id: 1
  wrapped_native: "0x4444444444444444444444444444444444444444"
morpho: {address: "0x5555555555555555555555555555555555555555"}
assets:
  - symbol: ezETH
    token: "0x1111111111111111111111111111111111111111"
    fair_value: {kind: erc4626, contract: "0x1111111111111111111111111111111111111111"}
    market_price: {kind: chainlink, feed: "0x2222222222222222222222222222222222222222", heartbeat: 1h}
markets:
  - {id: "0x3333333333333333333333333333333333333333333333333333333333333333", collateral: ezETH}
liquidation: {enabled: %t}
%s
`

// TestValidateChecksTheSigningKey: validate loads the key the config needs
// as run would, and a key given in the environment must parse whatever
// the config; no error shows key material.
func TestValidateChecksTheSigningKey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	acct, err := keystore.StoreKey(filepath.Join(dir, "keystore"), "right", keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	ks := acct.URL.Path
	right, wrong := filepath.Join(dir, "right.txt"), filepath.Join(dir, "wrong.txt")
	require.NoError(t, os.WriteFile(right, []byte("right\n"), 0o600))
	require.NoError(t, os.WriteFile(wrong, []byte("wrong\n"), 0o600))
	write := func(name string, liquidate bool, wallet string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(fmt.Sprintf(keyConfig, liquidate, wallet)), 0o600))
		return p
	}
	hexKey := fmt.Sprintf("%x", crypto.FromECDSA(key))
	garbage := "0xnot-a-key-but-a-secret-looking-string"
	for _, tc := range []struct {
		name   string
		config string
		env    map[string]string
		want   string // "" means ok
	}{
		{"no key needed", write("monitor.yaml", false, ""), nil, ""},
		{"key needed, none given", write("liq.yaml", true, ""), nil, "no signing key"},
		{"key in the environment", write("liq2.yaml", true, ""), map[string]string{"LRTKEEPER_PRIVATE_KEY": hexKey}, ""},
		{"garbage key in the environment", write("liq3.yaml", true, ""), map[string]string{"LRTKEEPER_PRIVATE_KEY": garbage}, "LRTKEEPER_PRIVATE_KEY"},
		{"garbage key, monitoring only", write("monitor2.yaml", false, ""), map[string]string{"LRTKEEPER_PRIVATE_KEY": garbage}, "LRTKEEPER_PRIVATE_KEY"},
		{"keystore", write("ks.yaml", true, fmt.Sprintf("wallet: {keystore: %q, password_file: %q}", ks, right)), nil, ""},
		{"keystore missing", write("ks2.yaml", true, fmt.Sprintf("wallet: {keystore: %q, password_file: %q}", ks+".gone", right)), nil, "wallet.keystore"},
		{"wrong password", write("ks3.yaml", true, fmt.Sprintf("wallet: {keystore: %q, password_file: %q}", ks, wrong)), nil, "check wallet.password_file"},
	} {
		code, out, errOut := runCLI(t, tc.env, "validate", "--config", tc.config)
		if tc.want == "" {
			require.Equal(t, 0, code, "%s: %s", tc.name, errOut)
			require.Contains(t, out, ": ok", tc.name)
			continue
		}
		require.Equal(t, 2, code, "%s: %s", tc.name, out)
		require.Contains(t, errOut, tc.want, tc.name)
		require.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "%s: one line: %q", tc.name, errOut)
		require.NotContains(t, errOut, "secret-looking", tc.name)
		require.NotContains(t, errOut, hexKey, tc.name)
		require.NotContains(t, errOut, "right", tc.name)
	}
}
