package mailbox

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLatestWins(t *testing.T) {
	m := New[int]()
	_, ok := m.Take()
	require.False(t, ok)
	m.Offer(1)
	m.Offer(2)
	<-m.C()
	v, ok := m.Take()
	require.True(t, ok)
	require.Equal(t, 2, v, "the newer offer replaces the older")
	_, ok = m.Take()
	require.False(t, ok, "taken once")
	select {
	case <-m.C():
		t.Fatal("no stale signal after the value was taken with its signal")
	default:
	}
}

func TestSignalSurvivesTakeBeforeReceive(t *testing.T) {
	m := New[int]()
	m.Offer(1)
	v, ok := m.Take() // taken without waiting for the signal
	require.True(t, ok)
	require.Equal(t, 1, v)
	<-m.C() // the signal is still there: a consumer wakes and finds nothing
	_, ok = m.Take()
	require.False(t, ok)
}
