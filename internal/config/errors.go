package config

import (
	"fmt"
	"strings"
)

// FieldError is a problem with one configuration field. Path is the field's
// YAML path relative to the value that was checked, e.g.
// "market_price.heartbeat" from Asset.Check or
// "assets[1].market_price.heartbeat" from Config.Check.
type FieldError struct {
	Path string
	Err  error
}

// Error implements error as "path: message".
func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

// Errors is a list of configuration problems. Its message is a single line
// with the problems separated by "; ". errors.Is and errors.As look into every
// element.
type Errors []error

// Error implements error.
func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Unwrap returns the individual errors.
func (es Errors) Unwrap() []error { return es }

// joinPath appends path to prefix with a '.' unless path starts with an index.
func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case strings.HasPrefix(path, "["):
		return prefix + path
	default:
		return prefix + "." + path
	}
}

// checker collects field errors during a Check.
type checker struct {
	errs Errors
}

// addf records a problem with the field at path.
func (c *checker) addf(path, format string, args ...any) {
	c.errs = append(c.errs, &FieldError{Path: path, Err: fmt.Errorf(format, args...)})
}

// add records err for the field at path.
func (c *checker) add(path string, err error) {
	c.errs = append(c.errs, &FieldError{Path: path, Err: err})
}

// merge records the errors of a nested Check under prefix.
func (c *checker) merge(prefix string, err error) {
	if err == nil {
		return
	}
	switch e := err.(type) { //nolint:errorlint // only the direct shapes a Check returns are flattened
	case Errors:
		for _, item := range e {
			c.merge(prefix, item)
		}
		return
	case *FieldError:
		c.errs = append(c.errs, &FieldError{Path: joinPath(prefix, e.Path), Err: e.Err})
		return
	}
	c.errs = append(c.errs, &FieldError{Path: prefix, Err: err})
}

// err returns the collected errors, or nil.
func (c *checker) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs
}
