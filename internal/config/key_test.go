package config

import (
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// testKeyHex is a throwaway key used only by these tests.
const testKeyHex = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"

func testKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(testKeyHex)
	require.NoError(t, err)
	return k
}

// writeKeystore encrypts key with password (light scrypt) and returns the
// keystore path and a password file path holding passwordFile.
func writeKeystore(t *testing.T, key *ecdsa.PrivateKey, password, passwordFile string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	k := &keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	blob, err := keystore.EncryptKey(k, password, keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	ks := filepath.Join(dir, "key.json")
	require.NoError(t, os.WriteFile(ks, blob, 0o600))
	pw := filepath.Join(dir, "password")
	require.NoError(t, os.WriteFile(pw, []byte(passwordFile), 0o600))
	return ks, pw
}

func TestLoadKeyFromEnv(t *testing.T) {
	t.Parallel()
	want := testKey(t)
	for _, v := range []string{testKeyHex, "0x" + testKeyHex, "0X" + testKeyHex, "  0x" + strings.ToUpper(testKeyHex) + "\n"} {
		got, err := LoadKey(Wallet{}, envMap(map[string]string{EnvPrivateKey: v}))
		require.NoError(t, err)
		require.True(t, want.Equal(got))
	}
}

func TestLoadKeyEnvWinsOverKeystore(t *testing.T) {
	t.Parallel()
	envKey := testKey(t)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	ks, pw := writeKeystore(t, other, "pw", "pw\n")
	got, err := LoadKey(Wallet{Keystore: ks, PasswordFile: pw}, envMap(map[string]string{EnvPrivateKey: testKeyHex}))
	require.NoError(t, err)
	require.True(t, envKey.Equal(got))
}

func TestLoadKeyFromKeystore(t *testing.T) {
	t.Parallel()
	key := testKey(t)
	for name, file := range map[string]string{
		"no newline": "correct horse",
		"newline":    "correct horse\n",
		"crlf":       "correct horse\r\n",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ks, pw := writeKeystore(t, key, "correct horse", file)
			got, err := LoadKey(Wallet{Keystore: ks, PasswordFile: pw}, envMap(nil))
			require.NoError(t, err)
			require.True(t, key.Equal(got))
		})
	}

	// Only one trailing newline is trimmed: a password that itself ends in
	// a newline still works when the file adds one more.
	ks, pw := writeKeystore(t, key, "pw\n", "pw\n\n")
	got, err := LoadKey(Wallet{Keystore: ks, PasswordFile: pw}, envMap(nil))
	require.NoError(t, err)
	require.True(t, key.Equal(got))
}

func TestLoadKeyWrongPassword(t *testing.T) {
	t.Parallel()
	ks, pw := writeKeystore(t, testKey(t), "right-password", "wrong-password-xyz\n")
	_, err := LoadKey(Wallet{Keystore: ks, PasswordFile: pw}, envMap(nil))
	require.ErrorIs(t, err, keystore.ErrDecrypt)
	require.Contains(t, err.Error(), ks)
	require.NotContains(t, err.Error(), "wrong-password-xyz")
	require.NotContains(t, err.Error(), "right-password")
	require.NotContains(t, err.Error(), testKeyHex)
}

func TestLoadKeyBadKeystoreFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ks := filepath.Join(dir, "key.json")
	// A raw key pasted where the keystore JSON belongs must not be echoed.
	require.NoError(t, os.WriteFile(ks, []byte(testKeyHex), 0o600))
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("secret-pw"), 0o600))
	_, err := LoadKey(Wallet{Keystore: ks, PasswordFile: pw}, envMap(nil))
	require.ErrorContains(t, err, "not a valid go-ethereum keystore file")
	require.NotContains(t, err.Error(), testKeyHex)
	require.NotContains(t, err.Error(), testKeyHex[:8])
	require.NotContains(t, err.Error(), "secret-pw")

	_, err = LoadKey(Wallet{Keystore: filepath.Join(dir, "missing.json"), PasswordFile: pw}, envMap(nil))
	require.ErrorIs(t, err, os.ErrNotExist)
	require.ErrorContains(t, err, "wallet.keystore")

	_, err = LoadKey(Wallet{Keystore: ks, PasswordFile: filepath.Join(dir, "missing")}, envMap(nil))
	require.ErrorIs(t, err, os.ErrNotExist)
	require.ErrorContains(t, err, "wallet.password_file")

	_, err = LoadKey(Wallet{Keystore: ks}, envMap(nil))
	require.ErrorContains(t, err, "wallet.password_file: required")
}

func TestLoadKeyNoKey(t *testing.T) {
	t.Parallel()
	_, err := LoadKey(Wallet{}, envMap(nil))
	require.ErrorIs(t, err, ErrNoKey)
	require.Equal(t, "wallet: no signing key: set LRTKEEPER_PRIVATE_KEY or wallet.keystore and wallet.password_file", err.Error())

	_, err = LoadKey(Wallet{PasswordFile: "/p"}, envMap(nil))
	require.ErrorIs(t, err, ErrNoKey)
}

// TestLoadKeyMalformedNeverEchoed feeds malformed keys and checks that no
// part of them appears in the error.
func TestLoadKeyMalformedNeverEchoed(t *testing.T) {
	t.Parallel()
	order := "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141" // secp256k1 N
	tests := []struct {
		key  string
		want string
	}{
		{"0x" + testKeyHex[:62] + "zq", "not valid hex"},
		{testKeyHex[:63] + "g", "not valid hex"},
		{"0x" + testKeyHex[:60], "must be 64 hex digits"},
		{testKeyHex + "00", "must be 64 hex digits"},
		{"my-secret-passphrase-not-a-key", "must be 64 hex digits"},
		{strings.Repeat("0", 64), "not a valid secp256k1 private key"},
		{order, "not a valid secp256k1 private key"},
	}
	for _, tt := range tests {
		_, err := LoadKey(Wallet{}, envMap(map[string]string{EnvPrivateKey: tt.key}))
		require.Error(t, err)
		msg := err.Error()
		require.Contains(t, msg, tt.want)
		require.Contains(t, msg, EnvPrivateKey)
		require.NotContains(t, msg, tt.key)
		body := strings.TrimPrefix(tt.key, "0x")
		for i := 0; i+6 <= len(body); i++ {
			require.NotContains(t, msg, body[i:i+6], "error leaks key material")
		}
		for _, c := range []string{"'z'", "'g'", `"z"`, `"g"`} {
			require.NotContains(t, msg, c, "error leaks a key character")
		}
	}
}
