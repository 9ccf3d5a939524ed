// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package keeperexecutor

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

// Swap is an auto generated low-level Go binding around an user-defined struct.
type Swap struct {
	Kind       uint8
	Pool       common.Address
	I          *big.Int
	J          *big.Int
	ZeroForOne bool
	MinOut     *big.Int
}

// KeeperExecutorMetaData contains all meta data concerning the KeeperExecutor contract.
var KeeperExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"}],\"name\":\"ProceedsBelowRepayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"ProfitBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"name\":\"SwapOutputBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnexpectedCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownVenue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"Deleveraged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"via\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"Liquidated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MORPHO\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"repayAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawAssets\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"}],\"name\":\"deleverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"liquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onMorphoLiquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onMorphoRepay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onPreLiquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"preLiquidation\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"preLiquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "KeeperExecutor",
	Bin: "0x60a0346100ca57601f611a8138819003918201601f19168301916001600160401b038311848410176100ce578084926020946040528339810103126100ca57516001600160a01b0381168082036100ca5715610096575f80546001600160a01b0319163317905560805260405161199e90816100e38239608051818181610158015281816102850152818161038a015261082b0152f35b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806305b4591c146100c45780633acb5624146100bf5780634b183f6c146100ba5780638da5cb5b146100b55780638e8beec4146100b0578063a3252d60146100ab578063c3c05c08146100a6578063cf7ea196146100a1578063d9caed121461009c578063f2fde38b146100975763fa461e3314610092575f80fd5b610984565b610901565b6108b9565b61087e565b610795565b6105bb565b610527565b610500565b61030d565b610270565b61012f565b9181601f840112156100f75782359167ffffffffffffffff83116100f757602083818601950101116100f757565b5f80fd5b9060406003198301126100f757600435916024359067ffffffffffffffff82116100f75761012b916004016100c9565b9091565b346100f757610153610140366100fb565b61014b939293610ee9565b810190610b5d565b9392917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169190823b156100f75760408051638720316d60e01b815285516001600160a01b03908116600483015260208701518116602483015291860151821660448201526060860151821660648201526080860151608482015260a48101939093521660c48201523060e4820152905f90829061010490829084905af18015610261576102459461023e9261023092610247575b5060208401516001600160a01b031684516001600160a01b031690610f3a565b91516001600160a01b031690565b3390611301565b005b806102555f61025b93610a80565b80610266565b5f610210565b610bee565b5f9103126100f757565b346100f7575f3660031901126100f7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b60a09060031901126100f757600490565b60a09060231901126100f757602490565b6001600160a01b038116036100f757565b60c0906101031901126100f75761010490565b60c0906101231901126100f75761012490565b346100f7576101c03660031901126100f757610328366102b4565b60a43590610335826102d6565b60c4359060e43590610346366102e7565b5f549093906001600160a01b031633036104f1576103786040916103866103dc968451938491888b8960208601610cde565b03601f198101845283610a80565b865f7f0000000000000000000000000000000000000000000000000000000000000000926103bf6103b960208901610d11565b85611403565b85516320b76e8160e01b8152988995869485938a60048601610d55565b03926001600160a01b03165af1928315610261575f936104bf575b507fd2831e1f81c67ad46839a4b198fb098351253d776dfc77c000ea6f2cfbcea75b6104216114cb565b809561048b6104308784610d91565b94856104a7575b60405161045a8161044c602082019485610db2565b03601f198101835282610a80565b5190209460405193849360018060a01b03169789859094939260609260808301968352602083015260408201520152565b0390a360408051918252602082019290925290819081015b0390f35b6104ba86846104b584610d11565b61161a565b610437565b6104e291935060403d6040116104ea575b6104da8183610a80565b810190610d1b565b50915f6103f7565b503d6104d0565b6330cd747160e01b5f5260045ffd5b346100f7575f3660031901126100f7575f546040516001600160a01b039091168152602090f35b346100f757610535366100fb565b91600260ff5f5c16148015906105a4575b8015610596575b61058357610564826102459461057b940190610dc2565b946001600160a01b03938416939092849116610f3a565b90339061134f565b63c222118960e01b5f523360045260245ffd5b5060ff5f5c60a81c1661054d565b50335f5c60081c6001600160a01b03161415610546565b346100f7576102003660031901126100f7576004356105d9816102d6565b6105e2366102c5565b60c435916105ef836102d6565b60e435916101043591610601366102fa565b926101e4355f549092906001600160a01b031633036104f15761066861066260409461065d61062f88610d11565b61064f60208a019361064085610d11565b9b8a519c8d9460208601610dfd565b03601f1981018a5289610a80565b610d11565b82611485565b60018060a01b03169461068f8351958693849363183c7a8560e11b85528a60048601610e30565b03815f875af1928315610261575f925f9461076e575b506104a39293946106b46114cb565b907fe171e8bad2bf1e8c0e45c5fb041d9962e737b73f8f0ca494d5fddbad1a5782ce6106e08884610d91565b80958161074b575b6040516106fd8161044c602082019485610db2565b519020604080518a8152602081018c90529081019590955260608501919091526001600160a01b039290921692608090a4604051938493846040919493926060820195825260208201520152565b6107698261075883610d11565b5f546001600160a01b03169061161a565b6106e8565b61078d9194506104a3935060403d6040116104ea576104da8183610a80565b9390926106a5565b346100f7576101e03660031901126100f7576107b0366102b4565b60a435906107bd826102d6565b60c4359060e435906107ce366102e7565b5f5490926101c435916001600160a01b031633036104f1576040916108236107f585610d11565b610815602087019361080685610d11565b988751998a9460208601610dfd565b03601f198101875286610a80565b6108566108507f000000000000000000000000000000000000000000000000000000000000000092610d11565b826114a8565b60018060a01b03169461068f83519586938493631b1d579760e31b85528a8860048701610e5b565b346100f75761088c366100fb565b91600160ff5f5c16148015906105a45780156105965761058357610564826102459461057b940190610dc2565b346100f75760603660031901126100f7576004356108d6816102d6565b6024356108e2816102d6565b5f5460443591906001600160a01b031633036104f1576102459261161a565b346100f75760203660031901126100f75760043561091e816102d6565b5f54906001600160a01b03821633036104f1576001600160a01b0316908115610950576001600160a01b031916175f55005b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b346100f75760603660031901126100f75760243560043560443567ffffffffffffffff81116100f7576109bb9036906004016100c9565b505060035c6001600160a01b03169182158015610a41575b610a2e5760045c60a01c60ff1615610a2757505b5f81136109f057005b61024591610a0260055c831115610e97565b610a16610a118360055c610d91565b610ed3565b6001600160a01b0360045c1661161a565b90506109e7565b63c222118960e01b5f523360045260245ffd5b50823314156109d3565b634e487b7160e01b5f52604160045260245ffd5b60a0810190811067ffffffffffffffff821117610a7b57604052565b610a4b565b90601f8019910116810190811067ffffffffffffffff821117610a7b57604052565b3590610aad826102d6565b565b359060ff821682036100f757565b359081600f0b82036100f757565b801515036100f757565b91908260c09103126100f75760405160c0810181811067ffffffffffffffff821117610a7b5760405260a0808294610b0c81610aaf565b84526020810135610b1c816102d6565b6020850152610b2d60408201610abd565b6040850152610b3e60608201610abd565b60608501526080810135610b5181610acb565b60808501520135910152565b8082036101a081126100f75760a0136100f757604051610b7c81610a5f565b8135610b87816102d6565b81526020820135610b97816102d6565b60208201526040820135610baa816102d6565b60408201526060820135610bbd816102d6565b60608201526080820135608082015292610beb610bdc60a08401610aa2565b9360e060c08501359401610ad5565b90565b6040513d5f823e3d90fd5b608080918035610c08816102d6565b6001600160a01b031684526020810135610c21816102d6565b6001600160a01b031660208501526040810135610c3d816102d6565b6001600160a01b031660408501526060810135610c59816102d6565b6001600160a01b031660608501520135910152565b60a0809160ff610c7d82610aaf565b1684526020810135610c8e816102d6565b600180841b03166020850152610ca660408201610abd565b600f0b6040850152610cba60608201610abd565b600f0b60608501526080810135610cd081610acb565b151560808501520135910152565b610aad9360e092969593610cf7836101a0810199610bf9565b6001600160a01b031660a083015260c08201520190610c6e565b35610beb816102d6565b91908260409103126100f7576020825192015190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b909261012092610d6983610beb9796610bf9565b60a08301525f60c08301526001600160a01b031660e082015261010081018290520190610d31565b91908203918211610d9e57565b634e487b7160e01b5f52601160045260245ffd5b60a081019291610aad9190610bf9565b610120818303126100f7578035610dd8816102d6565b92610100610df76020840135610ded816102d6565b9460408501610ad5565b92013590565b6001600160a01b0391821681529116602082015261012081019392916101009190610e2c906040830190610c6e565b0152565b9092608092610beb959460018060a01b03168352602083015260408201528160608201520190610d31565b919261012093610e7084610beb989794610bf9565b6001600160a01b031660a084015260c083015260e082015261010081018290520190610d31565b15610e9e57565b60405162461bcd60e51b815260206004820152600d60248201526c1cddd85c081bdd995c9c185a59609a1b6044820152606490fd5b60055d565b5f60055d565b60015d565b5f60025d565b600360ff5f5c1614801590610f14575b8015610f06575b61058357565b5060ff5f5c60a81c16610f00565b50335f5c60081c6001600160a01b03161415610ef9565b908160209103126100f7575190565b6040516370a0823160e01b81523060048201529091906020816024816001600160a01b0387165afa801561026157610f7d915f916112e2575b5060015c90610d91565b91610f89845160ff1690565b60ff8116600181141590816112d6575b506112c15750602084018051909290610fbd906001600160a01b03163b15156116e2565b6040516370a0823160e01b8152306004820152936001600160a01b03919091169290602085602481875afa948515610261575f956112a0575b50815161100e9082906001600160a01b03168561186d565b600161102461101e885160ff1690565b60ff1690565b0361115f5781515f9182916001600160a01b0316908261104860408b0151600f0b90565b9161109861105a60608d0151600f0b90565b61044c6040519384926020840197630f7c084960e21b89526024850160609194935f936080830196600f0b8352600f0b602083015260408201520152565b51925af16110a461157a565b90156111575750906110c16110c7925b516001600160a01b031690565b906117f5565b6040516370a0823160e01b815230600482015290602090829060249082905afa9182156102615760a092611102925f91611128575b50610d91565b910151808210611110575090565b636b3b8ffb60e01b5f5260049190915260245260445ffd5b61114a915060203d602011611150575b6111428183610a80565b810190610f2b565b5f6110fc565b503d611138565b602081519101fd5b61122892919060409061117b6001600160ff1b03821115611721565b82516001600160a01b03169061119082611760565b61119985611782565b6111cb6111bf6111ac60808c0151151590565b936111b6856117c8565b6111bf84610ed3565b6001600160a01b031690565b908215611284575f6401000276a4935b8551630251596160e31b8152306004820152901515602482015260448101929092526001600160a01b03909316606482015260a060848201525f60a48201529586928391829060c4820190565b03925af1908115610261576110c7936110c192611266575b506112496117a4565b6112516117b6565b6112596117e6565b611261610ed8565b6110b4565b61127e9060403d6040116104ea576104da8183610a80565b50611240565b5f73fffd8963efd1fc6a506488495d951d5263988d25936111db565b6112ba91955060203d602011611150576111428183610a80565b935f610ff6565b638e612d4b60e01b5f5260ff1660045260245ffd5b6002915014155f610f99565b6112fb915060203d602011611150576111428183610a80565b5f610f73565b9291928284106113385790829161131b6113219486610d91565b5061186d565b60025d5f805c60ff60a81b1916600160a81b17905d565b828463378aa20160e21b5f5260045260245260445ffd5b90919383851061139457806113648587610d91565b10611375575090611321929161186d565b61137f8486610d91565b63031bbcbf60e61b5f5260045260245260445ffd5b838563378aa20160e21b5f5260045260245260445ffd5b156113b257565b606460405162461bcd60e51b81526020600482015260046024820152636275737960e01b6044820152fd5b610100600160a81b0360089190911b165f805c610100600160a81b03191691909117905d565b611426906114155f5c60ff16156113ab565b5f805c60ff1916600317905d6113dd565b6040516370a0823160e01b815230600482015290602090829060249082906001600160a01b03165afa801561026157610aad915f91611466575b50610ede565b61147f915060203d602011611150576111428183610a80565b5f611460565b611426906114975f5c60ff16156113ab565b5f805c60ff1916600217905d6113dd565b611426906114ba5f5c60ff16156113ab565b5f805c60ff1916600117905d6113dd565b60ff5f5c60a81c161561150c5760025c9060ff195f5c165f5d5f805c610100600160a81b031916905d5f805c60ff60a81b1916905d5f60015d610aad610ee3565b60405162461bcd60e51b815260206004820152601060248201526f31b0b6363130b1b5903737ba10393ab760811b6044820152606490fd5b1561154b57565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b3d156115b4573d9067ffffffffffffffff8211610a7b57604051916115a9601f8201601f191660200184610a80565b82523d5f602084013e565b606090565b908160209103126100f75751610beb81610acb565b156115d557565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b5f92918361044c6116668295611632863b1515611544565b60405163a9059cbb60e01b602082019081526001600160a01b03909616602482015260448101919091529182906064820190565b51925af161167261157a565b90156116a9578051610aad91811591821561168f575b50506115ce565b6116a292506020809183010191016115b9565b5f80611688565b60405162461bcd60e51b81526020600482015260116024820152701d1c985b9cd9995c881c995d995c9d1959607a1b6044820152606490fd5b156116e957565b60405162461bcd60e51b815260206004820152601060248201526f706f6f6c20686173206e6f20636f646560801b6044820152606490fd5b1561172857565b60405162461bcd60e51b815260206004820152601060248201526f616d6f756e7420746f6f206c6172676560801b6044820152606490fd5b60018060a01b03166bffffffffffffffffffffffff60a01b60035c161760035d565b60018060a01b03166bffffffffffffffffffffffff60a01b60045c161760045d565b6003805c6001600160a01b031916905d565b6004805c6001600160a01b031916905d565b60045c9060ff60a01b90151560a01b169060ff60a01b19161760045d565b6004805c60ff60a01b1916905d565b906118015f8284611945565b6118695761180f81836118b0565b9182611855575b50501561181f57565b60405162461bcd60e51b815260206004820152600e60248201526d185c1c1c9bdd994819985a5b195960921b6044820152606490fd5b6118629250905f91611945565b5f80611816565b5050565b919061187a828285611945565b6118ab5761188881846118b0565b9283611899575b5050501561181f57565b6118a39350611945565b5f808061188f565b505050565b5f919082916118c1823b1515611544565b60405163095ea7b360e01b602082019081526001600160a01b0390921660248201526044808201859052815283906118fa606482610a80565b51925af161190661157a565b8161190f575090565b80915051801591821561192157505090565b602082149250908261193257505090565b610beb92506020809183010191016115b9565b5f92918361044c6118fa829561195d863b1515611544565b60405163095ea7b360e01b602082019081526001600160a01b0390961660248201526044810191909152918290606482019056fea164736f6c634300081c000a",
}

// KeeperExecutor is an auto generated Go binding around an Ethereum contract.
type KeeperExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KeeperExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewKeeperExecutor creates a new instance of KeeperExecutor.
func NewKeeperExecutor() *KeeperExecutor {
	parsed, err := KeeperExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KeeperExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KeeperExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address morpho) returns()
func (keeperExecutor *KeeperExecutor) PackConstructor(morpho common.Address) []byte {
	enc, err := keeperExecutor.abi.Pack("", morpho)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMORPHO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3acb5624.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MORPHO() view returns(address)
func (keeperExecutor *KeeperExecutor) PackMORPHO() []byte {
	enc, err := keeperExecutor.abi.Pack("MORPHO")
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
func (keeperExecutor *KeeperExecutor) TryPackMORPHO() ([]byte, error) {
	return keeperExecutor.abi.Pack("MORPHO")
}

// UnpackMORPHO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (keeperExecutor *KeeperExecutor) UnpackMORPHO(data []byte) (common.Address, error) {
	out, err := keeperExecutor.abi.Unpack("MORPHO", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeleverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b183f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleverage((address,address,address,address,uint256) mp, address onBehalf, uint256 repayAssets, uint256 withdrawAssets, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaidAssets, uint256 proceeds)
func (keeperExecutor *KeeperExecutor) PackDeleverage(mp MarketParams, onBehalf common.Address, repayAssets *big.Int, withdrawAssets *big.Int, swap Swap) []byte {
	enc, err := keeperExecutor.abi.Pack("deleverage", mp, onBehalf, repayAssets, withdrawAssets, swap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b183f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleverage((address,address,address,address,uint256) mp, address onBehalf, uint256 repayAssets, uint256 withdrawAssets, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaidAssets, uint256 proceeds)
func (keeperExecutor *KeeperExecutor) TryPackDeleverage(mp MarketParams, onBehalf common.Address, repayAssets *big.Int, withdrawAssets *big.Int, swap Swap) ([]byte, error) {
	return keeperExecutor.abi.Pack("deleverage", mp, onBehalf, repayAssets, withdrawAssets, swap)
}

// DeleverageOutput serves as a container for the return parameters of contract
// method Deleverage.
type DeleverageOutput struct {
	RepaidAssets *big.Int
	Proceeds     *big.Int
}

// UnpackDeleverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b183f6c.
//
// Solidity: function deleverage((address,address,address,address,uint256) mp, address onBehalf, uint256 repayAssets, uint256 withdrawAssets, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaidAssets, uint256 proceeds)
func (keeperExecutor *KeeperExecutor) UnpackDeleverage(data []byte) (DeleverageOutput, error) {
	out, err := keeperExecutor.abi.Unpack("deleverage", data)
	outstruct := new(DeleverageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RepaidAssets = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Proceeds = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c05c08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate((address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) PackLiquidate(mp MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, swap Swap, minProfit *big.Int) []byte {
	enc, err := keeperExecutor.abi.Pack("liquidate", mp, borrower, seizedAssets, repaidShares, swap, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c05c08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate((address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) TryPackLiquidate(mp MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, swap Swap, minProfit *big.Int) ([]byte, error) {
	return keeperExecutor.abi.Pack("liquidate", mp, borrower, seizedAssets, repaidShares, swap, minProfit)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Seized       *big.Int
	RepaidAssets *big.Int
	Profit       *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c05c08.
//
// Solidity: function liquidate((address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := keeperExecutor.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seized = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RepaidAssets = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Profit = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOnMorphoLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7ea196.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onMorphoLiquidate(uint256 repaidAssets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackOnMorphoLiquidate(repaidAssets *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("onMorphoLiquidate", repaidAssets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnMorphoLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7ea196.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onMorphoLiquidate(uint256 repaidAssets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackOnMorphoLiquidate(repaidAssets *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("onMorphoLiquidate", repaidAssets, data)
}

// PackOnMorphoRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b4591c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onMorphoRepay(uint256 assets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackOnMorphoRepay(assets *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("onMorphoRepay", assets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnMorphoRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b4591c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onMorphoRepay(uint256 assets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackOnMorphoRepay(assets *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("onMorphoRepay", assets, data)
}

// PackOnPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8beec4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onPreLiquidate(uint256 repaidAssets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackOnPreLiquidate(repaidAssets *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("onPreLiquidate", repaidAssets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8beec4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onPreLiquidate(uint256 repaidAssets, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackOnPreLiquidate(repaidAssets *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("onPreLiquidate", repaidAssets, data)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (keeperExecutor *KeeperExecutor) PackOwner() []byte {
	enc, err := keeperExecutor.abi.Pack("owner")
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
func (keeperExecutor *KeeperExecutor) TryPackOwner() ([]byte, error) {
	return keeperExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (keeperExecutor *KeeperExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := keeperExecutor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3252d60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preLiquidate(address preLiquidation, (address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) PackPreLiquidate(preLiquidation common.Address, mp MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, swap Swap, minProfit *big.Int) []byte {
	enc, err := keeperExecutor.abi.Pack("preLiquidate", preLiquidation, mp, borrower, seizedAssets, repaidShares, swap, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3252d60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preLiquidate(address preLiquidation, (address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) TryPackPreLiquidate(preLiquidation common.Address, mp MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, swap Swap, minProfit *big.Int) ([]byte, error) {
	return keeperExecutor.abi.Pack("preLiquidate", preLiquidation, mp, borrower, seizedAssets, repaidShares, swap, minProfit)
}

// PreLiquidateOutput serves as a container for the return parameters of contract
// method PreLiquidate.
type PreLiquidateOutput struct {
	Seized       *big.Int
	RepaidAssets *big.Int
	Profit       *big.Int
}

// UnpackPreLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3252d60.
//
// Solidity: function preLiquidate(address preLiquidation, (address,address,address,address,uint256) mp, address borrower, uint256 seizedAssets, uint256 repaidShares, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 seized, uint256 repaidAssets, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackPreLiquidate(data []byte) (PreLiquidateOutput, error) {
	out, err := keeperExecutor.abi.Unpack("preLiquidate", data)
	outstruct := new(PreLiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seized = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RepaidAssets = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Profit = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (keeperExecutor *KeeperExecutor) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := keeperExecutor.abi.Pack("transferOwnership", newOwner)
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
func (keeperExecutor *KeeperExecutor) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return keeperExecutor.abi.Pack("transferOwnership", newOwner)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caed12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token, address to, uint256 amount) returns()
func (keeperExecutor *KeeperExecutor) PackWithdraw(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := keeperExecutor.abi.Pack("withdraw", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9caed12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token, address to, uint256 amount) returns()
func (keeperExecutor *KeeperExecutor) TryPackWithdraw(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return keeperExecutor.abi.Pack("withdraw", token, to, amount)
}

// KeeperExecutorDeleveraged represents a Deleveraged event raised by the KeeperExecutor contract.
type KeeperExecutorDeleveraged struct {
	Id           [32]byte
	OnBehalf     common.Address
	RepaidAssets *big.Int
	Withdrawn    *big.Int
	Proceeds     *big.Int
	Refund       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorDeleveragedEventName = "Deleveraged"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorDeleveraged) ContractEventName() string {
	return KeeperExecutorDeleveragedEventName
}

// UnpackDeleveragedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deleveraged(bytes32 indexed id, address indexed onBehalf, uint256 repaidAssets, uint256 withdrawn, uint256 proceeds, uint256 refund)
func (keeperExecutor *KeeperExecutor) UnpackDeleveragedEvent(log *types.Log) (*KeeperExecutorDeleveraged, error) {
	event := "Deleveraged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorDeleveraged)
	if len(log.Data) > 0 {
		if err := keeperExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperExecutor.abi.Events[event].Inputs {
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

// KeeperExecutorLiquidated represents a Liquidated event raised by the KeeperExecutor contract.
type KeeperExecutorLiquidated struct {
	Id           [32]byte
	Borrower     common.Address
	Via          common.Address
	Seized       *big.Int
	RepaidAssets *big.Int
	Proceeds     *big.Int
	Profit       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorLiquidatedEventName = "Liquidated"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorLiquidated) ContractEventName() string {
	return KeeperExecutorLiquidatedEventName
}

// UnpackLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidated(bytes32 indexed id, address indexed borrower, address indexed via, uint256 seized, uint256 repaidAssets, uint256 proceeds, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackLiquidatedEvent(log *types.Log) (*KeeperExecutorLiquidated, error) {
	event := "Liquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorLiquidated)
	if len(log.Data) > 0 {
		if err := keeperExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperExecutor.abi.Events[event].Inputs {
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
func (keeperExecutor *KeeperExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["ProceedsBelowRepayment"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackProceedsBelowRepaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["ProfitBelowMinimum"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackProfitBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["SwapOutputBelowMinimum"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackSwapOutputBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["UnexpectedCallback"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackUnexpectedCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["UnknownVenue"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackUnknownVenueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KeeperExecutorNotOwner represents a NotOwner error raised by the KeeperExecutor contract.
type KeeperExecutorNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func KeeperExecutorNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (keeperExecutor *KeeperExecutor) UnpackNotOwnerError(raw []byte) (*KeeperExecutorNotOwner, error) {
	out := new(KeeperExecutorNotOwner)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorProceedsBelowRepayment represents a ProceedsBelowRepayment error raised by the KeeperExecutor contract.
type KeeperExecutorProceedsBelowRepayment struct {
	Proceeds *big.Int
	Repaid   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProceedsBelowRepayment(uint256 proceeds, uint256 repaid)
func KeeperExecutorProceedsBelowRepaymentErrorID() common.Hash {
	return common.HexToHash("0xde2a8804d49d0c55e469d6e9df249a8ae70db3b7f162793ad6bf98216bcec4cb")
}

// UnpackProceedsBelowRepaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProceedsBelowRepayment(uint256 proceeds, uint256 repaid)
func (keeperExecutor *KeeperExecutor) UnpackProceedsBelowRepaymentError(raw []byte) (*KeeperExecutorProceedsBelowRepayment, error) {
	out := new(KeeperExecutorProceedsBelowRepayment)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "ProceedsBelowRepayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorProfitBelowMinimum represents a ProfitBelowMinimum error raised by the KeeperExecutor contract.
type KeeperExecutorProfitBelowMinimum struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfitBelowMinimum(uint256 profit, uint256 minProfit)
func KeeperExecutorProfitBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0xc6ef2fc0fda5269bf60eca9bfab4e428aba5cc298ceaa750f559fb9a8b7c0171")
}

// UnpackProfitBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfitBelowMinimum(uint256 profit, uint256 minProfit)
func (keeperExecutor *KeeperExecutor) UnpackProfitBelowMinimumError(raw []byte) (*KeeperExecutorProfitBelowMinimum, error) {
	out := new(KeeperExecutorProfitBelowMinimum)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "ProfitBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorSwapOutputBelowMinimum represents a SwapOutputBelowMinimum error raised by the KeeperExecutor contract.
type KeeperExecutorSwapOutputBelowMinimum struct {
	Out    *big.Int
	MinOut *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SwapOutputBelowMinimum(uint256 out, uint256 minOut)
func KeeperExecutorSwapOutputBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x6b3b8ffb87140fd7766ddc5b41b9817f07cb7617d066709f4a6c33bc41788030")
}

// UnpackSwapOutputBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SwapOutputBelowMinimum(uint256 out, uint256 minOut)
func (keeperExecutor *KeeperExecutor) UnpackSwapOutputBelowMinimumError(raw []byte) (*KeeperExecutorSwapOutputBelowMinimum, error) {
	out := new(KeeperExecutorSwapOutputBelowMinimum)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "SwapOutputBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorUnexpectedCallback represents a UnexpectedCallback error raised by the KeeperExecutor contract.
type KeeperExecutorUnexpectedCallback struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCallback(address caller)
func KeeperExecutorUnexpectedCallbackErrorID() common.Hash {
	return common.HexToHash("0xc22211893c133ccd1239237c27ad3df52f6d98ed96ab7424ec759428d81e3e79")
}

// UnpackUnexpectedCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCallback(address caller)
func (keeperExecutor *KeeperExecutor) UnpackUnexpectedCallbackError(raw []byte) (*KeeperExecutorUnexpectedCallback, error) {
	out := new(KeeperExecutorUnexpectedCallback)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "UnexpectedCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorUnknownVenue represents a UnknownVenue error raised by the KeeperExecutor contract.
type KeeperExecutorUnknownVenue struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVenue(uint8 kind)
func KeeperExecutorUnknownVenueErrorID() common.Hash {
	return common.HexToHash("0x8e612d4b4eb5e883ed2612b5076e60ba19390cf1726b86efe97ee44fb0b2769b")
}

// UnpackUnknownVenueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVenue(uint8 kind)
func (keeperExecutor *KeeperExecutor) UnpackUnknownVenueError(raw []byte) (*KeeperExecutorUnknownVenue, error) {
	out := new(KeeperExecutorUnknownVenue)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "UnknownVenue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
