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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"morpho\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"}],\"name\":\"ProceedsBelowRepayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"ProfitBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"name\":\"SwapOutputBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnexpectedCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownVenue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"AaveDeleveraged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"AaveLiquidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"Deleveraged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"via\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"Liquidated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MORPHO\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"repayAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"}],\"name\":\"aaveDeleverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"aaveLiquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"repaid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"repayAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawAssets\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"}],\"name\":\"deleverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proceeds\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"executeOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"liquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onMorphoLiquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onMorphoRepay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onPreLiquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"preLiquidation\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"mp\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"internalType\":\"structSwap\",\"name\":\"swap\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"preLiquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"seized\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "KeeperExecutor",
	Bin: "0x60a0346100ca57601f6125bb38819003918201601f19168301916001600160401b038311848410176100ce578084926020946040528339810103126100ca57516001600160a01b0381168082036100ca5715610096575f80546001600160a01b031916331790556080526040516124d890816100e38239608051818181610188015281816106f2015281816107f70152610c880152f35b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806305b4591c146100f45780631b11d0ff146100ef5780633acb5624146100ea5780634b183f6c146100e55780638da5cb5b146100e05780638e8beec4146100db578063a3252d60146100d6578063c3c05c08146100d1578063cf7ea196146100cc578063d9caed12146100c7578063e13a0863146100c2578063f2fde38b146100bd578063fa461e33146100b85763ff3ecb99146100b3575f80fd5b6110e4565b611030565b610fad565b610d5e565b610d16565b610cdb565b610bf2565b610a18565b61098c565b610965565b61077a565b6106dd565b6102a7565b61015f565b9181601f840112156101275782359167ffffffffffffffff8311610127576020838186019501011161012757565b5f80fd5b90604060031983011261012757600435916024359067ffffffffffffffff82116101275761015b916004016100f9565b9091565b34610127576101836101703661012b565b61017b9392936118e9565b810190611282565b9392917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169190823b156101275760408051638720316d60e01b815285516001600160a01b03908116600483015260208701518116602483015291860151821660448201526060860151821660648201526080860151608482015260a48101939093521660c48201523060e4820152905f90829061010490829084905af18015610291576102759461026e9261026092610277575b5060208401516001600160a01b031684516001600160a01b031690611947565b91516001600160a01b031690565b3390611ce8565b005b806102855f61028b936111b6565b806106d3565b5f610240565b611313565b6001600160a01b0381160361012757565b346101275760a0366003190112610127576004356102c481610296565b602435604435606435926102d784610296565b60843567ffffffffffffffff8111610127576102f79036906004016100f9565b909260ff5f5c16956001600160a01b031630148015906106b0575b61069d57610329906103238761192b565b85611332565b6040516370a0823160e01b81523060048201529590936001600160a01b038416929091602088602481875afa978815610291575f9861067c575b5061036f873387611df7565b600460ff5f9261037d611353565b501603610572575090610392918101906113cb565b6040516370a0823160e01b8152306004820152919890976001600160a01b0394909416949093929091602081602481895afa8015610291576103db915f91610553575b50611406565b333b156101275760405162a718a960e01b81526001600160a01b0386811660048301528781166024830152919091166044820152606481018390525f608482018190528160a48183335af180156102915761053f575b506040516370a0823160e01b8152306004820152602081602481885afa908115610291576104739161046e915f91610520575b5060075c90611432565b611406565b6040516370a0823160e01b815230600482015290602090829060249082905afa97881561029157856104d6956104c36104be6104de9c6104cd986104c8975f926104ef575b50611432565b61140b565b611947565b611332565b60065c90611432565b903390611d26565b6040516001815280602081015b0390f35b61051291925060203d602011610519575b61050a81836111b6565b810190611344565b905f6104b8565b503d610500565b610539915060203d6020116105195761050a81836111b6565b5f610464565b806102855f61054d936111b6565b5f610431565b61056c915060203d6020116105195761050a81836111b6565b5f6103d5565b95969161058191810190611383565b60405163573ade8160e01b81526001600160a01b038981166004830152602482018d90526002604483015293841660648201819052919b959093169693929091906020816084815f335af180156102915761062b946020946105f5938593610661575b5030916001600160a01b0316611f10565b604051631a4ca37b60e21b81526001600160a01b0388166004820152602481019190915230604482015291829081906064820190565b03815f335af1801561029157610642575b50610473565b61065a9060203d6020116105195761050a81836111b6565b505f61063c565b61067790873d89116105195761050a81836111b6565b6105e4565b61069691985060203d6020116105195761050a81836111b6565b965f610363565b63c222118960e01b5f523360045260245ffd5b5060ff8616600481141590816106c7575b50610312565b6005915014155f6106c1565b5f91031261012757565b34610127575f366003190112610127576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b60a090600319011261012757600490565b60a090602319011261012757602490565b60c0906101031901126101275761010490565b60c0906101231901126101275761012490565b60c09060a31901126101275760a490565b34610127576101c03660031901126101275761079536610721565b60a435906107a282610296565b60c4359060e435906107b336610743565b5f549093906001600160a01b03163303610956576107e56040916107f3610849968451938491888b8960208601611524565b03601f1981018452836111b6565b865f7f00000000000000000000000000000000000000000000000000000000000000009261082c61082660208901611557565b8561203c565b85516320b76e8160e01b8152988995869485938a6004860161159b565b03926001600160a01b03165af1928315610291575f93610924575b507fd2831e1f81c67ad46839a4b198fb098351253d776dfc77c000ea6f2cfbcea75b61088e61214a565b80956108f861089d8784611432565b948561090c575b6040516108c7816108b96020820194856115d7565b03601f1981018352826111b6565b5190209460405193849360018060a01b03169789859094939260609260808301968352602083015260408201520152565b0390a3604080519182526020820192909252f35b61091f868461091a84611557565b61220f565b6108a4565b61094791935060403d60401161094f575b61093f81836111b6565b810190611561565b50915f610864565b503d610935565b6330cd747160e01b5f5260045ffd5b34610127575f366003190112610127575f546040516001600160a01b039091168152602090f35b346101275761099a3661012b565b91600260ff5f5c1614801590610a01575b80156109f3575b6109e0576109c982610275946104d69401906113cb565b946001600160a01b03938416939092849116611947565b63c222118960e01b5f523360045260245ffd5b5060ff5f5c60a81c166109b2565b50335f5c60081c6001600160a01b031614156109ab565b346101275761020036600319011261012757600435610a3681610296565b610a3f36610732565b60c43591610a4c83610296565b60e435916101043591610a5e36610756565b926101e4355f549092906001600160a01b0316330361095657610ac5610abf604094610aba610a8c88611557565b610aac60208a0193610a9d85611557565b9b8a519c8d94602086016115e7565b03601f1981018a52896111b6565b611557565b826120be565b60018060a01b031694610aec8351958693849363183c7a8560e11b85528a6004860161161a565b03815f875af1928315610291575f925f94610bcb575b506104eb929394610b1161214a565b907fe171e8bad2bf1e8c0e45c5fb041d9962e737b73f8f0ca494d5fddbad1a5782ce610b3d8884611432565b809581610ba8575b604051610b5a816108b96020820194856115d7565b519020604080518a8152602081018c90529081019590955260608501919091526001600160a01b039290921692608090a4604051938493846040919493926060820195825260208201520152565b610bc682610bb583611557565b5f546001600160a01b03169061220f565b610b45565b610bea9194506104eb935060403d60401161094f5761093f81836111b6565b939092610b02565b34610127576101e036600319011261012757610c0d36610721565b60a43590610c1a82610296565b60c4359060e43590610c2b36610743565b5f5490926101c435916001600160a01b0316330361095657604091610c80610c5285611557565b610c726020870193610c6385611557565b988751998a94602086016115e7565b03601f1981018752866111b6565b610cb3610cad7f000000000000000000000000000000000000000000000000000000000000000092611557565b826120e1565b60018060a01b031694610aec83519586938493631b1d579760e31b85528a8860048701611645565b3461012757610ce93661012b565b91600160ff5f5c1614801590610a015780156109f3576109e0576109c982610275946104d69401906113cb565b3461012757606036600319011261012757600435610d3381610296565b602435610d3f81610296565b5f5460443591906001600160a01b03163303610956576102759261220f565b346101275761018036600319011261012757600435610d7c81610296565b602435610d8881610296565b60443591610d9583610296565b606435610da181610296565b60843592610dae36610769565b610164355f546001600160a01b03163303610956576040516370a0823160e01b81523060048201526001600160a01b0388169690956020876024818b5afa968715610291575f97610f88575b5080610e0986610e2693612104565b60018060a01b0316936107e56040519485928989602086016115e7565b823b15610127576040516310ac2ddf60e21b8152915f9183918291610e5191908c3060048601611681565b038183865af1801561029157610f74575b50610e6b61214a565b5060065c9460075c96610e7c611410565b610e84611416565b6040516370a0823160e01b815230600482015291602090839060249082905afa918215610291576104eb967f7b64436ef8c3352fd8315121117d02d66599aba51c1f5f7d7b128daa71bf416693610ee1925f91610f555750611432565b9485610f39575b604080516001600160a01b0396871681529286166020840152820188905260608201899052608082018690529093169260a090a3604051938493846040919493926060820195825260208201520152565b5f54610f509087906001600160a01b03168461220f565b610ee8565b610f6e915060203d6020116105195761050a81836111b6565b5f6104b8565b806102855f610f82936111b6565b5f610e62565b610e26919750610fa69060203d6020116105195761050a81836111b6565b9690610dfa565b3461012757602036600319011261012757600435610fca81610296565b5f54906001600160a01b0382163303610956576001600160a01b0316908115610ffc576001600160a01b031916175f55005b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b346101275760603660031901126101275760243560043560443567ffffffffffffffff8111610127576110679036906004016100f9565b505060035c6001600160a01b031691821580156110da575b61069d5760045c60a01c60ff16156110d357505b5f811361109c57005b610275916110ae60055c8311156116bf565b6110c26110bd8360055c611432565b61141c565b6001600160a01b0360045c1661220f565b9050611093565b508233141561107f565b34610127576101a03660031901126101275760043561110281610296565b6024359061110f82610296565b60443561111b81610296565b60643561112781610296565b60843561113381610296565b60a4359160c4359360c060e319360112610127576111539660e4966116fb565b60408051928352602083019190915290f35b634e487b7160e01b5f52604160045260245ffd5b60c0810190811067ffffffffffffffff82111761119557604052565b611165565b60a0810190811067ffffffffffffffff82111761119557604052565b90601f8019910116810190811067ffffffffffffffff82111761119557604052565b35906111e382610296565b565b359060ff8216820361012757565b359081600f0b820361012757565b8015150361012757565b91908260c09103126101275760405161122381611179565b60a0808294611231816111e5565b8452602081013561124181610296565b6020850152611252604082016111f3565b6040850152611263606082016111f3565b6060850152608081013561127681611201565b60808501520135910152565b8082036101a081126101275760a013610127576040516112a18161119a565b81356112ac81610296565b815260208201356112bc81610296565b602082015260408201356112cf81610296565b604082015260608201356112e281610296565b6060820152608082013560808201529261131061130160a084016111d8565b9360e060c0850135940161120b565b90565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b9190820180921161133f57565b61131e565b90816020910312610127575190565b6040519061136082611179565b5f60a0838281528260208201528260408201528260608201528260808201520152565b91906101408382031261012757823561139b81610296565b9260208101356113aa81610296565b9261131060408301356113bc81610296565b9360806060850135940161120b565b610120818303126101275780356113e181610296565b9261010061140060208401356113f681610296565b946040850161120b565b92013590565b60075d565b60065d565b5f60075d565b5f60065d565b60055d565b60015d565b5f60025d565b5f60055d565b9190820391821161133f57565b60808091803561144e81610296565b6001600160a01b03168452602081013561146781610296565b6001600160a01b03166020850152604081013561148381610296565b6001600160a01b03166040850152606081013561149f81610296565b6001600160a01b031660608501520135910152565b60a0809160ff6114c3826111e5565b16845260208101356114d481610296565b600180841b031660208501526114ec604082016111f3565b600f0b6040850152611500606082016111f3565b600f0b6060850152608081013561151681611201565b151560808501520135910152565b6111e39360e09296959361153d836101a081019961143f565b6001600160a01b031660a083015260c082015201906114b4565b3561131081610296565b9190826040910312610127576020825192015190565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9092610120926115af83611310979661143f565b60a08301525f60c08301526001600160a01b031660e082015261010081018290520190611577565b60a0810192916111e3919061143f565b6001600160a01b03918216815291166020820152610120810193929161010091906116169060408301906114b4565b0152565b9092608092611310959460018060a01b03168352602083015260408201528160608201520190611577565b91926101209361165a8461131098979461143f565b6001600160a01b031660a084015260c083015260e082015261010081018290520190611577565b6001600160a01b03918216815291166020820152604081019190915260a0606082018190529092915f916080916116ba91860190611577565b930152565b156116c657565b60405162461bcd60e51b815260206004820152600d60248201526c1cddd85c081bdd995c9c185a59609a1b6044820152606490fd5b92919095949796939760018060a01b035f54163303610956576040516370a0823160e01b81523060048201526001600160a01b0384169790946020866024818c5afa958615610291575f96611885575b50906107e58261175e8361177895612127565b60018060a01b031697898d604051978895602087016118b0565b843b15610127576040516310ac2ddf60e21b8152915f91839182916117a39190873060048601611681565b038183885af1801561029157611871575b506117bd61214a565b5060065c946117ca611410565b6117d2611416565b6040516370a0823160e01b815230600482015290602090829060249082905afa928315610291577f12e4346bf9a5c06e0b1db82fb59102d2c0de5e7455c41a7d6336bbf0d6d267469361182b925f91610f555750611432565b968791828281611860575b50506040805188815260208101979097528601929092526001600160a01b03169360609150a39190565b6118699261220f565b5f8282611836565b806102855f61187f936111b6565b5f6117b4565b611778929196506118a76107e59160203d6020116105195761050a81836111b6565b9691925061174b565b6001600160a01b039182168152918116602083015290911660408201526060810191909152610140810192916111e391608001906114b4565b600360ff5f5c1614801590611914575b8015611906575b6109e057565b5060ff5f5c60a81c16611900565b50335f5c60081c6001600160a01b031614156118f9565b60ff805f5c16911614801590611914578015611906576109e057565b6040516370a0823160e01b815230600482015291906020836024816001600160a01b0385165afa928315610291575f93611cb3575b5060015c830392831161133f57835160ff1660018114158181611ca7575b50611c9257506020840180519092906119be906001600160a01b03163b15156122d7565b6040516370a0823160e01b8152306004820152936001600160a01b03919091169290602085602481875afa948515610291575f95611c71575b508151611a0f9082906001600160a01b031685611df7565b6001611a25611a1f885160ff1690565b60ff1690565b03611b305781515f9182916001600160a01b03169082611a4960408b0151600f0b90565b91611a99611a5b60608d0151600f0b90565b6108b96040519384926020840197630f7c084960e21b89526024850160609194935f936080830196600f0b8352600f0b602083015260408201520152565b51925af1611aa5611e70565b9015611b28575090611ac2611ac8925b516001600160a01b031690565b90611d7f565b6040516370a0823160e01b815230600482015290602090829060249082905afa9182156102915760a092611b02925f91610f555750611432565b910151808210611b10575090565b636b3b8ffb60e01b5f5260049190915260245260445ffd5b602081519101fd5b611bf9929190604090611b4c6001600160ff1b03821115612316565b82516001600160a01b031690611b6182612355565b611b6a85612377565b611b9c611b90611b7d60808c0151151590565b93611b87856123bd565b611b908461141c565b6001600160a01b031690565b908215611c55575f6401000276a4935b8551630251596160e31b8152306004820152901515602482015260448101929092526001600160a01b03909316606482015260a060848201525f60a48201529586928391829060c4820190565b03925af190811561029157611ac893611ac292611c37575b50611c1a612399565b611c226123ab565b611c2a6123db565b611c3261142c565b611ab5565b611c4f9060403d60401161094f5761093f81836111b6565b50611c11565b5f73fffd8963efd1fc6a506488495d951d5263988d2593611bac565b611c8b91955060203d6020116105195761050a81836111b6565b935f6119f7565b638e612d4b60e01b5f5260ff1660045260245ffd5b6002915014155f61199a565b611ccd91935060203d6020116105195761050a81836111b6565b915f61197c565b5f805c60ff60a81b1916600160a81b17905d565b919290818410611d0f57838281031161133f57611d0492611df7565b60025d6111e3611cd4565b508263378aa20160e21b5f5260045260245260445ffd5b949394929192828410611d685782840384811161133f57868110611d515750611d0493949550611df7565b869063031bbcbf60e61b5f5260045260245260445ffd5b828463378aa20160e21b5f5260045260245260445ffd5b90611d8b5f828461247f565b611df357611d9981836123ea565b9182611ddf575b505015611da957565b60405162461bcd60e51b815260206004820152600e60248201526d185c1c1c9bdd994819985a5b195960921b6044820152606490fd5b611dec9250905f9161247f565b5f80611da0565b5050565b9190611e0482828561247f565b611e3557611e1281846123ea565b9283611e23575b50505015611da957565b611e2d935061247f565b5f8080611e19565b505050565b15611e4157565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b3d15611eaa573d9067ffffffffffffffff82116111955760405191611e9f601f8201601f1916602001846111b6565b82523d5f602084013e565b606090565b90816020910312610127575161131081611201565b15611ecb57565b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b905f8094938194611f23853b1515611e3a565b6040516323b872dd60e01b602082019081526001600160a01b0395861660248301529490921660448301526064808301919091528152611f646084826111b6565b51925af1611f70611e70565b9015611fa75780516111e3918115918215611f8d575b5050611ec4565b611fa09250602080918301019101611eaf565b5f80611f86565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b15611feb57565b606460405162461bcd60e51b81526020600482015260046024820152636275737960e01b6044820152fd5b610100600160a81b0360089190911b165f805c610100600160a81b03191691909117905d565b61205f9061204e5f5c60ff1615611fe4565b5f805c60ff1916600317905d612016565b6040516370a0823160e01b815230600482015290602090829060249082906001600160a01b03165afa8015610291576111e3915f9161209f575b50611421565b6120b8915060203d6020116105195761050a81836111b6565b5f612099565b61205f906120d05f5c60ff1615611fe4565b5f805c60ff1916600217905d612016565b61205f906120f35f5c60ff1615611fe4565b5f805c60ff1916600117905d612016565b61205f906121165f5c60ff1615611fe4565b5f805c60ff1916600417905d612016565b61205f906121395f5c60ff1615611fe4565b5f805c60ff1916600517905d612016565b60ff5f5c60a81c161561218b5760025c9060ff195f5c165f5d5f805c610100600160a81b031916905d5f805c60ff60a81b1916905d5f60015d6111e3611426565b60405162461bcd60e51b815260206004820152601060248201526f31b0b6363130b1b5903737ba10393ab760811b6044820152606490fd5b156121ca57565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b5f9291836108b961225b8295612227863b1515611e3a565b60405163a9059cbb60e01b602082019081526001600160a01b03909616602482015260448101919091529182906064820190565b51925af1612267611e70565b901561229e5780516111e3918115918215612284575b50506121c3565b6122979250602080918301019101611eaf565b5f8061227d565b60405162461bcd60e51b81526020600482015260116024820152701d1c985b9cd9995c881c995d995c9d1959607a1b6044820152606490fd5b156122de57565b60405162461bcd60e51b815260206004820152601060248201526f706f6f6c20686173206e6f20636f646560801b6044820152606490fd5b1561231d57565b60405162461bcd60e51b815260206004820152601060248201526f616d6f756e7420746f6f206c6172676560801b6044820152606490fd5b60018060a01b03166bffffffffffffffffffffffff60a01b60035c161760035d565b60018060a01b03166bffffffffffffffffffffffff60a01b60045c161760045d565b6003805c6001600160a01b031916905d565b6004805c6001600160a01b031916905d565b60045c9060ff60a01b90151560a01b169060ff60a01b19161760045d565b6004805c60ff60a01b1916905d565b5f919082916123fb823b1515611e3a565b60405163095ea7b360e01b602082019081526001600160a01b0390921660248201526044808201859052815283906124346064826111b6565b51925af1612440611e70565b81612449575090565b80915051801591821561245b57505090565b602082149250908261246c57505090565b6113109250602080918301019101611eaf565b5f9291836108b96124348295612497863b1515611e3a565b60405163095ea7b360e01b602082019081526001600160a01b0390961660248201526044810191909152918290606482019056fea164736f6c634300081c000a",
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

// PackAaveDeleverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff3ecb99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aaveDeleverage(address pool, address collateralAsset, address aToken, address debtAsset, address onBehalf, uint256 repayAmount, uint256 withdrawAmount, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaid, uint256 refund)
func (keeperExecutor *KeeperExecutor) PackAaveDeleverage(pool common.Address, collateralAsset common.Address, aToken common.Address, debtAsset common.Address, onBehalf common.Address, repayAmount *big.Int, withdrawAmount *big.Int, swap Swap) []byte {
	enc, err := keeperExecutor.abi.Pack("aaveDeleverage", pool, collateralAsset, aToken, debtAsset, onBehalf, repayAmount, withdrawAmount, swap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAaveDeleverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff3ecb99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aaveDeleverage(address pool, address collateralAsset, address aToken, address debtAsset, address onBehalf, uint256 repayAmount, uint256 withdrawAmount, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaid, uint256 refund)
func (keeperExecutor *KeeperExecutor) TryPackAaveDeleverage(pool common.Address, collateralAsset common.Address, aToken common.Address, debtAsset common.Address, onBehalf common.Address, repayAmount *big.Int, withdrawAmount *big.Int, swap Swap) ([]byte, error) {
	return keeperExecutor.abi.Pack("aaveDeleverage", pool, collateralAsset, aToken, debtAsset, onBehalf, repayAmount, withdrawAmount, swap)
}

// AaveDeleverageOutput serves as a container for the return parameters of contract
// method AaveDeleverage.
type AaveDeleverageOutput struct {
	Repaid *big.Int
	Refund *big.Int
}

// UnpackAaveDeleverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff3ecb99.
//
// Solidity: function aaveDeleverage(address pool, address collateralAsset, address aToken, address debtAsset, address onBehalf, uint256 repayAmount, uint256 withdrawAmount, (uint8,address,int128,int128,bool,uint256) swap) returns(uint256 repaid, uint256 refund)
func (keeperExecutor *KeeperExecutor) UnpackAaveDeleverage(data []byte) (AaveDeleverageOutput, error) {
	out, err := keeperExecutor.abi.Unpack("aaveDeleverage", data)
	outstruct := new(AaveDeleverageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Repaid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Refund = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAaveLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe13a0863.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aaveLiquidate(address pool, address collateralAsset, address debtAsset, address user, uint256 debtToCover, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 repaid, uint256 seized, uint256 profit)
func (keeperExecutor *KeeperExecutor) PackAaveLiquidate(pool common.Address, collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, swap Swap, minProfit *big.Int) []byte {
	enc, err := keeperExecutor.abi.Pack("aaveLiquidate", pool, collateralAsset, debtAsset, user, debtToCover, swap, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAaveLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe13a0863.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aaveLiquidate(address pool, address collateralAsset, address debtAsset, address user, uint256 debtToCover, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 repaid, uint256 seized, uint256 profit)
func (keeperExecutor *KeeperExecutor) TryPackAaveLiquidate(pool common.Address, collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, swap Swap, minProfit *big.Int) ([]byte, error) {
	return keeperExecutor.abi.Pack("aaveLiquidate", pool, collateralAsset, debtAsset, user, debtToCover, swap, minProfit)
}

// AaveLiquidateOutput serves as a container for the return parameters of contract
// method AaveLiquidate.
type AaveLiquidateOutput struct {
	Repaid *big.Int
	Seized *big.Int
	Profit *big.Int
}

// UnpackAaveLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe13a0863.
//
// Solidity: function aaveLiquidate(address pool, address collateralAsset, address debtAsset, address user, uint256 debtToCover, (uint8,address,int128,int128,bool,uint256) swap, uint256 minProfit) returns(uint256 repaid, uint256 seized, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackAaveLiquidate(data []byte) (AaveLiquidateOutput, error) {
	out, err := keeperExecutor.abi.Unpack("aaveLiquidate", data)
	outstruct := new(AaveLiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Repaid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Seized = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Profit = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) PackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) TryPackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
}

// UnpackExecuteOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b11d0ff.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) UnpackExecuteOperation(data []byte) (bool, error) {
	out, err := keeperExecutor.abi.Unpack("executeOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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

// KeeperExecutorAaveDeleveraged represents a AaveDeleveraged event raised by the KeeperExecutor contract.
type KeeperExecutorAaveDeleveraged struct {
	Pool      common.Address
	OnBehalf  common.Address
	Repaid    *big.Int
	Withdrawn *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorAaveDeleveragedEventName = "AaveDeleveraged"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorAaveDeleveraged) ContractEventName() string {
	return KeeperExecutorAaveDeleveragedEventName
}

// UnpackAaveDeleveragedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AaveDeleveraged(address indexed pool, address indexed onBehalf, uint256 repaid, uint256 withdrawn, uint256 refund)
func (keeperExecutor *KeeperExecutor) UnpackAaveDeleveragedEvent(log *types.Log) (*KeeperExecutorAaveDeleveraged, error) {
	event := "AaveDeleveraged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorAaveDeleveraged)
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

// KeeperExecutorAaveLiquidated represents a AaveLiquidated event raised by the KeeperExecutor contract.
type KeeperExecutorAaveLiquidated struct {
	Pool            common.Address
	User            common.Address
	CollateralAsset common.Address
	DebtAsset       common.Address
	Repaid          *big.Int
	Seized          *big.Int
	Profit          *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorAaveLiquidatedEventName = "AaveLiquidated"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorAaveLiquidated) ContractEventName() string {
	return KeeperExecutorAaveLiquidatedEventName
}

// UnpackAaveLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AaveLiquidated(address indexed pool, address indexed user, address collateralAsset, address debtAsset, uint256 repaid, uint256 seized, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackAaveLiquidatedEvent(log *types.Log) (*KeeperExecutorAaveLiquidated, error) {
	event := "AaveLiquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorAaveLiquidated)
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
