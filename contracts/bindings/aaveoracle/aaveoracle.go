// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aaveoracle

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

// AaveOracleMetaData contains all meta data concerning the AaveOracle contract.
var AaveOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"baseCurrency\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"baseCurrencyUnit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerNotPoolAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InconsistentParamsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NoPriceAvailable\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"AssetSourceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseCurrency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseCurrencyUnit\",\"type\":\"uint256\"}],\"name\":\"BaseCurrencySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fallbackOracle\",\"type\":\"address\"}],\"name\":\"FallbackOracleUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BASE_CURRENCY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_CURRENCY_UNIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getAssetPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"}],\"name\":\"getAssetsPrices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFallbackOracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getSourceOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"sources\",\"type\":\"address[]\"}],\"name\":\"setAssetSources\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fallbackOracle\",\"type\":\"address\"}],\"name\":\"setFallbackOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AaveOracle",
	Bin: "0x60c0346100d857601f61078838819003918201601f19168301916001600160401b038311848410176100dc578084926060946040528339810103126100d8577fe27c4c1372396a3d15a9922f74f9dfc7c72b1ad6d63868470787249c356454c1602061006a836100f0565b9260406100788383016100f0565b9101515f80546001600160a01b0319166001600160a01b03968716179055608082905260a0819052604051908152931692a2604051610683908161010582396080518181816091015261051a015260a0518181816103af01526106540152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100d85756fe60806040526004361015610011575f80fd5b5f3560e01c8063170aee73146103fa5780636210308c146103d25780638c89b64f146103985780638da5cb5b1461037157806392bf2be01461032d5780639d23d9f214610238578063abfd5310146100fb578063b3596f07146100c45763e19f47001461007c575f80fd5b346100c0575f3660031901126100c0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100c05760203660031901126100c0576004356001600160a01b03811681036100c0576100f360209161050c565b604051908152f35b346100c05760403660031901126100c05760043567ffffffffffffffff81116100c05761012c903690600401610469565b60243567ffffffffffffffff81116100c05761014c903690600401610469565b5f549091906001600160a01b031633036102295781830361021a575f5b83811061017257005b8061018861018360019386866104e8565b6104f8565b828060a01b0361019c61018384898b6104e8565b165f528260205260405f2090838060a01b03166bffffffffffffffffffffffff60a01b8254161790556101d36101838287896104e8565b828060a01b036101e76101838488886104e8565b1690838060a01b03167f22c5b7b2d8561d39f7f210b6b326a1aa69f15311163082308ac4877db6339dc15f80a301610169565b630d10f63b60e01b5f5260045ffd5b63cdd36a9760e01b5f5260045ffd5b346100c05760203660031901126100c05760043567ffffffffffffffff81116100c057610269903690600401610469565b610272816104d0565b91610280604051938461049a565b81835261028c826104d0565b602084019290601f19013684375f5b8181106102e6578385604051918291602083019060208452518091526040830191905f5b8181106102cd575050500390f35b82518452859450602093840193909201916001016102bf565b6102fc6102f76101838385876104e8565b61050c565b9085518110156103195760019160208260051b880101520161029b565b634e487b7160e01b5f52603260045260245ffd5b346100c05760203660031901126100c0576004356001600160a01b038116908190036100c0575f526001602052602060018060a01b0360405f205416604051908152f35b346100c0575f3660031901126100c0575f546040516001600160a01b039091168152602090f35b346100c0575f3660031901126100c05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100c0575f3660031901126100c0576002546040516001600160a01b039091168152602090f35b346100c05760203660031901126100c0576004356001600160a01b038116908190036100c0575f546001600160a01b0316330361022957600280546001600160a01b031916821790557fce7a780d33665b1ea097af5f155e3821b809ecbaa839d3b33aa83ba28168cefb5f80a2005b9181601f840112156100c05782359167ffffffffffffffff83116100c0576020808501948460051b0101116100c057565b90601f8019910116810190811067ffffffffffffffff8211176104bc57604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116104bc5760051b60200190565b91908110156103195760051b0190565b356001600160a01b03811681036100c05790565b6001600160a01b03908116907f0000000000000000000000000000000000000000000000000000000000000000168114610651575f818152600160205260409020546001600160a01b0316806105eb575b506002546001600160a01b03169081156105d95760209060246040518094819363b3596f0760e01b835260048301525afa9081156105ce575f9161059f575090565b90506020813d6020116105c6575b816105ba6020938361049a565b810103126100c0575190565b3d91506105ad565b6040513d5f823e3d90fd5b631141944f60e01b5f5260045260245ffd5b6020600491604051928380926350d25bcd60e01b82525afa9081156105ce575f9161061f575b505f81131561055d57905090565b90506020813d602011610649575b8161063a6020938361049a565b810103126100c057515f610611565b3d915061062d565b507f00000000000000000000000000000000000000000000000000000000000000009056fea164736f6c634300081c000a",
}

// AaveOracle is an auto generated Go binding around an Ethereum contract.
type AaveOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveOracle) GetABI() abi.ABI {
	return c.abi
}

// NewAaveOracle creates a new instance of AaveOracle.
func NewAaveOracle() *AaveOracle {
	parsed, err := AaveOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address baseCurrency, uint256 baseCurrencyUnit) returns()
func (aaveOracle *AaveOracle) PackConstructor(owner_ common.Address, baseCurrency common.Address, baseCurrencyUnit *big.Int) []byte {
	enc, err := aaveOracle.abi.Pack("", owner_, baseCurrency, baseCurrencyUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBASECURRENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe19f4700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) PackBASECURRENCY() []byte {
	enc, err := aaveOracle.abi.Pack("BASE_CURRENCY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASECURRENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe19f4700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) TryPackBASECURRENCY() ([]byte, error) {
	return aaveOracle.abi.Pack("BASE_CURRENCY")
}

// UnpackBASECURRENCY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe19f4700.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) UnpackBASECURRENCY(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("BASE_CURRENCY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASECURRENCYUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c89b64f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) PackBASECURRENCYUNIT() []byte {
	enc, err := aaveOracle.abi.Pack("BASE_CURRENCY_UNIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASECURRENCYUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c89b64f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) TryPackBASECURRENCYUNIT() ([]byte, error) {
	return aaveOracle.abi.Pack("BASE_CURRENCY_UNIT")
}

// UnpackBASECURRENCYUNIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c89b64f.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) UnpackBASECURRENCYUNIT(data []byte) (*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("BASE_CURRENCY_UNIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAssetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3596f07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) PackGetAssetPrice(asset common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getAssetPrice", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAssetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3596f07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) TryPackGetAssetPrice(asset common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getAssetPrice", asset)
}

// UnpackGetAssetPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3596f07.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) UnpackGetAssetPrice(data []byte) (*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("getAssetPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAssetsPrices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d23d9f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[] prices)
func (aaveOracle *AaveOracle) PackGetAssetsPrices(assets []common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getAssetsPrices", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAssetsPrices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d23d9f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[] prices)
func (aaveOracle *AaveOracle) TryPackGetAssetsPrices(assets []common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getAssetsPrices", assets)
}

// UnpackGetAssetsPrices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d23d9f2.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[] prices)
func (aaveOracle *AaveOracle) UnpackGetAssetsPrices(data []byte) ([]*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("getAssetsPrices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6210308c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) PackGetFallbackOracle() []byte {
	enc, err := aaveOracle.abi.Pack("getFallbackOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6210308c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) TryPackGetFallbackOracle() ([]byte, error) {
	return aaveOracle.abi.Pack("getFallbackOracle")
}

// UnpackGetFallbackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6210308c.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) UnpackGetFallbackOracle(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("getFallbackOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSourceOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bf2be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) PackGetSourceOfAsset(asset common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getSourceOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSourceOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bf2be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) TryPackGetSourceOfAsset(asset common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getSourceOfAsset", asset)
}

// UnpackGetSourceOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92bf2be0.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) UnpackGetSourceOfAsset(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("getSourceOfAsset", data)
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
func (aaveOracle *AaveOracle) PackOwner() []byte {
	enc, err := aaveOracle.abi.Pack("owner")
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
func (aaveOracle *AaveOracle) TryPackOwner() ([]byte, error) {
	return aaveOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aaveOracle *AaveOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAssetSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfd5310.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetSources(address[] assets, address[] sources) returns()
func (aaveOracle *AaveOracle) PackSetAssetSources(assets []common.Address, sources []common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("setAssetSources", assets, sources)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfd5310.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetSources(address[] assets, address[] sources) returns()
func (aaveOracle *AaveOracle) TryPackSetAssetSources(assets []common.Address, sources []common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("setAssetSources", assets, sources)
}

// PackSetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170aee73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFallbackOracle(address fallbackOracle) returns()
func (aaveOracle *AaveOracle) PackSetFallbackOracle(fallbackOracle common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("setFallbackOracle", fallbackOracle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170aee73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFallbackOracle(address fallbackOracle) returns()
func (aaveOracle *AaveOracle) TryPackSetFallbackOracle(fallbackOracle common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("setFallbackOracle", fallbackOracle)
}

// AaveOracleAssetSourceUpdated represents a AssetSourceUpdated event raised by the AaveOracle contract.
type AaveOracleAssetSourceUpdated struct {
	Asset  common.Address
	Source common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AaveOracleAssetSourceUpdatedEventName = "AssetSourceUpdated"

// ContractEventName returns the user-defined event name.
func (AaveOracleAssetSourceUpdated) ContractEventName() string {
	return AaveOracleAssetSourceUpdatedEventName
}

// UnpackAssetSourceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetSourceUpdated(address indexed asset, address indexed source)
func (aaveOracle *AaveOracle) UnpackAssetSourceUpdatedEvent(log *types.Log) (*AaveOracleAssetSourceUpdated, error) {
	event := "AssetSourceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleAssetSourceUpdated)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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

// AaveOracleBaseCurrencySet represents a BaseCurrencySet event raised by the AaveOracle contract.
type AaveOracleBaseCurrencySet struct {
	BaseCurrency     common.Address
	BaseCurrencyUnit *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const AaveOracleBaseCurrencySetEventName = "BaseCurrencySet"

// ContractEventName returns the user-defined event name.
func (AaveOracleBaseCurrencySet) ContractEventName() string {
	return AaveOracleBaseCurrencySetEventName
}

// UnpackBaseCurrencySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BaseCurrencySet(address indexed baseCurrency, uint256 baseCurrencyUnit)
func (aaveOracle *AaveOracle) UnpackBaseCurrencySetEvent(log *types.Log) (*AaveOracleBaseCurrencySet, error) {
	event := "BaseCurrencySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleBaseCurrencySet)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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

// AaveOracleFallbackOracleUpdated represents a FallbackOracleUpdated event raised by the AaveOracle contract.
type AaveOracleFallbackOracleUpdated struct {
	FallbackOracle common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AaveOracleFallbackOracleUpdatedEventName = "FallbackOracleUpdated"

// ContractEventName returns the user-defined event name.
func (AaveOracleFallbackOracleUpdated) ContractEventName() string {
	return AaveOracleFallbackOracleUpdatedEventName
}

// UnpackFallbackOracleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FallbackOracleUpdated(address indexed fallbackOracle)
func (aaveOracle *AaveOracle) UnpackFallbackOracleUpdatedEvent(log *types.Log) (*AaveOracleFallbackOracleUpdated, error) {
	event := "FallbackOracleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleFallbackOracleUpdated)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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
func (aaveOracle *AaveOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveOracle.abi.Errors["CallerNotPoolAdmin"].ID.Bytes()[:4]) {
		return aaveOracle.UnpackCallerNotPoolAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveOracle.abi.Errors["InconsistentParamsLength"].ID.Bytes()[:4]) {
		return aaveOracle.UnpackInconsistentParamsLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveOracle.abi.Errors["NoPriceAvailable"].ID.Bytes()[:4]) {
		return aaveOracle.UnpackNoPriceAvailableError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveOracleCallerNotPoolAdmin represents a CallerNotPoolAdmin error raised by the AaveOracle contract.
type AaveOracleCallerNotPoolAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotPoolAdmin()
func AaveOracleCallerNotPoolAdminErrorID() common.Hash {
	return common.HexToHash("0xcdd36a97ec10bfd457da473e0238e65558a550dbd6258e5ad7c845311e63f849")
}

// UnpackCallerNotPoolAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotPoolAdmin()
func (aaveOracle *AaveOracle) UnpackCallerNotPoolAdminError(raw []byte) (*AaveOracleCallerNotPoolAdmin, error) {
	out := new(AaveOracleCallerNotPoolAdmin)
	if err := aaveOracle.abi.UnpackIntoInterface(out, "CallerNotPoolAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveOracleInconsistentParamsLength represents a InconsistentParamsLength error raised by the AaveOracle contract.
type AaveOracleInconsistentParamsLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentParamsLength()
func AaveOracleInconsistentParamsLengthErrorID() common.Hash {
	return common.HexToHash("0x0d10f63b8a62f4a97461063d095fff841a749e24b804dcdd6b5d10b7d6e6d155")
}

// UnpackInconsistentParamsLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentParamsLength()
func (aaveOracle *AaveOracle) UnpackInconsistentParamsLengthError(raw []byte) (*AaveOracleInconsistentParamsLength, error) {
	out := new(AaveOracleInconsistentParamsLength)
	if err := aaveOracle.abi.UnpackIntoInterface(out, "InconsistentParamsLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveOracleNoPriceAvailable represents a NoPriceAvailable error raised by the AaveOracle contract.
type AaveOracleNoPriceAvailable struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPriceAvailable(address asset)
func AaveOracleNoPriceAvailableErrorID() common.Hash {
	return common.HexToHash("0x1141944f49de2d9c07be14eb3ea4e03012e1a9d9e7ebd4bb23777384515319c1")
}

// UnpackNoPriceAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPriceAvailable(address asset)
func (aaveOracle *AaveOracle) UnpackNoPriceAvailableError(raw []byte) (*AaveOracleNoPriceAvailable, error) {
	out := new(AaveOracleNoPriceAvailable)
	if err := aaveOracle.abi.UnpackIntoInterface(out, "NoPriceAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}
