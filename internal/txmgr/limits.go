package txmgr

import "context"

// holdKey marks key in flight; false if it already was.
func (m *Manager) holdKey(key string) bool {
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	if _, ok := m.keys[key]; ok {
		return false
	}
	m.keys[key] = struct{}{}
	return true
}

func (m *Manager) releaseKey(key string) {
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	delete(m.keys, key)
}

// acquireSlot waits for one of Config.MaxInFlight slots, or for ctx. The
// returned func frees it.
func (m *Manager) acquireSlot(ctx context.Context) (func(), error) {
	if m.slots != nil {
		select {
		case m.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, context.Cause(ctx)
		}
	}
	m.addInFlight(1)
	return func() {
		m.addInFlight(-1)
		if m.slots != nil {
			<-m.slots
		}
	}, nil
}

// addInFlight moves the in-flight count and reports it; the lock keeps the
// reported values in order.
func (m *Manager) addInFlight(d int) {
	m.inFlightMu.Lock()
	defer m.inFlightMu.Unlock()
	m.inFlight += d
	m.metrics.TxInFlight(m.inFlight)
}
