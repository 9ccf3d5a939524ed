// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package capoadapter

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

// CapoAdapterPriceCapUpdateParams is an auto generated low-level Go binding around an user-defined struct.
type CapoAdapterPriceCapUpdateParams struct {
	SnapshotRatio               *big.Int
	SnapshotTimestamp           *big.Int
	MaxYearlyRatioGrowthPercent uint16
}

// CapoAdapterMetaData contains all meta data concerning the CapoAdapter contract.
var CapoAdapterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseToUsdAggregator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ratioProvider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"ratioDecimals\",\"type\":\"uint8\"},{\"internalType\":\"uint48\",\"name\":\"minimumSnapshotDelay\",\"type\":\"uint48\"},{\"internalType\":\"string\",\"name\":\"pairDescription\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint104\",\"name\":\"snapshotRatio\",\"type\":\"uint104\"},{\"internalType\":\"uint48\",\"name\":\"snapshotTimestamp\",\"type\":\"uint48\"},{\"internalType\":\"uint16\",\"name\":\"maxYearlyRatioGrowthPercent\",\"type\":\"uint16\"}],\"internalType\":\"structCapoAdapter.PriceCapUpdateParams\",\"name\":\"priceCapParams\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"ratioCall\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerIsNotRiskOrPoolAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"timestamp\",\"type\":\"uint48\"}],\"name\":\"InvalidRatioTimestamp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RatioProviderCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint104\",\"name\":\"snapshotRatio\",\"type\":\"uint104\"},{\"internalType\":\"uint16\",\"name\":\"maxYearlyRatioGrowthPercent\",\"type\":\"uint16\"}],\"name\":\"SnapshotMayOverflowSoon\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SnapshotRatioIsZero\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"snapshotRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"snapshotTimestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxRatioGrowthPerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"maxYearlyRatioGrowthPercent\",\"type\":\"uint16\"}],\"name\":\"CapParametersUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BASE_TO_USD_AGGREGATOR\",\"outputs\":[{\"internalType\":\"contractIAaveAggregator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINIMAL_RATIO_INCREASE_LIFETIME\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINIMUM_SNAPSHOT_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERCENTAGE_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RATIO_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RATIO_PROVIDER\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMaxRatioGrowthPerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMaxYearlyGrowthRatePercent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRatio\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSnapshotRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSnapshotTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isCapped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint104\",\"name\":\"snapshotRatio\",\"type\":\"uint104\"},{\"internalType\":\"uint48\",\"name\":\"snapshotTimestamp\",\"type\":\"uint48\"},{\"internalType\":\"uint16\",\"name\":\"maxYearlyRatioGrowthPercent\",\"type\":\"uint16\"}],\"internalType\":\"structCapoAdapter.PriceCapUpdateParams\",\"name\":\"priceCapParams\",\"type\":\"tuple\"}],\"name\":\"setCapParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CapoAdapter",
	Bin: "0x6101208060405234610621576111cc803803809161001d8285610638565b8339810190808203916101208312610621576100388261065b565b926100456020840161065b565b906100526040850161066f565b61005e6060860161067d565b60808601519091906001600160401b03811161062157860185601f820112156106215761009386826020606094519101610690565b93609f1901126106215760405193606085016001600160401b038111868210176105285760405260a08701516001600160681b03811681036106215785526100dd60c0880161067d565b956020860196875260e08801519761ffff891689036106215760408701988952610100810151906001600160401b03821161062157019181601f84011215610621576101326020928484600496519101610690565b6001600160a01b03909a16608081905260a09190915260405163313ce56760e01b815292839182905afa90811561062d575f916105ef575b5060c05260e052610100525f80546001600160a01b031916331790558051906001600160401b038211610528576101a26001546106d5565b601f81116105a1575b50602090601f831160011461053c576101db92915f9183610461575b50508160011b915f199060031b1c19161790565b6001555b83516001600160401b038111610528576101fa6002546106d5565b601f81116104cf575b50602094601f821160011461046c576102359293949582915f926104615750508160011b915f199060031b1c19161790565b6002555b80516001600160681b0316156104525765ffffffffffff60035460681c1665ffffffffffff83511680911090811591610433575b50610417578051835161ffff166001600160681b0391909116818102918115918304141715610403576127106301e133809104049060018060681b038151166301e1338083028381046301e133801484151715610403576305a39a8084029080820460031490151715610403578101809111610403576001600160681b03106103da57926080929165ffffffffffff61ffff7f47f15f366dcc3684fc77c4f79eb851bb5befbc095ec7a296a53a27a622964c639660018060681b0390511694519360018060981b03198460981b168672ffffffffffff000000000000000000000000008760681b1617176003555116928361ffff19600454161760045560405194855216602084015260408301526060820152a1604051610aa89081610724823960805181818161027501526107a2015260a0518181816102310152610934015260c0518161073f015260e051818181610545015261081e0152610100518181816104dc01526107020152f35b5183516363fa0d9760e11b5f9081526001600160681b0390921660045261ffff16602452604490fd5b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff82511663f0c2a63960e01b5f5260045260245ffd5b905065ffffffffffff610100511642039042821161040357115f61026d565b63022bd6e160e51b5f5260045ffd5b015190505f806101c7565b601f1982169560025f52805f20915f5b8881106104b75750836001959697981061049f575b505050811b01600255610239565b01515f1960f88460031b161c191690555f8080610491565b9192602060018192868501518155019401920161047c565b60025f52610518907f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace601f840160051c8101916020851061051e575b601f0160051c019061070d565b5f610203565b909150819061050b565b634e487b7160e01b5f52604160045260245ffd5b90601f1983169160015f52815f20925f5b8181106105895750908460019594939210610571575b505050811b016001556101df565b01515f1960f88460031b161c191690555f8080610563565b9293602060018192878601518155019501930161054d565b60015f526105e9907fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f850160051c8101916020861061051e57601f0160051c019061070d565b5f6101ab565b90506020813d602011610625575b8161060a60209383610638565b810103126106215761061b9061066f565b5f61016a565b5f80fd5b3d91506105fd565b6040513d5f823e3d90fd5b601f909101601f19168101906001600160401b0382119082101761052857604052565b51906001600160a01b038216820361062157565b519060ff8216820361062157565b519065ffffffffffff8216820361062157565b9192916001600160401b03821161052857604051916106b9601f8201601f191660200184610638565b829481845281830111610621578281602093845f96015e010152565b90600182811c92168015610703575b60208310146106ef57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916106e4565b818110610718575050565b5f815560010161070d56fe6080806040526004361015610012575f80fd5b5f3560e01c90816318b7a6e1146106e6575080632e0f2625146106e1578063313ce567146106e157806350d25bcd146106c75780635703da10146106ac578063671528d4146106815780637284e416146105905780638da5cb5b14610569578063a83622e01461052c578063c1b8c2e0146102c5578063caa4cdcf146102a4578063d221087c14610260578063dc4a4be81461021c578063deb8c641146101f4578063e6a69ab8146101d6578063ec1ebd7a146101b4578063ee01e5e714610198578063f2fde38b14610142578063f6ba77de146101225763fe4d9e79146100f8575f80fd5b3461011e575f36600319011261011e5760206001600160681b0360035416604051908152f35b5f80fd5b3461011e575f36600319011261011e57602060035460981c604051908152f35b3461011e57602036600319011261011e576004356001600160a01b0381169081900361011e575f546001600160a01b0381163303610189576001600160a01b031916175f55005b632538c98d60e11b5f5260045ffd5b3461011e575f36600319011261011e5760206040516127108152f35b3461011e575f36600319011261011e5760206101ce610905565b604051908152f35b3461011e575f36600319011261011e5760206040516301e133808152f35b3461011e575f36600319011261011e57602065ffffffffffff60035460681c16604051908152f35b3461011e575f36600319011261011e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461011e575f36600319011261011e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461011e575f36600319011261011e57602061ffff60045416604051908152f35b3461011e57606036600319011261011e575f546001600160a01b03163303610189576040516060810181811067ffffffffffffffff82111761051857604052600435906001600160681b0382169182810361011e5781526024359065ffffffffffff8216820361011e57602081019182526044359261ffff8416840361011e5760408201938452156105095765ffffffffffff60035460681c1665ffffffffffff835116809110908115916104ce575b506104b2576301e1338061271061039c6001600160681b0384511661ffff87511690610a42565b0404906001600160681b038151166301e133808302908382046301e13380148415171561049e576305a39a808402918083046003149015171561049e576001600160681b03916103eb91610a55565b1161047657926080929165ffffffffffff61ffff6001600160681b037f47f15f366dcc3684fc77c4f79eb851bb5befbc095ec7a296a53a27a622964c639751169451936001600160681b0360981b8460981b16868460681b8760681b1617176003555116928361ffff19600454161760045560405194855216602084015260408301526060820152a1005b61ffff6001600160681b0385925116915116906363fa0d9760e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff82511663f0c2a63960e01b5f5260045260245ffd5b905061050265ffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642610a35565b1084610375565b63022bd6e160e51b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b3461011e575f36600319011261011e57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461011e575f36600319011261011e575f546040516001600160a01b039091168152602090f35b3461011e575f36600319011261011e57604051600154905f6105b1836108cd565b8083526020830193600181169081156106665750600114610608575b50906105dd816040930382610763565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b80821061064c575090915081016020016105dd6105cd565b919260018160209254838588010152019101909291610634565b60ff1916855250151560051b820160200190506105dd6105cd565b3461011e575f36600319011261011e57602061069b610905565b6106a3610a62565b12604051908152f35b3461011e575f36600319011261011e57602060405160038152f35b3461011e575f36600319011261011e5760206101ce610785565b610726565b3461011e575f36600319011261011e5760209065ffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461011e575f36600319011261011e57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90601f8019910116810190811067ffffffffffffffff82111761051857604052565b61078d610905565b6040516350d25bcd60e01b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156108c2575f91610890575b505f8113801590610886575b610880576107f2610a62565b828112610878575b50808202915f8212600160ff1b82141661049e57818305149015171561049e5760ff7f000000000000000000000000000000000000000000000000000000000000000016604d811161049e57600a0a90811561086457600160ff1b81145f1983141661049e570590565b634e487b7160e01b5f52601260045260245ffd5b91505f6107fa565b50505f90565b505f8213156107e6565b90506020813d6020116108ba575b816108ab60209383610763565b8101031261011e57515f6107da565b3d915061089e565b6040513d5f823e3d90fd5b90600182811c921680156108fb575b60208310146108e757565b634e487b7160e01b5f52602260045260245ffd5b91607f16916108dc565b6040515f600254610915816108cd565b9060018116908115610a2057506001146109d1575b50815f92839203907f00000000000000000000000000000000000000000000000000000000000000005afa3d156109c9573d9067ffffffffffffffff82116105185760405191610984601f8201601f191660200184610763565b82523d5f602084013e5b1580156109bd575b6109ae5760208180518101031261011e576020015190565b630dfa9a3f60e31b5f5260045ffd5b50602081511415610996565b60609061098e565b905060025f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace5f905b828210610a0c57505081018161092a565b6001816020925484870152019101906109fb565b60ff191684525080151502820190508161092a565b9190820391821161049e57565b8181029291811591840414171561049e57565b9190820180921161049e57565b610a986003546001600160681b03610a91610a8865ffffffffffff8460681c1642610a35565b8360981c610a42565b9116610a55565b9056fea164736f6c634300081c000a",
}

// CapoAdapter is an auto generated Go binding around an Ethereum contract.
type CapoAdapter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CapoAdapter) GetABI() abi.ABI {
	return c.abi
}

// NewCapoAdapter creates a new instance of CapoAdapter.
func NewCapoAdapter() *CapoAdapter {
	parsed, err := CapoAdapterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CapoAdapter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CapoAdapter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address baseToUsdAggregator, address ratioProvider, uint8 ratioDecimals, uint48 minimumSnapshotDelay, string pairDescription, (uint104,uint48,uint16) priceCapParams, bytes ratioCall) returns()
func (capoAdapter *CapoAdapter) PackConstructor(baseToUsdAggregator common.Address, ratioProvider common.Address, ratioDecimals uint8, minimumSnapshotDelay *big.Int, pairDescription string, priceCapParams CapoAdapterPriceCapUpdateParams, ratioCall []byte) []byte {
	enc, err := capoAdapter.abi.Pack("", baseToUsdAggregator, ratioProvider, ratioDecimals, minimumSnapshotDelay, pairDescription, priceCapParams, ratioCall)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBASETOUSDAGGREGATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd221087c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_TO_USD_AGGREGATOR() view returns(address)
func (capoAdapter *CapoAdapter) PackBASETOUSDAGGREGATOR() []byte {
	enc, err := capoAdapter.abi.Pack("BASE_TO_USD_AGGREGATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASETOUSDAGGREGATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd221087c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_TO_USD_AGGREGATOR() view returns(address)
func (capoAdapter *CapoAdapter) TryPackBASETOUSDAGGREGATOR() ([]byte, error) {
	return capoAdapter.abi.Pack("BASE_TO_USD_AGGREGATOR")
}

// UnpackBASETOUSDAGGREGATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd221087c.
//
// Solidity: function BASE_TO_USD_AGGREGATOR() view returns(address)
func (capoAdapter *CapoAdapter) UnpackBASETOUSDAGGREGATOR(data []byte) (common.Address, error) {
	out, err := capoAdapter.abi.Unpack("BASE_TO_USD_AGGREGATOR", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) PackDECIMALS() []byte {
	enc, err := capoAdapter.abi.Pack("DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) TryPackDECIMALS() ([]byte, error) {
	return capoAdapter.abi.Pack("DECIMALS")
}

// UnpackDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0f2625.
//
// Solidity: function DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) UnpackDECIMALS(data []byte) (uint8, error) {
	out, err := capoAdapter.abi.Unpack("DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINIMALRATIOINCREASELIFETIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5703da10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINIMAL_RATIO_INCREASE_LIFETIME() view returns(uint256)
func (capoAdapter *CapoAdapter) PackMINIMALRATIOINCREASELIFETIME() []byte {
	enc, err := capoAdapter.abi.Pack("MINIMAL_RATIO_INCREASE_LIFETIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINIMALRATIOINCREASELIFETIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5703da10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINIMAL_RATIO_INCREASE_LIFETIME() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackMINIMALRATIOINCREASELIFETIME() ([]byte, error) {
	return capoAdapter.abi.Pack("MINIMAL_RATIO_INCREASE_LIFETIME")
}

// UnpackMINIMALRATIOINCREASELIFETIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5703da10.
//
// Solidity: function MINIMAL_RATIO_INCREASE_LIFETIME() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackMINIMALRATIOINCREASELIFETIME(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("MINIMAL_RATIO_INCREASE_LIFETIME", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINIMUMSNAPSHOTDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18b7a6e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINIMUM_SNAPSHOT_DELAY() view returns(uint48)
func (capoAdapter *CapoAdapter) PackMINIMUMSNAPSHOTDELAY() []byte {
	enc, err := capoAdapter.abi.Pack("MINIMUM_SNAPSHOT_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINIMUMSNAPSHOTDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18b7a6e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINIMUM_SNAPSHOT_DELAY() view returns(uint48)
func (capoAdapter *CapoAdapter) TryPackMINIMUMSNAPSHOTDELAY() ([]byte, error) {
	return capoAdapter.abi.Pack("MINIMUM_SNAPSHOT_DELAY")
}

// UnpackMINIMUMSNAPSHOTDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18b7a6e1.
//
// Solidity: function MINIMUM_SNAPSHOT_DELAY() view returns(uint48)
func (capoAdapter *CapoAdapter) UnpackMINIMUMSNAPSHOTDELAY(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("MINIMUM_SNAPSHOT_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPERCENTAGEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e5e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERCENTAGE_FACTOR() view returns(uint256)
func (capoAdapter *CapoAdapter) PackPERCENTAGEFACTOR() []byte {
	enc, err := capoAdapter.abi.Pack("PERCENTAGE_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERCENTAGEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e5e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERCENTAGE_FACTOR() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackPERCENTAGEFACTOR() ([]byte, error) {
	return capoAdapter.abi.Pack("PERCENTAGE_FACTOR")
}

// UnpackPERCENTAGEFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee01e5e7.
//
// Solidity: function PERCENTAGE_FACTOR() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackPERCENTAGEFACTOR(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("PERCENTAGE_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRATIODECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa83622e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RATIO_DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) PackRATIODECIMALS() []byte {
	enc, err := capoAdapter.abi.Pack("RATIO_DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRATIODECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa83622e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RATIO_DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) TryPackRATIODECIMALS() ([]byte, error) {
	return capoAdapter.abi.Pack("RATIO_DECIMALS")
}

// UnpackRATIODECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa83622e0.
//
// Solidity: function RATIO_DECIMALS() view returns(uint8)
func (capoAdapter *CapoAdapter) UnpackRATIODECIMALS(data []byte) (uint8, error) {
	out, err := capoAdapter.abi.Unpack("RATIO_DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRATIOPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc4a4be8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RATIO_PROVIDER() view returns(address)
func (capoAdapter *CapoAdapter) PackRATIOPROVIDER() []byte {
	enc, err := capoAdapter.abi.Pack("RATIO_PROVIDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRATIOPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc4a4be8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RATIO_PROVIDER() view returns(address)
func (capoAdapter *CapoAdapter) TryPackRATIOPROVIDER() ([]byte, error) {
	return capoAdapter.abi.Pack("RATIO_PROVIDER")
}

// UnpackRATIOPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc4a4be8.
//
// Solidity: function RATIO_PROVIDER() view returns(address)
func (capoAdapter *CapoAdapter) UnpackRATIOPROVIDER(data []byte) (common.Address, error) {
	out, err := capoAdapter.abi.Unpack("RATIO_PROVIDER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSECONDSPERYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6a69ab8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (capoAdapter *CapoAdapter) PackSECONDSPERYEAR() []byte {
	enc, err := capoAdapter.abi.Pack("SECONDS_PER_YEAR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSECONDSPERYEAR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6a69ab8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackSECONDSPERYEAR() ([]byte, error) {
	return capoAdapter.abi.Pack("SECONDS_PER_YEAR")
}

// UnpackSECONDSPERYEAR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackSECONDSPERYEAR(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("SECONDS_PER_YEAR", data)
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
func (capoAdapter *CapoAdapter) PackDecimals() []byte {
	enc, err := capoAdapter.abi.Pack("decimals")
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
func (capoAdapter *CapoAdapter) TryPackDecimals() ([]byte, error) {
	return capoAdapter.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (capoAdapter *CapoAdapter) UnpackDecimals(data []byte) (uint8, error) {
	out, err := capoAdapter.abi.Unpack("decimals", data)
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
func (capoAdapter *CapoAdapter) PackDescription() []byte {
	enc, err := capoAdapter.abi.Pack("description")
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
func (capoAdapter *CapoAdapter) TryPackDescription() ([]byte, error) {
	return capoAdapter.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (capoAdapter *CapoAdapter) UnpackDescription(data []byte) (string, error) {
	out, err := capoAdapter.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetMaxRatioGrowthPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ba77de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxRatioGrowthPerSecond() view returns(uint256)
func (capoAdapter *CapoAdapter) PackGetMaxRatioGrowthPerSecond() []byte {
	enc, err := capoAdapter.abi.Pack("getMaxRatioGrowthPerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxRatioGrowthPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ba77de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxRatioGrowthPerSecond() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackGetMaxRatioGrowthPerSecond() ([]byte, error) {
	return capoAdapter.abi.Pack("getMaxRatioGrowthPerSecond")
}

// UnpackGetMaxRatioGrowthPerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6ba77de.
//
// Solidity: function getMaxRatioGrowthPerSecond() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackGetMaxRatioGrowthPerSecond(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("getMaxRatioGrowthPerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetMaxYearlyGrowthRatePercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa4cdcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxYearlyGrowthRatePercent() view returns(uint256)
func (capoAdapter *CapoAdapter) PackGetMaxYearlyGrowthRatePercent() []byte {
	enc, err := capoAdapter.abi.Pack("getMaxYearlyGrowthRatePercent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxYearlyGrowthRatePercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa4cdcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxYearlyGrowthRatePercent() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackGetMaxYearlyGrowthRatePercent() ([]byte, error) {
	return capoAdapter.abi.Pack("getMaxYearlyGrowthRatePercent")
}

// UnpackGetMaxYearlyGrowthRatePercent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaa4cdcf.
//
// Solidity: function getMaxYearlyGrowthRatePercent() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackGetMaxYearlyGrowthRatePercent(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("getMaxYearlyGrowthRatePercent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec1ebd7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRatio() view returns(int256)
func (capoAdapter *CapoAdapter) PackGetRatio() []byte {
	enc, err := capoAdapter.abi.Pack("getRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec1ebd7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRatio() view returns(int256)
func (capoAdapter *CapoAdapter) TryPackGetRatio() ([]byte, error) {
	return capoAdapter.abi.Pack("getRatio")
}

// UnpackGetRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec1ebd7a.
//
// Solidity: function getRatio() view returns(int256)
func (capoAdapter *CapoAdapter) UnpackGetRatio(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("getRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSnapshotRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4d9e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSnapshotRatio() view returns(uint256)
func (capoAdapter *CapoAdapter) PackGetSnapshotRatio() []byte {
	enc, err := capoAdapter.abi.Pack("getSnapshotRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSnapshotRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe4d9e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSnapshotRatio() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackGetSnapshotRatio() ([]byte, error) {
	return capoAdapter.abi.Pack("getSnapshotRatio")
}

// UnpackGetSnapshotRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe4d9e79.
//
// Solidity: function getSnapshotRatio() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackGetSnapshotRatio(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("getSnapshotRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSnapshotTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb8c641.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSnapshotTimestamp() view returns(uint256)
func (capoAdapter *CapoAdapter) PackGetSnapshotTimestamp() []byte {
	enc, err := capoAdapter.abi.Pack("getSnapshotTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSnapshotTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb8c641.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSnapshotTimestamp() view returns(uint256)
func (capoAdapter *CapoAdapter) TryPackGetSnapshotTimestamp() ([]byte, error) {
	return capoAdapter.abi.Pack("getSnapshotTimestamp")
}

// UnpackGetSnapshotTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb8c641.
//
// Solidity: function getSnapshotTimestamp() view returns(uint256)
func (capoAdapter *CapoAdapter) UnpackGetSnapshotTimestamp(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("getSnapshotTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsCapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x671528d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCapped() view returns(bool)
func (capoAdapter *CapoAdapter) PackIsCapped() []byte {
	enc, err := capoAdapter.abi.Pack("isCapped")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x671528d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCapped() view returns(bool)
func (capoAdapter *CapoAdapter) TryPackIsCapped() ([]byte, error) {
	return capoAdapter.abi.Pack("isCapped")
}

// UnpackIsCapped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x671528d4.
//
// Solidity: function isCapped() view returns(bool)
func (capoAdapter *CapoAdapter) UnpackIsCapped(data []byte) (bool, error) {
	out, err := capoAdapter.abi.Unpack("isCapped", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (capoAdapter *CapoAdapter) PackLatestAnswer() []byte {
	enc, err := capoAdapter.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (capoAdapter *CapoAdapter) TryPackLatestAnswer() ([]byte, error) {
	return capoAdapter.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (capoAdapter *CapoAdapter) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := capoAdapter.abi.Unpack("latestAnswer", data)
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
func (capoAdapter *CapoAdapter) PackOwner() []byte {
	enc, err := capoAdapter.abi.Pack("owner")
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
func (capoAdapter *CapoAdapter) TryPackOwner() ([]byte, error) {
	return capoAdapter.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (capoAdapter *CapoAdapter) UnpackOwner(data []byte) (common.Address, error) {
	out, err := capoAdapter.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetCapParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1b8c2e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCapParameters((uint104,uint48,uint16) priceCapParams) returns()
func (capoAdapter *CapoAdapter) PackSetCapParameters(priceCapParams CapoAdapterPriceCapUpdateParams) []byte {
	enc, err := capoAdapter.abi.Pack("setCapParameters", priceCapParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCapParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1b8c2e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCapParameters((uint104,uint48,uint16) priceCapParams) returns()
func (capoAdapter *CapoAdapter) TryPackSetCapParameters(priceCapParams CapoAdapterPriceCapUpdateParams) ([]byte, error) {
	return capoAdapter.abi.Pack("setCapParameters", priceCapParams)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (capoAdapter *CapoAdapter) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := capoAdapter.abi.Pack("transferOwnership", newOwner)
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
func (capoAdapter *CapoAdapter) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return capoAdapter.abi.Pack("transferOwnership", newOwner)
}

// CapoAdapterCapParametersUpdated represents a CapParametersUpdated event raised by the CapoAdapter contract.
type CapoAdapterCapParametersUpdated struct {
	SnapshotRatio               *big.Int
	SnapshotTimestamp           *big.Int
	MaxRatioGrowthPerSecond     *big.Int
	MaxYearlyRatioGrowthPercent uint16
	Raw                         *types.Log // Blockchain specific contextual infos
}

const CapoAdapterCapParametersUpdatedEventName = "CapParametersUpdated"

// ContractEventName returns the user-defined event name.
func (CapoAdapterCapParametersUpdated) ContractEventName() string {
	return CapoAdapterCapParametersUpdatedEventName
}

// UnpackCapParametersUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CapParametersUpdated(uint256 snapshotRatio, uint256 snapshotTimestamp, uint256 maxRatioGrowthPerSecond, uint16 maxYearlyRatioGrowthPercent)
func (capoAdapter *CapoAdapter) UnpackCapParametersUpdatedEvent(log *types.Log) (*CapoAdapterCapParametersUpdated, error) {
	event := "CapParametersUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != capoAdapter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CapoAdapterCapParametersUpdated)
	if len(log.Data) > 0 {
		if err := capoAdapter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range capoAdapter.abi.Events[event].Inputs {
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
func (capoAdapter *CapoAdapter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], capoAdapter.abi.Errors["CallerIsNotRiskOrPoolAdmin"].ID.Bytes()[:4]) {
		return capoAdapter.UnpackCallerIsNotRiskOrPoolAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], capoAdapter.abi.Errors["InvalidRatioTimestamp"].ID.Bytes()[:4]) {
		return capoAdapter.UnpackInvalidRatioTimestampError(raw[4:])
	}
	if bytes.Equal(raw[:4], capoAdapter.abi.Errors["RatioProviderCallFailed"].ID.Bytes()[:4]) {
		return capoAdapter.UnpackRatioProviderCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], capoAdapter.abi.Errors["SnapshotMayOverflowSoon"].ID.Bytes()[:4]) {
		return capoAdapter.UnpackSnapshotMayOverflowSoonError(raw[4:])
	}
	if bytes.Equal(raw[:4], capoAdapter.abi.Errors["SnapshotRatioIsZero"].ID.Bytes()[:4]) {
		return capoAdapter.UnpackSnapshotRatioIsZeroError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CapoAdapterCallerIsNotRiskOrPoolAdmin represents a CallerIsNotRiskOrPoolAdmin error raised by the CapoAdapter contract.
type CapoAdapterCallerIsNotRiskOrPoolAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerIsNotRiskOrPoolAdmin()
func CapoAdapterCallerIsNotRiskOrPoolAdminErrorID() common.Hash {
	return common.HexToHash("0x4a71931af29f56b45e28b0e1d43d42d45a2bc5a2e8f1282e70fbbf63d6bf09aa")
}

// UnpackCallerIsNotRiskOrPoolAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerIsNotRiskOrPoolAdmin()
func (capoAdapter *CapoAdapter) UnpackCallerIsNotRiskOrPoolAdminError(raw []byte) (*CapoAdapterCallerIsNotRiskOrPoolAdmin, error) {
	out := new(CapoAdapterCallerIsNotRiskOrPoolAdmin)
	if err := capoAdapter.abi.UnpackIntoInterface(out, "CallerIsNotRiskOrPoolAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapoAdapterInvalidRatioTimestamp represents a InvalidRatioTimestamp error raised by the CapoAdapter contract.
type CapoAdapterInvalidRatioTimestamp struct {
	Timestamp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRatioTimestamp(uint48 timestamp)
func CapoAdapterInvalidRatioTimestampErrorID() common.Hash {
	return common.HexToHash("0xf0c2a639ecc2929a7971ea6e37edf2dd709a3f7f181bc47e1133c9135b159489")
}

// UnpackInvalidRatioTimestampError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRatioTimestamp(uint48 timestamp)
func (capoAdapter *CapoAdapter) UnpackInvalidRatioTimestampError(raw []byte) (*CapoAdapterInvalidRatioTimestamp, error) {
	out := new(CapoAdapterInvalidRatioTimestamp)
	if err := capoAdapter.abi.UnpackIntoInterface(out, "InvalidRatioTimestamp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapoAdapterRatioProviderCallFailed represents a RatioProviderCallFailed error raised by the CapoAdapter contract.
type CapoAdapterRatioProviderCallFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RatioProviderCallFailed()
func CapoAdapterRatioProviderCallFailedErrorID() common.Hash {
	return common.HexToHash("0x6fd4d1f8ca0cf9f85a3f61e5bbafdbb12e75c5673757ad0f9496efa6e9d1f306")
}

// UnpackRatioProviderCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RatioProviderCallFailed()
func (capoAdapter *CapoAdapter) UnpackRatioProviderCallFailedError(raw []byte) (*CapoAdapterRatioProviderCallFailed, error) {
	out := new(CapoAdapterRatioProviderCallFailed)
	if err := capoAdapter.abi.UnpackIntoInterface(out, "RatioProviderCallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapoAdapterSnapshotMayOverflowSoon represents a SnapshotMayOverflowSoon error raised by the CapoAdapter contract.
type CapoAdapterSnapshotMayOverflowSoon struct {
	SnapshotRatio               *big.Int
	MaxYearlyRatioGrowthPercent uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotMayOverflowSoon(uint104 snapshotRatio, uint16 maxYearlyRatioGrowthPercent)
func CapoAdapterSnapshotMayOverflowSoonErrorID() common.Hash {
	return common.HexToHash("0xc7f41b2e72809910d07bbc9bb90b9bd3b45f03ef8544243e1c887cd5bc166fcd")
}

// UnpackSnapshotMayOverflowSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotMayOverflowSoon(uint104 snapshotRatio, uint16 maxYearlyRatioGrowthPercent)
func (capoAdapter *CapoAdapter) UnpackSnapshotMayOverflowSoonError(raw []byte) (*CapoAdapterSnapshotMayOverflowSoon, error) {
	out := new(CapoAdapterSnapshotMayOverflowSoon)
	if err := capoAdapter.abi.UnpackIntoInterface(out, "SnapshotMayOverflowSoon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CapoAdapterSnapshotRatioIsZero represents a SnapshotRatioIsZero error raised by the CapoAdapter contract.
type CapoAdapterSnapshotRatioIsZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotRatioIsZero()
func CapoAdapterSnapshotRatioIsZeroErrorID() common.Hash {
	return common.HexToHash("0x457adc20dd7bcbfa4d9262395edc648c21f361245b71ccaa41d1bf2d39491396")
}

// UnpackSnapshotRatioIsZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotRatioIsZero()
func (capoAdapter *CapoAdapter) UnpackSnapshotRatioIsZeroError(raw []byte) (*CapoAdapterSnapshotRatioIsZero, error) {
	out := new(CapoAdapterSnapshotRatioIsZero)
	if err := capoAdapter.abi.UnpackIntoInterface(out, "SnapshotRatioIsZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}
