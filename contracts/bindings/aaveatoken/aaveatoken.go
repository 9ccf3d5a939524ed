// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aaveatoken

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

// AaveATokenMetaData contains all meta data concerning the AaveAToken contract.
var AaveATokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"underlying\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CallerMustBePool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBurnAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMintAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddressNotValid\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BalanceTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceIncrease\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Burn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balanceIncrease\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Mint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESERVE_TREASURY_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDERLYING_ASSET_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiverOfUnderlying\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"zeroAfter\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPreviousIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getScaledUserBalanceAndSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"mintToTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"scaledBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scaledTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"scaledAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"transferOnLiquidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferUnderlyingTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AaveAToken",
	Bin: "0x60e0604052346103c457611a6080380380610019816103c8565b92833981019060a0818303126103c457610032816103ed565b9061003f602082016103ed565b60408201519160ff831683036103c45760608101516001600160401b0381116103c4578561006e918301610401565b60808201519095906001600160401b0381116103c45761008e9201610401565b60809390935260a05260c05281516001600160401b0381116102da575f54600181811c911680156103ba575b60208210146102bc57601f8111610358575b50602092601f82116001146102f957928192935f926102ee575b50508160011b915f199060031b1c1916175f555b80516001600160401b0381116102da57600154600181811c911680156102d0575b60208210146102bc57601f8111610259575b50602091601f82116001146101f9579181925f926101ee575b50508160011b915f199060031b1c1916176001555b60405161160d908161045382396080518181816101bc0152818161024a015281816104e7015281816106b401528181610707015281816107b80152818161085a015281816108ca01528181610c7501528181610d590152610e89015260a0518181816103db01528181610493015281816107840152818161089201528181610c430152610e5f015260c0518161091a0152f35b015190505f80610146565b601f1982169260015f52805f20915f5b85811061024157508360019510610229575b505050811b0160015561015b565b01515f1960f88460031b161c191690555f808061021b565b91926020600181928685015181550194019201610209565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c810191602084106102b2575b601f0160051c01905b8181106102a7575061012d565b5f815560010161029a565b9091508190610291565b634e487b7160e01b5f52602260045260245ffd5b90607f169061011b565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100e6565b601f198216935f8052805f20915f5b8681106103405750836001959610610328575b505050811b015f556100fa565b01515f1960f88460031b161c191690555f808061031b565b91926020600181928685015181550194019201610308565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c810191602084106103b0575b601f0160051c01905b8181106103a557506100cc565b5f8155600101610398565b909150819061038f565b90607f16906100ba565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102da57604052565b51906001600160a01b03821682036103c457565b81601f820112156103c4578051906001600160401b0382116102da57610430601f8301601f19166020016103c8565b92828452602083830101116103c457815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610a9d578063095ea7b314610a775780630afbcdc914610a3057806318160ddd14610a0e5780631da24f3e146109cd57806323b872dd1461093e578063313ce56714610901578063353b7b9a146108b65780634efecaa51461083f57806370a08231146107365780637535d246146106f25780637df5bd3b146106a157806395d89b411461059d578063a9059cbb1461056c578063ae167335146104c2578063b16a19de1461047e578063b18d6afd14610234578063b1bf962d14610217578063b3f1c93d14610198578063dd62ed3e146101485763e075398614610100575f80fd5b34610144576020366003190112610144576001600160a01b03610121610bb5565b165f52600260205260206001600160801b0360405f205460781c16604051908152f35b5f80fd5b3461014457604036600319011261014457610161610bb5565b610169610bcb565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b34610144576080366003190112610144576101b1610bb5565b6101b9610bcb565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610208576020916101fe916064359160443591611412565b6040519015158152f35b632a59ce7160e11b5f5260045ffd5b34610144575f366003190112610144576020600354604051908152f35b346101445761024236610be1565b9093909291907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361020857841561046f57600160a01b6001900316805f52600260205260405f20908154946001600160781b038616966102ad8189610d02565b9660781c6001600160801b03166102c49089610e23565b676765c793fa10079d601b1b900490816102de848a610e23565b676765c793fa10079d601b1b900499846102f791610e23565b676765c793fa10079d601b1b90049061030f91610d02565b946103236001600160801b0385168261101c565b80546001600160781b0319166001600160781b038a161790556003546103499190610d02565b6003556020978181111561040657916103b56103978385875f5f5160206115e15f395f51905f528f61038b849d9a5f5160206115c15f395f51905f529c610d02565b604051908152a3610d02565b91604051938493846040919493926060820195825260208201520152565b0390a35b306001600160a01b038316036103d5575b505060405190158152f35b6103ff917f000000000000000000000000000000000000000000000000000000000000000061129f565b82806103ca565b80825f865f5160206115e15f395f51905f528d61038b610448977f4cf25bc1d991c17529c25213d3cc0cda295eeaad5f13f361969b12ea48015f909a99610d02565b604080519182526020820195909552938401526001600160a01b03851692606090a36103b9565b6302075cc160e41b5f5260045ffd5b34610144575f366003190112610144576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610144575f366003190112610144576040516361d027b360e01b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610561576020915f91610534575b506040516001600160a01b039091168152f35b6105549150823d841161055a575b61054c8183610b55565b810190610d23565b82610521565b503d610542565b6040513d5f823e3d90fd5b3461014457604036600319011261014457610592610588610bb5565b6024359033610e36565b602060405160018152f35b34610144575f366003190112610144576040515f6001548060011c90600181168015610697575b6020831081146106835782855290811561065f5750600114610601575b6105fd836105f181850382610b55565b60405191829182610b8b565b0390f35b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610645575090915081016020016105f16105e1565b91926001816020925483858801015201910190929161062d565b60ff191660208086019190915291151560051b840190910191506105f190506105e1565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105c4565b34610144576040366003190112610144577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610208576106f0602435600435610d42565b005b34610144575f366003190112610144576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610144576020366003190112610144576001600160a01b03610757610bb5565b165f5260026020526001600160781b0360405f2054166040519063d15e005360e01b825260018060a01b037f000000000000000000000000000000000000000000000000000000000000000016600483015260208260248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa918215610561575f92610809575b6020676765c793fa10079d601b1b6108008585610e23565b04604051908152f35b91506020823d602011610837575b8161082460209383610b55565b81010312610144579051906108006107e8565b3d9150610817565b3461014457604036600319011261014457610858610bb5565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610208576106f090602435907f000000000000000000000000000000000000000000000000000000000000000061129f565b34610144576108c436610be1565b929091907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610208576106f094611064565b34610144575f36600319011261014457602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461014457606036600319011261014457610957610bb5565b61095f610bcb565b6001600160a01b0382165f9081526004602090815260408083203384529091529020549160443591906001840161099b575b6105929350610e36565b8284106109be576109b96109b28461059296610d02565b3383610dca565b610991565b6313be252b60e01b5f5260045ffd5b34610144576020366003190112610144576001600160a01b036109ee610bb5565b165f52600260205260206001600160781b0360405f205416604051908152f35b34610144575f366003190112610144576020610a28610c23565b604051908152f35b34610144576020366003190112610144576001600160a01b03610a51610bb5565b165f52600260205260406001600160781b03815f20541660035482519182526020820152f35b3461014457604036600319011261014457610592610a93610bb5565b6024359033610dca565b34610144575f366003190112610144576040515f5f548060011c90600181168015610b4b575b6020831081146106835782855290811561065f5750600114610aef576105fd836105f181850382610b55565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610b31575090915081016020016105f16105e1565b919260018160209254838588010152019101909291610b19565b91607f1691610ac3565b90601f8019910116810190811067ffffffffffffffff821117610b7757604052565b634e487b7160e01b5f52604160045260245ffd5b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361014457565b602435906001600160a01b038216820361014457565b60a0906003190112610144576004356001600160a01b038116810361014457906024356001600160a01b03811681036101445790604435906064359060843590565b6003548015610cfd5760405163d15e005360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602090829060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa908115610561575f91610cc0575b50610cbc90676765c793fa10079d601b1b92610e23565b0490565b90506020813d602011610cf5575b81610cdb60209383610b55565b810103126101445751676765c793fa10079d601b1b610ca5565b3d9150610cce565b505f90565b91908203918211610d0f57565b634e487b7160e01b5f52601160045260245ffd5b9081602091031261014457516001600160a01b03811681036101445790565b908115610dc6576040516361d027b360e01b8152917f00000000000000000000000000000000000000000000000000000000000000006020846004816001600160a01b0385165afa90811561056157610da2945f92610da5575b50611412565b50565b610dbf91925060203d60201161055a5761054c8183610b55565b905f610d9c565b5050565b6001600160a01b039081165f8181526004602090815260408083209590941680835294815290839020859055915193845291927f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259190a3565b81810292918115918404141715610d0f57565b6001600160a01b0382169291831561100d5760405163d15e005360e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483018190527f00000000000000000000000000000000000000000000000000000000000000009091169391929091602084602481885afa938415610561575f94610fd9575b5060018060a01b03811694855f5260026020526001600160781b0360405f20541694885f5260026020526001600160781b0360405f20541697676765c793fa10079d601b1b810293818504676765c793fa10079d601b1b1482151715610d0f578215610fc5578285048095610f3c8583610e23565b03610faa575b50908495610f51949592611064565b803b15610144575f9560c4948793604051998a98899763d5ed393360e01b89526004890152602488015260448701526064860152608485015260a48401525af1801561056157610f9e5750565b5f610fa891610b55565b565b9394509060018401809411610d0f5792939290610f51610f42565b634e487b7160e01b5f52601260045260245ffd5b9093506020813d602011611005575b81610ff560209383610b55565b810103126101445751925f610ec7565b3d9150610fe8565b633bf95ba760e01b5f5260045ffd5b80546fffffffffffffffffffffffffffffffff60781b191660789290921b6fffffffffffffffffffffffffffffffff60781b16919091179055565b91908201809211610d0f57565b6001600160a01b039081165f8181526002602052604080822094909316808252929020835481549397929688966001600160781b0380841697929689958b95869593831694939192906110b78a8d610e23565b676765c793fa10079d601b1b90049060781c6001600160801b03166110dc908d610e23565b676765c793fa10079d601b1b90046110f391610d02565b946110fe8a82610e23565b676765c793fa10079d601b1b90049160781c6001600160801b031661112291610e23565b676765c793fa10079d601b1b900461113991610d02565b99896001600160801b038a1661114f818561101c565b611159908561101c565b61116291610d02565b81546001600160781b0319166001600160781b0391821617909155815461118b918a9116611057565b6111949061156e565b6001600160781b03166001600160781b0319825416179055811515986040985f5160206115e15f395f51905f52946020947f4beccb90f994c31aced7a23b5611020728a23d8ec5cddd1a3e9d97b96fda86669c61125c575b5082141580611253575b611210575b50508751908152a382519182526020820152a3565b815f86868d51858152a35f5160206115c15f395f51905f528a51806112498b339580846040919493926060820195825260208201520152565b0390a3845f6111fb565b508015156111f6565b815f88888f51858152a35f5160206115c15f395f51905f528c51806112958d339580846040919493926060820195825260208201520152565b0390a3855f6111ec565b919091803b156113e3575f9283809360405190602082019363a9059cbb60e01b855260018060a01b031660248301526044820152604481526112e2606482610b55565b51925af13d156113db573d9067ffffffffffffffff8211610b775760405191611315601f8201601f191660200184610b55565b82523d5f602084013e5b156113a257805190811591821561137f575b50501561133a57565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b819250906020918101031261014457602001518015158103610144575f80611331565b60405162461bcd60e51b81526020600482015260116024820152701d1c985b9cd9995c881c995d995c9d1959607a1b6044820152606490fd5b60609061131f565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b90929192831561155f57600160a01b600190031691825f52600260205260405f20918254946001600160781b0386169560781c6001600160801b03166114589087610e23565b676765c793fa10079d601b1b90046114708288611057565b8461147a91610e23565b676765c793fa10079d601b1b90049181611494868a610e23565b676765c793fa10079d601b1b9004906114ac91610d02565b956114c06001600160801b0387168261101c565b6114ca828a611057565b6114d39061156e565b6001600160781b03166001600160781b0319825416179055600354906114f891611057565b600355856115068284610d02565b6040519081525f5160206115e15f395f51905f5260205f92a361152891610d02565b604080519182526020820194909452928301919091526001600160a01b0316905f5160206115c15f395f51905f5290606090a31590565b63199f5a0360e31b5f5260045ffd5b6001600160781b038111611588576001600160781b031690565b60405162461bcd60e51b815260206004820152601060248201526f75696e74313230206f766572666c6f7760801b6044820152606490fdfe458f5fa412d0f69b08dd84872b0215675cc67bc1d5b6fd93300a1c3878b86196ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efa164736f6c634300081c000a",
}

// AaveAToken is an auto generated Go binding around an Ethereum contract.
type AaveAToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveAToken) GetABI() abi.ABI {
	return c.abi
}

// NewAaveAToken creates a new instance of AaveAToken.
func NewAaveAToken() *AaveAToken {
	parsed, err := AaveATokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveAToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveAToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool, address underlying, uint8 decimals_, string name_, string symbol_) returns()
func (aaveAToken *AaveAToken) PackConstructor(pool common.Address, underlying common.Address, decimals_ uint8, name_ string, symbol_ string) []byte {
	enc, err := aaveAToken.abi.Pack("", pool, underlying, decimals_, name_, symbol_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7535d246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL() view returns(address)
func (aaveAToken *AaveAToken) PackPOOL() []byte {
	enc, err := aaveAToken.abi.Pack("POOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7535d246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL() view returns(address)
func (aaveAToken *AaveAToken) TryPackPOOL() ([]byte, error) {
	return aaveAToken.abi.Pack("POOL")
}

// UnpackPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (aaveAToken *AaveAToken) UnpackPOOL(data []byte) (common.Address, error) {
	out, err := aaveAToken.abi.Unpack("POOL", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRESERVETREASURYADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae167335.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESERVE_TREASURY_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) PackRESERVETREASURYADDRESS() []byte {
	enc, err := aaveAToken.abi.Pack("RESERVE_TREASURY_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESERVETREASURYADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae167335.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESERVE_TREASURY_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) TryPackRESERVETREASURYADDRESS() ([]byte, error) {
	return aaveAToken.abi.Pack("RESERVE_TREASURY_ADDRESS")
}

// UnpackRESERVETREASURYADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae167335.
//
// Solidity: function RESERVE_TREASURY_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) UnpackRESERVETREASURYADDRESS(data []byte) (common.Address, error) {
	out, err := aaveAToken.abi.Unpack("RESERVE_TREASURY_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) PackUNDERLYINGASSETADDRESS() []byte {
	enc, err := aaveAToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) TryPackUNDERLYINGASSETADDRESS() ([]byte, error) {
	return aaveAToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
}

// UnpackUNDERLYINGASSETADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (aaveAToken *AaveAToken) UnpackUNDERLYINGASSETADDRESS(data []byte) (common.Address, error) {
	out, err := aaveAToken.abi.Unpack("UNDERLYING_ASSET_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aaveAToken *AaveAToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := aaveAToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aaveAToken *AaveAToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return aaveAToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aaveAToken *AaveAToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) UnpackApprove(data []byte) (bool, error) {
	out, err := aaveAToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) PackBalanceOf(user common.Address) []byte {
	enc, err := aaveAToken.abi.Pack("balanceOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) TryPackBalanceOf(user common.Address) ([]byte, error) {
	return aaveAToken.abi.Pack("balanceOf", user)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb18d6afd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, address receiverOfUnderlying, uint256 amount, uint256 scaledAmount, uint256 index) returns(bool zeroAfter)
func (aaveAToken *AaveAToken) PackBurn(from common.Address, receiverOfUnderlying common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("burn", from, receiverOfUnderlying, amount, scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb18d6afd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, address receiverOfUnderlying, uint256 amount, uint256 scaledAmount, uint256 index) returns(bool zeroAfter)
func (aaveAToken *AaveAToken) TryPackBurn(from common.Address, receiverOfUnderlying common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("burn", from, receiverOfUnderlying, amount, scaledAmount, index)
}

// UnpackBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb18d6afd.
//
// Solidity: function burn(address from, address receiverOfUnderlying, uint256 amount, uint256 scaledAmount, uint256 index) returns(bool zeroAfter)
func (aaveAToken *AaveAToken) UnpackBurn(data []byte) (bool, error) {
	out, err := aaveAToken.abi.Unpack("burn", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aaveAToken *AaveAToken) PackDecimals() []byte {
	enc, err := aaveAToken.abi.Pack("decimals")
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
func (aaveAToken *AaveAToken) TryPackDecimals() ([]byte, error) {
	return aaveAToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aaveAToken *AaveAToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aaveAToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetPreviousIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0753986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveAToken *AaveAToken) PackGetPreviousIndex(user common.Address) []byte {
	enc, err := aaveAToken.abi.Pack("getPreviousIndex", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPreviousIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0753986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveAToken *AaveAToken) TryPackGetPreviousIndex(user common.Address) ([]byte, error) {
	return aaveAToken.abi.Pack("getPreviousIndex", user)
}

// UnpackGetPreviousIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0753986.
//
// Solidity: function getPreviousIndex(address user) view returns(uint256)
func (aaveAToken *AaveAToken) UnpackGetPreviousIndex(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("getPreviousIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetScaledUserBalanceAndSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0afbcdc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveAToken *AaveAToken) PackGetScaledUserBalanceAndSupply(user common.Address) []byte {
	enc, err := aaveAToken.abi.Pack("getScaledUserBalanceAndSupply", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetScaledUserBalanceAndSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0afbcdc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveAToken *AaveAToken) TryPackGetScaledUserBalanceAndSupply(user common.Address) ([]byte, error) {
	return aaveAToken.abi.Pack("getScaledUserBalanceAndSupply", user)
}

// GetScaledUserBalanceAndSupplyOutput serves as a container for the return parameters of contract
// method GetScaledUserBalanceAndSupply.
type GetScaledUserBalanceAndSupplyOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackGetScaledUserBalanceAndSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0afbcdc9.
//
// Solidity: function getScaledUserBalanceAndSupply(address user) view returns(uint256, uint256)
func (aaveAToken *AaveAToken) UnpackGetScaledUserBalanceAndSupply(data []byte) (GetScaledUserBalanceAndSupplyOutput, error) {
	out, err := aaveAToken.abi.Unpack("getScaledUserBalanceAndSupply", data)
	outstruct := new(GetScaledUserBalanceAndSupplyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3f1c93d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address caller, address onBehalfOf, uint256 scaledAmount, uint256 index) returns(bool)
func (aaveAToken *AaveAToken) PackMint(caller common.Address, onBehalfOf common.Address, scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("mint", caller, onBehalfOf, scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3f1c93d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address caller, address onBehalfOf, uint256 scaledAmount, uint256 index) returns(bool)
func (aaveAToken *AaveAToken) TryPackMint(caller common.Address, onBehalfOf common.Address, scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("mint", caller, onBehalfOf, scaledAmount, index)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3f1c93d.
//
// Solidity: function mint(address caller, address onBehalfOf, uint256 scaledAmount, uint256 index) returns(bool)
func (aaveAToken *AaveAToken) UnpackMint(data []byte) (bool, error) {
	out, err := aaveAToken.abi.Unpack("mint", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df5bd3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintToTreasury(uint256 scaledAmount, uint256 index) returns()
func (aaveAToken *AaveAToken) PackMintToTreasury(scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("mintToTreasury", scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df5bd3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintToTreasury(uint256 scaledAmount, uint256 index) returns()
func (aaveAToken *AaveAToken) TryPackMintToTreasury(scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("mintToTreasury", scaledAmount, index)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (aaveAToken *AaveAToken) PackName() []byte {
	enc, err := aaveAToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (aaveAToken *AaveAToken) TryPackName() ([]byte, error) {
	return aaveAToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (aaveAToken *AaveAToken) UnpackName(data []byte) (string, error) {
	out, err := aaveAToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackScaledBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da24f3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) PackScaledBalanceOf(user common.Address) []byte {
	enc, err := aaveAToken.abi.Pack("scaledBalanceOf", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaledBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1da24f3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) TryPackScaledBalanceOf(user common.Address) ([]byte, error) {
	return aaveAToken.abi.Pack("scaledBalanceOf", user)
}

// UnpackScaledBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1da24f3e.
//
// Solidity: function scaledBalanceOf(address user) view returns(uint256)
func (aaveAToken *AaveAToken) UnpackScaledBalanceOf(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("scaledBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackScaledTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bf962d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) PackScaledTotalSupply() []byte {
	enc, err := aaveAToken.abi.Pack("scaledTotalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaledTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bf962d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) TryPackScaledTotalSupply() ([]byte, error) {
	return aaveAToken.abi.Pack("scaledTotalSupply")
}

// UnpackScaledTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1bf962d.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) UnpackScaledTotalSupply(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("scaledTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (aaveAToken *AaveAToken) PackSymbol() []byte {
	enc, err := aaveAToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (aaveAToken *AaveAToken) TryPackSymbol() ([]byte, error) {
	return aaveAToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (aaveAToken *AaveAToken) UnpackSymbol(data []byte) (string, error) {
	out, err := aaveAToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) PackTotalSupply() []byte {
	enc, err := aaveAToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) TryPackTotalSupply() ([]byte, error) {
	return aaveAToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (aaveAToken *AaveAToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := aaveAToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := aaveAToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (aaveAToken *AaveAToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := aaveAToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOnLiquidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353b7b9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOnLiquidation(address from, address to, uint256 amount, uint256 scaledAmount, uint256 index) returns()
func (aaveAToken *AaveAToken) PackTransferOnLiquidation(from common.Address, to common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("transferOnLiquidation", from, to, amount, scaledAmount, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOnLiquidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353b7b9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOnLiquidation(address from, address to, uint256 amount, uint256 scaledAmount, uint256 index) returns()
func (aaveAToken *AaveAToken) TryPackTransferOnLiquidation(from common.Address, to common.Address, amount *big.Int, scaledAmount *big.Int, index *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("transferOnLiquidation", from, to, amount, scaledAmount, index)
}

// PackTransferUnderlyingTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4efecaa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferUnderlyingTo(address target, uint256 amount) returns()
func (aaveAToken *AaveAToken) PackTransferUnderlyingTo(target common.Address, amount *big.Int) []byte {
	enc, err := aaveAToken.abi.Pack("transferUnderlyingTo", target, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferUnderlyingTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4efecaa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferUnderlyingTo(address target, uint256 amount) returns()
func (aaveAToken *AaveAToken) TryPackTransferUnderlyingTo(target common.Address, amount *big.Int) ([]byte, error) {
	return aaveAToken.abi.Pack("transferUnderlyingTo", target, amount)
}

// AaveATokenApproval represents a Approval event raised by the AaveAToken contract.
type AaveATokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AaveATokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AaveATokenApproval) ContractEventName() string {
	return AaveATokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (aaveAToken *AaveAToken) UnpackApprovalEvent(log *types.Log) (*AaveATokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveATokenApproval)
	if len(log.Data) > 0 {
		if err := aaveAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveAToken.abi.Events[event].Inputs {
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

// AaveATokenBalanceTransfer represents a BalanceTransfer event raised by the AaveAToken contract.
type AaveATokenBalanceTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Index *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AaveATokenBalanceTransferEventName = "BalanceTransfer"

// ContractEventName returns the user-defined event name.
func (AaveATokenBalanceTransfer) ContractEventName() string {
	return AaveATokenBalanceTransferEventName
}

// UnpackBalanceTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BalanceTransfer(address indexed from, address indexed to, uint256 value, uint256 index)
func (aaveAToken *AaveAToken) UnpackBalanceTransferEvent(log *types.Log) (*AaveATokenBalanceTransfer, error) {
	event := "BalanceTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveATokenBalanceTransfer)
	if len(log.Data) > 0 {
		if err := aaveAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveAToken.abi.Events[event].Inputs {
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

// AaveATokenBurn represents a Burn event raised by the AaveAToken contract.
type AaveATokenBurn struct {
	From            common.Address
	Target          common.Address
	Value           *big.Int
	BalanceIncrease *big.Int
	Index           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const AaveATokenBurnEventName = "Burn"

// ContractEventName returns the user-defined event name.
func (AaveATokenBurn) ContractEventName() string {
	return AaveATokenBurnEventName
}

// UnpackBurnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burn(address indexed from, address indexed target, uint256 value, uint256 balanceIncrease, uint256 index)
func (aaveAToken *AaveAToken) UnpackBurnEvent(log *types.Log) (*AaveATokenBurn, error) {
	event := "Burn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveATokenBurn)
	if len(log.Data) > 0 {
		if err := aaveAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveAToken.abi.Events[event].Inputs {
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

// AaveATokenMint represents a Mint event raised by the AaveAToken contract.
type AaveATokenMint struct {
	Caller          common.Address
	OnBehalfOf      common.Address
	Value           *big.Int
	BalanceIncrease *big.Int
	Index           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const AaveATokenMintEventName = "Mint"

// ContractEventName returns the user-defined event name.
func (AaveATokenMint) ContractEventName() string {
	return AaveATokenMintEventName
}

// UnpackMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Mint(address indexed caller, address indexed onBehalfOf, uint256 value, uint256 balanceIncrease, uint256 index)
func (aaveAToken *AaveAToken) UnpackMintEvent(log *types.Log) (*AaveATokenMint, error) {
	event := "Mint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveATokenMint)
	if len(log.Data) > 0 {
		if err := aaveAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveAToken.abi.Events[event].Inputs {
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

// AaveATokenTransfer represents a Transfer event raised by the AaveAToken contract.
type AaveATokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AaveATokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AaveATokenTransfer) ContractEventName() string {
	return AaveATokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (aaveAToken *AaveAToken) UnpackTransferEvent(log *types.Log) (*AaveATokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveATokenTransfer)
	if len(log.Data) > 0 {
		if err := aaveAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveAToken.abi.Events[event].Inputs {
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
func (aaveAToken *AaveAToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveAToken.abi.Errors["CallerMustBePool"].ID.Bytes()[:4]) {
		return aaveAToken.UnpackCallerMustBePoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveAToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return aaveAToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveAToken.abi.Errors["InvalidBurnAmount"].ID.Bytes()[:4]) {
		return aaveAToken.UnpackInvalidBurnAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveAToken.abi.Errors["InvalidMintAmount"].ID.Bytes()[:4]) {
		return aaveAToken.UnpackInvalidMintAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveAToken.abi.Errors["ZeroAddressNotValid"].ID.Bytes()[:4]) {
		return aaveAToken.UnpackZeroAddressNotValidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveATokenCallerMustBePool represents a CallerMustBePool error raised by the AaveAToken contract.
type AaveATokenCallerMustBePool struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerMustBePool()
func AaveATokenCallerMustBePoolErrorID() common.Hash {
	return common.HexToHash("0x54b39ce226125abded556cab83ddd3401321c0bb66a2cccd80c32c6ead684f59")
}

// UnpackCallerMustBePoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerMustBePool()
func (aaveAToken *AaveAToken) UnpackCallerMustBePoolError(raw []byte) (*AaveATokenCallerMustBePool, error) {
	out := new(AaveATokenCallerMustBePool)
	if err := aaveAToken.abi.UnpackIntoInterface(out, "CallerMustBePool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveATokenInsufficientAllowance represents a InsufficientAllowance error raised by the AaveAToken contract.
type AaveATokenInsufficientAllowance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance()
func AaveATokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x13be252bc8f22c3de689f75d88d90b4c4aeb9cd39d50c39ae82df3b19f85cf73")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance()
func (aaveAToken *AaveAToken) UnpackInsufficientAllowanceError(raw []byte) (*AaveATokenInsufficientAllowance, error) {
	out := new(AaveATokenInsufficientAllowance)
	if err := aaveAToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveATokenInvalidBurnAmount represents a InvalidBurnAmount error raised by the AaveAToken contract.
type AaveATokenInvalidBurnAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBurnAmount()
func AaveATokenInvalidBurnAmountErrorID() common.Hash {
	return common.HexToHash("0x2075cc10e008f77950318066381a4a1510b43bc281e925c0a366e7eda4416977")
}

// UnpackInvalidBurnAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBurnAmount()
func (aaveAToken *AaveAToken) UnpackInvalidBurnAmountError(raw []byte) (*AaveATokenInvalidBurnAmount, error) {
	out := new(AaveATokenInvalidBurnAmount)
	if err := aaveAToken.abi.UnpackIntoInterface(out, "InvalidBurnAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveATokenInvalidMintAmount represents a InvalidMintAmount error raised by the AaveAToken contract.
type AaveATokenInvalidMintAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMintAmount()
func AaveATokenInvalidMintAmountErrorID() common.Hash {
	return common.HexToHash("0xccfad018392406c61186d67c03c5d923dc4902cd1f6ba6583f584d489f270ea9")
}

// UnpackInvalidMintAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMintAmount()
func (aaveAToken *AaveAToken) UnpackInvalidMintAmountError(raw []byte) (*AaveATokenInvalidMintAmount, error) {
	out := new(AaveATokenInvalidMintAmount)
	if err := aaveAToken.abi.UnpackIntoInterface(out, "InvalidMintAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveATokenZeroAddressNotValid represents a ZeroAddressNotValid error raised by the AaveAToken contract.
type AaveATokenZeroAddressNotValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddressNotValid()
func AaveATokenZeroAddressNotValidErrorID() common.Hash {
	return common.HexToHash("0x3bf95ba7e7077274f21516f9ff4505186253dcadb515c31a627c8c44e5ab719d")
}

// UnpackZeroAddressNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddressNotValid()
func (aaveAToken *AaveAToken) UnpackZeroAddressNotValidError(raw []byte) (*AaveATokenZeroAddressNotValid, error) {
	out := new(AaveATokenZeroAddressNotValid)
	if err := aaveAToken.abi.UnpackIntoInterface(out, "ZeroAddressNotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}
