# syntax=docker/dockerfile:1
# Build: docker build -t lrtkeeper .
# Run:   docker run --rm -v $PWD/config.yaml:/etc/lrtkeeper/config.yaml lrtkeeper
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.Version=${VERSION}" -o /out/lrtkeeper ./cmd/lrtkeeper

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/lrtkeeper /usr/local/bin/lrtkeeper
COPY config.yaml /etc/lrtkeeper/config.yaml
USER nonroot:nonroot
EXPOSE 9464
ENTRYPOINT ["/usr/local/bin/lrtkeeper"]
CMD ["run", "--config", "/etc/lrtkeeper/config.yaml"]
