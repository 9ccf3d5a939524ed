# syntax=docker/dockerfile:1
# The production image: the lean binary (-tags noembedded), without the
# embedded chain and Redis, so it needs a real node and Redis.
# Build: docker build --build-arg VERSION=$(git describe --always) -t lrtkeeper .
# Run:   docker run --rm --env-file /etc/lrtkeeper/env \
#          -v $PWD/mainnet.yaml:/etc/lrtkeeper/config.yaml:ro lrtkeeper
#        (the env file sets LRTKEEPER_PRIVATE_KEY, LRTKEEPER_RPC_URL and
#        LRTKEEPER_REDIS_URL; see examples/mainnet.yaml for the config). The
#        shipped config.yaml copied below names the embedded world when they
#        are unset, which this binary refuses with exit code 2.
# Demo:  docker build --build-arg TAGS= -t lrtkeeper:embedded . builds the
#        full binary, whose shipped config runs the embedded world.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
ARG TAGS=noembedded
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -tags "${TAGS}" -trimpath -ldflags "-s -w -X main.Version=${VERSION}" \
    -o /out/lrtkeeper ./cmd/lrtkeeper

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/lrtkeeper /usr/local/bin/lrtkeeper
COPY config.yaml /etc/lrtkeeper/config.yaml
USER nonroot:nonroot
EXPOSE 9464
# The image has no shell or curl: the binary GETs its own /readyz
# (metrics.listen, 127.0.0.1:9464 in the shipped config) with a 2 s timeout.
# The start period covers start-up: the first block is processed before
# /readyz answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 \
    CMD ["/usr/local/bin/lrtkeeper", "healthcheck", "--url", "http://127.0.0.1:9464/readyz"]
# docker stop sends SIGTERM; the daemon drains in-flight liquidations for up
# to 30 s, so stop with a longer grace: docker stop -t 60.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/lrtkeeper"]
CMD ["run", "--config", "/etc/lrtkeeper/config.yaml"]
