// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package fixedrateirm

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Market is an auto generated low-level Go binding around an user-defined struct.
type Market struct {
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	LastUpdate        *big.Int
	Fee               *big.Int
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// FixedRateIrmMetaData contains all meta data concerning the FixedRateIrm contract.
var FixedRateIrmMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ratePerSecondWad\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"}],\"name\":\"BorrowRateSet\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structMarket\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"borrowRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structMarket\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"borrowRateView\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ratePerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRatePerSecondWad\",\"type\":\"uint256\"}],\"name\":\"setBorrowRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FixedRateIrm",
	Bin: "0x608034608e57601f61035738819003918201601f19168301916001600160401b03831184841017609257808492602094604052833981010312608e5760407ff20103dc1bca6dd83d357bc0db5f1b344e9ac54bf97836e7860391b41ade0dab91513360018060a01b03195f5416175f55806001558151905f82526020820152a16040516102b090816100a78239f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80638c00bf6b1461012b5780638da5cb5b146101045780638eff1a98146100e75780639451fed4146100e25763dd3eaf0414610050575f80fd5b346100de5760203660031901126100de575f54600435906001600160a01b031633036100ad577ff20103dc1bca6dd83d357bc0db5f1b344e9ac54bf97836e7860391b41ade0dab60406001548151908152836020820152a1600155005b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b5f80fd5b61012b565b346100de575f3660031901126100de576020600154604051908152f35b346100de575f3660031901126100de575f546040516001600160a01b039091168152602090f35b346100de57366003190161016081126100de5760a0136100de5760405160a0810181811067ffffffffffffffff82111761028f576040526004356001600160a01b03811681036100de5781526024356001600160a01b03811681036100de5760208201526044356001600160a01b03811681036100de5760408201526064356001600160a01b03811681036100de57606082015260843560809091015260c03660a31901126100de5760405160c0810181811067ffffffffffffffff82111761028f5760405260a4356001600160801b03811681036100de57815260c4356001600160801b03811681036100de57602082015260e4356001600160801b03811681036100de576040820152610104356001600160801b03811681036100de576060820152610124356001600160801b03811681036100de576080820152610144356001600160801b03811681036100de5760a0820152506020600154604051908152f35b634e487b7160e01b5f52604160045260245ffdfea164736f6c634300081c000a",
}

// FixedRateIrm is an auto generated Go binding around an Ethereum contract.
type FixedRateIrm struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FixedRateIrm) GetABI() abi.ABI {
	return c.abi
}

// NewFixedRateIrm creates a new instance of FixedRateIrm.
func NewFixedRateIrm() *FixedRateIrm {
	parsed, err := FixedRateIrmMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FixedRateIrm{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FixedRateIrm) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 ratePerSecondWad) returns()
func (fixedRateIrm *FixedRateIrm) PackConstructor(ratePerSecondWad *big.Int) []byte {
	enc, err := fixedRateIrm.abi.Pack("", ratePerSecondWad)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9451fed4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackBorrowRate(arg0 MarketParams, arg1 Market) []byte {
	enc, err := fixedRateIrm.abi.Pack("borrowRate", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9451fed4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackBorrowRate(arg0 MarketParams, arg1 Market) ([]byte, error) {
	return fixedRateIrm.abi.Pack("borrowRate", arg0, arg1)
}

// UnpackBorrowRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9451fed4.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackBorrowRate(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("borrowRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowRateView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c00bf6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackBorrowRateView(arg0 MarketParams, arg1 Market) []byte {
	enc, err := fixedRateIrm.abi.Pack("borrowRateView", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowRateView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c00bf6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackBorrowRateView(arg0 MarketParams, arg1 Market) ([]byte, error) {
	return fixedRateIrm.abi.Pack("borrowRateView", arg0, arg1)
}

// UnpackBorrowRateView is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c00bf6b.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackBorrowRateView(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("borrowRateView", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (fixedRateIrm *FixedRateIrm) PackOwner() []byte {
	enc, err := fixedRateIrm.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (fixedRateIrm *FixedRateIrm) TryPackOwner() ([]byte, error) {
	return fixedRateIrm.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (fixedRateIrm *FixedRateIrm) UnpackOwner(data []byte) (common.Address, error) {
	out, err := fixedRateIrm.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eff1a98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackRatePerSecond() []byte {
	enc, err := fixedRateIrm.abi.Pack("ratePerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eff1a98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackRatePerSecond() ([]byte, error) {
	return fixedRateIrm.abi.Pack("ratePerSecond")
}

// UnpackRatePerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8eff1a98.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackRatePerSecond(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("ratePerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd3eaf04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowRate(uint256 newRatePerSecondWad) returns()
func (fixedRateIrm *FixedRateIrm) PackSetBorrowRate(newRatePerSecondWad *big.Int) []byte {
	enc, err := fixedRateIrm.abi.Pack("setBorrowRate", newRatePerSecondWad)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd3eaf04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowRate(uint256 newRatePerSecondWad) returns()
func (fixedRateIrm *FixedRateIrm) TryPackSetBorrowRate(newRatePerSecondWad *big.Int) ([]byte, error) {
	return fixedRateIrm.abi.Pack("setBorrowRate", newRatePerSecondWad)
}

// FixedRateIrmBorrowRateSet represents a BorrowRateSet event raised by the FixedRateIrm contract.
type FixedRateIrmBorrowRateSet struct {
	OldRate *big.Int
	NewRate *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FixedRateIrmBorrowRateSetEventName = "BorrowRateSet"

// ContractEventName returns the user-defined event name.
func (FixedRateIrmBorrowRateSet) ContractEventName() string {
	return FixedRateIrmBorrowRateSetEventName
}

// UnpackBorrowRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowRateSet(uint256 oldRate, uint256 newRate)
func (fixedRateIrm *FixedRateIrm) UnpackBorrowRateSetEvent(log *types.Log) (*FixedRateIrmBorrowRateSet, error) {
	event := "BorrowRateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fixedRateIrm.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FixedRateIrmBorrowRateSet)
	if len(log.Data) > 0 {
		if err := fixedRateIrm.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fixedRateIrm.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
