package txmgr

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

func (m *Manager) callMsg(c Candidate) ethereum.CallMsg {
	return ethereum.CallMsg{From: m.from, To: c.To, Value: c.Value, Data: c.Data, Gas: c.GasLimit}
}

// simulateAt runs c with eth_call at the latest block. reverted reports a
// revert, with its decoded reason; err is any other failure.
func (m *Manager) simulateAt(ctx context.Context, c Candidate) (reason string, reverted bool, err error) {
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	_, err = m.backend.CallContract(cctx, m.callMsg(c), nil)
	if err == nil {
		return "", false, nil
	}
	if reason, ok := m.revertReason(err, c); ok {
		return reason, true, nil
	}
	return "", false, err
}

// simulate is the pre-send check: a revert is logged once and returned as
// ErrSimulationReverted.
func (m *Manager) simulate(ctx context.Context, c Candidate, label string) error {
	reason, reverted, err := m.simulateAt(ctx, c)
	if err != nil {
		return m.failure(ctx, "failed to simulate tx", err)
	}
	if !reverted {
		return nil
	}
	m.log.Warn().Str("label", label).Str("reason", reason).Msg("tx simulation reverted: not sent")
	m.metrics.TxNotSent(label, NotSentSimulationReverted)
	return fmt.Errorf("%w: %s", ErrSimulationReverted, reason)
}

// estimateGas estimates c's gas and adds Config.GasMarginPct. A revert of the
// estimate wraps ErrSimulationReverted with the decoded reason.
func (m *Manager) estimateGas(ctx context.Context, c Candidate) (uint64, error) {
	ectx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	msg := m.callMsg(c)
	msg.Gas = 0
	gas, err := m.backend.EstimateGas(ectx, msg)
	if err != nil {
		if reason, ok := m.revertReason(err, c); ok {
			return 0, fmt.Errorf("%w: %s", ErrSimulationReverted, reason)
		}
		return 0, err
	}
	return addMargin(gas, m.cfg.GasMarginPct), nil
}

// addMargin returns gas raised by pct percent, rounded up.
func addMargin(gas, pct uint64) uint64 {
	if pct == 0 {
		return gas
	}
	return gas + (gas*pct+99)/100
}

// revertReason reports whether err is an execution revert and decodes it.
// Nodes return the revert data as JSON-RPC error data (rpc.DataError); a
// revert without data only says so in the message.
func (m *Manager) revertReason(err error, c Candidate) (string, bool) {
	if data, ok := chain.RevertData(err); ok {
		return decodeRevert(data, c.ErrorABIs, m.cfg.ErrorABIs), true
	}
	if strings.Contains(strings.ToLower(err.Error()), "execution reverted") {
		return decodeRevert(nil), true
	}
	return "", false
}

// decodeRevert renders revert data with the custom errors of abiSets.
func decodeRevert(data []byte, abiSets ...[]*abi.ABI) string {
	var abis []*abi.ABI
	for _, set := range abiSets {
		abis = append(abis, set...)
	}
	return chain.DecodeRevert(data, abis...).Reason
}
