// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lrtvault

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

// LRTVaultMetaData contains all meta data concerning the LRTVault contract.
var LRTVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialRateWad\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"RateUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRateUpdate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRateWad\",\"type\":\"uint256\"}],\"name\":\"setRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LRTVault",
	Bin: "0x60a0604052346103cc5761105080380380610019816103d0565b9283398101906080818303126103cc5780516001600160401b0381116103cc57826100459183016103f5565b602082015190926001600160401b0382116103cc576100659183016103f5565b604082015190916001600160a01b03821682036103cc576060015191821561039b5783516001600160401b0381116102af575f54600181811c91168015610391575b602082101461029157601f811161032f575b50602094601f82116001146102ce579481929394955f926102c3575b50508160011b915f199060031b1c1916175f555b8051906001600160401b0382116102af57600154600181811c911680156102a5575b602082101461029157601f811161022e575b50602090601f83116001146101b7579180606094925f5160206110305f395f51905f5296945f926101ac575b50508160011b915f199060031b1c1916176001555b6080523360018060a01b031960055416176005558060065542600755604051905f82526020820152426040820152a1604051610be99081610447823960805181818161032801526105d80152f35b015190505f80610149565b90601f1983169160015f52815f20925f5b81811061021657509260019285925f5160206110305f395f51905f52989660609896106101fe575b505050811b0160015561015e565b01515f1960f88460031b161c191690555f80806101f0565b929360206001819287860151815501950193016101c8565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f840160051c81019160208510610287575b601f0160051c01905b81811061027c575061011d565b5f815560010161026f565b9091508190610266565b634e487b7160e01b5f52602260045260245ffd5b90607f169061010b565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d5565b601f198216955f8052805f20915f5b888110610317575083600195969798106102ff575b505050811b015f556100e9565b01515f1960f88460031b161c191690555f80806102f2565b919260206001819286850151815501940192016102dd565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c81019160208410610387575b601f0160051c01905b81811061037c57506100b9565b5f815560010161036f565b9091508190610366565b90607f16906100a7565b60405162461bcd60e51b81526020600482015260096024820152687a65726f207261746560b81b6044820152606490fd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102af57604052565b81601f820112156103cc578051906001600160401b0382116102af57610424601f8301601f19166020016103d0565b92828452602083830101116103cc57815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d1141461091557806306fdde031461085d57806307a2d13a1461082a578063095ea7b3146107b157806318160ddd1461079457806323b872dd146106c4578063313ce567146106a957806334fcf4371461060757806338d52e0f146105c357806340c10f19146105875780634d82680e1461056a578063679aefce1461054d5780636e553f65146102f957806370a08231146102c15780638da5cb5b1461029957806395d89b4114610195578063a9059cbb14610164578063c6e6f5921461013e5763dd62ed3e146100ea575f80fd5b3461013a57604036600319011261013a5761010361098b565b61010b6109a1565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b5f80fd5b3461013a57602036600319011261013a57602061015c600435610a23565b604051908152f35b3461013a57604036600319011261013a5761018a61018061098b565b6024359033610aae565b602060405160018152f35b3461013a575f36600319011261013a576040515f6001548060011c9060018116801561028f575b60208310811461027b5782855290811561025757506001146101f9575b6101f5836101e98185038261093f565b60405191829182610961565b0390f35b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b80821061023d575090915081016020016101e96101d9565b919260018160209254838588010152019101909291610225565b60ff191660208086019190915291151560051b840190910191506101e990506101d9565b634e487b7160e01b5f52602260045260245ffd5b91607f16916101bc565b3461013a575f36600319011261013a576005546040516001600160a01b039091168152602090f35b3461013a57602036600319011261013a576001600160a01b036102e261098b565b165f526003602052602060405f2054604051908152f35b3461013a57604036600319011261013a576004356103156109a1565b9061031f81610a23565b90811561051a577f0000000000000000000000000000000000000000000000000000000000000000803b156104eb575f80916040518260208201916323b872dd60e01b83523360248201523060448201528660648201526064815261038560848261093f565b51925af13d156104e3573d9067ffffffffffffffff82116104cf57604051916103b8601f8201601f19166020018461093f565b82523d5f602084013e5b1561049257805190811591821561046f575b50501561042a57826103e883602095610b7b565b604051918252828483015260018060a01b0316907fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d760403392a3604051908152f35b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b819250906020918101031261013a5760200151801515810361013a5784806103d4565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b6060906103c2565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b60405162461bcd60e51b815260206004820152600b60248201526a7a65726f2073686172657360a81b6044820152606490fd5b3461013a575f36600319011261013a576020600654604051908152f35b3461013a575f36600319011261013a576020600754604051908152f35b3461013a57604036600319011261013a576105c16105a361098b565b6105b860018060a01b036005541633146109eb565b60243590610b7b565b005b3461013a575f36600319011261013a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461013a57602036600319011261013a5760043561063060018060a01b036005541633146109eb565b8015610678577fa387c3601f61e88a17e341cfebf7ab826a8cd4544cd72b2dc0cf12988e77754b6060600654604051908152836020820152426040820152a160065542600755005b60405162461bcd60e51b81526020600482015260096024820152687a65726f207261746560b81b6044820152606490fd5b3461013a575f36600319011261013a57602060405160128152f35b3461013a57606036600319011261013a576106dd61098b565b6106e56109a1565b6001600160a01b0382165f81815260046020908152604080832033845290915290205492604435929160018501610722575b5061018a9350610aae565b838510610756576107368461018a966109de565b5f9182526004602090815260408084203385529091529091205584610717565b60405162461bcd60e51b8152602060048201526016602482015275696e73756666696369656e7420616c6c6f77616e636560501b6044820152606490fd5b3461013a575f36600319011261013a576020600254604051908152f35b3461013a57604036600319011261013a576107ca61098b565b335f8181526004602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b3461013a57602036600319011261013a576020670de0b6b3a76400006108546006546004356109b7565b04604051908152f35b3461013a575f36600319011261013a576040515f5f548060011c9060018116801561090b575b60208310811461027b5782855290811561025757506001146108af576101f5836101e98185038261093f565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b8082106108f1575090915081016020016101e96101d9565b9192600181602092548385880101520191019092916108d9565b91607f1691610883565b3461013a575f36600319011261013a576020670de0b6b3a7640000610854600254600654906109b7565b90601f8019910116810190811067ffffffffffffffff8211176104cf57604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361013a57565b602435906001600160a01b038216820361013a57565b818102929181159184041417156109ca57565b634e487b7160e01b5f52601160045260245ffd5b919082039182116109ca57565b156109f257565b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b670de0b6b3a7640000810290808204670de0b6b3a764000014901517156109ca57600654908115610a52570490565b634e487b7160e01b5f52601260045260245ffd5b15610a6d57565b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b919082018092116109ca57565b6001600160a01b039091169190610ac6831515610a66565b60018060a01b031690815f5260036020528060405f205410610b3f5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91835f526003825260405f20610b1c8282546109de565b9055845f526003825260405f20610b34828254610aa1565b9055604051908152a3565b60405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b6044820152606490fd5b6001600160a01b0316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090610bb7851515610a66565b610bc381600254610aa1565b6002558484526003825260408420610b34828254610aa156fea164736f6c634300081c000aa387c3601f61e88a17e341cfebf7ab826a8cd4544cd72b2dc0cf12988e77754b",
}

// LRTVault is an auto generated Go binding around an Ethereum contract.
type LRTVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LRTVault) GetABI() abi.ABI {
	return c.abi
}

// NewLRTVault creates a new instance of LRTVault.
func NewLRTVault() *LRTVault {
	parsed, err := LRTVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LRTVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LRTVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address asset_, uint256 initialRateWad) returns()
func (lRTVault *LRTVault) PackConstructor(name_ string, symbol_ string, asset_ common.Address, initialRateWad *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("", name_, symbol_, asset_, initialRateWad)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (lRTVault *LRTVault) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := lRTVault.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (lRTVault *LRTVault) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return lRTVault.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (lRTVault *LRTVault) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lRTVault *LRTVault) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lRTVault *LRTVault) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lRTVault *LRTVault) UnpackApprove(data []byte) (bool, error) {
	out, err := lRTVault.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (lRTVault *LRTVault) PackAsset() []byte {
	enc, err := lRTVault.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (lRTVault *LRTVault) TryPackAsset() ([]byte, error) {
	return lRTVault.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (lRTVault *LRTVault) UnpackAsset(data []byte) (common.Address, error) {
	out, err := lRTVault.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (lRTVault *LRTVault) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := lRTVault.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (lRTVault *LRTVault) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return lRTVault.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (lRTVault *LRTVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lRTVault *LRTVault) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lRTVault *LRTVault) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (lRTVault *LRTVault) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lRTVault *LRTVault) PackConvertToShares(assets *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lRTVault *LRTVault) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (lRTVault *LRTVault) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (lRTVault *LRTVault) PackDecimals() []byte {
	enc, err := lRTVault.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (lRTVault *LRTVault) TryPackDecimals() ([]byte, error) {
	return lRTVault.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (lRTVault *LRTVault) UnpackDecimals(data []byte) (uint8, error) {
	out, err := lRTVault.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (lRTVault *LRTVault) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := lRTVault.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (lRTVault *LRTVault) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return lRTVault.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (lRTVault *LRTVault) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x679aefce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRate() view returns(uint256)
func (lRTVault *LRTVault) PackGetRate() []byte {
	enc, err := lRTVault.abi.Pack("getRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x679aefce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRate() view returns(uint256)
func (lRTVault *LRTVault) TryPackGetRate() ([]byte, error) {
	return lRTVault.abi.Pack("getRate")
}

// UnpackGetRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x679aefce.
//
// Solidity: function getRate() view returns(uint256)
func (lRTVault *LRTVault) UnpackGetRate(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("getRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastRateUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d82680e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRateUpdate() view returns(uint256)
func (lRTVault *LRTVault) PackLastRateUpdate() []byte {
	enc, err := lRTVault.abi.Pack("lastRateUpdate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRateUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d82680e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRateUpdate() view returns(uint256)
func (lRTVault *LRTVault) TryPackLastRateUpdate() ([]byte, error) {
	return lRTVault.abi.Pack("lastRateUpdate")
}

// UnpackLastRateUpdate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d82680e.
//
// Solidity: function lastRateUpdate() view returns(uint256)
func (lRTVault *LRTVault) UnpackLastRateUpdate(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("lastRateUpdate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 shares) returns()
func (lRTVault *LRTVault) PackMint(to common.Address, shares *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("mint", to, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 shares) returns()
func (lRTVault *LRTVault) TryPackMint(to common.Address, shares *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("mint", to, shares)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (lRTVault *LRTVault) PackName() []byte {
	enc, err := lRTVault.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (lRTVault *LRTVault) TryPackName() ([]byte, error) {
	return lRTVault.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (lRTVault *LRTVault) UnpackName(data []byte) (string, error) {
	out, err := lRTVault.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (lRTVault *LRTVault) PackOwner() []byte {
	enc, err := lRTVault.abi.Pack("owner")
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
func (lRTVault *LRTVault) TryPackOwner() ([]byte, error) {
	return lRTVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (lRTVault *LRTVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := lRTVault.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fcf437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRate(uint256 newRateWad) returns()
func (lRTVault *LRTVault) PackSetRate(newRateWad *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("setRate", newRateWad)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fcf437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRate(uint256 newRateWad) returns()
func (lRTVault *LRTVault) TryPackSetRate(newRateWad *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("setRate", newRateWad)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (lRTVault *LRTVault) PackSymbol() []byte {
	enc, err := lRTVault.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (lRTVault *LRTVault) TryPackSymbol() ([]byte, error) {
	return lRTVault.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (lRTVault *LRTVault) UnpackSymbol(data []byte) (string, error) {
	out, err := lRTVault.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (lRTVault *LRTVault) PackTotalAssets() []byte {
	enc, err := lRTVault.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (lRTVault *LRTVault) TryPackTotalAssets() ([]byte, error) {
	return lRTVault.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (lRTVault *LRTVault) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (lRTVault *LRTVault) PackTotalSupply() []byte {
	enc, err := lRTVault.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (lRTVault *LRTVault) TryPackTotalSupply() ([]byte, error) {
	return lRTVault.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (lRTVault *LRTVault) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := lRTVault.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) UnpackTransfer(data []byte) (bool, error) {
	out, err := lRTVault.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := lRTVault.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return lRTVault.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lRTVault *LRTVault) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := lRTVault.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// LRTVaultApproval represents a Approval event raised by the LRTVault contract.
type LRTVaultApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LRTVaultApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LRTVaultApproval) ContractEventName() string {
	return LRTVaultApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (lRTVault *LRTVault) UnpackApprovalEvent(log *types.Log) (*LRTVaultApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lRTVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LRTVaultApproval)
	if len(log.Data) > 0 {
		if err := lRTVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lRTVault.abi.Events[event].Inputs {
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

// LRTVaultDeposit represents a Deposit event raised by the LRTVault contract.
type LRTVaultDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LRTVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (LRTVaultDeposit) ContractEventName() string {
	return LRTVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (lRTVault *LRTVault) UnpackDepositEvent(log *types.Log) (*LRTVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lRTVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LRTVaultDeposit)
	if len(log.Data) > 0 {
		if err := lRTVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lRTVault.abi.Events[event].Inputs {
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

// LRTVaultRateUpdated represents a RateUpdated event raised by the LRTVault contract.
type LRTVaultRateUpdated struct {
	OldRate   *big.Int
	NewRate   *big.Int
	Timestamp *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LRTVaultRateUpdatedEventName = "RateUpdated"

// ContractEventName returns the user-defined event name.
func (LRTVaultRateUpdated) ContractEventName() string {
	return LRTVaultRateUpdatedEventName
}

// UnpackRateUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateUpdated(uint256 oldRate, uint256 newRate, uint256 timestamp)
func (lRTVault *LRTVault) UnpackRateUpdatedEvent(log *types.Log) (*LRTVaultRateUpdated, error) {
	event := "RateUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lRTVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LRTVaultRateUpdated)
	if len(log.Data) > 0 {
		if err := lRTVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lRTVault.abi.Events[event].Inputs {
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

// LRTVaultTransfer represents a Transfer event raised by the LRTVault contract.
type LRTVaultTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LRTVaultTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LRTVaultTransfer) ContractEventName() string {
	return LRTVaultTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (lRTVault *LRTVault) UnpackTransferEvent(log *types.Log) (*LRTVaultTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lRTVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LRTVaultTransfer)
	if len(log.Data) > 0 {
		if err := lRTVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lRTVault.abi.Events[event].Inputs {
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
