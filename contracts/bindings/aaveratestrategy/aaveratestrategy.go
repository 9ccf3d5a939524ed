// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aaveratestrategy

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

// AaveRateStrategyInterestRateData is an auto generated low-level Go binding around an user-defined struct.
type AaveRateStrategyInterestRateData struct {
	OptimalUsageRatio      uint16
	BaseVariableBorrowRate uint32
	VariableRateSlope1     uint32
	VariableRateSlope2     uint32
}

// AaveRateStrategyInterestRateDataRay is an auto generated low-level Go binding around an user-defined struct.
type AaveRateStrategyInterestRateDataRay struct {
	OptimalUsageRatio      *big.Int
	BaseVariableBorrowRate *big.Int
	VariableRateSlope1     *big.Int
	VariableRateSlope2     *big.Int
}

// AaveTypesCalculateInterestRatesParams is an auto generated low-level Go binding around an user-defined struct.
type AaveTypesCalculateInterestRatesParams struct {
	Unbacked                 *big.Int
	LiquidityAdded           *big.Int
	LiquidityTaken           *big.Int
	TotalDebt                *big.Int
	ReserveFactor            *big.Int
	Reserve                  common.Address
	UsingVirtualBalance      bool
	VirtualUnderlyingBalance *big.Int
}

// AaveRateStrategyMetaData contains all meta data concerning the AaveRateStrategy contract.
var AaveRateStrategyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerNotPoolAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMaxRate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOptimalUsageRatio\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Slope2MustBeGteSlope1\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"optimalUsageRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseVariableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableRateSlope1\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableRateSlope2\",\"type\":\"uint256\"}],\"name\":\"RateDataUpdate\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BORROW_RATE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPTIMAL_POINT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_OPTIMAL_POINT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"unbacked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidityAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidityTaken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalDebt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveFactor\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"usingVirtualBalance\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"virtualUnderlyingBalance\",\"type\":\"uint256\"}],\"internalType\":\"structAaveTypes.CalculateInterestRatesParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"calculateInterestRates\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"variableBorrowRate\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getBaseVariableBorrowRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getInterestRateData\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"optimalUsageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"baseVariableBorrowRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"variableRateSlope1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"variableRateSlope2\",\"type\":\"uint256\"}],\"internalType\":\"structAaveRateStrategy.InterestRateDataRay\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getInterestRateDataBps\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"optimalUsageRatio\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"baseVariableBorrowRate\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"variableRateSlope1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"variableRateSlope2\",\"type\":\"uint32\"}],\"internalType\":\"structAaveRateStrategy.InterestRateData\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getMaxVariableBorrowRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getOptimalUsageRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getVariableRateSlope1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"}],\"name\":\"getVariableRateSlope2\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"optimalUsageRatio\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"baseVariableBorrowRate\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"variableRateSlope1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"variableRateSlope2\",\"type\":\"uint32\"}],\"internalType\":\"structAaveRateStrategy.InterestRateData\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"setInterestRateParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AaveRateStrategy",
	Bin: "0x608034606f57601f610b4f38819003918201601f19168301916001600160401b03831184841017607357808492602094604052833981010312606f57516001600160a01b03811690819003606f575f80546001600160a01b031916919091179055604051610ac790816100888239f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c8063131e889c146106b15780635b651bae1461064a5780636a00178e1461059e5780637a0c5ebf146105815780637a24bd7e146105655780638da5cb5b1461053e5780638f4b0d5d146104d7578063aa33f06314610475578063b90db31b146103c2578063c79ce42e1461032c578063cca22ea1146102b1578063f7e0fe67146102965763fd81bb12146100a8575f80fd5b346102925760a0366003190112610292576100c16106fb565b6080366023190112610292575f546001600160a01b0316330361028357606461ffff6100eb6109e9565b1610801561026d575b61025e576101006109fa565b63ffffffff8061010e610a0d565b1691161161024f57620186a061014f61014263ffffffff61012d610a20565b1663ffffffff61013b6109fa565b1690610885565b63ffffffff61013b610a0d565b11610240576001600160a01b03165f81815260016020526040902061ffff6101756109e9565b16815465ffffffff0000610187610a20565b60101b1669ffffffff00000000000061019e6109fa565b60301b169163ffffffff60501b6101b3610a0d565b60501b169363ffffffff60501b199169ffffffffffffffffffff1916171617171790557f5d123bea2036a4052274206f59d99350b9741e17da56ffae335d809b25ee094260806102016109e9565b63ffffffff61020e610a20565b816102176109fa565b81610220610a0d565b9361ffff60405197168752166020860152166040840152166060820152a2005b6303b9a7db60e61b5f5260045ffd5b631a6782a560e31b5f5260045ffd5b6335a8aee760e01b5f5260045ffd5b506126ac61ffff61027c6109e9565b16116100f4565b63cdd36a9760e01b5f5260045ffd5b5f80fd5b34610292575f36600319011261029257602060405160648152f35b34610292576020366003190112610292576001600160a01b036102d26106fb565b165f52600160205263ffffffff60405f205460101c1669152d02c7e14af680000081029080820469152d02c7e14af6800000149015171561031857602090604051908152f35b634e487b7160e01b5f52601160045260245ffd5b34610292576020366003190112610292576103456106fb565b61034d610731565b506001600160a01b03165f90815260016020526040902060809063ffffffff610374610711565b91548161ffff8216938481528160208201818560101c1681528160606040850194828860301c168652019560501c168552604051968752511660208601525116604084015251166060820152f35b346102925761010036600319011261029257604051610100810181811067ffffffffffffffff82111761046157604090815260043582526024356020830152604435908201526064356060820152608435608082015260a4356001600160a01b03811681036102925760a082015260c435801515810361029257816104559160c0604094015260e43560e082015261089f565b82519182526020820152f35b634e487b7160e01b5f52604160045260245ffd5b34610292576020366003190112610292576001600160a01b036104966106fb565b165f52600160205261ffff60405f20541669152d02c7e14af680000081029080820469152d02c7e14af6800000149015171561031857602090604051908152f35b34610292576020366003190112610292576001600160a01b036104f86106fb565b165f52600160205263ffffffff60405f205460501c1669152d02c7e14af680000081029080820469152d02c7e14af6800000149015171561031857602090604051908152f35b34610292575f366003190112610292575f546040516001600160a01b039091168152602090f35b34610292575f3660031901126102925760206040516126ac8152f35b34610292575f366003190112610292576020604051620186a08152f35b34610292576020366003190112610292576001600160a01b036105bf6106fb565b165f52600160205261061a60405f2063ffffffff6106116105de610711565b92549261ffff84168152828460101c16806020830152836060818760301c1693846040820152019560501c168552610885565b91511690610885565b69152d02c7e14af680000081029080820469152d02c7e14af6800000149015171561031857602090604051908152f35b34610292576020366003190112610292576001600160a01b0361066b6106fb565b165f52600160205263ffffffff60405f205460301c1669152d02c7e14af680000081029080820469152d02c7e14af6800000149015171561031857602090604051908152f35b346102925760203660031901126102925760806106d46106cf6106fb565b610764565b60606040519180518352602081015160208401526040810151604084015201516060820152f35b600435906001600160a01b038216820361029257565b604051906080820182811067ffffffffffffffff82111761046157604052565b610739610711565b905f82525f60208301525f60408301525f6060830152565b8181029291811591840414171561031857565b9061076d610731565b6001600160a01b039092165f90815260016020526040902061078d610711565b90549061ffff82168082526020820163ffffffff8460101c16815263ffffffff60606040850194828760301c168652019460501c16845269152d02c7e14af680000082029180830469152d02c7e14af680000014901517156103185763ffffffff91865251169069152d02c7e14af680000082029180830469152d02c7e14af680000014901517156103185763ffffffff91602086015251169069152d02c7e14af680000082029180830469152d02c7e14af680000014901517156103185763ffffffff916040850152511669152d02c7e14af680000081029080820469152d02c7e14af68000001490151715610318576060830152565b9190820180921161031857565b9190820391821161031857565b60a08101516108b6906001600160a01b0316610764565b90606081018051156109df576109126108e66108db60e0850151602086015190610885565b604085015190610892565b6108fb61090a61090185516108fb8186610885565b90610a33565b94518093610885565b855190610885565b92602081015191815181115f146109b657815161092e91610892565b9181516b033b2e3c9fd0803ce800000003906b033b2e3c9fd0803ce800000082116103185761097b6109899361097b61096c61098195608098610a33565b60606040840151930151610a88565b90610885565b935b84610a88565b910151612710036127108111610318576109a291610751565b611388810180911161031857612710900491565b60809261097b836109d16109d9946040610989970151610a88565b905190610a33565b93610983565b5050602001515f91565b60243561ffff811681036102925790565b60643563ffffffff811681036102925790565b60843563ffffffff811681036102925790565b60443563ffffffff811681036102925790565b6b033b2e3c9fd0803ce80000008102908082046b033b2e3c9fd0803ce8000000149015171561031857610a6a908260011c90610885565b8115610a74570490565b634e487b7160e01b5f52601260045260245ffd5b90610a9291610751565b6b019d971e4fe8401e740000008101809111610318576b033b2e3c9fd0803ce800000090049056fea164736f6c634300081c000a",
}

// AaveRateStrategy is an auto generated Go binding around an Ethereum contract.
type AaveRateStrategy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveRateStrategy) GetABI() abi.ABI {
	return c.abi
}

// NewAaveRateStrategy creates a new instance of AaveRateStrategy.
func NewAaveRateStrategy() *AaveRateStrategy {
	parsed, err := AaveRateStrategyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveRateStrategy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveRateStrategy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (aaveRateStrategy *AaveRateStrategy) PackConstructor(owner_ common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBORROWRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0c5ebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackMAXBORROWRATE() []byte {
	enc, err := aaveRateStrategy.abi.Pack("MAX_BORROW_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBORROWRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0c5ebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackMAXBORROWRATE() ([]byte, error) {
	return aaveRateStrategy.abi.Pack("MAX_BORROW_RATE")
}

// UnpackMAXBORROWRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a0c5ebf.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackMAXBORROWRATE(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("MAX_BORROW_RATE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOPTIMALPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a24bd7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackMAXOPTIMALPOINT() []byte {
	enc, err := aaveRateStrategy.abi.Pack("MAX_OPTIMAL_POINT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOPTIMALPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a24bd7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackMAXOPTIMALPOINT() ([]byte, error) {
	return aaveRateStrategy.abi.Pack("MAX_OPTIMAL_POINT")
}

// UnpackMAXOPTIMALPOINT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a24bd7e.
//
// Solidity: function MAX_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackMAXOPTIMALPOINT(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("MAX_OPTIMAL_POINT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINOPTIMALPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e0fe67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackMINOPTIMALPOINT() []byte {
	enc, err := aaveRateStrategy.abi.Pack("MIN_OPTIMAL_POINT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINOPTIMALPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e0fe67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackMINOPTIMALPOINT() ([]byte, error) {
	return aaveRateStrategy.abi.Pack("MIN_OPTIMAL_POINT")
}

// UnpackMINOPTIMALPOINT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7e0fe67.
//
// Solidity: function MIN_OPTIMAL_POINT() view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackMINOPTIMALPOINT(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("MIN_OPTIMAL_POINT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCalculateInterestRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb90db31b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateInterestRates((uint256,uint256,uint256,uint256,uint256,address,bool,uint256) p) view returns(uint256 liquidityRate, uint256 variableBorrowRate)
func (aaveRateStrategy *AaveRateStrategy) PackCalculateInterestRates(p AaveTypesCalculateInterestRatesParams) []byte {
	enc, err := aaveRateStrategy.abi.Pack("calculateInterestRates", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateInterestRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb90db31b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateInterestRates((uint256,uint256,uint256,uint256,uint256,address,bool,uint256) p) view returns(uint256 liquidityRate, uint256 variableBorrowRate)
func (aaveRateStrategy *AaveRateStrategy) TryPackCalculateInterestRates(p AaveTypesCalculateInterestRatesParams) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("calculateInterestRates", p)
}

// CalculateInterestRatesOutput serves as a container for the return parameters of contract
// method CalculateInterestRates.
type CalculateInterestRatesOutput struct {
	LiquidityRate      *big.Int
	VariableBorrowRate *big.Int
}

// UnpackCalculateInterestRates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb90db31b.
//
// Solidity: function calculateInterestRates((uint256,uint256,uint256,uint256,uint256,address,bool,uint256) p) view returns(uint256 liquidityRate, uint256 variableBorrowRate)
func (aaveRateStrategy *AaveRateStrategy) UnpackCalculateInterestRates(data []byte) (CalculateInterestRatesOutput, error) {
	out, err := aaveRateStrategy.abi.Unpack("calculateInterestRates", data)
	outstruct := new(CalculateInterestRatesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.LiquidityRate = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.VariableBorrowRate = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetBaseVariableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcca22ea1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBaseVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackGetBaseVariableBorrowRate(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getBaseVariableBorrowRate", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBaseVariableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcca22ea1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBaseVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetBaseVariableBorrowRate(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getBaseVariableBorrowRate", reserve)
}

// UnpackGetBaseVariableBorrowRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcca22ea1.
//
// Solidity: function getBaseVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetBaseVariableBorrowRate(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("getBaseVariableBorrowRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetInterestRateData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131e889c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getInterestRateData(address reserve) view returns((uint256,uint256,uint256,uint256) r)
func (aaveRateStrategy *AaveRateStrategy) PackGetInterestRateData(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getInterestRateData", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetInterestRateData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131e889c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getInterestRateData(address reserve) view returns((uint256,uint256,uint256,uint256) r)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetInterestRateData(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getInterestRateData", reserve)
}

// UnpackGetInterestRateData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x131e889c.
//
// Solidity: function getInterestRateData(address reserve) view returns((uint256,uint256,uint256,uint256) r)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetInterestRateData(data []byte) (AaveRateStrategyInterestRateDataRay, error) {
	out, err := aaveRateStrategy.abi.Unpack("getInterestRateData", data)
	if err != nil {
		return *new(AaveRateStrategyInterestRateDataRay), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveRateStrategyInterestRateDataRay)).(*AaveRateStrategyInterestRateDataRay)
	return out0, nil
}

// PackGetInterestRateDataBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc79ce42e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getInterestRateDataBps(address reserve) view returns((uint16,uint32,uint32,uint32))
func (aaveRateStrategy *AaveRateStrategy) PackGetInterestRateDataBps(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getInterestRateDataBps", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetInterestRateDataBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc79ce42e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getInterestRateDataBps(address reserve) view returns((uint16,uint32,uint32,uint32))
func (aaveRateStrategy *AaveRateStrategy) TryPackGetInterestRateDataBps(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getInterestRateDataBps", reserve)
}

// UnpackGetInterestRateDataBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc79ce42e.
//
// Solidity: function getInterestRateDataBps(address reserve) view returns((uint16,uint32,uint32,uint32))
func (aaveRateStrategy *AaveRateStrategy) UnpackGetInterestRateDataBps(data []byte) (AaveRateStrategyInterestRateData, error) {
	out, err := aaveRateStrategy.abi.Unpack("getInterestRateDataBps", data)
	if err != nil {
		return *new(AaveRateStrategyInterestRateData), err
	}
	out0 := *abi.ConvertType(out[0], new(AaveRateStrategyInterestRateData)).(*AaveRateStrategyInterestRateData)
	return out0, nil
}

// PackGetMaxVariableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a00178e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackGetMaxVariableBorrowRate(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getMaxVariableBorrowRate", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxVariableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a00178e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetMaxVariableBorrowRate(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getMaxVariableBorrowRate", reserve)
}

// UnpackGetMaxVariableBorrowRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a00178e.
//
// Solidity: function getMaxVariableBorrowRate(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetMaxVariableBorrowRate(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("getMaxVariableBorrowRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOptimalUsageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa33f063.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOptimalUsageRatio(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackGetOptimalUsageRatio(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getOptimalUsageRatio", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOptimalUsageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa33f063.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOptimalUsageRatio(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetOptimalUsageRatio(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getOptimalUsageRatio", reserve)
}

// UnpackGetOptimalUsageRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa33f063.
//
// Solidity: function getOptimalUsageRatio(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetOptimalUsageRatio(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("getOptimalUsageRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVariableRateSlope1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b651bae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVariableRateSlope1(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackGetVariableRateSlope1(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getVariableRateSlope1", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVariableRateSlope1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b651bae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVariableRateSlope1(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetVariableRateSlope1(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getVariableRateSlope1", reserve)
}

// UnpackGetVariableRateSlope1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b651bae.
//
// Solidity: function getVariableRateSlope1(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetVariableRateSlope1(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("getVariableRateSlope1", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVariableRateSlope2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4b0d5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVariableRateSlope2(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) PackGetVariableRateSlope2(reserve common.Address) []byte {
	enc, err := aaveRateStrategy.abi.Pack("getVariableRateSlope2", reserve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVariableRateSlope2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4b0d5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVariableRateSlope2(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) TryPackGetVariableRateSlope2(reserve common.Address) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("getVariableRateSlope2", reserve)
}

// UnpackGetVariableRateSlope2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f4b0d5d.
//
// Solidity: function getVariableRateSlope2(address reserve) view returns(uint256)
func (aaveRateStrategy *AaveRateStrategy) UnpackGetVariableRateSlope2(data []byte) (*big.Int, error) {
	out, err := aaveRateStrategy.abi.Unpack("getVariableRateSlope2", data)
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
func (aaveRateStrategy *AaveRateStrategy) PackOwner() []byte {
	enc, err := aaveRateStrategy.abi.Pack("owner")
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
func (aaveRateStrategy *AaveRateStrategy) TryPackOwner() ([]byte, error) {
	return aaveRateStrategy.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aaveRateStrategy *AaveRateStrategy) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aaveRateStrategy.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetInterestRateParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd81bb12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInterestRateParams(address reserve, (uint16,uint32,uint32,uint32) d) returns()
func (aaveRateStrategy *AaveRateStrategy) PackSetInterestRateParams(reserve common.Address, d AaveRateStrategyInterestRateData) []byte {
	enc, err := aaveRateStrategy.abi.Pack("setInterestRateParams", reserve, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInterestRateParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd81bb12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInterestRateParams(address reserve, (uint16,uint32,uint32,uint32) d) returns()
func (aaveRateStrategy *AaveRateStrategy) TryPackSetInterestRateParams(reserve common.Address, d AaveRateStrategyInterestRateData) ([]byte, error) {
	return aaveRateStrategy.abi.Pack("setInterestRateParams", reserve, d)
}

// AaveRateStrategyRateDataUpdate represents a RateDataUpdate event raised by the AaveRateStrategy contract.
type AaveRateStrategyRateDataUpdate struct {
	Reserve                common.Address
	OptimalUsageRatio      *big.Int
	BaseVariableBorrowRate *big.Int
	VariableRateSlope1     *big.Int
	VariableRateSlope2     *big.Int
	Raw                    *types.Log // Blockchain specific contextual infos
}

const AaveRateStrategyRateDataUpdateEventName = "RateDataUpdate"

// ContractEventName returns the user-defined event name.
func (AaveRateStrategyRateDataUpdate) ContractEventName() string {
	return AaveRateStrategyRateDataUpdateEventName
}

// UnpackRateDataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateDataUpdate(address indexed reserve, uint256 optimalUsageRatio, uint256 baseVariableBorrowRate, uint256 variableRateSlope1, uint256 variableRateSlope2)
func (aaveRateStrategy *AaveRateStrategy) UnpackRateDataUpdateEvent(log *types.Log) (*AaveRateStrategyRateDataUpdate, error) {
	event := "RateDataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveRateStrategy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveRateStrategyRateDataUpdate)
	if len(log.Data) > 0 {
		if err := aaveRateStrategy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveRateStrategy.abi.Events[event].Inputs {
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
func (aaveRateStrategy *AaveRateStrategy) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveRateStrategy.abi.Errors["CallerNotPoolAdmin"].ID.Bytes()[:4]) {
		return aaveRateStrategy.UnpackCallerNotPoolAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRateStrategy.abi.Errors["InvalidMaxRate"].ID.Bytes()[:4]) {
		return aaveRateStrategy.UnpackInvalidMaxRateError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRateStrategy.abi.Errors["InvalidOptimalUsageRatio"].ID.Bytes()[:4]) {
		return aaveRateStrategy.UnpackInvalidOptimalUsageRatioError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRateStrategy.abi.Errors["Slope2MustBeGteSlope1"].ID.Bytes()[:4]) {
		return aaveRateStrategy.UnpackSlope2MustBeGteSlope1Error(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveRateStrategyCallerNotPoolAdmin represents a CallerNotPoolAdmin error raised by the AaveRateStrategy contract.
type AaveRateStrategyCallerNotPoolAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotPoolAdmin()
func AaveRateStrategyCallerNotPoolAdminErrorID() common.Hash {
	return common.HexToHash("0xcdd36a97ec10bfd457da473e0238e65558a550dbd6258e5ad7c845311e63f849")
}

// UnpackCallerNotPoolAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotPoolAdmin()
func (aaveRateStrategy *AaveRateStrategy) UnpackCallerNotPoolAdminError(raw []byte) (*AaveRateStrategyCallerNotPoolAdmin, error) {
	out := new(AaveRateStrategyCallerNotPoolAdmin)
	if err := aaveRateStrategy.abi.UnpackIntoInterface(out, "CallerNotPoolAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRateStrategyInvalidMaxRate represents a InvalidMaxRate error raised by the AaveRateStrategy contract.
type AaveRateStrategyInvalidMaxRate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxRate()
func AaveRateStrategyInvalidMaxRateErrorID() common.Hash {
	return common.HexToHash("0xee69f6c09b9855b6721a4362b178ebf0a59b292604df0bbc655945cee2521957")
}

// UnpackInvalidMaxRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxRate()
func (aaveRateStrategy *AaveRateStrategy) UnpackInvalidMaxRateError(raw []byte) (*AaveRateStrategyInvalidMaxRate, error) {
	out := new(AaveRateStrategyInvalidMaxRate)
	if err := aaveRateStrategy.abi.UnpackIntoInterface(out, "InvalidMaxRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRateStrategyInvalidOptimalUsageRatio represents a InvalidOptimalUsageRatio error raised by the AaveRateStrategy contract.
type AaveRateStrategyInvalidOptimalUsageRatio struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOptimalUsageRatio()
func AaveRateStrategyInvalidOptimalUsageRatioErrorID() common.Hash {
	return common.HexToHash("0x35a8aee747c7dff329ab0406368ad58f3a011cc11159e060176c231690baf6b4")
}

// UnpackInvalidOptimalUsageRatioError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOptimalUsageRatio()
func (aaveRateStrategy *AaveRateStrategy) UnpackInvalidOptimalUsageRatioError(raw []byte) (*AaveRateStrategyInvalidOptimalUsageRatio, error) {
	out := new(AaveRateStrategyInvalidOptimalUsageRatio)
	if err := aaveRateStrategy.abi.UnpackIntoInterface(out, "InvalidOptimalUsageRatio", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRateStrategySlope2MustBeGteSlope1 represents a Slope2MustBeGteSlope1 error raised by the AaveRateStrategy contract.
type AaveRateStrategySlope2MustBeGteSlope1 struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slope2MustBeGteSlope1()
func AaveRateStrategySlope2MustBeGteSlope1ErrorID() common.Hash {
	return common.HexToHash("0xd33c1528086c69b1d57a5b81c72ba5e7f634dbc477541bc4cd56aa463b8ba52a")
}

// UnpackSlope2MustBeGteSlope1Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slope2MustBeGteSlope1()
func (aaveRateStrategy *AaveRateStrategy) UnpackSlope2MustBeGteSlope1Error(raw []byte) (*AaveRateStrategySlope2MustBeGteSlope1, error) {
	out := new(AaveRateStrategySlope2MustBeGteSlope1)
	if err := aaveRateStrategy.abi.UnpackIntoInterface(out, "Slope2MustBeGteSlope1", raw); err != nil {
		return nil, err
	}
	return out, nil
}
