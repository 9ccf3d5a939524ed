// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aavevariabledebttoken

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

// AaveVariableDebtTokenMetaData contains all meta data concerning the AaveVariableDebtToken contract.
var AaveVariableDebtTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"underlying\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerMustBePool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBorrowAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBurnAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMintAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OperationNotSupported\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromUser\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toUser\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BorrowAllowanceDelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceIncrease\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Burn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceIncrease\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Mint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDERLYING_ASSET_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approveDelegation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fromUser\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"toUser\",\"type\":\"address\"}],\"name\":\"borrowAllowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPreviousIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getScaledUserBalanceAndSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"scaledBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scaledTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AaveVariableDebtToken",
	Bin: "0x60e060405234610393576111758038038061001981610397565b92833981019060a08183031261039357610032816103bc565b9061003f602082016103bc565b60408201519160ff831683036103935760608101516001600160401b038111610393578561006e9183016103d0565b60808201519095906001600160401b0381116103935761008e92016103d0565b60809390935260a05260c05281516001600160401b0381116102a9575f54600181811c91168015610389575b602082101461028b57601f8111610327575b50602092601f82116001146102c857928192935f926102bd575b50508160011b915f199060031b1c1916175f555b80516001600160401b0381116102a957600154600181811c9116801561029f575b602082101461028b57601f8111610228575b50602091601f82116001146101c8579181925f926101bd575b50508160011b915f199060031b1c1916176001555b604051610d539081610422823960805181818161010b015281816104a701528181610866015281816109160152610adb015260a0518181816103c60152818161044401528181610705015281816108e20152610aa9015260c05181610a010152f35b015190505f80610146565b601f1982169260015f52805f20915f5b858110610210575083600195106101f8575b505050811b0160015561015b565b01515f1960f88460031b161c191690555f80806101ea565b919260206001819286850151815501940192016101d8565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c81019160208410610281575b601f0160051c01905b818110610276575061012d565b5f8155600101610269565b9091508190610260565b634e487b7160e01b5f52602260045260245ffd5b90607f169061011b565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100e6565b601f198216935f8052805f20915f5b86811061030f57508360019596106102f7575b505050811b015f556100fa565b01515f1960f88460031b161c191690555f80806102ea565b919260206001819286850151815501940192016102d7565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c8101916020841061037f575b601f0160051c01905b81811061037457506100cc565b5f8155600101610367565b909150819061035e565b90607f16906100ba565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102a957604052565b51906001600160a01b038216820361039357565b81601f82011215610393578051906001600160401b0382116102a9576103ff601f8301601f1916602001610397565b928284526020838301011161039357815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610b5d578063095ea7b3146104735780630afbcdc914610b1657806318160ddd14610a7f5780631da24f3e14610a3e57806323b872dd14610a25578063313ce567146109e85780636bd76d241461099857806370a08231146108955780637535d2461461085157806395d89b411461074d5780639ceeaca714610478578063a9059cbb14610473578063b16a19de1461042f578063b1bf962d14610412578063c04a8a1014610379578063dd62ed3e14610347578063e0753986146103035763f5298aca146100ea575f80fd5b346102ff5760603660031901126102ff57610103610c75565b6044356024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102f05780156102e15760409260018060a01b0316805f526002602052835f20908154936001600160781b038516936101db6101876001600160801b0361017c8489610cba565b9860781c1687610cdb565b916101a5836101a08661019a818d610cdb565b9a610cdb565b610cba565b86546001600160781b038a166001600160f81b0319909116600160781b600160f81b03607888901b161717909655600354610cba565b94856003558181115f1461027e579161026d6102508385875f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020610244849d9a7f458f5fa412d0f69b08dd84872b0215675cc67bc1d5b6fd93300a1c3878b861969c610cba565b604051908152a3610cba565b918951938493846040919493926060820195825260208201520152565b0390a35b8251911582526020820152f35b916102d961025084845f887fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60206102447f4cf25bc1d991c17529c25213d3cc0cda295eeaad5f13f361969b12ea48015f909b859e9b610cba565b0390a3610271565b6302075cc160e41b5f5260045ffd5b632a59ce7160e11b5f5260045ffd5b5f80fd5b346102ff5760203660031901126102ff576001600160a01b03610324610c75565b165f52600260205260206001600160801b0360405f205460781c16604051908152f35b346102ff5760403660031901126102ff57610360610c75565b50610369610c8b565b506329a270f560e01b5f5260045ffd5b346102ff5760403660031901126102ff57610392610c75565b335f8181526004602090815260408083206001600160a01b03958616808552908352928190206024359081905590519081527f0000000000000000000000000000000000000000000000000000000000000000909416939192917fda919360433220e13b51e8c211e490d148e61a3bd53de8c097194e458b97f3e19190a4005b346102ff575f3660031901126102ff576020600354604051908152f35b346102ff575f3660031901126102ff576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b610ca1565b346102ff5760a03660031901126102ff57610491610c75565b610499610c8b565b6084359160643591604435907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102f0576001600160a01b0390811692169082820361067d575b50821561066e57815f52600260205260405f2080546105206001600160801b036001600160781b0383169260781c1682610cdb565b956105348161052f8885610d39565b610cdb565b95610579816105478a6101a08688610cdb565b86546fffffffffffffffffffffffffffffffff60781b1916607886901b600160781b600160f81b031617875594610d39565b936001600160781b038511610636576020986105da61062b9361060d936001600160781b03807f458f5fa412d0f69b08dd84872b0215675cc67bc1d5b6fd93300a1c3878b861969a16166001600160781b0319825416179055600354610d39565b9889600355885f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8d6102448686610cba565b91604051938493846040919493926060820195825260208201520152565b0390a3604051908152f35b60405162461bcd60e51b815260206004820152601060248201526f75696e74313230206f766572666c6f7760801b6044820152606490fd5b63199f5a0360e31b5f5260045ffd5b825f52600460205260405f20825f5260205260405f20549080821061073457506106b9906106ab8686610cdb565b8181101561072d5790610cba565b825f52600460205260405f20825f526020528060405f205560405190815281837fda919360433220e13b51e8c211e490d148e61a3bd53de8c097194e458b97f3e1602060018060a01b037f00000000000000000000000000000000000000000000000000000000000000001694a4846104eb565b5080610cba565b91631cb19ef360e01b5f5260045260245260445260645ffd5b346102ff575f3660031901126102ff576040515f6001548060011c90600181168015610847575b6020831081146108335782855290811561080f57506001146107b1575b6107ad836107a181850382610c15565b60405191829182610c4b565b0390f35b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106107f5575090915081016020016107a1610791565b9192600181602092548385880101520191019092916107dd565b60ff191660208086019190915291151560051b840190910191506107a19050610791565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610774565b346102ff575f3660031901126102ff576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102ff5760203660031901126102ff576001600160a01b036108b6610c75565b165f5260026020526001600160781b0360405f20541660405163386497fd60e01b815260018060a01b037f000000000000000000000000000000000000000000000000000000000000000016600482015260208160248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561098d575f9161095a575b60206109528385610cdb565b604051908152f35b90506020813d602011610985575b8161097560209383610c15565b810103126102ff57516020610946565b3d9150610968565b6040513d5f823e3d90fd5b346102ff5760403660031901126102ff576109b1610c75565b6109b9610c8b565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b346102ff575f3660031901126102ff57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ff5760603660031901126102ff57610360610c75565b346102ff5760203660031901126102ff576001600160a01b03610a5f610c75565b165f52600260205260206001600160781b0360405f205416604051908152f35b346102ff575f3660031901126102ff5760035460405163386497fd60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602090829060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa90811561098d575f9161095a5760206109528385610cdb565b346102ff5760203660031901126102ff576001600160a01b03610b37610c75565b165f52600260205260406001600160781b03815f20541660035482519182526020820152f35b346102ff575f3660031901126102ff576040515f5f548060011c90600181168015610c0b575b6020831081146108335782855290811561080f5750600114610baf576107ad836107a181850382610c15565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610bf1575090915081016020016107a1610791565b919260018160209254838588010152019101909291610bd9565b91607f1691610b83565b90601f8019910116810190811067ffffffffffffffff821117610c3757604052565b634e487b7160e01b5f52604160045260245ffd5b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036102ff57565b602435906001600160a01b03821682036102ff57565b346102ff5760403660031901126102ff57610369610c75565b91908203918211610cc757565b634e487b7160e01b5f52601160045260245ffd5b818102918183041490151715610cc7576b033b2e3c9fd0803ce80000008104906b033b2e3c9fd0803ce800000082028281046b033b2e3c9fd0803ce80000001483151715610cc75703610d2b5790565b60018101809111610cc75790565b91908201809211610cc75756fea164736f6c634300081c000a",
}

// AaveVariableDebtToken is an auto generated Go binding around an Ethereum contract.
type AaveVariableDebtToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveVariableDebtToken) GetABI() abi.ABI {
	return c.abi
}

// NewAaveVariableDebtToken creates a new instance of AaveVariableDebtToken.
func NewAaveVariableDebtToken() *AaveVariableDebtToken {
	parsed, err := AaveVariableDebtTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveVariableDebtToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveVariableDebtToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool, address underlying, uint8 decimals_, string name_, string symbol_) returns()
func (aaveVariableDebtToken *AaveVariableDebtToken) PackConstructor(pool common.Address, underlying common.Address, decimals_ uint8, name_ string, symbol_ string) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("", pool, underlying, decimals_, name_, symbol_)
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
func (aaveVariableDebtToken *AaveVariableDebtToken) PackPOOL() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("POOL")
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
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackPOOL() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("POOL")
}

// UnpackPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackPOOL(data []byte) (common.Address, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("POOL", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackUNDERLYINGASSETADDRESS() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackUNDERLYINGASSETADDRESS() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
}

// UnpackUNDERLYINGASSETADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackUNDERLYINGASSETADDRESS(data []byte) (common.Address, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("UNDERLYING_ASSET_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("allowance", data)
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
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackApprove(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("approve", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackApprove(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("approve", arg0, arg1)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackApprove(data []byte) (bool, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04a8a10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveDelegation(address delegatee, uint256 amount) returns()
func (aaveVariableDebtToken *AaveVariableDebtToken) PackApproveDelegation(delegatee common.Address, amount *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("approveDelegation", delegatee, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04a8a10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveDelegation(address delegatee, uint256 amount) returns()
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackApproveDelegation(delegatee common.Address, amount *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("approveDelegation", delegatee, amount)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackBalanceOf(user common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("balanceOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackBalanceOf(user common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("balanceOf", user)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bd76d24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowAllowance(address fromUser, address toUser) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackBorrowAllowance(fromUser common.Address, toUser common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("borrowAllowance", fromUser, toUser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bd76d24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowAllowance(address fromUser, address toUser) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackBorrowAllowance(fromUser common.Address, toUser common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("borrowAllowance", fromUser, toUser)
}

// UnpackBorrowAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bd76d24.
//
// Solidity: function borrowAllowance(address fromUser, address toUser) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackBorrowAllowance(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("borrowAllowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 scaledAmount, uint256 index) returns(bool, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackBurn(from common.Address, scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("burn", from, scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5298aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 scaledAmount, uint256 index) returns(bool, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackBurn(from common.Address, scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("burn", from, scaledAmount, index)
}

// BurnOutput serves as a container for the return parameters of contract
// method Burn.
type BurnOutput struct {
	Arg0 bool
	Arg1 *big.Int
}

// UnpackBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5298aca.
//
// Solidity: function burn(address from, uint256 scaledAmount, uint256 index) returns(bool, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackBurn(data []byte) (BurnOutput, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("burn", data)
	outstruct := new(BurnOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackDecimals() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("decimals")
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
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackDecimals() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetPreviousIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0753986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackGetPreviousIndex(user common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("getPreviousIndex", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPreviousIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0753986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackGetPreviousIndex(user common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("getPreviousIndex", user)
}

// UnpackGetPreviousIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0753986.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackGetPreviousIndex(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("getPreviousIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetScaledUserBalanceAndSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0afbcdc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackGetScaledUserBalanceAndSupply(user common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("getScaledUserBalanceAndSupply", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetScaledUserBalanceAndSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0afbcdc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackGetScaledUserBalanceAndSupply(user common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("getScaledUserBalanceAndSupply", user)
}

// GetScaledUserBalanceAndSupplyOutput serves as a container for the return parameters of contract
// method GetScaledUserBalanceAndSupply.
type GetScaledUserBalanceAndSupplyOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackGetScaledUserBalanceAndSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0afbcdc9.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackGetScaledUserBalanceAndSupply(data []byte) (GetScaledUserBalanceAndSupplyOutput, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("getScaledUserBalanceAndSupply", data)
	outstruct := new(GetScaledUserBalanceAndSupplyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ceeaca7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address user, address onBehalfOf, uint256 amount, uint256 scaledAmount, uint256 index) returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackMint(user common.Address, onBehalfOf common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("mint", user, onBehalfOf, amount, scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ceeaca7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address user, address onBehalfOf, uint256 amount, uint256 scaledAmount, uint256 index) returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackMint(user common.Address, onBehalfOf common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("mint", user, onBehalfOf, amount, scaledAmount, index)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ceeaca7.
//
// Solidity: function mint(address user, address onBehalfOf, uint256 amount, uint256 scaledAmount, uint256 index) returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackMint(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackName() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("name")
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
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackName() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackName(data []byte) (string, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackScaledBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da24f3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackScaledBalanceOf(user common.Address) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("scaledBalanceOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaledBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da24f3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackScaledBalanceOf(user common.Address) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("scaledBalanceOf", user)
}

// UnpackScaledBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1da24f3e.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackScaledBalanceOf(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("scaledBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackScaledTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bf962d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackScaledTotalSupply() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("scaledTotalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaledTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bf962d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackScaledTotalSupply() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("scaledTotalSupply")
}

// UnpackScaledTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1bf962d.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackScaledTotalSupply(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("scaledTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackSymbol() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("symbol")
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
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackSymbol() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackSymbol(data []byte) (string, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackTotalSupply() []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("totalSupply")
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
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackTotalSupply() ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackTransfer(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("transfer", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackTransfer(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("transfer", arg0, arg1)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("transfer", data)
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
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) PackTransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) []byte {
	enc, err := aaveVariableDebtToken.abi.Pack("transferFrom", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) TryPackTransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) ([]byte, error) {
	return aaveVariableDebtToken.abi.Pack("transferFrom", arg0, arg1, arg2)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := aaveVariableDebtToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AaveVariableDebtTokenApproval represents a Approval event raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AaveVariableDebtTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AaveVariableDebtTokenApproval) ContractEventName() string {
	return AaveVariableDebtTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackApprovalEvent(log *types.Log) (*AaveVariableDebtTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveVariableDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveVariableDebtTokenApproval)
	if len(log.Data) > 0 {
		if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveVariableDebtToken.abi.Events[event].Inputs {
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

// AaveVariableDebtTokenBorrowAllowanceDelegated represents a BorrowAllowanceDelegated event raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenBorrowAllowanceDelegated struct {
	FromUser common.Address
	ToUser   common.Address
	Asset    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AaveVariableDebtTokenBorrowAllowanceDelegatedEventName = "BorrowAllowanceDelegated"

// ContractEventName returns the user-defined event name.
func (AaveVariableDebtTokenBorrowAllowanceDelegated) ContractEventName() string {
	return AaveVariableDebtTokenBorrowAllowanceDelegatedEventName
}

// UnpackBorrowAllowanceDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowAllowanceDelegated(address indexed fromUser, address indexed toUser, address indexed asset, uint256 amount)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackBorrowAllowanceDelegatedEvent(log *types.Log) (*AaveVariableDebtTokenBorrowAllowanceDelegated, error) {
	event := "BorrowAllowanceDelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveVariableDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveVariableDebtTokenBorrowAllowanceDelegated)
	if len(log.Data) > 0 {
		if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveVariableDebtToken.abi.Events[event].Inputs {
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

// AaveVariableDebtTokenBurn represents a Burn event raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenBurn struct {
	From            common.Address
	Target          common.Address
	Value           *big.Int
	BalanceIncrease *big.Int
	Index           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const AaveVariableDebtTokenBurnEventName = "Burn"

// ContractEventName returns the user-defined event name.
func (AaveVariableDebtTokenBurn) ContractEventName() string {
	return AaveVariableDebtTokenBurnEventName
}

// UnpackBurnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burn(address indexed from, address indexed target, uint256 value, uint256 balanceIncrease, uint256 index)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackBurnEvent(log *types.Log) (*AaveVariableDebtTokenBurn, error) {
	event := "Burn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveVariableDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveVariableDebtTokenBurn)
	if len(log.Data) > 0 {
		if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveVariableDebtToken.abi.Events[event].Inputs {
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

// AaveVariableDebtTokenMint represents a Mint event raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenMint struct {
	Caller          common.Address
	OnBehalfOf      common.Address
	Value           *big.Int
	BalanceIncrease *big.Int
	Index           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const AaveVariableDebtTokenMintEventName = "Mint"

// ContractEventName returns the user-defined event name.
func (AaveVariableDebtTokenMint) ContractEventName() string {
	return AaveVariableDebtTokenMintEventName
}

// UnpackMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Mint(address indexed caller, address indexed onBehalfOf, uint256 value, uint256 balanceIncrease, uint256 index)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackMintEvent(log *types.Log) (*AaveVariableDebtTokenMint, error) {
	event := "Mint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveVariableDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveVariableDebtTokenMint)
	if len(log.Data) > 0 {
		if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveVariableDebtToken.abi.Events[event].Inputs {
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

// AaveVariableDebtTokenTransfer represents a Transfer event raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AaveVariableDebtTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AaveVariableDebtTokenTransfer) ContractEventName() string {
	return AaveVariableDebtTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackTransferEvent(log *types.Log) (*AaveVariableDebtTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveVariableDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveVariableDebtTokenTransfer)
	if len(log.Data) > 0 {
		if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveVariableDebtToken.abi.Events[event].Inputs {
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
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveVariableDebtToken.abi.Errors["CallerMustBePool"].ID.Bytes()[:4]) {
		return aaveVariableDebtToken.UnpackCallerMustBePoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveVariableDebtToken.abi.Errors["InsufficientBorrowAllowance"].ID.Bytes()[:4]) {
		return aaveVariableDebtToken.UnpackInsufficientBorrowAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveVariableDebtToken.abi.Errors["InvalidBurnAmount"].ID.Bytes()[:4]) {
		return aaveVariableDebtToken.UnpackInvalidBurnAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveVariableDebtToken.abi.Errors["InvalidMintAmount"].ID.Bytes()[:4]) {
		return aaveVariableDebtToken.UnpackInvalidMintAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveVariableDebtToken.abi.Errors["OperationNotSupported"].ID.Bytes()[:4]) {
		return aaveVariableDebtToken.UnpackOperationNotSupportedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveVariableDebtTokenCallerMustBePool represents a CallerMustBePool error raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenCallerMustBePool struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerMustBePool()
func AaveVariableDebtTokenCallerMustBePoolErrorID() common.Hash {
	return common.HexToHash("0x54b39ce226125abded556cab83ddd3401321c0bb66a2cccd80c32c6ead684f59")
}

// UnpackCallerMustBePoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerMustBePool()
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackCallerMustBePoolError(raw []byte) (*AaveVariableDebtTokenCallerMustBePool, error) {
	out := new(AaveVariableDebtTokenCallerMustBePool)
	if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, "CallerMustBePool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveVariableDebtTokenInsufficientBorrowAllowance represents a InsufficientBorrowAllowance error raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenInsufficientBorrowAllowance struct {
	Delegatee common.Address
	Allowance *big.Int
	Amount    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBorrowAllowance(address delegatee, uint256 allowance, uint256 amount)
func AaveVariableDebtTokenInsufficientBorrowAllowanceErrorID() common.Hash {
	return common.HexToHash("0x1cb19ef356c3cc0309dc529233aeb17a9ea17205399167c745991c0f33b5c44a")
}

// UnpackInsufficientBorrowAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBorrowAllowance(address delegatee, uint256 allowance, uint256 amount)
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackInsufficientBorrowAllowanceError(raw []byte) (*AaveVariableDebtTokenInsufficientBorrowAllowance, error) {
	out := new(AaveVariableDebtTokenInsufficientBorrowAllowance)
	if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, "InsufficientBorrowAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveVariableDebtTokenInvalidBurnAmount represents a InvalidBurnAmount error raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenInvalidBurnAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBurnAmount()
func AaveVariableDebtTokenInvalidBurnAmountErrorID() common.Hash {
	return common.HexToHash("0x2075cc10e008f77950318066381a4a1510b43bc281e925c0a366e7eda4416977")
}

// UnpackInvalidBurnAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBurnAmount()
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackInvalidBurnAmountError(raw []byte) (*AaveVariableDebtTokenInvalidBurnAmount, error) {
	out := new(AaveVariableDebtTokenInvalidBurnAmount)
	if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, "InvalidBurnAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveVariableDebtTokenInvalidMintAmount represents a InvalidMintAmount error raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenInvalidMintAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMintAmount()
func AaveVariableDebtTokenInvalidMintAmountErrorID() common.Hash {
	return common.HexToHash("0xccfad018392406c61186d67c03c5d923dc4902cd1f6ba6583f584d489f270ea9")
}

// UnpackInvalidMintAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMintAmount()
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackInvalidMintAmountError(raw []byte) (*AaveVariableDebtTokenInvalidMintAmount, error) {
	out := new(AaveVariableDebtTokenInvalidMintAmount)
	if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, "InvalidMintAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveVariableDebtTokenOperationNotSupported represents a OperationNotSupported error raised by the AaveVariableDebtToken contract.
type AaveVariableDebtTokenOperationNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperationNotSupported()
func AaveVariableDebtTokenOperationNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x29a270f5e1b8b965905c03a15e79ccfc8e66183fd2489866b39ca3fd8bfc0ae6")
}

// UnpackOperationNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperationNotSupported()
func (aaveVariableDebtToken *AaveVariableDebtToken) UnpackOperationNotSupportedError(raw []byte) (*AaveVariableDebtTokenOperationNotSupported, error) {
	out := new(AaveVariableDebtTokenOperationNotSupported)
	if err := aaveVariableDebtToken.abi.UnpackIntoInterface(out, "OperationNotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}
