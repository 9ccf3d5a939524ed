// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package borrowerfactory

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

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// BorrowerFactoryMetaData contains all meta data concerning the BorrowerFactory contract.
var BorrowerFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"command\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"morpho\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"collateral\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"borrowAssets\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"firstSalt\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BorrowerFactory",
	Bin: "0x60c03461009a57601f610e1a38819003918201601f19168301916001600160401b0383118484101761009e5780849260209460405283398101031261009a57516001600160a01b038116810361009a576080523360a052604051610d6790816100b382396080518181816102490152818161046b015261070b015260a051818181610153015281816102050152818161040901526106970152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80636ce8bc4d146100645780637e5465ba1461005f5780638da5cb5b1461005a578063d8fbc833146100555763ff8bded614610050575f80fd5b61030b565b610234565b6101f0565b610127565b346100cb5760403660031901126100cb5761007d6100cf565b6024359067ffffffffffffffff82116100cb57366023830112156100cb5781600401359067ffffffffffffffff82116100cb5736602483850101116100cb5760246100c9930190610403565b005b5f80fd5b600435906001600160a01b03821682036100cb57565b602435906001600160a01b03821682036100cb57565b604435906001600160a01b03821682036100cb57565b606435906001600160a01b03821682036100cb57565b346100cb5760403660031901126100cb575f60206101436100cf565b604461014d6100e5565b610181337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103c0565b60405163095ea7b360e01b81526001600160a01b039182166004820152851960248201529485938492165af180156101e1576101b957005b6100c99060203d6020116101da575b6101d281836102a8565b8101906104d8565b503d6101c8565b6103f8565b5f9103126100cb57565b346100cb575f3660031901126100cb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100cb575f3660031901126100cb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b60a0810190811067ffffffffffffffff82111761029457604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761029457604052565b906102d860405192836102a8565b565b9181601f840112156100cb5782359167ffffffffffffffff83116100cb576020808501948460051b0101116100cb57565b346100cb57366003190161012081126100cb5760a0136100cb5760405161033181610278565b6103396100cf565b81526103436100e5565b60208201526103506100fb565b604082015261035d610111565b6060820152608435608082015260a4359060c43567ffffffffffffffff81116100cb5761038e9036906004016102da565b9260e4359367ffffffffffffffff85116100cb576103b36100c99536906004016102da565b939092610104359561068a565b156103c757565b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b6040513d5f823e3d90fd5b610437337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103c0565b6001600160a01b031690813b156100cb575f91839183606460405180978196829563a3d6bde960e01b845260018060a01b037f000000000000000000000000000000000000000000000000000000000000000016600485015260406024850152816044850152848401378181018301849052601f01601f191681010301925af180156101e1576104c45750565b806104d25f6102d8936102a8565b806101e6565b908160209103126100cb575180151581036100cb5790565b156104f757565b60405162461bcd60e51b815260206004820152600b60248201526a62616420616d6f756e747360a81b6044820152606490fd5b8115610534570690565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161055557565b634e487b7160e01b5f52601160045260245ffd5b91908110156105795760051b0190565b634e487b7160e01b5f52603260045260245ffd5b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b6001600160a01b03909116815261010081019493909260e0926105f390602086019061058d565b60c08401526001600160a01b0316910152565b805191908290602001825e015f815290565b9161062783610120959361058d565b60a08301526001600160a01b031660c082015261010060e082018190525f908201520190565b1561065457565b60405162461bcd60e51b815260206004820152600e60248201526d18dc99585d194c8819985a5b195960921b6044820152606490fd5b919590949193916106c5337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316146103c0565b83151580610966575b6106d7906104f0565b60208501516106fc906106f0906001600160a01b031681565b6001600160a01b031690565b60405163095ea7b360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811660048301525f19602483015291602090829060449082905f905af180156101e157610949575b506001600160a01b0381165f5b88811061077a5750505050505050505050565b8084610801826108158a8f968e6107f18f8e6107a761079f6107cc936108079761052a565b988992610548565b996107b660206103eb016102ca565b966103eb88526103eb61097060208a0139610569565b35916107e38d6040519485933092602086016105cc565b03601f1981018352826102a8565b6040519586936020850190610606565b90610606565b03601f1981018452836102a8565b610880818c61087a6106f08651602088012060405161086b816107e360208201948d3087916055939160ff60f81b84526bffffffffffffffffffffffff199060601b166001840152601583015260358201520190565b5190206001600160a01b031690565b97610569565b3592863b156100cb575f86948e6108ab604051998a93849363238d657960e01b855260048501610618565b0381838b5af19081156101e1578f8d84916109117f0e00eb3434eeed137478dadba5581f87fdda6f16b438d9d1b616b24093bfbb42976109169560019c61091f98610935575b508c8060a01b03916020815191015ff516988b8060a01b0316891461064d565b610569565b3591898c610569565b604080519283529035602083015290a201610767565b806104d25f610943936102a8565b5f6108f1565b6109619060203d6020116101da576101d281836102a8565b61075a565b508381146106ce56fe60a0806040523461019757806103eb803803809161001d82856101c1565b83398101039061010082126101975760a0610037826101e4565b92601f190112610197576040519160a083016001600160401b038111848210176101ad5760405261006a602083016101e4565b8352610078604083016101e4565b906020840191825261008c606084016101e4565b93604081019485526100a0608085016101e4565b6060820190815260a085015192608083019384526100c560e060c088015197016101e4565b33608052866100ed575b6040516101f290816101f9823960805181818160bf01526101040152f35b604080516350d8cd4b60e01b815294516001600160a01b0390811660048701529651871660248601529751861660448501529151851660648401529251608483015260a48201949094525f60c482018190523060e48301529383166101048201529392849261012492849291165af180156101a257610173575b808080808080806100cf565b604090813d831161019b575b61018981836101c1565b81010312610197575f610167565b5f80fd5b503d61017f565b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176101ad57604052565b51906001600160a01b03821682036101975756fe60806040526004361015610011575f80fd5b5f3560e01c8063a3d6bde9146100345763c45a01551461002f575f80fd5b6100aa565b346100a65760403660031901126100a6576004356001600160a01b03811681036100a6576024359067ffffffffffffffff82116100a657366023830112156100a65781600401359067ffffffffffffffff82116100a65736602483850101116100a65760246100a4930190610102565b005b5f80fd5b346100a6575f3660031901126100a6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b634e487b7160e01b5f52604160045260245ffd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036101b257825f80949381946040519384928337810182815203925af13d156101aa573d9067ffffffffffffffff82116101a55760405191601f8101601f19908116603f0116830167ffffffffffffffff8111848210176101a55760405282523d5f602084013e5b1561019d5750565b602081519101fd5b6100ee565b606090610195565b60405162461bcd60e51b815260206004820152600b60248201526a6e6f7420666163746f727960a81b6044820152606490fdfea164736f6c634300081c000aa164736f6c634300081c000a",
}

// BorrowerFactory is an auto generated Go binding around an Ethereum contract.
type BorrowerFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BorrowerFactory) GetABI() abi.ABI {
	return c.abi
}

// NewBorrowerFactory creates a new instance of BorrowerFactory.
func NewBorrowerFactory() *BorrowerFactory {
	parsed, err := BorrowerFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BorrowerFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BorrowerFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address morpho_) returns()
func (borrowerFactory *BorrowerFactory) PackConstructor(morpho_ common.Address) []byte {
	enc, err := borrowerFactory.abi.Pack("", morpho_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e5465ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address token, address spender) returns()
func (borrowerFactory *BorrowerFactory) PackApprove(token common.Address, spender common.Address) []byte {
	enc, err := borrowerFactory.abi.Pack("approve", token, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e5465ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address token, address spender) returns()
func (borrowerFactory *BorrowerFactory) TryPackApprove(token common.Address, spender common.Address) ([]byte, error) {
	return borrowerFactory.abi.Pack("approve", token, spender)
}

// PackCommand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce8bc4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function command(address borrower, bytes data) returns()
func (borrowerFactory *BorrowerFactory) PackCommand(borrower common.Address, data []byte) []byte {
	enc, err := borrowerFactory.abi.Pack("command", borrower, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce8bc4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function command(address borrower, bytes data) returns()
func (borrowerFactory *BorrowerFactory) TryPackCommand(borrower common.Address, data []byte) ([]byte, error) {
	return borrowerFactory.abi.Pack("command", borrower, data)
}

// PackMorpho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbc833.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function morpho() view returns(address)
func (borrowerFactory *BorrowerFactory) PackMorpho() []byte {
	enc, err := borrowerFactory.abi.Pack("morpho")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMorpho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbc833.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function morpho() view returns(address)
func (borrowerFactory *BorrowerFactory) TryPackMorpho() ([]byte, error) {
	return borrowerFactory.abi.Pack("morpho")
}

// UnpackMorpho is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8fbc833.
//
// Solidity: function morpho() view returns(address)
func (borrowerFactory *BorrowerFactory) UnpackMorpho(data []byte) (common.Address, error) {
	out, err := borrowerFactory.abi.Unpack("morpho", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff8bded6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,address,address,uint256) params, uint256 count, uint256[] collateral, uint256[] borrowAssets, uint256 firstSalt) returns()
func (borrowerFactory *BorrowerFactory) PackOpen(params MarketParams, count *big.Int, collateral []*big.Int, borrowAssets []*big.Int, firstSalt *big.Int) []byte {
	enc, err := borrowerFactory.abi.Pack("open", params, count, collateral, borrowAssets, firstSalt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff8bded6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,address,address,uint256) params, uint256 count, uint256[] collateral, uint256[] borrowAssets, uint256 firstSalt) returns()
func (borrowerFactory *BorrowerFactory) TryPackOpen(params MarketParams, count *big.Int, collateral []*big.Int, borrowAssets []*big.Int, firstSalt *big.Int) ([]byte, error) {
	return borrowerFactory.abi.Pack("open", params, count, collateral, borrowAssets, firstSalt)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (borrowerFactory *BorrowerFactory) PackOwner() []byte {
	enc, err := borrowerFactory.abi.Pack("owner")
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
func (borrowerFactory *BorrowerFactory) TryPackOwner() ([]byte, error) {
	return borrowerFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (borrowerFactory *BorrowerFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := borrowerFactory.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// BorrowerFactoryOpened represents a Opened event raised by the BorrowerFactory contract.
type BorrowerFactoryOpened struct {
	Borrower   common.Address
	Collateral *big.Int
	Borrowed   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const BorrowerFactoryOpenedEventName = "Opened"

// ContractEventName returns the user-defined event name.
func (BorrowerFactoryOpened) ContractEventName() string {
	return BorrowerFactoryOpenedEventName
}

// UnpackOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Opened(address indexed borrower, uint256 collateral, uint256 borrowed)
func (borrowerFactory *BorrowerFactory) UnpackOpenedEvent(log *types.Log) (*BorrowerFactoryOpened, error) {
	event := "Opened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != borrowerFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BorrowerFactoryOpened)
	if len(log.Data) > 0 {
		if err := borrowerFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range borrowerFactory.abi.Events[event].Inputs {
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
