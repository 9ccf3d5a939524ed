// Package mailbox is the one latest-wins hand-off between a producer that
// must never wait (the per-block hot path) and a slower consumer: an offer
// replaces the value not yet taken.
package mailbox

import "sync"

// Mailbox holds at most one value.
type Mailbox[T any] struct {
	mu    sync.Mutex
	value T
	full  bool
	ready chan struct{}
}

// New returns an empty mailbox.
func New[T any]() *Mailbox[T] { return &Mailbox[T]{ready: make(chan struct{}, 1)} }

// Offer stores v, replacing a value not yet taken. It never blocks.
func (m *Mailbox[T]) Offer(v T) {
	m.mu.Lock()
	m.value, m.full = v, true
	m.mu.Unlock()
	select {
	case m.ready <- struct{}{}:
	default:
	}
}

// C signals that a value may be waiting; call Take after receiving.
func (m *Mailbox[T]) C() <-chan struct{} { return m.ready }

// Take returns the waiting value, or false when there is none.
func (m *Mailbox[T]) Take() (T, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.value, m.full
	var zero T
	m.value, m.full = zero, false
	return v, ok
}
