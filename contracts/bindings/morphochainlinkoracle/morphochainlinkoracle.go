// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package morphochainlinkoracle

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

// MorphoChainlinkOracleMetaData contains all meta data concerning the MorphoChainlinkOracle contract.
var MorphoChainlinkOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseVault\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"baseVaultConversionSample\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"baseFeed\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"baseTokenDecimals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quoteTokenDecimals\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BASE_FEED_1\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_FEED_2\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_VAULT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_VAULT_CONVERSION_SAMPLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_FEED_1\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_FEED_2\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_VAULT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_VAULT_CONVERSION_SAMPLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCALE_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MorphoChainlinkOracle",
	Bin: "0x61010080604052346101e25760a0816106e78038038091610020828561024e565b8339810103126101e25761003381610285565b60208201519161004560408201610285565b91608060608301519201519160019460018060a01b0383166101f9575b506001600160a01b0384168061017f575060ff5f5b1692602401806024116101265783820180831161012657811061013a576100b0946100ab936080528660a05260c052610299565b610299565b604d811161012657811561011257600a0a0460e05260405161044090816102a7823960805181818160e70152610167015260a0518181816102e60152610382015260c051818181609f015261019c015260e05181818161013201526101d60152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601560248201527f646563696d616c73206f7574206f662072616e676500000000000000000000006044820152606490fd5b60206004916040519283809263313ce56760e01b82525afa80156101ee575f906101ad575b60ff9150610077565b506020813d6020116101e6575b816101c76020938361024e565b810103126101e2575160ff811681036101e25760ff906101a4565b5f80fd5b3d91506101ba565b6040513d5f823e3d90fd5b809195501561020957935f610062565b60405162461bcd60e51b815260206004820152601f60248201527f7661756c7420636f6e76657273696f6e2073616d706c65206973207a65726f006044820152606490fd5b601f909101601f19168101906001600160401b0382119082101761027157604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036101e257565b919082039182116101265756fe6080806040526004361015610012575f80fd5b5f3560e01c908163054f7ac01461036d575080632e6f20a614610116578063461739d21461035257806356095e1114610116578063a035b1fe14610155578063acfbd39e14610116578063ce4b5bbe1461011b578063dc53858c14610116578063eaa2d7b4146100d25763f50a47181461008a575f80fd5b346100ce575f3660031901126100ce576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100ce575f3660031901126100ce576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6103a5565b346100ce575f3660031901126100ce5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100ce575f3660031901126100ce577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316806102ce575060015b60017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031680610207575b60206101ff836101fa867f000000000000000000000000000000000000000000000000000000000000000061040c565b61040c565b604051908152f35b604051633fabe5a360e21b8152915060a090829060049082905afa9081156102c3575f91610276575b505f811261023f5760206101ca565b60405162461bcd60e51b815260206004820152600f60248201526e3732b3b0ba34bb329030b739bbb2b960891b6044820152606490fd5b905060a0813d60a0116102bb575b8161029160a093836103bf565b810103126100ce576102a2816103f5565b506102b46080602083015192016103f5565b5082610230565b3d9150610284565b6040513d5f823e3d90fd5b6020602491604051928380926303d1689d60e11b82527f000000000000000000000000000000000000000000000000000000000000000060048301525afa9081156102c3575f91610320575b50610198565b90506020813d60201161034a575b8161033b602093836103bf565b810103126100ce57518161031a565b3d915061032e565b346100ce575f3660031901126100ce57602060405160018152f35b346100ce575f3660031901126100ce576020907f00000000000000000000000000000000000000000000000000000000000000008152f35b346100ce575f3660031901126100ce5760206040515f8152f35b90601f8019910116810190811067ffffffffffffffff8211176103e157604052565b634e487b7160e01b5f52604160045260245ffd5b519069ffffffffffffffffffff821682036100ce57565b8181029291811591840414171561041f57565b634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081c000a",
}

// MorphoChainlinkOracle is an auto generated Go binding around an Ethereum contract.
type MorphoChainlinkOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MorphoChainlinkOracle) GetABI() abi.ABI {
	return c.abi
}

// NewMorphoChainlinkOracle creates a new instance of MorphoChainlinkOracle.
func NewMorphoChainlinkOracle() *MorphoChainlinkOracle {
	parsed, err := MorphoChainlinkOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MorphoChainlinkOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MorphoChainlinkOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address baseVault, uint256 baseVaultConversionSample, address baseFeed, uint256 baseTokenDecimals, uint256 quoteTokenDecimals) returns()
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackConstructor(baseVault common.Address, baseVaultConversionSample *big.Int, baseFeed common.Address, baseTokenDecimals *big.Int, quoteTokenDecimals *big.Int) []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("", baseVault, baseVaultConversionSample, baseFeed, baseTokenDecimals, quoteTokenDecimals)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackBASEFEED1() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("BASE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackBASEFEED1() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("BASE_FEED_1")
}

// UnpackBASEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf50a4718.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackBASEFEED1(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("BASE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackBASEFEED2() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("BASE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackBASEFEED2() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("BASE_FEED_2")
}

// UnpackBASEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc53858c.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackBASEFEED2(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("BASE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackBASEVAULT() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("BASE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackBASEVAULT() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("BASE_VAULT")
}

// UnpackBASEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaa2d7b4.
//
// Solidity: function BASE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackBASEVAULT(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("BASE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackBASEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackBASEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
}

// UnpackBASEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7ac0.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackBASEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("BASE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackQUOTEFEED1() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("QUOTE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackQUOTEFEED1() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("QUOTE_FEED_1")
}

// UnpackQUOTEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56095e11.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackQUOTEFEED1(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("QUOTE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackQUOTEFEED2() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("QUOTE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackQUOTEFEED2() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("QUOTE_FEED_2")
}

// UnpackQUOTEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacfbd39e.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackQUOTEFEED2(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("QUOTE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackQUOTEVAULT() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("QUOTE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackQUOTEVAULT() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("QUOTE_VAULT")
}

// UnpackQUOTEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e6f20a6.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackQUOTEVAULT(data []byte) (common.Address, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("QUOTE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackQUOTEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackQUOTEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
}

// UnpackQUOTEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x461739d2.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackQUOTEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("QUOTE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackSCALEFACTOR() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("SCALE_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackSCALEFACTOR() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("SCALE_FACTOR")
}

// UnpackSCALEFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce4b5bbe.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackSCALEFACTOR(data []byte) (*big.Int, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("SCALE_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) PackPrice() []byte {
	enc, err := morphoChainlinkOracle.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) TryPackPrice() ([]byte, error) {
	return morphoChainlinkOracle.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (morphoChainlinkOracle *MorphoChainlinkOracle) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := morphoChainlinkOracle.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
