// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package preliquidation

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

// PreLiquidationParams is an auto generated low-level Go binding around an user-defined struct.
type PreLiquidationParams struct {
	PreLltv              *big.Int
	PreLCF1              *big.Int
	PreLCF2              *big.Int
	PreLIF1              *big.Int
	PreLIF2              *big.Int
	PreLiquidationOracle common.Address
}

// PreLiquidationMetaData contains all meta data concerning the PreLiquidation contract.
var PreLiquidationMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"preLltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLCF1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLCF2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLIF1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLIF2\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"preLiquidationOracle\",\"type\":\"address\"}],\"internalType\":\"structPreLiquidationParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InconsistentInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LiquidatablePosition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NonexistentMarket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMorpho\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPreLiquidatablePosition\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLCFDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLCFTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLIFDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLIFTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLIFTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repayableShares\",\"type\":\"uint256\"}],\"name\":\"PreLiquidationTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PreLltvTooHigh\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"}],\"name\":\"PreLiquidate\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MORPHO\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"marketParams\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onMorphoRepay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"preLiquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preLiquidationParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"preLltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLCF1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLCF2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLIF1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preLIF2\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"preLiquidationOracle\",\"type\":\"address\"}],\"internalType\":\"structPreLiquidationParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PreLiquidation",
	Bin: "0x610220806040523461039f5780611826803803809161001e8285610458565b833981010390610100821261039f576100368161047b565b9160c0602083015191603f19011261039f5760405160c081016001600160401b0381118282101761044457604052604083015181526060830151602082019081526080840151916040810192835260a085015193606082019485526100a960e060c088015197608085019889520161047b565b60a08301908152604051632e3071cd60e11b8152600481018390529097906001600160a01b0382169060c081602481855afa9081156103ab575f916103c9575b506001600160801b0316156103b6579060a060249260405193848092632c3c915760e01b82528760048301525afa9283156103ab575f5f915f935f955f97610336575b5086885110156103275788518a511061031857670de0b6b3a764000089511161030957670de0b6b3a76400008b51106102fa578a518c51106102eb578b5187156102d757876ec097ce7bc90715b34b9f100000000004106102c85760805260a05260c05260e05261010052610120526101405251610160525161018052516101a052516101c052516101e052516001600160a01b03166102005260405161138290816104a4823960805181818160e301528181610179015281816101cb0152818161023d015281816102df015281816106f00152610ba5015260a0518181816078015281816102100152818161028b0152610768015260c051818181610ccd0152611034015260e0518161105901526101005181611081015261012051816110a90152610140518181816103fd01526110d00152610160518181816103c10152610a4401526101805181818161052f0152610a7901526101a0518181816105550152610aa001526101c0518181816104be0152610ac801526101e0518181816104ef0152610af20152610200518181816103290152610b1e0152f35b6331aff75360e01b5f5260045ffd5b634e487b7160e01b5f52601260045260245ffd5b63141da4bd60e21b5f5260045ffd5b630136247b60e51b5f5260045ffd5b630287fe3b60e31b5f5260045ffd5b631bc4f82360e01b5f5260045ffd5b63f0586c2360e01b5f5260045ffd5b945095509350505060a0813d60a0116103a3575b8161035760a09383610458565b8101031261039f576103688161047b565b916103756020830161047b565b6103816040840161047b565b9160806103906060860161047b565b9401519491929394955f61012c565b5f80fd5b3d915061034a565b6040513d5f823e3d90fd5b8263f8a19d2560e01b5f5260045260245ffd5b905060c0813d60c01161043c575b816103e460c09383610458565b8101031261039f576103f58161048f565b506104026020820161048f565b5061040f6040820161048f565b5061041c6060820161048f565b5061043560a061042e6080840161048f565b920161048f565b505f6100e9565b3d91506103d7565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761044457604052565b51906001600160a01b038216820361039f57565b51906001600160801b038216820361039f5756fe60c06040526004361015610011575f80fd5b5f60a0525f3560e01c806305b4591c14610b6f5780631d553cee146109f65780633078f50a146101125780633acb5624146100cc5780637b9e68f2146100a15763b3cea2171461005f575f80fd5b3461009b5760a05136600319011261009b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b60a05180fd5b3461009b5760a05136600319011261009b5760a06100bd610ff8565b6100ca6040518092610ec9565bf35b3461009b5760a05136600319011261009b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461009b57608036600319011261009b576004356001600160a01b038116810361009b576024359060643567ffffffffffffffff811161009b5761015a903690600401610e9b565b926044359181608052604435158215146109e357610176610ff8565b917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b1561009b57604051630a8e0d6f60e11b81526101c16004820185610ec9565b60a0518160a481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af180156107cd576109ca575b50604051632e3071cd60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201529060c0826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156107cd5760a0519060a05193610945575b506040516349e2903160e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b03888116602483015290966001600160801b0392831694909216929190606090889060449082907f0000000000000000000000000000000000000000000000000000000000000000165afa80156107cd5760a0519788916108fb575b5060405163501ad8ff60e11b8152906020826004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156107cd5760a051926108c5575b50610387826001600160801b036ec097ce7bc90715b34b9f10000000009316611287565b049160018601861191826107f457620f42408601861193846107f4576103bf620f4240880160018a016001600160801b038e166112b8565b7f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a76400006103f38285611287565b048211156108b2577f000000000000000000000000000000000000000000000000000000000000000092670de0b6b3a76400006104308583611287565b04831161089f57670de0b6b3a7640000838102938015908504909114171561088b575f198101928184116107f45761047861047d92610473610483968694610feb565b61129a565b610fde565b92610fde565b81670de0b6b3a7640000810204670de0b6b3a764000014821517156107f457670de0b6b3a76400006104b5920261129a565b9161057f6105207f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a7640000610519610513837f0000000000000000000000000000000000000000000000000000000000000000610fde565b88611287565b0490610feb565b93670de0b6b3a76400006105197f000000000000000000000000000000000000000000000000000000000000000092610579847f0000000000000000000000000000000000000000000000000000000000000000610fde565b90611287565b951561080c575061059290608051611287565b6ec097ce7bc90715b34b9f0fffffffff81019081106107f457670de0b6b3a76400006ec097ce7bc90715b34b9f1000000000909104818102929181159184041417156107f4575f198101918183116107f4576105f19261047391610feb565b916107f4576107f45761062361062b936001600160801b0392620f42406001670de0b6b3a764000098019201906112b8565b965b16611287565b048084116107da575060409161069260c06106b093888651998a92608051602085015260018060a01b038b16898501523360608501526080808501528160a08501528484013760a051838284010152601f801991011681010301601f198101885287610f68565b6106e2835196879384936320b76e8160e01b85526004850190610ec9565b60a05160a484015260c483018690526001600160a01b03871660e4840152610120610104840152610124830190610fa6565b038160a05160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af19182156107cd5760a05192610798575b6040809450519183835260208301526080518483015260018060a01b03169033907fd5b01f148b35d6069b626af105bf8881bc2e30ee1ce3de4630903abab0ba858060607f000000000000000000000000000000000000000000000000000000000000000092a481519060805182526020820152f35b91506040833d6040116107c5575b816107b360409383610f68565b8101031261009b576040925191610722565b3d91506107a6565b6040513d60a051823e3d90fd5b836344bb1e7560e01b60a05152600452602452604460a051fd5b634e487b7160e01b60a051526011600452602460a051fd5b99969095670de0b6b3a76400009450610840935061083b91620f42409091019061047390600101604435611287565b611287565b6ec097ce7bc90715b34b9f1000000000919004818102939181159185041417156107f457670de0b6b3a7640000936108836001600160801b039261062b9561129a565b608052610625565b634e487b7160e01b5f52601160045260245ffd5b637bc1335160e11b60a05152600460a051fd5b630bb9a65160e01b60a05152600460a051fd5b91506020823d6020116108f3575b816108e060209383610f68565b8101031261009b57905190610387610363565b3d91506108d3565b9750506060873d60601161093d575b8161091760609383610f68565b8101031261009b57610937604061093060208a01610fca565b9801610fca565b8a610312565b3d915061090a565b92505060c0823d60c0116109c2575b8161096160c09383610f68565b8101031261009b5761097282610fca565b5061097f60208301610fca565b506001600160801b038061099560408501610fca565b6109ba60a06109a660608801610fca565b966109b360808201610fca565b5001610fca565b50915061027b565b3d9150610954565b60a0516109d691610f68565b60a05161009b5786610200565b63f0732dd760e01b60a05152600460a051fd5b3461009b5760a05136600319011261009b57604051610a1481610f1c565b60a051815260a051602082015260a051604082015260a051606082015260a051608082015260a0805191015260c07f0000000000000000000000000000000000000000000000000000000000000000604051610a6f81610f1c565b81815260208101907f00000000000000000000000000000000000000000000000000000000000000008252604081017f0000000000000000000000000000000000000000000000000000000000000000815260608201907f0000000000000000000000000000000000000000000000000000000000000000825260a060808401937f00000000000000000000000000000000000000000000000000000000000000008552019360018060a01b037f000000000000000000000000000000000000000000000000000000000000000016855260405195865251602086015251604085015251606084015251608083015260018060a01b0390511660a0820152f35b34610e88576040366003190112610e885760043560243567ffffffffffffffff8111610e8857610ba3903690600401610e9b565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381169392909133859003610e8c57810190608081830312610e8857610bf360208201610f08565b94610c0060408301610f08565b606083013567ffffffffffffffff8111610e8857830184601f82011215610e8857803590610c2d82610f8a565b95610c3b6040519788610f68565b82875260208383010111610e8857815f92602080930183890137860101526001600160a01b031695610c6b610ff8565b91803b15610e88575f928361010492610c9a946040519788968795638720316d60e01b87526004870190610ec9565b3560a48501526001600160a01b031660c484015260e483018b90525af18015610e7d57610e69575b508051610e08575b507f000000000000000000000000000000000000000000000000000000000000000092610cf9843b15156110f7565b60405160208101916323b872dd60e01b8352602482015230604482015283606482015260648152610d2b608482610f68565b60a0519160a05191519060a051875af1610d4361112d565b9015610dcb578051908115918215610db1575b505015610d6c57610d6692611174565b60a05180f35b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b610dc4925060208091830101910161115c565b8480610d56565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b833b1561009b57604051906323a2fbb160e21b8252836004830152604060248301528180610e3d60a051936044830190610fa6565b038160a051885af180156107cd5715610cca5760a051610e5c91610f68565b60a05161009b5783610cca565b5f610e7391610f68565b5f60a05284610cc2565b6040513d5f823e3d90fd5b5f80fd5b63e51b512360e01b5f5260045ffd5b9181601f84011215610e885782359167ffffffffffffffff8311610e885760208381860195010111610e8857565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b35906001600160a01b0382168203610e8857565b60c0810190811067ffffffffffffffff821117610f3857604052565b634e487b7160e01b5f52604160045260245ffd5b60a0810190811067ffffffffffffffff821117610f3857604052565b90601f8019910116810190811067ffffffffffffffff821117610f3857604052565b67ffffffffffffffff8111610f3857601f01601f191660200190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b51906001600160801b0382168203610e8857565b9190820391821161088b57565b9190820180921161088b57565b5f608060405161100781610f4c565b828152826020820152826040820152826060820152015260405161102a81610f4c565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f0000000000000000000000000000000000000000000000000000000000000000811660408301527f00000000000000000000000000000000000000000000000000000000000000001660608201527f0000000000000000000000000000000000000000000000000000000000000000608082015290565b156110fe57565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b3d15611157573d9061113e82610f8a565b9161114c6040519384610f68565b82523d5f602084013e565b606090565b90816020910312610e8857518015158103610e885790565b91906111818282856112df565b61128257611191833b15156110f7565b60405163095ea7b360e01b602082019081526001600160a01b03831660248301525f60448084018290528352918291906111cc606482610f68565b519082875af1926111db61112d565b8461123a575b5083611228575b505050156111f257565b60405162461bcd60e51b815260206004820152600e60248201526d185c1c1c9bdd994819985a5b195960921b6044820152606490fd5b61123293506112df565b5f80806111e8565b80919450518015918215611252575b5050925f6111e1565b6020821492509082611268575b50505f80611249565b61127b925060208091830101910161115c565b5f8061125f565b505050565b8181029291811591840414171561088b57565b81156112a4570490565b634e487b7160e01b5f52601260045260245ffd5b906112c291611287565b5f198201919081831161088b576112dc9261047391610feb565b90565b5f92918380936112f1843b15156110f7565b60405163095ea7b360e01b602082019081526001600160a01b03909416602482015260448082019290925290815261132a606482610f68565b51925af161133661112d565b8161133f575090565b80915051801591821561135157505090565b602082149250908261136257505090565b6112dc925060208091830101910161115c56fea164736f6c634300081c000a",
}

// PreLiquidation is an auto generated Go binding around an Ethereum contract.
type PreLiquidation struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PreLiquidation) GetABI() abi.ABI {
	return c.abi
}

// NewPreLiquidation creates a new instance of PreLiquidation.
func NewPreLiquidation() *PreLiquidation {
	parsed, err := PreLiquidationMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PreLiquidation{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PreLiquidation) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address morpho, bytes32 id, (uint256,uint256,uint256,uint256,uint256,address) params) returns()
func (preLiquidation *PreLiquidation) PackConstructor(morpho common.Address, id [32]byte, params PreLiquidationParams) []byte {
	enc, err := preLiquidation.abi.Pack("", morpho, id, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cea217.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ID() view returns(bytes32)
func (preLiquidation *PreLiquidation) PackID() []byte {
	enc, err := preLiquidation.abi.Pack("ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cea217.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ID() view returns(bytes32)
func (preLiquidation *PreLiquidation) TryPackID() ([]byte, error) {
	return preLiquidation.abi.Pack("ID")
}

// UnpackID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3cea217.
//
// Solidity: function ID() view returns(bytes32)
func (preLiquidation *PreLiquidation) UnpackID(data []byte) ([32]byte, error) {
	out, err := preLiquidation.abi.Unpack("ID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMORPHO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3acb5624.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MORPHO() view returns(address)
func (preLiquidation *PreLiquidation) PackMORPHO() []byte {
	enc, err := preLiquidation.abi.Pack("MORPHO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMORPHO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3acb5624.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MORPHO() view returns(address)
func (preLiquidation *PreLiquidation) TryPackMORPHO() ([]byte, error) {
	return preLiquidation.abi.Pack("MORPHO")
}

// UnpackMORPHO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (preLiquidation *PreLiquidation) UnpackMORPHO(data []byte) (common.Address, error) {
	out, err := preLiquidation.abi.Unpack("MORPHO", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (preLiquidation *PreLiquidation) PackMarketParams() []byte {
	enc, err := preLiquidation.abi.Pack("marketParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (preLiquidation *PreLiquidation) TryPackMarketParams() ([]byte, error) {
	return preLiquidation.abi.Pack("marketParams")
}

// UnpackMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (preLiquidation *PreLiquidation) UnpackMarketParams(data []byte) (MarketParams, error) {
	out, err := preLiquidation.abi.Unpack("marketParams", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackOnMorphoRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b4591c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onMorphoRepay(uint256 repaidAssets, bytes callbackData) returns()
func (preLiquidation *PreLiquidation) PackOnMorphoRepay(repaidAssets *big.Int, callbackData []byte) []byte {
	enc, err := preLiquidation.abi.Pack("onMorphoRepay", repaidAssets, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnMorphoRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b4591c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onMorphoRepay(uint256 repaidAssets, bytes callbackData) returns()
func (preLiquidation *PreLiquidation) TryPackOnMorphoRepay(repaidAssets *big.Int, callbackData []byte) ([]byte, error) {
	return preLiquidation.abi.Pack("onMorphoRepay", repaidAssets, callbackData)
}

// PackPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3078f50a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preLiquidate(address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (preLiquidation *PreLiquidation) PackPreLiquidate(borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) []byte {
	enc, err := preLiquidation.abi.Pack("preLiquidate", borrower, seizedAssets, repaidShares, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3078f50a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preLiquidate(address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (preLiquidation *PreLiquidation) TryPackPreLiquidate(borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) ([]byte, error) {
	return preLiquidation.abi.Pack("preLiquidate", borrower, seizedAssets, repaidShares, data)
}

// PreLiquidateOutput serves as a container for the return parameters of contract
// method PreLiquidate.
type PreLiquidateOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackPreLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3078f50a.
//
// Solidity: function preLiquidate(address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (preLiquidation *PreLiquidation) UnpackPreLiquidate(data []byte) (PreLiquidateOutput, error) {
	out, err := preLiquidation.abi.Unpack("preLiquidate", data)
	outstruct := new(PreLiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreLiquidationParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d553cee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preLiquidationParams() view returns((uint256,uint256,uint256,uint256,uint256,address))
func (preLiquidation *PreLiquidation) PackPreLiquidationParams() []byte {
	enc, err := preLiquidation.abi.Pack("preLiquidationParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreLiquidationParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d553cee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preLiquidationParams() view returns((uint256,uint256,uint256,uint256,uint256,address))
func (preLiquidation *PreLiquidation) TryPackPreLiquidationParams() ([]byte, error) {
	return preLiquidation.abi.Pack("preLiquidationParams")
}

// UnpackPreLiquidationParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d553cee.
//
// Solidity: function preLiquidationParams() view returns((uint256,uint256,uint256,uint256,uint256,address))
func (preLiquidation *PreLiquidation) UnpackPreLiquidationParams(data []byte) (PreLiquidationParams, error) {
	out, err := preLiquidation.abi.Unpack("preLiquidationParams", data)
	if err != nil {
		return *new(PreLiquidationParams), err
	}
	out0 := *abi.ConvertType(out[0], new(PreLiquidationParams)).(*PreLiquidationParams)
	return out0, nil
}

// PreLiquidationPreLiquidate represents a PreLiquidate event raised by the PreLiquidation contract.
type PreLiquidationPreLiquidate struct {
	Id           [32]byte
	Liquidator   common.Address
	Borrower     common.Address
	RepaidAssets *big.Int
	RepaidShares *big.Int
	SeizedAssets *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PreLiquidationPreLiquidateEventName = "PreLiquidate"

// ContractEventName returns the user-defined event name.
func (PreLiquidationPreLiquidate) ContractEventName() string {
	return PreLiquidationPreLiquidateEventName
}

// UnpackPreLiquidateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PreLiquidate(bytes32 indexed id, address indexed liquidator, address indexed borrower, uint256 repaidAssets, uint256 repaidShares, uint256 seizedAssets)
func (preLiquidation *PreLiquidation) UnpackPreLiquidateEvent(log *types.Log) (*PreLiquidationPreLiquidate, error) {
	event := "PreLiquidate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preLiquidation.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreLiquidationPreLiquidate)
	if len(log.Data) > 0 {
		if err := preLiquidation.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preLiquidation.abi.Events[event].Inputs {
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
func (preLiquidation *PreLiquidation) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["InconsistentInput"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackInconsistentInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["LiquidatablePosition"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackLiquidatablePositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["NonexistentMarket"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackNonexistentMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["NotMorpho"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackNotMorphoError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["NotPreLiquidatablePosition"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackNotPreLiquidatablePositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLCFDecreasing"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLCFDecreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLCFTooHigh"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLCFTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLIFDecreasing"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLIFDecreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLIFTooHigh"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLIFTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLIFTooLow"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLIFTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLiquidationTooLarge"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLiquidationTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], preLiquidation.abi.Errors["PreLltvTooHigh"].ID.Bytes()[:4]) {
		return preLiquidation.UnpackPreLltvTooHighError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PreLiquidationInconsistentInput represents a InconsistentInput error raised by the PreLiquidation contract.
type PreLiquidationInconsistentInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentInput()
func PreLiquidationInconsistentInputErrorID() common.Hash {
	return common.HexToHash("0xf0732dd7cc9b46c07c0f0d2163dee65dc41910e24fc28c9f53e3a60470e68215")
}

// UnpackInconsistentInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentInput()
func (preLiquidation *PreLiquidation) UnpackInconsistentInputError(raw []byte) (*PreLiquidationInconsistentInput, error) {
	out := new(PreLiquidationInconsistentInput)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "InconsistentInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationLiquidatablePosition represents a LiquidatablePosition error raised by the PreLiquidation contract.
type PreLiquidationLiquidatablePosition struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LiquidatablePosition()
func PreLiquidationLiquidatablePositionErrorID() common.Hash {
	return common.HexToHash("0xf78266a2b8ca08d789ce5cf830367c8d17e0b845639cb7afae8662c0d0b6dffe")
}

// UnpackLiquidatablePositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LiquidatablePosition()
func (preLiquidation *PreLiquidation) UnpackLiquidatablePositionError(raw []byte) (*PreLiquidationLiquidatablePosition, error) {
	out := new(PreLiquidationLiquidatablePosition)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "LiquidatablePosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationNonexistentMarket represents a NonexistentMarket error raised by the PreLiquidation contract.
type PreLiquidationNonexistentMarket struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonexistentMarket(bytes32 id)
func PreLiquidationNonexistentMarketErrorID() common.Hash {
	return common.HexToHash("0xf8a19d25e9ae17bfd2b31b0d1a327d426004f914f85738fef110e14cae0ff640")
}

// UnpackNonexistentMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonexistentMarket(bytes32 id)
func (preLiquidation *PreLiquidation) UnpackNonexistentMarketError(raw []byte) (*PreLiquidationNonexistentMarket, error) {
	out := new(PreLiquidationNonexistentMarket)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "NonexistentMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationNotMorpho represents a NotMorpho error raised by the PreLiquidation contract.
type PreLiquidationNotMorpho struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMorpho()
func PreLiquidationNotMorphoErrorID() common.Hash {
	return common.HexToHash("0xe51b512366538cee8c853e063e54221c196d4d7f44b7cc806f3763062d129db9")
}

// UnpackNotMorphoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMorpho()
func (preLiquidation *PreLiquidation) UnpackNotMorphoError(raw []byte) (*PreLiquidationNotMorpho, error) {
	out := new(PreLiquidationNotMorpho)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "NotMorpho", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationNotPreLiquidatablePosition represents a NotPreLiquidatablePosition error raised by the PreLiquidation contract.
type PreLiquidationNotPreLiquidatablePosition struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPreLiquidatablePosition()
func PreLiquidationNotPreLiquidatablePositionErrorID() common.Hash {
	return common.HexToHash("0x0bb9a65141499512d541c0d02aa2c9278dbf2ea86745d101af0bbdab887c4fef")
}

// UnpackNotPreLiquidatablePositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPreLiquidatablePosition()
func (preLiquidation *PreLiquidation) UnpackNotPreLiquidatablePositionError(raw []byte) (*PreLiquidationNotPreLiquidatablePosition, error) {
	out := new(PreLiquidationNotPreLiquidatablePosition)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "NotPreLiquidatablePosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLCFDecreasing represents a PreLCFDecreasing error raised by the PreLiquidation contract.
type PreLiquidationPreLCFDecreasing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLCFDecreasing()
func PreLiquidationPreLCFDecreasingErrorID() common.Hash {
	return common.HexToHash("0x1bc4f823fb1e995263d54a8aa5b29310ec5ac3c02c5397ed964e9ed50f5ef6cf")
}

// UnpackPreLCFDecreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLCFDecreasing()
func (preLiquidation *PreLiquidation) UnpackPreLCFDecreasingError(raw []byte) (*PreLiquidationPreLCFDecreasing, error) {
	out := new(PreLiquidationPreLCFDecreasing)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLCFDecreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLCFTooHigh represents a PreLCFTooHigh error raised by the PreLiquidation contract.
type PreLiquidationPreLCFTooHigh struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLCFTooHigh()
func PreLiquidationPreLCFTooHighErrorID() common.Hash {
	return common.HexToHash("0x143ff1d8cb586300fc1a2d3888b3b3213fdf02268ff7eb08588719db29a93f6d")
}

// UnpackPreLCFTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLCFTooHigh()
func (preLiquidation *PreLiquidation) UnpackPreLCFTooHighError(raw []byte) (*PreLiquidationPreLCFTooHigh, error) {
	out := new(PreLiquidationPreLCFTooHigh)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLCFTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLIFDecreasing represents a PreLIFDecreasing error raised by the PreLiquidation contract.
type PreLiquidationPreLIFDecreasing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLIFDecreasing()
func PreLiquidationPreLIFDecreasingErrorID() common.Hash {
	return common.HexToHash("0x507692f4130c293d69457bfcc37153c90ec9f3386b64cbe1db2d4439497e9650")
}

// UnpackPreLIFDecreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLIFDecreasing()
func (preLiquidation *PreLiquidation) UnpackPreLIFDecreasingError(raw []byte) (*PreLiquidationPreLIFDecreasing, error) {
	out := new(PreLiquidationPreLIFDecreasing)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLIFDecreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLIFTooHigh represents a PreLIFTooHigh error raised by the PreLiquidation contract.
type PreLiquidationPreLIFTooHigh struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLIFTooHigh()
func PreLiquidationPreLIFTooHighErrorID() common.Hash {
	return common.HexToHash("0x31aff7537653901491218b285cff00ce91cac925134c2d0e316c977b82845bc9")
}

// UnpackPreLIFTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLIFTooHigh()
func (preLiquidation *PreLiquidation) UnpackPreLIFTooHighError(raw []byte) (*PreLiquidationPreLIFTooHigh, error) {
	out := new(PreLiquidationPreLIFTooHigh)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLIFTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLIFTooLow represents a PreLIFTooLow error raised by the PreLiquidation contract.
type PreLiquidationPreLIFTooLow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLIFTooLow()
func PreLiquidationPreLIFTooLowErrorID() common.Hash {
	return common.HexToHash("0x26c48f6086e392938d294e6af0a3fcb36779f52a2dbf7205ad78a0c447166897")
}

// UnpackPreLIFTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLIFTooLow()
func (preLiquidation *PreLiquidation) UnpackPreLIFTooLowError(raw []byte) (*PreLiquidationPreLIFTooLow, error) {
	out := new(PreLiquidationPreLIFTooLow)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLIFTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLiquidationTooLarge represents a PreLiquidationTooLarge error raised by the PreLiquidation contract.
type PreLiquidationPreLiquidationTooLarge struct {
	RepaidShares    *big.Int
	RepayableShares *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLiquidationTooLarge(uint256 repaidShares, uint256 repayableShares)
func PreLiquidationPreLiquidationTooLargeErrorID() common.Hash {
	return common.HexToHash("0x44bb1e7580deb9b468509455f348068a58d5891a25f367d6851de1980cff62ce")
}

// UnpackPreLiquidationTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLiquidationTooLarge(uint256 repaidShares, uint256 repayableShares)
func (preLiquidation *PreLiquidation) UnpackPreLiquidationTooLargeError(raw []byte) (*PreLiquidationPreLiquidationTooLarge, error) {
	out := new(PreLiquidationPreLiquidationTooLarge)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLiquidationTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreLiquidationPreLltvTooHigh represents a PreLltvTooHigh error raised by the PreLiquidation contract.
type PreLiquidationPreLltvTooHigh struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreLltvTooHigh()
func PreLiquidationPreLltvTooHighErrorID() common.Hash {
	return common.HexToHash("0xf0586c23caa5cf924a324aab2107d52c393781f9cdb50b48241f9d22fe6acf20")
}

// UnpackPreLltvTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreLltvTooHigh()
func (preLiquidation *PreLiquidation) UnpackPreLltvTooHighError(raw []byte) (*PreLiquidationPreLltvTooHigh, error) {
	out := new(PreLiquidationPreLltvTooHigh)
	if err := preLiquidation.abi.UnpackIntoInterface(out, "PreLltvTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}
