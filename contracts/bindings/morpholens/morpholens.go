// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package morpholens

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

// MorphoLensMetaData contains all meta data concerning the MorphoLens contract.
var MorphoLensMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"}],\"name\":\"health\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBorrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"healthy\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"marketTotals\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structMarket\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MorphoLens",
	Bin: "0x60808060405234601557610653908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80633cca1d9c146100b7576360ae29961461002f575f80fd5b346100b35760c03660031901126100b35760c061006561004d61030f565b6100563661035b565b9061005f610401565b50610489565b6001600160801b0360a06040519282815116845282602082015116602085015282604082015116604085015282606082015116606085015282608082015116608085015201511660a0820152f35b5f80fd5b346100b35760e03660031901126100b3576100d061030f565b6100d93661035b565b60c4356001600160a01b03811692908390036100b35760606100fb8383610489565b9360446101078561060a565b60405194859384926349e2903160e11b84526004840152602483015260018060a01b03165afa80156102af575f915f916102ba575b506001600160801b036004911691602060018060a01b036040860151166040519384809263501ad8ff60e11b82525afa9182156102af575f92610274575b506001600160801b0316916001600160801b0360608160408801511696015116946001810180911161026057620f4240860190818711610260576101be9085610633565b9581620f423f82011161026057620f423f9087010180961161026057801561024c57610218670de0b6b3a76400009160a097049560806ec097ce7bc90715b34b9f100000000061020e8787610633565b0491015190610633565b049215928315610241575b60405194855260208501526040840152606083015215156080820152f35b848110159350610223565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b9091506020813d6020116102a7575b8161029060209383610325565b810103126100b35751906001600160801b0361017a565b3d9150610283565b6040513d5f823e3d90fd5b9150506060813d606011610307575b816102d660609383610325565b810103126100b35760046001600160801b0361030060406102f9602086016103ed565b94016103ed565b915061013c565b3d91506102c9565b600435906001600160a01b03821682036100b357565b90601f8019910116810190811067ffffffffffffffff82111761034757604052565b634e487b7160e01b5f52604160045260245ffd5b60a09060231901126100b3576040519060a0820182811067ffffffffffffffff82111761034757604052816024356001600160a01b03811681036100b35781526044356001600160a01b03811681036100b35760208201526064356001600160a01b03811681036100b35760408201526084356001600160a01b03811681036100b3576060820152608060a435910152565b51906001600160801b03821682036100b357565b6040519060c0820182811067ffffffffffffffff821117610347576040525f60a0838281528260208201528260408201528260608201528260808201520152565b81516001600160a01b039081168252602080840151821690830152604080840151821690830152606080840151909116908201526080918201519181019190915260a00190565b9190610493610401565b926001600160a01b0316803b156100b357604051630a8e0d6f60e11b8152916104bf8160048501610442565b925f81808296038183875af180156102af576105f3575b506104e260c09161060a565b602460405180948193632e3071cd60e11b835260048301525afa80156105e85782918380928192828092610548575b50506001600160801b0390811660a08901529081166080880152908116606087015290811660408601529182166020850152168252565b955095505050505060c0823d60c0116105e0575b8161056960c09383610325565b810103126105dd5750806001600160801b0361058581936103ed565b9181610593602083016103ed565b93816105a1604085016103ed565b93816105af606083016103ed565b93816105c960a06105c2608087016103ed565b95016103ed565b919997959391959850509450509396610511565b80fd5b3d915061055c565b6040513d84823e3d90fd5b6106009193505f90610325565b5f916104e26104d6565b60405161062d8161061f602082019485610442565b03601f198101835282610325565b51902090565b818102929181159184041417156102605756fea164736f6c634300081c000a",
}

// MorphoLens is an auto generated Go binding around an Ethereum contract.
type MorphoLens struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MorphoLens) GetABI() abi.ABI {
	return c.abi
}

// NewMorphoLens creates a new instance of MorphoLens.
func NewMorphoLens() *MorphoLens {
	parsed, err := MorphoLensMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MorphoLens{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MorphoLens) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackHealth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cca1d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function health(address morpho, (address,address,address,address,uint256) params, address borrower) returns(uint256 borrowed, uint256 maxBorrow, uint256 collateral, uint256 price, bool healthy)
func (morphoLens *MorphoLens) PackHealth(morpho common.Address, params MarketParams, borrower common.Address) []byte {
	enc, err := morphoLens.abi.Pack("health", morpho, params, borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHealth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cca1d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function health(address morpho, (address,address,address,address,uint256) params, address borrower) returns(uint256 borrowed, uint256 maxBorrow, uint256 collateral, uint256 price, bool healthy)
func (morphoLens *MorphoLens) TryPackHealth(morpho common.Address, params MarketParams, borrower common.Address) ([]byte, error) {
	return morphoLens.abi.Pack("health", morpho, params, borrower)
}

// HealthOutput serves as a container for the return parameters of contract
// method Health.
type HealthOutput struct {
	Borrowed   *big.Int
	MaxBorrow  *big.Int
	Collateral *big.Int
	Price      *big.Int
	Healthy    bool
}

// UnpackHealth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cca1d9c.
//
// Solidity: function health(address morpho, (address,address,address,address,uint256) params, address borrower) returns(uint256 borrowed, uint256 maxBorrow, uint256 collateral, uint256 price, bool healthy)
func (morphoLens *MorphoLens) UnpackHealth(data []byte) (HealthOutput, error) {
	out, err := morphoLens.abi.Unpack("health", data)
	outstruct := new(HealthOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Borrowed = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MaxBorrow = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Collateral = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Price = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Healthy = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackMarketTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ae2996.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketTotals(address morpho, (address,address,address,address,uint256) params) returns((uint128,uint128,uint128,uint128,uint128,uint128))
func (morphoLens *MorphoLens) PackMarketTotals(morpho common.Address, params MarketParams) []byte {
	enc, err := morphoLens.abi.Pack("marketTotals", morpho, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ae2996.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketTotals(address morpho, (address,address,address,address,uint256) params) returns((uint128,uint128,uint128,uint128,uint128,uint128))
func (morphoLens *MorphoLens) TryPackMarketTotals(morpho common.Address, params MarketParams) ([]byte, error) {
	return morphoLens.abi.Pack("marketTotals", morpho, params)
}

// UnpackMarketTotals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60ae2996.
//
// Solidity: function marketTotals(address morpho, (address,address,address,address,uint256) params) returns((uint128,uint128,uint128,uint128,uint128,uint128))
func (morphoLens *MorphoLens) UnpackMarketTotals(data []byte) (Market, error) {
	out, err := morphoLens.abi.Unpack("marketTotals", data)
	if err != nil {
		return *new(Market), err
	}
	out0 := *abi.ConvertType(out[0], new(Market)).(*Market)
	return out0, nil
}
