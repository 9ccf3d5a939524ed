//go:build noembedded

// The production build (go build -tags noembedded) leaves out the embedded
// world: the simulated chain and its contracts (internal/devnet, go-ethereum's
// ethclient/simulated) and the in-process Redis (internal/redisembed). A
// config that asks for them fails at start-up with exit code 2.

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
)

// errNoEmbedded marks a config that needs the embedded world in a binary
// built without it.
var errNoEmbedded = errors.New("this binary was built without the embedded world (-tags noembedded)")

// embeddedKey is a config key that can name the embedded world, and the
// variable the shipped config reads it from.
type embeddedKey struct{ key, env string }

var (
	embeddedChainKey = embeddedKey{"chain.rpc_url", "LRTKEEPER_RPC_URL"}
	embeddedRedisKey = embeddedKey{"redis.url", "LRTKEEPER_REDIS_URL"}
)

// checkEmbeddedBuild reports, in one line, every key of cfg that asks for
// the embedded world this binary lacks. run and validate call it first, so
// run fails before it dials anything.
func checkEmbeddedBuild(cfg *config.Config) error {
	var keys []embeddedKey
	if cfg.EmbeddedChain() {
		keys = append(keys, embeddedChainKey)
	}
	if cfg.EmbeddedRedis() {
		keys = append(keys, embeddedRedisKey)
	}
	if len(keys) == 0 {
		return nil
	}
	return noEmbeddedError(keys...)
}

// noEmbeddedError says which keys are "embedded" and what to set instead.
func noEmbeddedError(keys ...embeddedKey) error {
	names := make([]string, len(keys))
	envs := make([]string, len(keys))
	for i, k := range keys {
		names[i], envs[i] = k.key, k.env
	}
	verb, pronoun := "is", "it"
	if len(keys) > 1 {
		verb, pronoun = "are", "them"
	}
	return fmt.Errorf("%s %s %q, but %w: set %s (%s in the shipped config), or use the default build",
		strings.Join(names, " and "), verb, config.EmbeddedURL, errNoEmbedded, pronoun, strings.Join(envs, ", "))
}

// openEmbeddedWorld refuses: this build has no simulated chain.
func openEmbeddedWorld(context.Context, zerolog.Logger, *config.Config) (*world, error) {
	return nil, fmt.Errorf("%w: %w", errConfig, noEmbeddedError(embeddedChainKey))
}

// startEmbeddedRedis refuses: this build has no in-process Redis.
func startEmbeddedRedis(zerolog.Logger, config.Redis, io.Writer, bool) (string, func(), error) {
	return "", nil, fmt.Errorf("%w: %w", errConfig, noEmbeddedError(embeddedRedisKey))
}
