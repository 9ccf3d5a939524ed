// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aavepooladdressesprovider

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

// AavePoolAddressesProviderMetaData contains all meta data concerning the AavePoolAddressesProvider contract.
var AavePoolAddressesProviderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"marketId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerNotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"AddressSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"oldMarketId\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newMarketId\",\"type\":\"string\"}],\"name\":\"MarketIdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PoolDataProviderUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PriceOracleUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMarketId\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPoolDataProvider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPriceOracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"setAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPool\",\"type\":\"address\"}],\"name\":\"setPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newDataProvider\",\"type\":\"address\"}],\"name\":\"setPoolDataProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPriceOracle\",\"type\":\"address\"}],\"name\":\"setPriceOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AavePoolAddressesProvider",
	Bin: "0x6080604052346102a7576109fc80380380610019816102ab565b9283398101906040818303126102a75780516001600160401b0381116102a757810182601f820112156102a7578051916001600160401b0383116102935761006a601f8401601f19166020016102ab565b928084526020840194602082850101116102a7576020815f9282809601885e8501015201516001600160a01b03811692908390036102a7575f80546001600160a01b031916841790558151926001600160401b03841161029357600154600181811c91168015610289575b602082101461027557601f8111610212575b50602093601f81116001146101b05780919293945f916101a5575b508160011b915f199060031b1c1916176001555b6040519182915f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a392517fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470938190835e81015f8152039020604051917fe685c8cdecc6030c45030fd54778812cb84ed8e4467c38294403d68ba78608235f80a361072b90816102d18239f35b90508401515f610102565b601f1981169460015f52805f20905f5b8781106101fa575082600194959697106101e2575b5050811b01600155610116565b8601515f1960f88460031b161c191690555f806101d5565b9091602060018192858a0151815501930191016101c0565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f860160051c8101916020871061026b575b601f0160051c01905b81811061026057506100e7565b5f8155600101610253565b909150819061024a565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100d5565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102935760405256fe6080806040526004361015610012575f80fd5b5f3560e01c908163026b1d5f146106b75750806321f8a721146106855780634437152a146105a6578063530e784f146104b7578063568ef4701461037e5780638da5cb5b14610357578063ca446dd9146102c1578063e44e9ed1146101d0578063e860accb14610172578063f2fde38b146100f65763fca513a814610095575f80fd5b346100f2575f3660031901126100f2576b50524943455f4f5241434c4560a01b5f52600260209081527f740f710666bd7a12af42df98311e541e47f7fd33d382d11602457a6d540cbd63546040516001600160a01b039091168152f35b5f80fd5b346100f25760203660031901126100f25761010f610708565b5f546001600160a01b0381169133839003610163576001600160a01b03169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36001600160a01b031916175f55005b632e6c18c960e11b5f5260045ffd5b346100f2575f3660031901126100f2576c2220aa20afa82927ab24a222a960991b5f52600260209081527fcd7944601aaa5cd7ccdae1bebec659e98c6aac8f12486b30e59db0d39698051f546040516001600160a01b039091168152f35b346100f25760203660031901126100f2576101e9610708565b5f546001600160a01b03163303610163576c2220aa20afa82927ab24a222a960991b5f90815260026020527fcd7944601aaa5cd7ccdae1bebec659e98c6aac8f12486b30e59db0d39698051f546001600160a01b03838116929116907fc853974cfbf81487a14a23565917bee63f527853bcb5fa54f2ae1cdf8a38356d9080a36c2220aa20afa82927ab24a222a960991b5f5260026020527fcd7944601aaa5cd7ccdae1bebec659e98c6aac8f12486b30e59db0d39698051f80546001600160a01b0319166001600160a01b03909216919091179055005b346100f25760403660031901126100f2576024356001600160a01b03811690600435908290036100f2575f546001600160a01b0316330361016357805f5260026020528160018060a01b0360405f205416827f9ef0e8c8e52743bb38b83b17d9429141d494b8041ca6d616a6c77cebae9cd8b75f80a45f90815260026020526040902080546001600160a01b0319169091179055005b346100f2575f3660031901126100f2575f546040516001600160a01b039091168152602090f35b346100f2575f3660031901126100f2576040515f600154908160011c600183169283156104ad575b602082108414610499578185526020850193908115610480575060011461042b575b50829003601f01601f191682019167ffffffffffffffff831181841017610417576040918391828452602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b634e487b7160e01b5f52604160045260245ffd5b905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65f905b82821061046a575060209150830101836103c8565b6001816020925483858901015201910190610455565b60ff1916845250151560051b83016020019050836103c8565b634e487b7160e01b5f52602260045260245ffd5b90607f16906103a6565b346100f25760203660031901126100f2576104d0610708565b5f546001600160a01b03163303610163576b50524943455f4f5241434c4560a01b5f90815260026020527f740f710666bd7a12af42df98311e541e47f7fd33d382d11602457a6d540cbd63546001600160a01b03838116929116907f56b5f80d8cac1479698aa7d01605fd6111e90b15fc4d2b377417f46034876cbd9080a36b50524943455f4f5241434c4560a01b5f5260026020527f740f710666bd7a12af42df98311e541e47f7fd33d382d11602457a6d540cbd6380546001600160a01b0319166001600160a01b03909216919091179055005b346100f25760203660031901126100f2576105bf610708565b5f546001600160a01b0316330361016357631413d3d360e21b5f90815260026020527f4fe005067814bb4b024d9515847377d15011b64593c006223b4a722952d2c05a546001600160a01b03838116929116907f90affc163f1a2dfedcd36aa02ed992eeeba8100a4014f0b4cdc20ea265a666279080a3631413d3d360e21b5f5260026020527f4fe005067814bb4b024d9515847377d15011b64593c006223b4a722952d2c05a80546001600160a01b0319166001600160a01b03909216919091179055005b346100f25760203660031901126100f2576004355f526002602052602060018060a01b0360405f205416604051908152f35b346100f2575f3660031901126100f257631413d3d360e21b5f52600260209081527f4fe005067814bb4b024d9515847377d15011b64593c006223b4a722952d2c05a546001600160a01b0316825290f35b600435906001600160a01b03821682036100f25756fea164736f6c634300081c000a",
}

// AavePoolAddressesProvider is an auto generated Go binding around an Ethereum contract.
type AavePoolAddressesProvider struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AavePoolAddressesProvider) GetABI() abi.ABI {
	return c.abi
}

// NewAavePoolAddressesProvider creates a new instance of AavePoolAddressesProvider.
func NewAavePoolAddressesProvider() *AavePoolAddressesProvider {
	parsed, err := AavePoolAddressesProviderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AavePoolAddressesProvider{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AavePoolAddressesProvider) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string marketId, address owner_) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackConstructor(marketId string, owner_ common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("", marketId, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f8a721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackGetAddress(id [32]byte) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("getAddress", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f8a721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackGetAddress(id [32]byte) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("getAddress", id)
}

// UnpackGetAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21f8a721.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackGetAddress(data []byte) (common.Address, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("getAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x568ef470.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMarketId() view returns(string)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackGetMarketId() []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("getMarketId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x568ef470.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMarketId() view returns(string)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackGetMarketId() ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("getMarketId")
}

// UnpackGetMarketId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x568ef470.
//
// Solidity: function getMarketId() view returns(string)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackGetMarketId(data []byte) (string, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("getMarketId", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026b1d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPool() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackGetPool() []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("getPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026b1d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPool() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackGetPool() ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("getPool")
}

// UnpackGetPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x026b1d5f.
//
// Solidity: function getPool() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackGetPool(data []byte) (common.Address, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("getPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe860accb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackGetPoolDataProvider() []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("getPoolDataProvider")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe860accb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackGetPoolDataProvider() ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("getPoolDataProvider")
}

// UnpackGetPoolDataProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe860accb.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackGetPoolDataProvider(data []byte) (common.Address, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("getPoolDataProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca513a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPriceOracle() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackGetPriceOracle() []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("getPriceOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca513a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPriceOracle() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackGetPriceOracle() ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("getPriceOracle")
}

// UnpackGetPriceOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfca513a8.
//
// Solidity: function getPriceOracle() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackGetPriceOracle(data []byte) (common.Address, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("getPriceOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackOwner() []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("owner")
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
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackOwner() ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aavePoolAddressesProvider.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca446dd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddress(bytes32 id, address newAddress) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackSetAddress(id [32]byte, newAddress common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("setAddress", id, newAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca446dd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddress(bytes32 id, address newAddress) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackSetAddress(id [32]byte, newAddress common.Address) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("setAddress", id, newAddress)
}

// PackSetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4437152a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPool(address newPool) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackSetPool(newPool common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("setPool", newPool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4437152a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPool(address newPool) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackSetPool(newPool common.Address) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("setPool", newPool)
}

// PackSetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe44e9ed1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolDataProvider(address newDataProvider) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackSetPoolDataProvider(newDataProvider common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("setPoolDataProvider", newDataProvider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe44e9ed1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolDataProvider(address newDataProvider) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackSetPoolDataProvider(newDataProvider common.Address) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("setPoolDataProvider", newDataProvider)
}

// PackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriceOracle(address newPriceOracle) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackSetPriceOracle(newPriceOracle common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("setPriceOracle", newPriceOracle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriceOracle(address newPriceOracle) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackSetPriceOracle(newPriceOracle common.Address) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("setPriceOracle", newPriceOracle)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := aavePoolAddressesProvider.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return aavePoolAddressesProvider.abi.Pack("transferOwnership", newOwner)
}

// AavePoolAddressesProviderAddressSet represents a AddressSet event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderAddressSet struct {
	Id         [32]byte
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderAddressSetEventName = "AddressSet"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderAddressSet) ContractEventName() string {
	return AavePoolAddressesProviderAddressSetEventName
}

// UnpackAddressSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressSet(bytes32 indexed id, address indexed oldAddress, address indexed newAddress)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackAddressSetEvent(log *types.Log) (*AavePoolAddressesProviderAddressSet, error) {
	event := "AddressSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderAddressSet)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// AavePoolAddressesProviderMarketIdSet represents a MarketIdSet event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderMarketIdSet struct {
	OldMarketId common.Hash
	NewMarketId common.Hash
	Raw         *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderMarketIdSetEventName = "MarketIdSet"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderMarketIdSet) ContractEventName() string {
	return AavePoolAddressesProviderMarketIdSetEventName
}

// UnpackMarketIdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketIdSet(string indexed oldMarketId, string indexed newMarketId)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackMarketIdSetEvent(log *types.Log) (*AavePoolAddressesProviderMarketIdSet, error) {
	event := "MarketIdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderMarketIdSet)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// AavePoolAddressesProviderOwnershipTransferred represents a OwnershipTransferred event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderOwnershipTransferred) ContractEventName() string {
	return AavePoolAddressesProviderOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackOwnershipTransferredEvent(log *types.Log) (*AavePoolAddressesProviderOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// AavePoolAddressesProviderPoolDataProviderUpdated represents a PoolDataProviderUpdated event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderPoolDataProviderUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderPoolDataProviderUpdatedEventName = "PoolDataProviderUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderPoolDataProviderUpdated) ContractEventName() string {
	return AavePoolAddressesProviderPoolDataProviderUpdatedEventName
}

// UnpackPoolDataProviderUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolDataProviderUpdated(address indexed oldAddress, address indexed newAddress)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackPoolDataProviderUpdatedEvent(log *types.Log) (*AavePoolAddressesProviderPoolDataProviderUpdated, error) {
	event := "PoolDataProviderUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderPoolDataProviderUpdated)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// AavePoolAddressesProviderPoolUpdated represents a PoolUpdated event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderPoolUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderPoolUpdatedEventName = "PoolUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderPoolUpdated) ContractEventName() string {
	return AavePoolAddressesProviderPoolUpdatedEventName
}

// UnpackPoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolUpdated(address indexed oldAddress, address indexed newAddress)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackPoolUpdatedEvent(log *types.Log) (*AavePoolAddressesProviderPoolUpdated, error) {
	event := "PoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderPoolUpdated)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// AavePoolAddressesProviderPriceOracleUpdated represents a PriceOracleUpdated event raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderPriceOracleUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AavePoolAddressesProviderPriceOracleUpdatedEventName = "PriceOracleUpdated"

// ContractEventName returns the user-defined event name.
func (AavePoolAddressesProviderPriceOracleUpdated) ContractEventName() string {
	return AavePoolAddressesProviderPriceOracleUpdatedEventName
}

// UnpackPriceOracleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceOracleUpdated(address indexed oldAddress, address indexed newAddress)
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackPriceOracleUpdatedEvent(log *types.Log) (*AavePoolAddressesProviderPriceOracleUpdated, error) {
	event := "PriceOracleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aavePoolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AavePoolAddressesProviderPriceOracleUpdated)
	if len(log.Data) > 0 {
		if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aavePoolAddressesProvider.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aavePoolAddressesProvider.abi.Errors["CallerNotOwner"].ID.Bytes()[:4]) {
		return aavePoolAddressesProvider.UnpackCallerNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AavePoolAddressesProviderCallerNotOwner represents a CallerNotOwner error raised by the AavePoolAddressesProvider contract.
type AavePoolAddressesProviderCallerNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotOwner()
func AavePoolAddressesProviderCallerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x5cd83192a9b3476fea3f0be800358988c207cc45b2beac8d8a18738bff19c39e")
}

// UnpackCallerNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotOwner()
func (aavePoolAddressesProvider *AavePoolAddressesProvider) UnpackCallerNotOwnerError(raw []byte) (*AavePoolAddressesProviderCallerNotOwner, error) {
	out := new(AavePoolAddressesProviderCallerNotOwner)
	if err := aavePoolAddressesProvider.abi.UnpackIntoInterface(out, "CallerNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
