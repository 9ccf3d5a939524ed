// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package riskoraclefeed

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

// RiskOracleFeedMetaData contains all meta data concerning the RiskOracleFeed contract.
var RiskOracleFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"riskOracle_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"updateType_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId_\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"riskOracle\",\"outputs\":[{\"internalType\":\"contractRiskOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updateType\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RiskOracleFeed",
	Bin: "0x60e0604052346103c257610e2980380380610019816103c6565b928339810160a0828203126103c257610031826103eb565b60208301519091906001600160401b0381116103c257816100539185016103ff565b92610060604082016103eb565b9060608101519260ff841684036103c25760808201516001600160401b0381116103c25761008e92016103ff565b926001600160a01b0316801561038f5760805283516001600160401b0381116102a3575f54600181811c91168015610385575b602082101461028557601f8111610323575b50602094601f82116001146102c2579481929394955f926102b7575b50508160011b915f199060031b1c1916175f555b60a05260c05280516001600160401b0381116102a357600154600181811c91168015610299575b602082101461028557601f8111610222575b50602091601f82116001146101c2579181925f926101b7575b50508160011b915f199060031b1c1916176001555b6040516109d89081610451823960805181818161010b015281816101910152818161067b0152610775015260a05181818161032d0152818161064d01526107b5015260c051816104880152f35b015190505f80610155565b601f1982169260015f52805f20915f5b85811061020a575083600195106101f2575b505050811b0160015561016a565b01515f1960f88460031b161c191690555f80806101e4565b919260206001819286850151815501940192016101d2565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c8101916020841061027b575b601f0160051c01905b818110610270575061013c565b5f8155600101610263565b909150819061025a565b634e487b7160e01b5f52602260045260245ffd5b90607f169061012a565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ef565b601f198216955f8052805f20915f5b88811061030b575083600195969798106102f3575b505050811b015f55610103565b01515f1960f88460031b161c191690555f80806102e6565b919260206001819286850151815501940192016102d1565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c8101916020841061037b575b601f0160051c01905b81811061037057506100d3565b5f8155600101610363565b909150819061035a565b90607f16906100c1565b60405162461bcd60e51b815260206004820152600b60248201526a7a65726f206f7261636c6560a81b6044820152606490fd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102a357604052565b51906001600160a01b03821682036103c257565b81601f820112156103c2578051906001600160401b0382116102a35761042e601f8301601f19166020016103c6565b92828452602083830101116103c257815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f3560e01c908163313ce567146104715750806350d25bcd1461044757806354fd4d501461042c578063668a0f02146104015780637284e4161461035c57806380f55605146103185780638205bf6a146102ee57806395498c041461021b5780639a6fc8f51461013a578063d50507fd146100f65763feaf968c14610095575f80fd5b346100f2575f3660031901126100f2576100ee6100b86100b361061f565b610750565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015290819060a0820190565b0390f35b5f80fd5b346100f2575f3660031901126100f2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f25760203660031901126100f2576004356001600160501b038116908181036100f257811515918261017a575b6100ee6100b8836100b386610544565b604051630b43ff4760e11b815292506020836004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610210575f936101d8575b509190911115906100b861016a565b9250906020833d602011610208575b816101f4602093836104e4565b810103126100f257915191906100b36101c9565b3d91506101e7565b6040513d5f823e3d90fd5b346100f2575f3660031901126100f2576040515f5f5461023a816104ac565b80845290600181169081156102ca575060011461026e575b6100ee83610262818503826104e4565b6040519182918261051a565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b8082106102b057509091508101602001610262610252565b919260018160209254838588010152019101909291610298565b60ff191660208086019190915291151560051b840190910191506102629050610252565b346100f2575f3660031901126100f257602061030b6100b361061f565b5092505050604051908152f35b346100f2575f3660031901126100f2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f2575f3660031901126100f2576040515f60015461037c816104ac565b80845290600181169081156102ca57506001146103a3576100ee83610262818503826104e4565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106103e757509091508101602001610262610252565b9192600181602092548385880101520191019092916103cf565b346100f2575f3660031901126100f25760206001600160501b0361042361061f565b16604051908152f35b346100f2575f3660031901126100f257602060405160018152f35b346100f2575f3660031901126100f25760206104646100b361061f565b5050509050604051908152f35b346100f2575f3660031901126100f25760209060ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90600182811c921680156104da575b60208310146104c657565b634e487b7160e01b5f52602260045260245ffd5b91607f16916104bb565b90601f8019910116810190811067ffffffffffffffff82111761050657604052565b634e487b7160e01b5f52604160045260245ffd5b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b1561054b57565b60405162461bcd60e51b815260206004820152600f60248201526e139bc819185d18481c1c995cd95b9d608a1b6044820152606490fd5b905f915f5490610591826104ac565b808252916001811690811561060357506001146105ac575050565b5f8080529293509091907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b8383106105e9575060209250010190565b6001816020929493945483858701015201910191906105d8565b9050602093945060ff929192191683830152151560051b010190565b60405163c75bad3760e01b8152604060048201526020818061064360448201610582565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660248401529190039082907f0000000000000000000000000000000000000000000000000000000000000000165afa8015610210575f906106c3575b6001600160501b0391506106bf811515610544565b1690565b506020813d6020116106f4575b816106dd602093836104e4565b810103126100f2576001600160501b0390516106aa565b3d91506106d0565b81601f820112156100f25760208151910167ffffffffffffffff82116105065760405192610734601f8401601f1916602001856104e4565b828452828201116100f257815f926020928386015e8301015290565b604051631bbacdcd60e11b81526001600160501b038216600482015291905f836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610210575f93610889575b5060c08301517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161480610853575b6107f190610544565b6020830160208151511061081c57516020818051810103126100f25760200151925190809392829190565b60405162461bcd60e51b815260206004820152600f60248201526e1d985b1d59481d1bdbc81cda1bdc9d608a1b6044820152606490fd5b506107f160808401516020815191012060405161087a8161087381610582565b03826104e4565b602081519101201490506107e8565b9092503d805f833e61089b81836104e4565b8101906020818303126100f25780519067ffffffffffffffff82116100f25701610100818303126100f25760405191610100830183811067ffffffffffffffff8211176105065760405281518352602082015167ffffffffffffffff81116100f257816109099184016106fc565b6020840152604082015167ffffffffffffffff81116100f2578161092e9184016106fc565b6040840152606082015167ffffffffffffffff81116100f257816109539184016106fc565b6060840152608082015167ffffffffffffffff81116100f257816109789184016106fc565b608084015260a0828101519084015260c08201516001600160a01b03811681036100f25760c084015260e082015167ffffffffffffffff81116100f2576109bf92016106fc565b60e0820152915f6107ad56fea164736f6c634300081c000a",
}

// RiskOracleFeed is an auto generated Go binding around an Ethereum contract.
type RiskOracleFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RiskOracleFeed) GetABI() abi.ABI {
	return c.abi
}

// NewRiskOracleFeed creates a new instance of RiskOracleFeed.
func NewRiskOracleFeed() *RiskOracleFeed {
	parsed, err := RiskOracleFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RiskOracleFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RiskOracleFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address riskOracle_, string updateType_, address market_, uint8 decimals_, string description_) returns()
func (riskOracleFeed *RiskOracleFeed) PackConstructor(riskOracle_ common.Address, updateType_ string, market_ common.Address, decimals_ uint8, description_ string) []byte {
	enc, err := riskOracleFeed.abi.Pack("", riskOracle_, updateType_, market_, decimals_, description_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (riskOracleFeed *RiskOracleFeed) PackDecimals() []byte {
	enc, err := riskOracleFeed.abi.Pack("decimals")
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
func (riskOracleFeed *RiskOracleFeed) TryPackDecimals() ([]byte, error) {
	return riskOracleFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (riskOracleFeed *RiskOracleFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := riskOracleFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (riskOracleFeed *RiskOracleFeed) PackDescription() []byte {
	enc, err := riskOracleFeed.abi.Pack("description")
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
func (riskOracleFeed *RiskOracleFeed) TryPackDescription() ([]byte, error) {
	return riskOracleFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (riskOracleFeed *RiskOracleFeed) UnpackDescription(data []byte) (string, error) {
	out, err := riskOracleFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId_) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := riskOracleFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId_) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return riskOracleFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId_) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := riskOracleFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256 answer)
func (riskOracleFeed *RiskOracleFeed) PackLatestAnswer() []byte {
	enc, err := riskOracleFeed.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256 answer)
func (riskOracleFeed *RiskOracleFeed) TryPackLatestAnswer() ([]byte, error) {
	return riskOracleFeed.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256 answer)
func (riskOracleFeed *RiskOracleFeed) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := riskOracleFeed.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) PackLatestRound() []byte {
	enc, err := riskOracleFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) TryPackLatestRound() ([]byte, error) {
	return riskOracleFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := riskOracleFeed.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) PackLatestRoundData() []byte {
	enc, err := riskOracleFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) TryPackLatestRoundData() ([]byte, error) {
	return riskOracleFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (riskOracleFeed *RiskOracleFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := riskOracleFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (riskOracleFeed *RiskOracleFeed) PackLatestTimestamp() []byte {
	enc, err := riskOracleFeed.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (riskOracleFeed *RiskOracleFeed) TryPackLatestTimestamp() ([]byte, error) {
	return riskOracleFeed.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (riskOracleFeed *RiskOracleFeed) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := riskOracleFeed.abi.Unpack("latestTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (riskOracleFeed *RiskOracleFeed) PackMarket() []byte {
	enc, err := riskOracleFeed.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (riskOracleFeed *RiskOracleFeed) TryPackMarket() ([]byte, error) {
	return riskOracleFeed.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (riskOracleFeed *RiskOracleFeed) UnpackMarket(data []byte) (common.Address, error) {
	out, err := riskOracleFeed.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRiskOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd50507fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function riskOracle() view returns(address)
func (riskOracleFeed *RiskOracleFeed) PackRiskOracle() []byte {
	enc, err := riskOracleFeed.abi.Pack("riskOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRiskOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd50507fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function riskOracle() view returns(address)
func (riskOracleFeed *RiskOracleFeed) TryPackRiskOracle() ([]byte, error) {
	return riskOracleFeed.abi.Pack("riskOracle")
}

// UnpackRiskOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd50507fd.
//
// Solidity: function riskOracle() view returns(address)
func (riskOracleFeed *RiskOracleFeed) UnpackRiskOracle(data []byte) (common.Address, error) {
	out, err := riskOracleFeed.abi.Unpack("riskOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95498c04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateType() view returns(string)
func (riskOracleFeed *RiskOracleFeed) PackUpdateType() []byte {
	enc, err := riskOracleFeed.abi.Pack("updateType")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95498c04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateType() view returns(string)
func (riskOracleFeed *RiskOracleFeed) TryPackUpdateType() ([]byte, error) {
	return riskOracleFeed.abi.Pack("updateType")
}

// UnpackUpdateType is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95498c04.
//
// Solidity: function updateType() view returns(string)
func (riskOracleFeed *RiskOracleFeed) UnpackUpdateType(data []byte) (string, error) {
	out, err := riskOracleFeed.abi.Unpack("updateType", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) PackVersion() []byte {
	enc, err := riskOracleFeed.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) TryPackVersion() ([]byte, error) {
	return riskOracleFeed.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (riskOracleFeed *RiskOracleFeed) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := riskOracleFeed.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
