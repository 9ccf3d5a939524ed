# lrtkeeper. `make test` is the full check that CI runs (bash scripts/test.sh):
# it installs redis-server and the pinned npm tools when missing, then vets,
# builds and tests against real redis-server and anvil processes.

GO      ?= go
# bin/lrtkeeper is the production binary: -tags noembedded leaves out the
# embedded world (the simulated chain and the in-process Redis), about half
# the packages (docs/BENCHMARKS.md, "Production binary"). It needs a real
# node and Redis. bin/lrtkeeper-embedded is the full binary: the shipped
# config.yaml's embedded demo and `lrtkeeper bench`.
BIN     := bin/lrtkeeper
BIN_EMBEDDED := bin/lrtkeeper-embedded
PROD_TAGS := noembedded
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.Version=$(VERSION)
FUZZTIME ?= 10s
CONFIG  ?= config.yaml

# Stamp written by npm ci; newer package-lock.json means reinstall.
TOOLS_STAMP := tools/node_modules/.package-lock.json

.PHONY: all build build-embedded run test test-race fuzz bench generate check-generate tools lint docker clean

all: build

build:
	CGO_ENABLED=0 $(GO) build -tags $(PROD_TAGS) -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/lrtkeeper

build-embedded:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN_EMBEDDED) ./cmd/lrtkeeper

# The shipped config.yaml runs the embedded world: the full binary.
run: build-embedded
	./$(BIN_EMBEDDED) run --config $(CONFIG)

test:
	bash scripts/test.sh

# Same as test, with the race detector (needs cgo and a C compiler).
test-race:
	GO_TEST_FLAGS="-race" bash scripts/test.sh

# Runs every native fuzz target for $(FUZZTIME), one target at a time
# (go test -fuzz takes a single package and target).
fuzz:
	@set -e; \
	files=$$(grep -rlE --include='*_test.go' --exclude-dir=node_modules --exclude-dir=.git '^func Fuzz[A-Za-z0-9_]*\(' . | sort); \
	if [ -z "$$files" ]; then echo "no fuzz targets"; exit 0; fi; \
	for f in $$files; do \
		dir=$$(dirname "$$f"); \
		for fn in $$(grep -oE '^func Fuzz[A-Za-z0-9_]*' "$$f" | sed 's/^func //'); do \
			echo "== fuzz $$dir $$fn ($(FUZZTIME))"; \
			$(GO) test -run='^$$' -fuzz="^$$fn\$$" -fuzztime $(FUZZTIME) "$$dir"; \
		done; \
	done

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

generate: $(TOOLS_STAMP)
	bash contracts/generate.sh

# Fails when the committed bindings differ from what generate produces.
check-generate: generate
	git diff --exit-code -- contracts/

tools: $(TOOLS_STAMP)

$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund
	@touch $@

lint:
	@files=$$(find . -name '*.go' -not -path './tools/*' -not -path './.git/*' -print | xargs -r gofmt -l); \
	if [ -n "$$files" ]; then echo "gofmt needed on:"; echo "$$files"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags $(PROD_TAGS) ./cmd/lrtkeeper/

docker:
	docker build -t lrtkeeper .

clean:
	rm -rf bin
