package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const healthcheckUsage = `usage: lrtkeeper healthcheck [--url URL]
  --url URL   the endpoint to GET (default ` + defaultHealthURL + `)
Exits 0 when it answers 200 within 2s, 1 otherwise: a container
HEALTHCHECK for an image with no shell or curl.`

const (
	defaultHealthURL = "http://127.0.0.1:9464/readyz"
	healthTimeout    = 2 * time.Second
)

// runHealthcheck GETs one health endpoint of a running daemon and returns
// the exit code: 0 on HTTP 200, 1 on any other answer or none, 2 on bad usage.
func runHealthcheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if wantsHelp(args) {
		fmt.Fprintln(stdout, healthcheckUsage)
		return 0
	}
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	url := fs.String("url", defaultHealthURL, "")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		msg := "unexpected argument"
		if err != nil {
			msg = oneLine(err.Error())
		}
		fmt.Fprintf(stderr, "lrtkeeper healthcheck: %s\n%s\n", msg, healthcheckUsage)
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, healthTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, http.NoBody)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper healthcheck: --url: %s\n", oneLine(err.Error()))
		return 2
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper healthcheck: %s\n", oneLine(err.Error()))
		return 1
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 256))
	line := strings.TrimSpace(oneLine(string(body)))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "lrtkeeper healthcheck: %s: %s %s\n", *url, resp.Status, line)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s\n", *url, line)
	return 0
}
