package onchain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Update types the daemon publishes. They are the RiskOracle's updateType
// strings.
const (
	// TypeRiskAdjustedPrice is the asset's risk-adjusted price, a WAD
	// (1e18 = 1.0 ETH per token).
	TypeRiskAdjustedPrice = "riskAdjustedPrice"
	// TypeDepegBps is the depeg in basis points, WAD-scaled (bps × 1e18).
	// It is signed: a premium is negative.
	TypeDepegBps = "depegBps"
	// TypeRiskScore is the risk score in whole points, 0 to 100.
	TypeRiskScore = "riskScore"
)

// Value is one risk value to publish for one market.
type Value struct {
	// UpdateType is one of TypeRiskAdjustedPrice, TypeDepegBps, TypeRiskScore.
	UpdateType string
	// Market is the asset's token address, the RiskOracle market key.
	Market common.Address
	// Value is signed; it is published as abi.encode(int256).
	Value *big.Int
	// Reference is the referenceId, e.g. "ezETH@block 1234".
	Reference string
	// Block is the number of the block the value was computed at.
	Block uint64
	// Time is that block's timestamp (Unix seconds).
	Time uint64
}

// clone returns a copy of v that shares no memory with it.
func (v Value) clone() Value {
	if v.Value != nil {
		v.Value = new(big.Int).Set(v.Value)
	}
	return v
}

// ErrNilValue is returned by EncodeValue for a nil number.
var ErrNilValue = errors.New("nil value")

// ErrOutOfRange is returned, wrapped, by EncodeValue for a number outside the
// int256 range.
var ErrOutOfRange = errors.New("value out of int256 range")

// ErrBadEncoding is returned, wrapped, by DecodeValue and DecodeAdditionalData
// for input that is not the ABI encoding they expect.
var ErrBadEncoding = errors.New("bad abi encoding")

const wordSize = 32

var (
	two256    = new(big.Int).Lsh(big.NewInt(1), 256)
	two255    = new(big.Int).Lsh(big.NewInt(1), 255)
	maxInt256 = new(big.Int).Sub(two255, big.NewInt(1))
	minInt256 = new(big.Int).Neg(two255)
)

// EncodeValue returns abi.encode(int256(v)): one 32-byte two's-complement
// word. It fails for nil and for numbers outside [-2^255, 2^255-1].
func EncodeValue(v *big.Int) ([]byte, error) {
	if v == nil {
		return nil, ErrNilValue
	}
	if v.Cmp(maxInt256) > 0 || v.Cmp(minInt256) < 0 {
		return nil, fmt.Errorf("%w: %s", ErrOutOfRange, v)
	}
	x := new(big.Int).Set(v)
	if x.Sign() < 0 {
		x.Add(x, two256)
	}
	return x.FillBytes(make([]byte, wordSize)), nil
}

// DecodeValue is the inverse of EncodeValue: it reads exactly one 32-byte
// word as an int256.
func DecodeValue(b []byte) (*big.Int, error) {
	if len(b) != wordSize {
		return nil, fmt.Errorf("%w: int256 needs %d bytes, got %d", ErrBadEncoding, wordSize, len(b))
	}
	x := new(big.Int).SetBytes(b)
	if x.Cmp(two255) >= 0 {
		x.Sub(x, two256)
	}
	return x, nil
}

// EncodeAdditionalData returns abi.encode(uint64 block, uint64 blockTimestamp),
// the additionalData of every update, so consumers can tie an update to the
// block its value was computed at.
func EncodeAdditionalData(block, blockTime uint64) []byte {
	out := make([]byte, 2*wordSize)
	new(big.Int).SetUint64(block).FillBytes(out[:wordSize])
	new(big.Int).SetUint64(blockTime).FillBytes(out[wordSize:])
	return out
}

// DecodeAdditionalData is the inverse of EncodeAdditionalData.
func DecodeAdditionalData(b []byte) (block, blockTime uint64, err error) {
	if len(b) != 2*wordSize {
		return 0, 0, fmt.Errorf("%w: (uint64,uint64) needs %d bytes, got %d", ErrBadEncoding, 2*wordSize, len(b))
	}
	words := [2]uint64{}
	for k := range words {
		w := new(big.Int).SetBytes(b[k*wordSize : (k+1)*wordSize])
		if !w.IsUint64() {
			return 0, 0, fmt.Errorf("%w: word %d exceeds uint64", ErrBadEncoding, k)
		}
		words[k] = w.Uint64()
	}
	return words[0], words[1], nil
}
