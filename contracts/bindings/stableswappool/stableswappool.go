// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stableswappool

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

// StableSwapPoolMetaData contains all meta data concerning the StableSwapPool contract.
var StableSwapPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"coin0\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"coin1\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offpegFeeMultiplier\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maExpTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rate1\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"token_amounts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"fees\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"invariant\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"token_supply\",\"type\":\"uint256\"}],\"name\":\"AddLiquidity\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRate\",\"type\":\"uint256\"}],\"name\":\"RateSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"token_amounts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"fees\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"token_supply\",\"type\":\"uint256\"}],\"name\":\"RemoveLiquidity\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"int128\",\"name\":\"sold_id\",\"type\":\"int128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens_sold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int128\",\"name\":\"bought_id\",\"type\":\"int128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens_bought\",\"type\":\"uint256\"}],\"name\":\"TokenExchange\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"A\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"A_precise\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"N_COINS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"min_mint\",\"type\":\"uint256\"}],\"name\":\"add_liquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"admin_balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin_fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"coins\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"ema_price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"uint256\",\"name\":\"dx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min_dy\",\"type\":\"uint256\"}],\"name\":\"exchange\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_balances\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int128\",\"name\":\"i\",\"type\":\"int128\"},{\"internalType\":\"int128\",\"name\":\"j\",\"type\":\"int128\"},{\"internalType\":\"uint256\",\"name\":\"dx\",\"type\":\"uint256\"}],\"name\":\"get_dy\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"get_p\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_virtual_price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"last_price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ma_exp_time\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offpeg_fee_multiplier\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"price_oracle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"burn_amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"min_amounts\",\"type\":\"uint256[]\"}],\"name\":\"remove_liquidity\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"}],\"name\":\"setRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stored_rates\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "StableSwapPool",
	Bin: "0x6080604052346102a757604051601f611fb838819003918201601f19168301916001600160401b038311848410176102ab5780849260e0946040528339810103126102a75761004d816102de565b9061005a602082016102de565b60408201516060830151608084015160a085015160c0909501519590939192916001600160a01b039081169116808214158061029e575b80610295575b1561026457821591821580610257575b1561022a57631dcd650085116101fb5786156101c4578715610193575f80546001600160a01b031916331790556100dc6102bf565b91825260208201525f5b600281106101745750506100f86102bf565b670de0b6b3a764000081528660208201525f5b6002811061015f57505060648202918204606414171561014b57600955600a55600b55600c5580600d55600e5542600f55604051611cc590816102f38239f35b634e487b7160e01b5f52601160045260245ffd5b6001906020835193019281600501550161010b565b81516001600160a01b03166001919091019081556020909101906100e6565b60405162461bcd60e51b81526020600482015260096024820152687a65726f207261746560b81b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e626164206d615f6578705f74696d6560881b6044820152606490fd5b60405162461bcd60e51b81526020600482015260076024820152666261642066656560c81b6044820152606490fd5b60405162461bcd60e51b8152602060048201526005602482015264626164204160d81b6044820152606490fd5b50620f42408411156100a7565b60405162461bcd60e51b815260206004820152600960248201526862616420636f696e7360b81b6044820152606490fd5b50811515610097565b50801515610091565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60408051919082016001600160401b038111838210176102ab57604052565b51906001600160a01b03821682036102a75756fe60806040526004361015610011575f80fd5b5f3560e01c806314f0597914610e6e57806318160ddd14610e515780631be913a514610e345780632935775014610e195780633931ab5214610def5780633df0212414610c9157806346df2ccb14610be35780634903b0d114610bb75780635e0d443f14610b6b5780636872765314610b4457806370a0823114610b0857806376a2f0f014610aeb5780638da5cb5b14610ac45780638edfdd5f14610aa757806390d2083714610a7d578063b72df5de14610605578063bb7b8b8014610562578063c66106571461052c578063d40ddb8c146102e6578063ddca3f43146102c9578063e2e7d26414610289578063ec02386214610224578063f2fde38b146101d9578063f446c1d0146101b9578063fd0684b11461015a5763fee3f7f914610137575f80fd5b34610156575f36600319011261015657602060405164012a05f2008152f35b5f80fd5b34610156575f366003190112610156576101b560405161017b606082610f38565b60028152604036602083013760055461019382610f5a565b526006546101a082610f67565b52604051918291602083526020830190610eb4565b0390f35b34610156575f366003190112610156576020606460095404604051908152f35b34610156576020366003190112610156576004356001600160a01b03811690819003610156575f54610215336001600160a01b03831614610fdd565b6001600160a01b031916175f55005b346101565760203660031901126101565761024160043515610f8b565b602061028161027861026f61025c61025761104f565b611737565b6009546102698183611780565b916119af565b600654906110a7565b600554906110ba565b604051908152f35b346101565760203660031901126101565760043560028110156102b55760209060070154604051908152f35b634e487b7160e01b5f52603260045260245ffd5b34610156575f366003190112610156576020600a54604051908152f35b346101565760403660031901126101565760043560243567ffffffffffffffff81116101565761031a903690600401610f07565b9161032760028414611015565b6010549281151580610516575b156104df57335f52601160205260405f20610350838254610fd0565b905561035c8285610fd0565b601055606092604051916103708584610f38565b60028352601f198501803660208601375f5b60028110156104525780600301908154916103a68a6103a18a866110a7565b6110ba565b6103b08389610f77565b526103bb8288610f77565b516103c7838789611097565b351161040d576103e46001936103dd848a610f77565b5190610fd0565b9055610407828060a01b0382840154166103fe8389610f77565b51903390611590565b01610382565b60405162461bcd60e51b815260206004820152601860248201527f616d6f756e742062656c6f77206d696e5f616d6f756e747300000000000000006044820152606490fd5b6101b585837f347ad828e58cbe534d8f6b67985d791360756b18f0d95fd9f197a66cc46480ea8a6104bf61049e8c8f6040519661048f8689610f38565b60028852366020890137610fd0565b936104b160405193808552840187610eb4565b908382036020850152610eb4565b9260408201528033930390a2604051918291602083526020830190610eb4565b60405162461bcd60e51b815260206004820152600f60248201526e18985908189d5c9b88185b5bdd5b9d608a1b6044820152606490fd5b50335f52601160205260405f2054821115610334565b346101565760203660031901126101565760043560028110156102b557600101546040516001600160a01b039091168152602090f35b34610156575f3660031901126101565760105480156105d35761059261058961025761104f565b60095490611780565b670de0b6b3a7640000810290808204670de0b6b3a764000014901517156105bf57602091610281916110ba565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152600a602482015269195b5c1d1e481c1bdbdb60b21b6044820152606490fd5b346101565760403660031901126101565760043567ffffffffffffffff811161015657610636903690600401610f07565b9061064360028314611015565b61064b61104f565b604051906040820182811067ffffffffffffffff821117610a6957604052805184156102b55761067d90843590610fc3565b8252602081015184600110156102b55761069c90602085013590610fc3565b60208301526106aa81611737565b926106ca6106bb6009548096611780565b946106c585611737565b611780565b9484861115610a335760105494604051966106e6606089610f38565b6002885260403660208a01378615610a1257600a54808060011b04600214811517156105bf5760011c6001600160fe1b0316936107238284610fc3565b60011c935f5b6002811015610869576402540be4006107bf8a6107ba8a8a670de0b6b3a76400006107b48f6107ae61076b8f8f6103a1906107648f87611086565b51906110a7565b6107758c8a611086565b518111156108555761078b906103dd8d8b611086565b975b6107a78c6107a081806005015496611086565b5192611086565b5190610fc3565b906110a7565b04611929565b6110a7565b046107ca828d610f77565b526107d5818c610f77565b519064012a05f20082029180830464012a05f20014901517156105bf57610844610839828e8d6108338361082d6402540be40060019a048260070161081b828254610fc3565b90556108278386611086565b51610fd0565b92611086565b52610f77565b51610827838d611086565b61084e828c611086565b5201610729565b610863906108278d8b611086565b9761078d565b5095509596919350506108a691506108ac61088387611737565b9361089060095486611780565b93816103a16108a0879485610fd0565b866110a7565b94611522565b60243583106109d7575f5b600281101561090357806108ce6001928789611097565b356108da575b016108b7565b6108fe828060a01b0382840154166108f383898b611097565b35903090339061140a565b6108d4565b5090939180955f5b600281106109bf575050816109238261094494610fc3565b601055335f52601160205260405f2061093d838254610fc3565b9055610fc3565b60405160808082528101849052916001600160fb1b0384116101565760209660a06109a6927f189c623b666b1b45b83d7178f39b8c087cb09774317ca2f53c2d3c3726f222a29660051b809183880137850181868203018a8701520190610eb4565b93604083015260608201528033930390a2604051908152f35b8151600382015587925060209091019060010161090b565b60405162461bcd60e51b81526020600482015260136024820152721b5a5b9d0818995b1bddc81b5a5b97db5a5b9d606a1b6044820152606490fd5b91935050809491939491610a2e82610a2988611737565b611522565b6108ac565b60405162461bcd60e51b815260206004820152600e60248201526d4420646964206e6f742067726f7760901b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b3461015657602036600319011261015657610a9a60043515610f8b565b6020600e54604051908152f35b34610156575f366003190112610156576020600b54604051908152f35b34610156575f366003190112610156575f546040516001600160a01b039091168152602090f35b34610156575f366003190112610156576020600954604051908152f35b34610156576020366003190112610156576004356001600160a01b03811690819003610156575f526011602052602060405f2054604051908152f35b3461015657602036600319011261015657610b6160043515610f8b565b602061028161169b565b34610156576060366003190112610156576020610bac610b89610ee7565b610b9a610b94610ef7565b916110d8565b610ba6604435926110d8565b90611143565b505050604051908152f35b346101565760203660031901126101565760043560028110156102b55760209060030154604051908152f35b346101565760403660031901126101565760043560243590610c0f60018060a01b035f54163314610fdd565b60028110610c1c81610f8b565b8215610c6057156102b55780600501907fb96449c2a879a29a061ac4a6c544b1e0e858e0908bcc89d3cfcc3cd5c6ea4fb0604083548151908152856020820152a255005b60405162461bcd60e51b81526020600482015260096024820152687a65726f207261746560b81b6044820152606490fd5b3461015657608036600319011261015657610caa610ee7565b610cb2610ef7565b60443591610cbf816110d8565b91610cc9816110d8565b93610cd5818686611143565b606497929397358810610db85760028310156102b5576001830154610d0d9290610a29908790309033906001600160a01b031661140a565b600301610d1b838254610fc3565b9055610d278186610fc3565b60028710156102b55786610d6f928792610d4860209a600301918254610fd0565b9055610d5982600701918254610fc3565b90556001015433906001600160a01b0316611590565b60405192600f0b835284830152600f0b60408201528160608201527f8b3e96f2b889fa771c53c981b40daf005f63f637f1869f707052d15a3dd9714060803392a2604051908152f35b60405162461bcd60e51b815260206004820152600f60248201526e64792062656c6f77206d696e5f647960881b6044820152606490fd5b3461015657602036600319011261015657610e0c60043515610f8b565b6020600d54604051908152f35b34610156575f36600319011261015657602060405160028152f35b34610156575f366003190112610156576020600c54604051908152f35b34610156575f366003190112610156576020601054604051908152f35b34610156575f366003190112610156576101b5604051610e8f606082610f38565b600281526040366020830137600354610ea782610f5a565b526004546101a082610f67565b90602080835192838152019201905f5b818110610ed15750505090565b8251845260209384019390920191600101610ec4565b6004359081600f0b820361015657565b6024359081600f0b820361015657565b9181601f840112156101565782359167ffffffffffffffff8311610156576020808501948460051b01011161015657565b90601f8019910116810190811067ffffffffffffffff821117610a6957604052565b8051156102b55760200190565b8051600110156102b55760400190565b80518210156102b55760209160051b010190565b15610f9257565b60405162461bcd60e51b81526020600482015260096024820152680c4c2c840d2dcc8caf60bb1b6044820152606490fd5b919082018092116105bf57565b919082039182116105bf57565b15610fe457565b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b1561101c57565b60405162461bcd60e51b815260206004820152600b60248201526a62616420616d6f756e747360a81b6044820152606490fd5b6040519060035f835b600282106110705750505061106e604083610f38565b565b6001602081928554815201930191019091611058565b9060028110156102b55760051b0190565b91908110156102b55760051b0190565b818102929181159184041417156105bf57565b81156110c4570490565b634e487b7160e01b5f52601260045260245ffd5b80600f0b5f8112159081611138575b5015611102576fffffffffffffffffffffffffffffffff1690565b60405162461bcd60e51b815260206004820152600e60248201526d0c4c2c840c6ded2dc40d2dcc8caf60931b6044820152606490fd5b60029150125f6110e7565b919290926040918280516111578282610f38565b36903784841461134d57811561131f5761117261025761104f565b926009546111808186611780565b9361118b8787611086565b5160028810156102b5576111bc8691670de0b6b3a76400006111b56111c3958c60050154906110a7565b0490610fc3565b9283611a40565b916111ce8887611086565b5160018401908185116105bf5711156112ed57506111f0826108278988611086565b5f198101979088116105bf5761124c6402540be40061124461123e8961123288611223888f8b6112236112299288611086565b51610fc3565b60011c94611086565b60011c600a5491611929565b8b6110a7565b048099610fd0565b91670de0b6b3a7640000830292808404670de0b6b3a764000014901517156105bf5760028210156102b557611286826005015480946110ba565b9864012a05f20081029080820464012a05f20014901517156105bf576402540be400900492670de0b6b3a7640000840293808504670de0b6b3a764000014901517156105bf576112dc6112e3916112ea956110ba565b9888611086565b5285611086565b52565b5162461bcd60e51b815260206004820152600c60248201526b1c1bdbdb08191c985a5b995960a21b6044820152606490fd5b825162461bcd60e51b81526020600482015260076024820152660f4cae4de40c8f60cb1b6044820152606490fd5b825162461bcd60e51b815260206004820152600960248201526839b0b6b29031b7b4b760b91b6044820152606490fd5b1561138457565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b3d156113ed573d9067ffffffffffffffff8211610a6957604051916113e2601f8201601f191660200184610f38565b82523d5f602084013e565b606090565b90816020910312610156575180151581036101565790565b905f809493819461141d853b151561137d565b6040516323b872dd60e01b602082019081526001600160a01b039586166024830152949092166044830152606480830191909152815261145e608482610f38565b51925af161146a6113b3565b90156114e55780519081159182156114cb575b50501561148657565b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b6114de92506020809183010191016113f2565b5f8061147d565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b60095461152f92916119af565b80611547575b50600f54421161154157565b42600f55565b61154f61169b565b600e55671bc16d674ec8000081101561157b5761027861157291600654906110a7565b600d555f611535565b50611572610278671bc16d674ec8000061026f565b5f92918380936115a2843b151561137d565b60405163a9059cbb60e01b602082019081526001600160a01b0390941660248201526044808201929092529081526115db606482610f38565b51925af16115e76113b3565b9015611662578051908115918215611648575b50501561160357565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b61165b92506020809183010191016113f2565b5f806115fa565b60405162461bcd60e51b81526020600482015260116024820152701d1c985b9cd9995c881c995d995c9d1959607a1b6044820152606490fd5b600f5442811015611730576116b09042610fd0565b670de0b6b3a7640000810290808204670de0b6b3a764000014901517156105bf576116e16116e691600c54906110ba565b611b8d565b600d5481670de0b6b3a76400000391670de0b6b3a764000083116105bf5761172661171d670de0b6b3a76400009461172c946110a7565b91600e546110a7565b90610fc3565b0490565b50600e5490565b90604051611746604082610f38565b60403682376020670de0b6b3a764000061177a83958261176a6005548351906110a7565b04855283600654910151906110a7565b04910152565b9081516117936020840191825190610fc3565b8015611921578351151580611917575b156118e5578260011b92808404600214901517156105bf579092606319830183811192918291905f5b60ff811061180e5760405162461bcd60e51b81526020600482015260126024820152714420646964206e6f7420636f6e766572676560701b6044820152606490fd5b61183261182a856107ba61182282806110a7565b8651906110ba565b8951906110ba565b8060021c856064611843898c6110a7565b60019490941c6002600160ff1b03169304821583850460021417156105bf57816107ba8b9561187193610fc3565b926105bf57611882606491876110a7565b0491816003029160038304036105bf576118a16118a792600194610fc3565b906110ba565b9485818111156118d557906118bb91610fd0565b11155b6118ca576001016117cc565b505050935050505090565b6118de91610fd0565b11156118be565b60405162461bcd60e51b815260206004820152600a60248201526932b6b83a3c9031b7b4b760b11b6044820152606490fd5b50815115156117a3565b505050505f90565b91600b546402540be4008111156119a85761194e6119478486610fc3565b92826110a7565b936402540be3ff1982019182116105bf578160021b91808304600414901517156105bf5761198d936107ba611986926118a1946110a7565b91806110a7565b6402540be40081018091116105bf576119a5916110ba565b90565b5091505090565b90918260011b92808404600214901517156105bf57611a106119de611a16926107ba611822828060021c6110a7565b611a0860646119ff6119f660208801948551906110ba565b978751906110a7565b049451866110a7565b9051906110ba565b82610fc3565b9081670de0b6b3a76400000291670de0b6b3a76400008304036105bf576119a5926118a191610fc3565b908060011b90808204600214811517156105bf57611a5e84806110a7565b8360011b848104600214851517156105bf576107ba8691611a7e936110ba565b906064820291808304606414901517156105bf5760021b828104600214831517156105bf57611aac916110ba565b9160648402848104606414851517156105bf57611acc92611726916110ba565b91805f5b60ff8110611b125760405162461bcd60e51b81526020600482015260126024820152717920646964206e6f7420636f6e766572676560701b6044820152606490fd5b81611b2685611b2183806110a7565b610fc3565b906001600160ff1b03811681036105bf576001916118a186611b4d8a611b5295871b610fc3565b610fd0565b928381811115611b7d5790611b6691610fd0565b11155b611b7557600101611ad0565b509250505090565b611b8691610fd0565b1115611b69565b680246ddf97976680000811015611cb357670de0b6b3a7640000810290808204670de0b6b3a764000014901517156105bf576e857ecb659cfac9833d01f5abb9b2388104906e857ecb659cfac9833d01f5abb9b23882028281046e857ecb659cfac9833d01f5abb9b23814831517156105bf57611c0991610fd0565b6001906ec097ce7bc90715b34b9f100000000090815b60288410611c50575b5050809150156110c457760a70c3c40a64e6c51999090b65f67d924000000000000004901c90565b81611c5a916110a7565b6ec097ce7bc90715b34b9f100000000084028481046ec097ce7bc90715b34b9f100000000014851517156105bf57611c91916110ba565b918215611cad57611ca483600192610fc3565b93019291611c1f565b91611c28565b505f9056fea164736f6c634300081c000a",
}

// StableSwapPool is an auto generated Go binding around an Ethereum contract.
type StableSwapPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StableSwapPool) GetABI() abi.ABI {
	return c.abi
}

// NewStableSwapPool creates a new instance of StableSwapPool.
func NewStableSwapPool() *StableSwapPool {
	parsed, err := StableSwapPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StableSwapPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StableSwapPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coin0, address coin1, uint256 a, uint256 fee_, uint256 offpegFeeMultiplier, uint256 maExpTime, uint256 rate1) returns()
func (stableSwapPool *StableSwapPool) PackConstructor(coin0 common.Address, coin1 common.Address, a *big.Int, fee_ *big.Int, offpegFeeMultiplier *big.Int, maExpTime *big.Int, rate1 *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("", coin0, coin1, a, fee_, offpegFeeMultiplier, maExpTime, rate1)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf446c1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function A() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackA() []byte {
	enc, err := stableSwapPool.abi.Pack("A")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf446c1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function A() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackA() ([]byte, error) {
	return stableSwapPool.abi.Pack("A")
}

// UnpackA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf446c1d0.
//
// Solidity: function A() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackA(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("A", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAPrecise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a2f0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function A_precise() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackAPrecise() []byte {
	enc, err := stableSwapPool.abi.Pack("A_precise")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAPrecise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a2f0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function A_precise() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackAPrecise() ([]byte, error) {
	return stableSwapPool.abi.Pack("A_precise")
}

// UnpackAPrecise is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76a2f0f0.
//
// Solidity: function A_precise() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackAPrecise(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("A_precise", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNCOINS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29357750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function N_COINS() pure returns(uint256)
func (stableSwapPool *StableSwapPool) PackNCOINS() []byte {
	enc, err := stableSwapPool.abi.Pack("N_COINS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNCOINS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29357750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function N_COINS() pure returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackNCOINS() ([]byte, error) {
	return stableSwapPool.abi.Pack("N_COINS")
}

// UnpackNCOINS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29357750.
//
// Solidity: function N_COINS() pure returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackNCOINS(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("N_COINS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb72df5de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function add_liquidity(uint256[] amounts, uint256 min_mint) returns(uint256 minted)
func (stableSwapPool *StableSwapPool) PackAddLiquidity(amounts []*big.Int, minMint *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("add_liquidity", amounts, minMint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb72df5de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function add_liquidity(uint256[] amounts, uint256 min_mint) returns(uint256 minted)
func (stableSwapPool *StableSwapPool) TryPackAddLiquidity(amounts []*big.Int, minMint *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("add_liquidity", amounts, minMint)
}

// UnpackAddLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb72df5de.
//
// Solidity: function add_liquidity(uint256[] amounts, uint256 min_mint) returns(uint256 minted)
func (stableSwapPool *StableSwapPool) UnpackAddLiquidity(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("add_liquidity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdminBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7d264.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin_balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackAdminBalances(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("admin_balances", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdminBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e7d264.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin_balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackAdminBalances(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("admin_balances", i)
}

// UnpackAdminBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e7d264.
//
// Solidity: function admin_balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackAdminBalances(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("admin_balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdminFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfee3f7f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin_fee() pure returns(uint256)
func (stableSwapPool *StableSwapPool) PackAdminFee() []byte {
	enc, err := stableSwapPool.abi.Pack("admin_fee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdminFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfee3f7f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin_fee() pure returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackAdminFee() ([]byte, error) {
	return stableSwapPool.abi.Pack("admin_fee")
}

// UnpackAdminFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfee3f7f9.
//
// Solidity: function admin_fee() pure returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackAdminFee(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("admin_fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := stableSwapPool.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return stableSwapPool.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4903b0d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackBalances(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("balances", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4903b0d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackBalances(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("balances", i)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4903b0d1.
//
// Solidity: function balances(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCoins is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6610657.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coins(uint256 i) view returns(address)
func (stableSwapPool *StableSwapPool) PackCoins(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("coins", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoins is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6610657.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coins(uint256 i) view returns(address)
func (stableSwapPool *StableSwapPool) TryPackCoins(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("coins", i)
}

// UnpackCoins is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6610657.
//
// Solidity: function coins(uint256 i) view returns(address)
func (stableSwapPool *StableSwapPool) UnpackCoins(data []byte) (common.Address, error) {
	out, err := stableSwapPool.abi.Unpack("coins", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEmaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d20837.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ema_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackEmaPrice(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("ema_price", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d20837.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ema_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackEmaPrice(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("ema_price", i)
}

// UnpackEmaPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d20837.
//
// Solidity: function ema_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackEmaPrice(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("ema_price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3df02124.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) returns(uint256)
func (stableSwapPool *StableSwapPool) PackExchange(i *big.Int, j *big.Int, dx *big.Int, minDy *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("exchange", i, j, dx, minDy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3df02124.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackExchange(i *big.Int, j *big.Int, dx *big.Int, minDy *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("exchange", i, j, dx, minDy)
}

// UnpackExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3df02124.
//
// Solidity: function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackExchange(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("exchange", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackFee() []byte {
	enc, err := stableSwapPool.abi.Pack("fee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fee() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackFee() ([]byte, error) {
	return stableSwapPool.abi.Pack("fee")
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackFee(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f05979.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get_balances() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) PackGetBalances() []byte {
	enc, err := stableSwapPool.abi.Pack("get_balances")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f05979.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get_balances() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) TryPackGetBalances() ([]byte, error) {
	return stableSwapPool.abi.Pack("get_balances")
}

// UnpackGetBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14f05979.
//
// Solidity: function get_balances() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) UnpackGetBalances(data []byte) ([]*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("get_balances", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetDy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0d443f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get_dy(int128 i, int128 j, uint256 dx) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackGetDy(i *big.Int, j *big.Int, dx *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("get_dy", i, j, dx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0d443f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get_dy(int128 i, int128 j, uint256 dx) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackGetDy(i *big.Int, j *big.Int, dx *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("get_dy", i, j, dx)
}

// UnpackGetDy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e0d443f.
//
// Solidity: function get_dy(int128 i, int128 j, uint256 dx) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackGetDy(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("get_dy", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec023862.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get_p(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackGetP(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("get_p", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec023862.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get_p(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackGetP(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("get_p", i)
}

// UnpackGetP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec023862.
//
// Solidity: function get_p(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackGetP(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("get_p", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVirtualPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb7b8b80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get_virtual_price() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackGetVirtualPrice() []byte {
	enc, err := stableSwapPool.abi.Pack("get_virtual_price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVirtualPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb7b8b80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get_virtual_price() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackGetVirtualPrice() ([]byte, error) {
	return stableSwapPool.abi.Pack("get_virtual_price")
}

// UnpackGetVirtualPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb7b8b80.
//
// Solidity: function get_virtual_price() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackGetVirtualPrice(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("get_virtual_price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3931ab52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function last_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackLastPrice(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("last_price", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3931ab52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function last_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackLastPrice(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("last_price", i)
}

// UnpackLastPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3931ab52.
//
// Solidity: function last_price(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackLastPrice(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("last_price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaExpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1be913a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ma_exp_time() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackMaExpTime() []byte {
	enc, err := stableSwapPool.abi.Pack("ma_exp_time")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaExpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1be913a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ma_exp_time() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackMaExpTime() ([]byte, error) {
	return stableSwapPool.abi.Pack("ma_exp_time")
}

// UnpackMaExpTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1be913a5.
//
// Solidity: function ma_exp_time() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackMaExpTime(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("ma_exp_time", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOffpegFeeMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8edfdd5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offpeg_fee_multiplier() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackOffpegFeeMultiplier() []byte {
	enc, err := stableSwapPool.abi.Pack("offpeg_fee_multiplier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOffpegFeeMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8edfdd5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offpeg_fee_multiplier() view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackOffpegFeeMultiplier() ([]byte, error) {
	return stableSwapPool.abi.Pack("offpeg_fee_multiplier")
}

// UnpackOffpegFeeMultiplier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8edfdd5f.
//
// Solidity: function offpeg_fee_multiplier() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackOffpegFeeMultiplier(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("offpeg_fee_multiplier", data)
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
func (stableSwapPool *StableSwapPool) PackOwner() []byte {
	enc, err := stableSwapPool.abi.Pack("owner")
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
func (stableSwapPool *StableSwapPool) TryPackOwner() ([]byte, error) {
	return stableSwapPool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (stableSwapPool *StableSwapPool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := stableSwapPool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68727653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price_oracle(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) PackPriceOracle(i *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("price_oracle", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68727653.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price_oracle(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) TryPackPriceOracle(i *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("price_oracle", i)
}

// UnpackPriceOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68727653.
//
// Solidity: function price_oracle(uint256 i) view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackPriceOracle(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("price_oracle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40ddb8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remove_liquidity(uint256 burn_amount, uint256[] min_amounts) returns(uint256[] amounts)
func (stableSwapPool *StableSwapPool) PackRemoveLiquidity(burnAmount *big.Int, minAmounts []*big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("remove_liquidity", burnAmount, minAmounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40ddb8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remove_liquidity(uint256 burn_amount, uint256[] min_amounts) returns(uint256[] amounts)
func (stableSwapPool *StableSwapPool) TryPackRemoveLiquidity(burnAmount *big.Int, minAmounts []*big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("remove_liquidity", burnAmount, minAmounts)
}

// UnpackRemoveLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd40ddb8c.
//
// Solidity: function remove_liquidity(uint256 burn_amount, uint256[] min_amounts) returns(uint256[] amounts)
func (stableSwapPool *StableSwapPool) UnpackRemoveLiquidity(data []byte) ([]*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("remove_liquidity", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46df2ccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRate(uint256 i, uint256 rate) returns()
func (stableSwapPool *StableSwapPool) PackSetRate(i *big.Int, rate *big.Int) []byte {
	enc, err := stableSwapPool.abi.Pack("setRate", i, rate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46df2ccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRate(uint256 i, uint256 rate) returns()
func (stableSwapPool *StableSwapPool) TryPackSetRate(i *big.Int, rate *big.Int) ([]byte, error) {
	return stableSwapPool.abi.Pack("setRate", i, rate)
}

// PackStoredRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd0684b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stored_rates() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) PackStoredRates() []byte {
	enc, err := stableSwapPool.abi.Pack("stored_rates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd0684b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stored_rates() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) TryPackStoredRates() ([]byte, error) {
	return stableSwapPool.abi.Pack("stored_rates")
}

// UnpackStoredRates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd0684b1.
//
// Solidity: function stored_rates() view returns(uint256[] out)
func (stableSwapPool *StableSwapPool) UnpackStoredRates(data []byte) ([]*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("stored_rates", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (stableSwapPool *StableSwapPool) PackTotalSupply() []byte {
	enc, err := stableSwapPool.abi.Pack("totalSupply")
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
func (stableSwapPool *StableSwapPool) TryPackTotalSupply() ([]byte, error) {
	return stableSwapPool.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (stableSwapPool *StableSwapPool) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := stableSwapPool.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (stableSwapPool *StableSwapPool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := stableSwapPool.abi.Pack("transferOwnership", newOwner)
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
func (stableSwapPool *StableSwapPool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return stableSwapPool.abi.Pack("transferOwnership", newOwner)
}

// StableSwapPoolAddLiquidity represents a AddLiquidity event raised by the StableSwapPool contract.
type StableSwapPoolAddLiquidity struct {
	Provider     common.Address
	TokenAmounts []*big.Int
	Fees         []*big.Int
	Invariant    *big.Int
	TokenSupply  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const StableSwapPoolAddLiquidityEventName = "AddLiquidity"

// ContractEventName returns the user-defined event name.
func (StableSwapPoolAddLiquidity) ContractEventName() string {
	return StableSwapPoolAddLiquidityEventName
}

// UnpackAddLiquidityEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddLiquidity(address indexed provider, uint256[] token_amounts, uint256[] fees, uint256 invariant, uint256 token_supply)
func (stableSwapPool *StableSwapPool) UnpackAddLiquidityEvent(log *types.Log) (*StableSwapPoolAddLiquidity, error) {
	event := "AddLiquidity"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stableSwapPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StableSwapPoolAddLiquidity)
	if len(log.Data) > 0 {
		if err := stableSwapPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stableSwapPool.abi.Events[event].Inputs {
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

// StableSwapPoolRateSet represents a RateSet event raised by the StableSwapPool contract.
type StableSwapPoolRateSet struct {
	I       *big.Int
	OldRate *big.Int
	NewRate *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StableSwapPoolRateSetEventName = "RateSet"

// ContractEventName returns the user-defined event name.
func (StableSwapPoolRateSet) ContractEventName() string {
	return StableSwapPoolRateSetEventName
}

// UnpackRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateSet(uint256 indexed i, uint256 oldRate, uint256 newRate)
func (stableSwapPool *StableSwapPool) UnpackRateSetEvent(log *types.Log) (*StableSwapPoolRateSet, error) {
	event := "RateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stableSwapPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StableSwapPoolRateSet)
	if len(log.Data) > 0 {
		if err := stableSwapPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stableSwapPool.abi.Events[event].Inputs {
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

// StableSwapPoolRemoveLiquidity represents a RemoveLiquidity event raised by the StableSwapPool contract.
type StableSwapPoolRemoveLiquidity struct {
	Provider     common.Address
	TokenAmounts []*big.Int
	Fees         []*big.Int
	TokenSupply  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const StableSwapPoolRemoveLiquidityEventName = "RemoveLiquidity"

// ContractEventName returns the user-defined event name.
func (StableSwapPoolRemoveLiquidity) ContractEventName() string {
	return StableSwapPoolRemoveLiquidityEventName
}

// UnpackRemoveLiquidityEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemoveLiquidity(address indexed provider, uint256[] token_amounts, uint256[] fees, uint256 token_supply)
func (stableSwapPool *StableSwapPool) UnpackRemoveLiquidityEvent(log *types.Log) (*StableSwapPoolRemoveLiquidity, error) {
	event := "RemoveLiquidity"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stableSwapPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StableSwapPoolRemoveLiquidity)
	if len(log.Data) > 0 {
		if err := stableSwapPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stableSwapPool.abi.Events[event].Inputs {
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

// StableSwapPoolTokenExchange represents a TokenExchange event raised by the StableSwapPool contract.
type StableSwapPoolTokenExchange struct {
	Buyer        common.Address
	SoldId       *big.Int
	TokensSold   *big.Int
	BoughtId     *big.Int
	TokensBought *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const StableSwapPoolTokenExchangeEventName = "TokenExchange"

// ContractEventName returns the user-defined event name.
func (StableSwapPoolTokenExchange) ContractEventName() string {
	return StableSwapPoolTokenExchangeEventName
}

// UnpackTokenExchangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenExchange(address indexed buyer, int128 sold_id, uint256 tokens_sold, int128 bought_id, uint256 tokens_bought)
func (stableSwapPool *StableSwapPool) UnpackTokenExchangeEvent(log *types.Log) (*StableSwapPoolTokenExchange, error) {
	event := "TokenExchange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stableSwapPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StableSwapPoolTokenExchange)
	if len(log.Data) > 0 {
		if err := stableSwapPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stableSwapPool.abi.Events[event].Inputs {
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
