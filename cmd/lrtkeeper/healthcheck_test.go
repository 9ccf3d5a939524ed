package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestHealthcheck: exit 0 on 200, 1 on any other answer, no answer or a
// slow one, 2 on bad usage.
func TestHealthcheck(t *testing.T) {
	t.Parallel()
	serve := func(t *testing.T, h http.HandlerFunc) string {
		t.Helper()
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		return srv.URL + "/readyz"
	}
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/readyz"
	closed.Close()

	tests := []struct {
		name       string
		args       func(t *testing.T) []string
		wantCode   int
		wantOut    string
		wantErrOut string
	}{
		{"ready", func(t *testing.T) []string {
			return []string{"--url", serve(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/readyz" || r.Method != http.MethodGet {
					http.NotFound(w, r)
					return
				}
				_, _ = w.Write([]byte("ready\n"))
			})}
		}, 0, "ready", ""},
		{"not ready", func(t *testing.T) []string {
			return []string{"--url", serve(t, func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = w.Write([]byte("not ready: stopping\n"))
			})}
		}, 1, "", "503 Service Unavailable not ready: stopping"},
		{"nothing listening", func(*testing.T) []string { return []string{"--url", closedURL} }, 1, "", "connect"},
		{"slower than the timeout", func(t *testing.T) []string {
			return []string{"--url", serve(t, func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(healthTimeout + 3*time.Second):
				}
			})}
		}, 1, "", "deadline exceeded"},
		{"unknown flag", func(*testing.T) []string { return []string{"--nope"} }, 2, "", "flag provided but not defined"},
		{"argument", func(*testing.T) []string { return []string{"extra"} }, 2, "", "unexpected argument"},
		{"help", func(*testing.T) []string { return []string{"--help"} }, 0, "usage: lrtkeeper healthcheck", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr strings.Builder
			start := time.Now()
			code := run(append([]string{"healthcheck"}, tc.args(t)...), &stdout, &stderr, func(string) string { return "" })
			require.Equal(t, tc.wantCode, code, "stderr: %s", stderr.String())
			require.Less(t, time.Since(start), healthTimeout+time.Second, "the check is bounded by its timeout")
			require.Contains(t, stdout.String(), tc.wantOut)
			require.Contains(t, stderr.String(), tc.wantErrOut)
			if tc.wantCode != 0 {
				require.Empty(t, stdout.String())
			}
		})
	}
}
