package config

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// EnvPrivateKey names the environment variable holding a hex private key.
// It takes precedence over wallet.keystore.
const EnvPrivateKey = "LRTKEEPER_PRIVATE_KEY"

// ErrNoKey is returned by LoadKey when no signing key is configured.
var ErrNoKey = errors.New("wallet: no signing key: set " + EnvPrivateKey + " or wallet.keystore and wallet.password_file")

// LoadKey returns the signing key. LRTKEEPER_PRIVATE_KEY (64 hex digits, with
// or without 0x) wins; otherwise w.Keystore is decrypted with the contents of
// w.PasswordFile (one trailing newline trimmed); otherwise the error is
// ErrNoKey. getenv nil means os.Getenv. Error messages never contain key
// material or the password.
func LoadKey(w Wallet, getenv func(string) string) (*ecdsa.PrivateKey, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if raw := getenv(EnvPrivateKey); raw != "" {
		return parseHexKey(raw)
	}
	if w.Keystore == "" {
		if w.PasswordFile != "" {
			return nil, fmt.Errorf("wallet.keystore: required when wallet.password_file is set: %w", ErrNoKey)
		}
		return nil, ErrNoKey
	}
	if w.PasswordFile == "" {
		return nil, errors.New("wallet.password_file: required when wallet.keystore is set")
	}
	keyJSON, err := os.ReadFile(w.Keystore)
	if err != nil {
		return nil, fmt.Errorf("wallet.keystore: %w", err)
	}
	pass, err := os.ReadFile(w.PasswordFile)
	if err != nil {
		return nil, fmt.Errorf("wallet.password_file: %w", err)
	}
	password := string(pass)
	clear(pass)
	if p, ok := strings.CutSuffix(password, "\n"); ok {
		password = strings.TrimSuffix(p, "\r")
	}
	key, err := keystore.DecryptKey(keyJSON, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wallet.keystore %s: %w (check wallet.password_file)", w.Keystore, keystore.ErrDecrypt)
		}
		// Other messages may quote file content: keep only what failed.
		return nil, fmt.Errorf("wallet.keystore %s: not a valid go-ethereum keystore file", w.Keystore)
	}
	return key.PrivateKey, nil
}

// parseHexKey decodes a hex private key without ever quoting it.
func parseHexKey(raw string) (*ecdsa.PrivateKey, error) {
	s := strings.TrimSpace(raw)
	if t, ok := strings.CutPrefix(s, "0x"); ok {
		s = t
	} else if t, ok := strings.CutPrefix(s, "0X"); ok {
		s = t
	}
	if len(s) != 64 {
		return nil, fmt.Errorf("%s: must be 64 hex digits (32 bytes), with or without 0x; got %d characters", EnvPrivateKey, len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%s: not valid hex", EnvPrivateKey)
	}
	defer clear(b)
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("%s: not a valid secp256k1 private key", EnvPrivateKey)
	}
	return key, nil
}
