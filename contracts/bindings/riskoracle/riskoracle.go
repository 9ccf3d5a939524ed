// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package riskoracle

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

// RiskOracleRiskParameterUpdate is an auto generated low-level Go binding around an user-defined struct.
type RiskOracleRiskParameterUpdate struct {
	Timestamp      *big.Int
	NewValue       []byte
	ReferenceId    string
	PreviousValue  []byte
	UpdateType     string
	UpdateId       *big.Int
	Market         common.Address
	AdditionalData []byte
}

// RiskOracleMetaData contains all meta data concerning the RiskOracle contract.
var RiskOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"initialSenders\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"AuthorizedSenderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"AuthorizedSenderRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"referenceId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"newValue\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"previousValue\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"updateId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"additionalData\",\"type\":\"bytes\"}],\"name\":\"ParameterUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"addAuthorizedSender\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"getLatestUpdateByParameterAndMarket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"newValue\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"referenceId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"previousValue\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"updateId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"additionalData\",\"type\":\"bytes\"}],\"internalType\":\"structRiskOracle.RiskParameterUpdate\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"updateId\",\"type\":\"uint256\"}],\"name\":\"getUpdateById\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"newValue\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"referenceId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"previousValue\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"updateId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"additionalData\",\"type\":\"bytes\"}],\"internalType\":\"structRiskOracle.RiskParameterUpdate\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"isAuthorized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"latestUpdateId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"referenceIds\",\"type\":\"string[]\"},{\"internalType\":\"bytes[]\",\"name\":\"newValues\",\"type\":\"bytes[]\"},{\"internalType\":\"string[]\",\"name\":\"updateTypes\",\"type\":\"string[]\"},{\"internalType\":\"address[]\",\"name\":\"markets\",\"type\":\"address[]\"},{\"internalType\":\"bytes[]\",\"name\":\"additionalData\",\"type\":\"bytes[]\"}],\"name\":\"publishBulkRiskParameterUpdates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"referenceId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"newValue\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"updateType\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"additionalData\",\"type\":\"bytes\"}],\"name\":\"publishRiskParameterUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"removeAuthorizedSender\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updateCounter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RiskOracle",
	Bin: "0x608060405234610350576116208038038061001981610354565b92833981016040828203126103505781516001600160401b0381116103505782019181601f840112156103505782516001600160401b03811161031c57610069601f8201601f1916602001610354565b93818552836020838301011161035057815f9260208093018388015e850101526020810151906001600160401b038211610350570181601f82011215610350578051916001600160401b03831161031c578260051b916020806100cd818601610354565b80968152019382010191821161035057602001915b818310610330575050825190506001600160401b03811161031c575f54600181811c91168015610312575b60208210146102fe57601f811161029c575b50602092601f821160011461023d57928192935f92610232575b50508160011b915f199060031b1c1916175f555b600180546001600160a01b031916339081179091555f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a35f5b815181101561022357600581901b8201602001516001600160a01b03169081156101f057816001925f52600360205260405f208360ff198254161790557fd06d2241a59677d082959f22e5a5212c57a9e890949a9d0f2426efd49f8c5d7f5f80a201610189565b60405162461bcd60e51b815260206004820152600b60248201526a3d32b9379039b2b73232b960a91b6044820152606490fd5b6040516112a6908161037a8239f35b015190505f80610139565b601f198216935f8052805f20915f5b868110610284575083600195961061026c575b505050811b015f5561014d565b01515f1960f88460031b161c191690555f808061025f565b9192602060018192868501518155019401920161024c565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c810191602084106102f4575b601f0160051c01905b8181106102e9575061011f565b5f81556001016102dc565b90915081906102d3565b634e487b7160e01b5f52602260045260245ffd5b90607f169061010d565b634e487b7160e01b5f52604160045260245ffd5b82516001600160a01b0381168103610350578152602092830192016100e2565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761031c5760405256fe6101806040526004361015610012575f80fd5b5f3560e01c8063031ed79c1461066b5780631687fe8e1461064e57806337759b9a146105d25780635decfee4146105435780637284e416146104645780638da5cb5b1461043c578063b0be25051461036f578063c75bad3714610342578063cbd5796714610285578063f2fde38b146101db578063fa7229ee146100df5763fe9fbb801461009e575f80fd5b346100db5760203660031901126100db576001600160a01b036100bf610976565b165f526003602052602060ff60405f2054166040519015158152f35b5f80fd5b346100db5760203660031901126100db576100f8610976565b61010d60018060a01b03600154163314610bad565b6001600160a01b03165f8181526003602052604090205460ff166101a157801561016e57805f52600360205260405f20600160ff198254161790557fd06d2241a59677d082959f22e5a5212c57a9e890949a9d0f2426efd49f8c5d7f5f80a2005b60405162461bcd60e51b815260206004820152600b60248201526a3d32b9379039b2b73232b960a91b6044820152606490fd5b60405162461bcd60e51b8152602060048201526012602482015271185b1c9958591e48185d5d1a1bdc9a5e995960721b6044820152606490fd5b346100db5760203660031901126100db576101f4610976565b6001546001600160a01b0381169161020d338414610bad565b6001600160a01b03169182156102535782907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36001600160a01b03191617600155005b60405162461bcd60e51b815260206004820152600a6024820152693d32b9379037bbb732b960b11b6044820152606490fd5b346100db5760203660031901126100db5761029e610976565b6102b360018060a01b03600154163314610bad565b6001600160a01b03165f8181526003602052604090205460ff161561030c57805f52600360205260405f2060ff1981541690557f98f9958a855d78eae670154a7d047d26968849962c3204c2b12c2228634f4ff85f80a2005b60405162461bcd60e51b815260206004820152600e60248201526d1b9bdd08185d5d1a1bdc9a5e995960921b6044820152606490fd5b346100db576103596103533661098c565b91611252565b5f526005602052602060405f2054604051908152f35b346100db5760a03660031901126100db576004356001600160401b0381116100db5761039f903690600401610949565b6024356001600160401b0381116100db576103be903690600401610949565b6044939193356001600160401b0381116100db576103e0903690600401610949565b606435929091906001600160a01b03841684036100db57608435966001600160401b0388116100db5761041a61043a983690600401610949565b979096335f52600360205261043560ff60405f205416610adb565b610c54565b005b346100db575f3660031901126100db576001546040516001600160a01b039091168152602090f35b346100db575f3660031901126100db576040515f5f54610483816109ce565b808452906001811690811561051f57506001146104c3575b6104bf836104ab81850382610a06565b604051918291602083526020830190610879565b0390f35b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610505575090915081016020016104ab61049b565b9192600181602092548385880101520191019092916104ed565b60ff191660208086019190915291151560051b840190910191506104ab905061049b565b346100db576105636105543661098c565b9161055d610b60565b50611252565b5f52600560205260405f2054801561058d576105816104bf91611194565b6040519182918261089d565b60405162461bcd60e51b815260206004820152601d60248201527f6e6f2075706461746520666f72207479706520616e64206d61726b65740000006044820152606490fd5b346100db5760203660031901126100db576004356105ee610b60565b5080151580610642575b15610609576105816104bf91611194565b60405162461bcd60e51b81526020600482015260116024820152701d5b9adb9bdddb881d5c19185d19481a59607a1b6044820152606490fd5b506002548111156105f8565b346100db575f3660031901126100db576020600254604051908152f35b346100db5760a03660031901126100db576004356001600160401b0381116100db5761069b903690600401610849565b906024356001600160401b0381116100db576106bb903690600401610849565b6044939193356001600160401b0381116100db576106dd903690600401610849565b90946064356001600160401b0381116100db576106fe903690600401610849565b6084939193356001600160401b0381116100db57610720903690600401610849565b60805295335f52600360205261073c60ff60405f205416610adb565b80861480610840575b80610837575b8061082c575b156107ef575f5b81811061076157005b8084818c61078a826107828f8e988a61077992610b1f565b9590988d610b1f565b959093610b1f565b888697929710156107db57600586901b8c01356001600160a01b03811690036100db576001966107d5958f946107c68f968a9060805190610b1f565b9790968a60051b013595610c54565b01610758565b634e487b7160e01b5f52603260045260245ffd5b60405162461bcd60e51b81526020600482015260156024820152740c2e4e4c2f240d8cadccee8d040dad2e6dac2e8c6d605b1b6044820152606490fd5b508060805114610751565b5080821461074b565b50808314610745565b9181601f840112156100db578235916001600160401b0383116100db576020808501948460051b0101116100db57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9061094691602081528151602082015260e06109156108ff6108e96108d360208701516101006040880152610120870190610879565b6040870151868203601f19016060880152610879565b6060860151858203601f19016080870152610879565b6080850151848203601f190160a0860152610879565b9260a081015160c084015260018060a01b0360c08201511682840152015190610100601f1982850301910152610879565b90565b9181601f840112156100db578235916001600160401b0383116100db57602083818601950101116100db57565b600435906001600160a01b03821682036100db57565b60406003198201126100db57600435906001600160401b0382116100db576109b691600401610949565b90916024356001600160a01b03811681036100db5790565b90600182811c921680156109fc575b60208310146109e857565b634e487b7160e01b5f52602260045260245ffd5b91607f16916109dd565b90601f801991011681019081106001600160401b03821117610a2757604052565b634e487b7160e01b5f52604160045260245ffd5b9060405191825f825492610a4e846109ce565b8084529360018116908115610ab95750600114610a75575b50610a7392500383610a06565b565b90505f9291925260205f20905f915b818310610a9d575050906020610a73928201015f610a66565b6020919350806001915483858901015201910190918492610a84565b905060209250610a7394915060ff191682840152151560051b8201015f610a66565b15610ae257565b60405162461bcd60e51b81526020600482015260156024820152741cd95b99195c881b9bdd08185d5d1a1bdc9a5e9959605a1b6044820152606490fd5b91908110156107db5760051b81013590601e19813603018212156100db5701908135916001600160401b0383116100db5760200182360381136100db579190565b6040519061010082018281106001600160401b03821117610a2757604052606060e0835f815282602082015282604082015282808201528260808201525f60a08201525f60c08201520152565b15610bb457565b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b601f8211610bf257505050565b5f5260205f20906020601f840160051c83019310610c2a575b601f0160051c01905b818110610c1f575050565b5f8155600101610c14565b9091508190610c0b565b908060209392818452848401375f828201840152601f01601f1916010190565b979495929196939761012052610100526101405260e0526101605260c052801561115b57610c8560e0518285611252565b92835f52600560205260405f2054935f60a05284155f1461113c57604051610cae602082610a06565b5f815260a0525b600254945f1986146111285760018601600255600186015f52600460205260405f2090815468010000000000000000600160e01b0360e05160401b16906001600160401b0342169063ffffffff60e01b16171782556001820155600281016001600160401b036101405111610a2757610d3b61014051610d3583546109ce565b83610be5565b5f601f61014051116001146110bd57610d71905f90610140516110b2575b5061014051908160011b915f199060031b1c19161790565b90555b600381016001600160401b036101005111610a2757610d9a61010051610d3583546109ce565b5f601f610100511160011461104157610dd0905f9061010051611033575b5061010051908160011b915f199060031b1c19161790565b90555b600481016001600160401b038511610a2757610df385610d3583546109ce565b5f85601f8111600114610fd05780610e1f925f91610fc5575b508160011b915f199060031b1c19161790565b90555b6001600160401b0360c05111610a2757610e4e60c051610e4560058401546109ce565b60058401610be5565b5f601f60c05111600114610f4f57610e836005915f9060c051610f41575b5060c051908160011b915f199060031b1c19161790565b9101555b5f5260056020526001840160405f205581604051928392833781015f81520390207ff4ffa2dade992ad974b9415d5dc108fa2a4a6de3822a3a0bb50d5e6991bdb8ae610f0e610efe6040519460a08652610eeb60a087016101005161012051610c34565b9086820360208801526101405190610c34565b848103604086015260a051610879565b92426060820152808403608082015280610f3c6001808060a01b0360e0511697019560c05161016051610c34565b0390a4565b90506101605101355f610e6c565b600582015f5260205f20905f5b60c051601f19168110610faa575060c051601f19811610610f8c575b50506005600160c051811b01910155610e87565b5f1960f860c05160031b161c19906101605101351690555f80610f78565b90916020600181928561016051013581550193019101610f5c565b90508601355f610e0c565b50601f19861690825f528660205f20925f5b818110611018575010610fff575b5050600185811b019055610e22565b8501355f19600388901b60f8161c191690555f80610ff0565b8884013585556001909401936020938401938a935001610fe2565b90506101205101355f610db8565b601f19610100511690825f5260205f20915f5b81811061109757506101005111611078575b5050600161010051811b019055610dd3565b5f1960f86101005160031b161c19906101205101351690555f80611066565b91926020600181928661012051013581550194019201611054565b90508701355f610d59565b601f19610140511690825f5260205f20915f5b818110611110575061014051116110f4575b5050600161014051811b019055610d74565b5f1960f86101405160031b161c19908801351690555f806110e2565b9192602060018192868d0135815501940192016110d0565b634e487b7160e01b5f52601160045260245ffd5b845f526004602052611153600260405f2001610a3b565b60a052610cb5565b60405162461bcd60e51b8152602060048201526011602482015270656d70747920757064617465207479706560781b6044820152606490fd5b9061123060056111a2610b60565b93805f52600460205260405f20908154906001600160401b03821687526111cb60028401610a3b565b60208801526111dc60038401610a3b565b604088015260018301548061123757506040516111fa602082610a06565b5f81525b606088015261120f60048401610a3b565b608088015260a087015260401c6001600160a01b031660c086015201610a3b565b60e0830152565b5f52600460205261124d600260405f2001610a3b565b6111fe565b6112939061127492936040519384926020840196604088526060850191610c34565b6001600160a01b0391909116604083015203601f198101835282610a06565b5190209056fea164736f6c634300081c000a",
}

// RiskOracle is an auto generated Go binding around an Ethereum contract.
type RiskOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RiskOracle) GetABI() abi.ABI {
	return c.abi
}

// NewRiskOracle creates a new instance of RiskOracle.
func NewRiskOracle() *RiskOracle {
	parsed, err := RiskOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RiskOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RiskOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string description_, address[] initialSenders) returns()
func (riskOracle *RiskOracle) PackConstructor(description_ string, initialSenders []common.Address) []byte {
	enc, err := riskOracle.abi.Pack("", description_, initialSenders)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddAuthorizedSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa7229ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAuthorizedSender(address sender) returns()
func (riskOracle *RiskOracle) PackAddAuthorizedSender(sender common.Address) []byte {
	enc, err := riskOracle.abi.Pack("addAuthorizedSender", sender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAuthorizedSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa7229ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAuthorizedSender(address sender) returns()
func (riskOracle *RiskOracle) TryPackAddAuthorizedSender(sender common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("addAuthorizedSender", sender)
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (riskOracle *RiskOracle) PackDescription() []byte {
	enc, err := riskOracle.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (riskOracle *RiskOracle) TryPackDescription() ([]byte, error) {
	return riskOracle.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (riskOracle *RiskOracle) UnpackDescription(data []byte) (string, error) {
	out, err := riskOracle.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetLatestUpdateByParameterAndMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5decfee4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLatestUpdateByParameterAndMarket(string updateType, address market) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) PackGetLatestUpdateByParameterAndMarket(updateType string, market common.Address) []byte {
	enc, err := riskOracle.abi.Pack("getLatestUpdateByParameterAndMarket", updateType, market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLatestUpdateByParameterAndMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5decfee4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLatestUpdateByParameterAndMarket(string updateType, address market) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) TryPackGetLatestUpdateByParameterAndMarket(updateType string, market common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("getLatestUpdateByParameterAndMarket", updateType, market)
}

// UnpackGetLatestUpdateByParameterAndMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5decfee4.
//
// Solidity: function getLatestUpdateByParameterAndMarket(string updateType, address market) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) UnpackGetLatestUpdateByParameterAndMarket(data []byte) (RiskOracleRiskParameterUpdate, error) {
	out, err := riskOracle.abi.Unpack("getLatestUpdateByParameterAndMarket", data)
	if err != nil {
		return *new(RiskOracleRiskParameterUpdate), err
	}
	out0 := *abi.ConvertType(out[0], new(RiskOracleRiskParameterUpdate)).(*RiskOracleRiskParameterUpdate)
	return out0, nil
}

// PackGetUpdateById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37759b9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUpdateById(uint256 updateId) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) PackGetUpdateById(updateId *big.Int) []byte {
	enc, err := riskOracle.abi.Pack("getUpdateById", updateId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUpdateById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37759b9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUpdateById(uint256 updateId) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) TryPackGetUpdateById(updateId *big.Int) ([]byte, error) {
	return riskOracle.abi.Pack("getUpdateById", updateId)
}

// UnpackGetUpdateById is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37759b9a.
//
// Solidity: function getUpdateById(uint256 updateId) view returns((uint256,bytes,string,bytes,string,uint256,address,bytes))
func (riskOracle *RiskOracle) UnpackGetUpdateById(data []byte) (RiskOracleRiskParameterUpdate, error) {
	out, err := riskOracle.abi.Unpack("getUpdateById", data)
	if err != nil {
		return *new(RiskOracleRiskParameterUpdate), err
	}
	out0 := *abi.ConvertType(out[0], new(RiskOracleRiskParameterUpdate)).(*RiskOracleRiskParameterUpdate)
	return out0, nil
}

// PackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9fbb80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorized(address sender) view returns(bool)
func (riskOracle *RiskOracle) PackIsAuthorized(sender common.Address) []byte {
	enc, err := riskOracle.abi.Pack("isAuthorized", sender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9fbb80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorized(address sender) view returns(bool)
func (riskOracle *RiskOracle) TryPackIsAuthorized(sender common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("isAuthorized", sender)
}

// UnpackIsAuthorized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe9fbb80.
//
// Solidity: function isAuthorized(address sender) view returns(bool)
func (riskOracle *RiskOracle) UnpackIsAuthorized(data []byte) (bool, error) {
	out, err := riskOracle.abi.Unpack("isAuthorized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestUpdateId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc75bad37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestUpdateId(string updateType, address market) view returns(uint256)
func (riskOracle *RiskOracle) PackLatestUpdateId(updateType string, market common.Address) []byte {
	enc, err := riskOracle.abi.Pack("latestUpdateId", updateType, market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestUpdateId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc75bad37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestUpdateId(string updateType, address market) view returns(uint256)
func (riskOracle *RiskOracle) TryPackLatestUpdateId(updateType string, market common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("latestUpdateId", updateType, market)
}

// UnpackLatestUpdateId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc75bad37.
//
// Solidity: function latestUpdateId(string updateType, address market) view returns(uint256)
func (riskOracle *RiskOracle) UnpackLatestUpdateId(data []byte) (*big.Int, error) {
	out, err := riskOracle.abi.Unpack("latestUpdateId", data)
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
func (riskOracle *RiskOracle) PackOwner() []byte {
	enc, err := riskOracle.abi.Pack("owner")
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
func (riskOracle *RiskOracle) TryPackOwner() ([]byte, error) {
	return riskOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (riskOracle *RiskOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := riskOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublishBulkRiskParameterUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x031ed79c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishBulkRiskParameterUpdates(string[] referenceIds, bytes[] newValues, string[] updateTypes, address[] markets, bytes[] additionalData) returns()
func (riskOracle *RiskOracle) PackPublishBulkRiskParameterUpdates(referenceIds []string, newValues [][]byte, updateTypes []string, markets []common.Address, additionalData [][]byte) []byte {
	enc, err := riskOracle.abi.Pack("publishBulkRiskParameterUpdates", referenceIds, newValues, updateTypes, markets, additionalData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishBulkRiskParameterUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x031ed79c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishBulkRiskParameterUpdates(string[] referenceIds, bytes[] newValues, string[] updateTypes, address[] markets, bytes[] additionalData) returns()
func (riskOracle *RiskOracle) TryPackPublishBulkRiskParameterUpdates(referenceIds []string, newValues [][]byte, updateTypes []string, markets []common.Address, additionalData [][]byte) ([]byte, error) {
	return riskOracle.abi.Pack("publishBulkRiskParameterUpdates", referenceIds, newValues, updateTypes, markets, additionalData)
}

// PackPublishRiskParameterUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0be2505.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishRiskParameterUpdate(string referenceId, bytes newValue, string updateType, address market, bytes additionalData) returns()
func (riskOracle *RiskOracle) PackPublishRiskParameterUpdate(referenceId string, newValue []byte, updateType string, market common.Address, additionalData []byte) []byte {
	enc, err := riskOracle.abi.Pack("publishRiskParameterUpdate", referenceId, newValue, updateType, market, additionalData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishRiskParameterUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0be2505.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishRiskParameterUpdate(string referenceId, bytes newValue, string updateType, address market, bytes additionalData) returns()
func (riskOracle *RiskOracle) TryPackPublishRiskParameterUpdate(referenceId string, newValue []byte, updateType string, market common.Address, additionalData []byte) ([]byte, error) {
	return riskOracle.abi.Pack("publishRiskParameterUpdate", referenceId, newValue, updateType, market, additionalData)
}

// PackRemoveAuthorizedSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbd57967.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAuthorizedSender(address sender) returns()
func (riskOracle *RiskOracle) PackRemoveAuthorizedSender(sender common.Address) []byte {
	enc, err := riskOracle.abi.Pack("removeAuthorizedSender", sender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAuthorizedSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbd57967.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAuthorizedSender(address sender) returns()
func (riskOracle *RiskOracle) TryPackRemoveAuthorizedSender(sender common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("removeAuthorizedSender", sender)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (riskOracle *RiskOracle) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := riskOracle.abi.Pack("transferOwnership", newOwner)
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
func (riskOracle *RiskOracle) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return riskOracle.abi.Pack("transferOwnership", newOwner)
}

// PackUpdateCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1687fe8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateCounter() view returns(uint256)
func (riskOracle *RiskOracle) PackUpdateCounter() []byte {
	enc, err := riskOracle.abi.Pack("updateCounter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1687fe8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateCounter() view returns(uint256)
func (riskOracle *RiskOracle) TryPackUpdateCounter() ([]byte, error) {
	return riskOracle.abi.Pack("updateCounter")
}

// UnpackUpdateCounter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1687fe8e.
//
// Solidity: function updateCounter() view returns(uint256)
func (riskOracle *RiskOracle) UnpackUpdateCounter(data []byte) (*big.Int, error) {
	out, err := riskOracle.abi.Unpack("updateCounter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RiskOracleAuthorizedSenderAdded represents a AuthorizedSenderAdded event raised by the RiskOracle contract.
type RiskOracleAuthorizedSenderAdded struct {
	Sender common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RiskOracleAuthorizedSenderAddedEventName = "AuthorizedSenderAdded"

// ContractEventName returns the user-defined event name.
func (RiskOracleAuthorizedSenderAdded) ContractEventName() string {
	return RiskOracleAuthorizedSenderAddedEventName
}

// UnpackAuthorizedSenderAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizedSenderAdded(address indexed sender)
func (riskOracle *RiskOracle) UnpackAuthorizedSenderAddedEvent(log *types.Log) (*RiskOracleAuthorizedSenderAdded, error) {
	event := "AuthorizedSenderAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != riskOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RiskOracleAuthorizedSenderAdded)
	if len(log.Data) > 0 {
		if err := riskOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range riskOracle.abi.Events[event].Inputs {
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

// RiskOracleAuthorizedSenderRemoved represents a AuthorizedSenderRemoved event raised by the RiskOracle contract.
type RiskOracleAuthorizedSenderRemoved struct {
	Sender common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RiskOracleAuthorizedSenderRemovedEventName = "AuthorizedSenderRemoved"

// ContractEventName returns the user-defined event name.
func (RiskOracleAuthorizedSenderRemoved) ContractEventName() string {
	return RiskOracleAuthorizedSenderRemovedEventName
}

// UnpackAuthorizedSenderRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizedSenderRemoved(address indexed sender)
func (riskOracle *RiskOracle) UnpackAuthorizedSenderRemovedEvent(log *types.Log) (*RiskOracleAuthorizedSenderRemoved, error) {
	event := "AuthorizedSenderRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != riskOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RiskOracleAuthorizedSenderRemoved)
	if len(log.Data) > 0 {
		if err := riskOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range riskOracle.abi.Events[event].Inputs {
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

// RiskOracleOwnershipTransferred represents a OwnershipTransferred event raised by the RiskOracle contract.
type RiskOracleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RiskOracleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RiskOracleOwnershipTransferred) ContractEventName() string {
	return RiskOracleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (riskOracle *RiskOracle) UnpackOwnershipTransferredEvent(log *types.Log) (*RiskOracleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != riskOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RiskOracleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := riskOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range riskOracle.abi.Events[event].Inputs {
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

// RiskOracleParameterUpdated represents a ParameterUpdated event raised by the RiskOracle contract.
type RiskOracleParameterUpdated struct {
	ReferenceId    string
	NewValue       []byte
	PreviousValue  []byte
	Timestamp      *big.Int
	UpdateType     common.Hash
	UpdateId       *big.Int
	Market         common.Address
	AdditionalData []byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const RiskOracleParameterUpdatedEventName = "ParameterUpdated"

// ContractEventName returns the user-defined event name.
func (RiskOracleParameterUpdated) ContractEventName() string {
	return RiskOracleParameterUpdatedEventName
}

// UnpackParameterUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParameterUpdated(string referenceId, bytes newValue, bytes previousValue, uint256 timestamp, string indexed updateType, uint256 indexed updateId, address indexed market, bytes additionalData)
func (riskOracle *RiskOracle) UnpackParameterUpdatedEvent(log *types.Log) (*RiskOracleParameterUpdated, error) {
	event := "ParameterUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != riskOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RiskOracleParameterUpdated)
	if len(log.Data) > 0 {
		if err := riskOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range riskOracle.abi.Events[event].Inputs {
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
