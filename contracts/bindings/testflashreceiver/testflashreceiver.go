// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testflashreceiver

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

// TestFlashReceiverMetaData contains all meta data concerning the TestFlashReceiver contract.
var TestFlashReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balanceDuringCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"returnValue_\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"skipApprove_\",\"type\":\"bool\"}],\"name\":\"configure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"executeOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastInitiator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastParams\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPremium\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"returnValue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skipApprove\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestFlashReceiver",
	Bin: "0x60a034607857601f6107a338819003918201601f19168301916001600160401b03831184841017607c57808492602094604052833981010312607857516001600160a01b0381168103607857600160ff195f5416175f5560805260405161071290816100918239608051818181610180015261032f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306f95e81146106305781631b11d0ff146102aa5750806350392716146101cc5780635251f3d4146101af5780637535d2461461016b578063829a86d91461014e578063990c8f791461012d578063c1fa44e014610110578063d188fdf8146100ec578063d5ed8e08146100c45763f932105d14610095575f80fd5b346100c0575f3660031901126100c0575f5460405160109190911c6001600160a01b03168152602090f35b5f80fd5b346100c0575f3660031901126100c0576003546040516001600160a01b039091168152602090f35b346100c0575f3660031901126100c057602060ff5f5460081c166040519015158152f35b346100c0575f3660031901126100c0576020600554604051908152f35b346100c0575f3660031901126100c057602060ff5f54166040519015158152f35b346100c0575f3660031901126100c0576020600154604051908152f35b346100c0575f3660031901126100c0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100c0575f3660031901126100c0576020600254604051908152f35b346100c0575f3660031901126100c057604051600454905f6101ed83610677565b80835260208301936001811690811561028f5750600114610244575b50906102198160409303826106af565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b91905060045f525f5160206106e65f395f51905f52915f905b80821061027557509091508101602001610219610209565b91926001816020925483858801015201910190929161025d565b60ff1916855250151560051b82016020019050610219610209565b346100c05760a03660031901126100c0576004356001600160a01b03811691908281036100c05760243590604435906064356001600160a01b038116908190036100c0576084359067ffffffffffffffff82116100c057366023830112156100c05781600401359267ffffffffffffffff84116100c05736602485850101116100c0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031696338890036105f557505f805462010000600160b01b03191660109290921b62010000600160b01b031691909117905560018590556002849055600380546001600160a01b03191690911790556004548291906103b390610677565b601f8111610583575b505f90601f831160011461050a575f926104fc575b50508160011b915f199060031b1c1916176004555b6040516370a0823160e01b8152306004820152602081602481885afa9081156104ab575f916104ca575b5060055560ff5f5460081c1615610433575b602060ff5f54166040519015158152f35b81018091116104b65760446020925f604051958694859363095ea7b360e01b8552600485015260248401525af180156104ab57610473575b808080610422565b6020813d6020116104a3575b8161048c602093836106af565b810103126100c05751801515036100c0578061046b565b3d915061047f565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b90506020813d6020116104f4575b816104e5602093836106af565b810103126100c0575185610410565b3d91506104d8565b6024925001013586806103d1565b909150601f1983169160045f525f5160206106e65f395f51905f52925f5b818110610568575090846001959493921061054c575b505050811b016004556103e6565b01602401355f19600384901b60f8161c1916905586808061053e565b91936020600181926024888801013581550195019201610528565b90915060045f52601f830160051c5f5160206106e65f395f51905f520190602084106105e0575b90601f8493920160051c5f5160206106e65f395f51905f5201905b8181106105d257506103bc565b5f81558493506001016105c5565b5f5160206106e65f395f51905f5291506105aa565b62461bcd60e51b815260206004820152601660248201527518d85b1b195c881a5cc81b9bdd081d1a19481c1bdbdb60521b6044820152606490fd5b346100c05760403660031901126100c0576004358015158091036100c0576024358015158091036100c05760ff61ff005f549260081b1692169061ffff191617175f555f80f35b90600182811c921680156106a5575b602083101461069157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610686565b90601f8019910116810190811067ffffffffffffffff8211176106d157604052565b634e487b7160e01b5f52604160045260245ffdfe8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19ba164736f6c634300081c000a",
}

// TestFlashReceiver is an auto generated Go binding around an Ethereum contract.
type TestFlashReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestFlashReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewTestFlashReceiver creates a new instance of TestFlashReceiver.
func NewTestFlashReceiver() *TestFlashReceiver {
	parsed, err := TestFlashReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestFlashReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestFlashReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool) returns()
func (testFlashReceiver *TestFlashReceiver) PackConstructor(pool common.Address) []byte {
	enc, err := testFlashReceiver.abi.Pack("", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7535d246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL() view returns(address)
func (testFlashReceiver *TestFlashReceiver) PackPOOL() []byte {
	enc, err := testFlashReceiver.abi.Pack("POOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7535d246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL() view returns(address)
func (testFlashReceiver *TestFlashReceiver) TryPackPOOL() ([]byte, error) {
	return testFlashReceiver.abi.Pack("POOL")
}

// UnpackPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (testFlashReceiver *TestFlashReceiver) UnpackPOOL(data []byte) (common.Address, error) {
	out, err := testFlashReceiver.abi.Unpack("POOL", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceDuringCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1fa44e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceDuringCall() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) PackBalanceDuringCall() []byte {
	enc, err := testFlashReceiver.abi.Pack("balanceDuringCall")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceDuringCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1fa44e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceDuringCall() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) TryPackBalanceDuringCall() ([]byte, error) {
	return testFlashReceiver.abi.Pack("balanceDuringCall")
}

// UnpackBalanceDuringCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1fa44e0.
//
// Solidity: function balanceDuringCall() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) UnpackBalanceDuringCall(data []byte) (*big.Int, error) {
	out, err := testFlashReceiver.abi.Unpack("balanceDuringCall", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f95e81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configure(bool returnValue_, bool skipApprove_) returns()
func (testFlashReceiver *TestFlashReceiver) PackConfigure(returnValue bool, skipApprove bool) []byte {
	enc, err := testFlashReceiver.abi.Pack("configure", returnValue, skipApprove)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f95e81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configure(bool returnValue_, bool skipApprove_) returns()
func (testFlashReceiver *TestFlashReceiver) TryPackConfigure(returnValue bool, skipApprove bool) ([]byte, error) {
	return testFlashReceiver.abi.Pack("configure", returnValue, skipApprove)
}

// PackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (testFlashReceiver *TestFlashReceiver) PackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) []byte {
	enc, err := testFlashReceiver.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (testFlashReceiver *TestFlashReceiver) TryPackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) ([]byte, error) {
	return testFlashReceiver.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
}

// UnpackExecuteOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b11d0ff.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (testFlashReceiver *TestFlashReceiver) UnpackExecuteOperation(data []byte) (bool, error) {
	out, err := testFlashReceiver.abi.Unpack("executeOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x829a86d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAmount() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) PackLastAmount() []byte {
	enc, err := testFlashReceiver.abi.Pack("lastAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x829a86d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAmount() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) TryPackLastAmount() ([]byte, error) {
	return testFlashReceiver.abi.Pack("lastAmount")
}

// UnpackLastAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x829a86d9.
//
// Solidity: function lastAmount() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) UnpackLastAmount(data []byte) (*big.Int, error) {
	out, err := testFlashReceiver.abi.Unpack("lastAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf932105d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAsset() view returns(address)
func (testFlashReceiver *TestFlashReceiver) PackLastAsset() []byte {
	enc, err := testFlashReceiver.abi.Pack("lastAsset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf932105d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAsset() view returns(address)
func (testFlashReceiver *TestFlashReceiver) TryPackLastAsset() ([]byte, error) {
	return testFlashReceiver.abi.Pack("lastAsset")
}

// UnpackLastAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf932105d.
//
// Solidity: function lastAsset() view returns(address)
func (testFlashReceiver *TestFlashReceiver) UnpackLastAsset(data []byte) (common.Address, error) {
	out, err := testFlashReceiver.abi.Unpack("lastAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastInitiator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed8e08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastInitiator() view returns(address)
func (testFlashReceiver *TestFlashReceiver) PackLastInitiator() []byte {
	enc, err := testFlashReceiver.abi.Pack("lastInitiator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastInitiator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed8e08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastInitiator() view returns(address)
func (testFlashReceiver *TestFlashReceiver) TryPackLastInitiator() ([]byte, error) {
	return testFlashReceiver.abi.Pack("lastInitiator")
}

// UnpackLastInitiator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5ed8e08.
//
// Solidity: function lastInitiator() view returns(address)
func (testFlashReceiver *TestFlashReceiver) UnpackLastInitiator(data []byte) (common.Address, error) {
	out, err := testFlashReceiver.abi.Unpack("lastInitiator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50392716.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastParams() view returns(bytes)
func (testFlashReceiver *TestFlashReceiver) PackLastParams() []byte {
	enc, err := testFlashReceiver.abi.Pack("lastParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50392716.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastParams() view returns(bytes)
func (testFlashReceiver *TestFlashReceiver) TryPackLastParams() ([]byte, error) {
	return testFlashReceiver.abi.Pack("lastParams")
}

// UnpackLastParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50392716.
//
// Solidity: function lastParams() view returns(bytes)
func (testFlashReceiver *TestFlashReceiver) UnpackLastParams(data []byte) ([]byte, error) {
	out, err := testFlashReceiver.abi.Unpack("lastParams", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5251f3d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastPremium() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) PackLastPremium() []byte {
	enc, err := testFlashReceiver.abi.Pack("lastPremium")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5251f3d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastPremium() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) TryPackLastPremium() ([]byte, error) {
	return testFlashReceiver.abi.Pack("lastPremium")
}

// UnpackLastPremium is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5251f3d4.
//
// Solidity: function lastPremium() view returns(uint256)
func (testFlashReceiver *TestFlashReceiver) UnpackLastPremium(data []byte) (*big.Int, error) {
	out, err := testFlashReceiver.abi.Unpack("lastPremium", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReturnValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990c8f79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returnValue() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) PackReturnValue() []byte {
	enc, err := testFlashReceiver.abi.Pack("returnValue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturnValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990c8f79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returnValue() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) TryPackReturnValue() ([]byte, error) {
	return testFlashReceiver.abi.Pack("returnValue")
}

// UnpackReturnValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x990c8f79.
//
// Solidity: function returnValue() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) UnpackReturnValue(data []byte) (bool, error) {
	out, err := testFlashReceiver.abi.Unpack("returnValue", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSkipApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd188fdf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skipApprove() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) PackSkipApprove() []byte {
	enc, err := testFlashReceiver.abi.Pack("skipApprove")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkipApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd188fdf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skipApprove() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) TryPackSkipApprove() ([]byte, error) {
	return testFlashReceiver.abi.Pack("skipApprove")
}

// UnpackSkipApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd188fdf8.
//
// Solidity: function skipApprove() view returns(bool)
func (testFlashReceiver *TestFlashReceiver) UnpackSkipApprove(data []byte) (bool, error) {
	out, err := testFlashReceiver.abi.Unpack("skipApprove", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
