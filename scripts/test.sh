#!/usr/bin/env bash
# The project's test command (README: `bash scripts/test.sh`).
#
# Runs on a fresh Debian 12 machine as root or with sudo: it installs what the
# tests need (redis-server 7.0 from Debian, the pinned npm tools including
# anvil), checks generated code and go.mod are current, then vets, builds and
# runs every test. Tests start their own redis-server and anvil processes on
# free loopback ports; nothing is mocked and nothing is skipped.
#
# Environment:
#   LRTKEEPER_SKIP_INSTALL=1  do not apt-get/npm anything, only check
#   LRTKEEPER_SETUP_ONLY=1    install prerequisites and tools, then stop
#   GO_TEST_FLAGS             extra flags for `go test` (e.g. "-race -v")
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"

# Debian 12's redis-server, pinned. Newer 5:7.0.15-* security builds are an
# accepted fallback when this one leaves the archive.
REDIS_PKG_VERSION="5:7.0.15-1~deb12u10"
REDIS_PKG_PREFIX="5:7.0.15-"
# The Go version go.mod asks for, named when Go is missing.
GO_VERSION="$(awk '$1 == "go" { print $2; exit }' go.mod)"

section() { printf '\n===== %s =====\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null 2>&1 || die "not root and sudo is missing: cannot install packages"
	SUDO=(sudo)
fi

APT_UPDATED=0
apt_update() {
	if [ "$APT_UPDATED" -eq 0 ]; then
		"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
		APT_UPDATED=1
	fi
}

# apt_install PKG... installs packages without starting their services: a
# policy-rc.d that answers 101 makes invoke-rc.d and deb-systemd-invoke skip
# service starts during the install.
apt_install() {
	command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* by hand"
	apt_update
	local policy=/usr/sbin/policy-rc.d own_policy=0
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
		"${SUDO[@]}" chmod 755 "$policy"
		own_policy=1
	fi
	local rc=0
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y --no-install-recommends --allow-downgrades "$@" || rc=$?
	if [ "$own_policy" -eq 1 ]; then
		"${SUDO[@]}" rm -f "$policy"
	fi
	return "$rc"
}

redis_is_70() {
	command -v redis-server >/dev/null 2>&1 && redis-server --version | grep -q ' v=7\.0\.'
}

ensure_redis() {
	if redis_is_70; then
		echo "redis-server: $(redis-server --version)"
		return
	fi
	[ "${LRTKEEPER_SKIP_INSTALL:-}" != 1 ] || die "redis-server 7.0.x not found and LRTKEEPER_SKIP_INSTALL=1"
	apt_update
	local version="$REDIS_PKG_VERSION" v best=""
	if ! apt-cache madison redis-server | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' | grep -qxF "$version"; then
		for v in $(apt-cache madison redis-server | awk -F'|' '{ gsub(/ /, "", $2); print $2 }'); do
			case "$v" in "$REDIS_PKG_PREFIX"*) ;; *) continue ;; esac
			if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then
				best="$v"
			fi
		done
		[ -n "$best" ] || die "no redis-server ${REDIS_PKG_PREFIX}* package available (wanted $REDIS_PKG_VERSION)"
		echo "redis-server $REDIS_PKG_VERSION is gone from the archive; installing the newest 7.0.15 build: $best"
		version="$best"
	fi
	echo "installing redis-server=$version (service not started: tests start their own)"
	# redis-tools must match redis-server's version exactly.
	apt_install "redis-server=$version" "redis-tools=$version"
	hash -r
	if ! redis_is_70 && [ -x /usr/bin/redis-server ]; then
		# Another redis-server earlier in PATH shadows Debian's.
		export PATH="/usr/bin:$PATH"
	fi
	redis_is_70 || die "redis-server 7.0.x still not first in PATH after install"
	echo "redis-server: $(redis-server --version)"
}

ensure_prereqs() {
	local missing=()
	command -v git >/dev/null 2>&1 || missing+=(git)
	command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
	# jq runs the README's alert recipe on the daemon's real output.
	command -v jq >/dev/null 2>&1 || missing+=(jq)
	[ -e /etc/ssl/certs/ca-certificates.crt ] || missing+=(ca-certificates)
	if [ "${#missing[@]}" -gt 0 ]; then
		[ "${LRTKEEPER_SKIP_INSTALL:-}" != 1 ] || die "missing: ${missing[*]} and LRTKEEPER_SKIP_INSTALL=1"
		echo "installing ${missing[*]}"
		apt_install "${missing[@]}"
	fi
	if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
		export PATH="/usr/local/go/bin:$PATH"
	fi
	# Go itself comes with the machine image (/usr/local/go); toolchains are
	# not fetched from outside the package registries.
	command -v go >/dev/null 2>&1 || die "go not found: install Go $GO_VERSION (see go.mod) first"
	echo "go: $(go version)"
	echo "node: $(node --version 2>/dev/null || echo missing), npm: $(npm --version)"
}

ensure_tools() {
	local stamp=tools/node_modules/.package-lock.json
	if [ ! -d tools/node_modules ] || [ ! -f "$stamp" ] || [ tools/package-lock.json -nt "$stamp" ]; then
		[ "${LRTKEEPER_SKIP_INSTALL:-}" != 1 ] || die "tools/node_modules is missing or stale and LRTKEEPER_SKIP_INSTALL=1"
		npm ci --prefix tools --no-audit --no-fund
	else
		echo "tools/node_modules is current"
	fi
	export LRTKEEPER_ANVIL="$ROOT/tools/node_modules/.bin/anvil"
	[ -x "$LRTKEEPER_ANVIL" ] || die "anvil missing at $LRTKEEPER_ANVIL after npm ci"
	echo "anvil: $("$LRTKEEPER_ANVIL" --version | head -n1)"
}

# snapshot DIR prints a checksum line per file under DIR, for drift checks
# that also see untracked files.
snapshot() {
	find "$1" -type f -not -path '*/node_modules/*' -print0 | LC_ALL=C sort -z | xargs -0r sha256sum
}

check_generated() {
	if [ -f contracts/generate.sh ]; then
		local before after
		before="$(snapshot contracts)"
		bash contracts/generate.sh
		after="$(snapshot contracts)"
		if [ "$before" != "$after" ]; then
			diff <(printf '%s\n' "$before") <(printf '%s\n' "$after") || true
			die "contracts/ was stale: contracts/generate.sh changed the files above (they are regenerated now; review and commit them)"
		fi
		# In CI the checkout must also match what is committed.
		if [ -n "${CI:-}" ] && git rev-parse --verify -q HEAD >/dev/null 2>&1; then
			git diff --exit-code -- contracts/ || die "contracts/ differs from the commit after generate"
		fi
		echo "contracts/ bindings are current"
	else
		echo "contracts/generate.sh not present yet: skipping the bindings drift check"
	fi
	go mod tidy -diff || die "go.mod/go.sum are not tidy: run 'go mod tidy'"
	echo "go.mod and go.sum are tidy"
}

main() {
	section "1/6 prerequisites and redis-server"
	ensure_prereqs
	ensure_redis

	section "2/6 pinned npm tools (anvil, solc)"
	ensure_tools

	if [ "${LRTKEEPER_SETUP_ONLY:-}" = 1 ]; then
		section "setup done (LRTKEEPER_SETUP_ONLY=1): checks and tests not run"
		return
	fi

	section "3/6 generated code and go.mod drift"
	check_generated

	section "4/6 go vet"
	go vet ./...
	# The production variant (make build, Dockerfile) compiles other files.
	go vet -tags noembedded ./cmd/lrtkeeper/

	section "5/6 go build"
	go build ./...
	go build -tags noembedded ./...

	section "6/6 go test"
	# shellcheck disable=SC2086 # GO_TEST_FLAGS is a list of flags
	go test -count=1 -timeout 15m ${GO_TEST_FLAGS:-} ./...

	section "all checks passed"
}

# Sourcing the script (for debugging one step) defines the functions only.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	main "$@"
fi
