// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aaveliquidationmodule

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

// AaveLiquidationModuleMetaData contains all meta data concerning the AaveLiquidationModule contract.
var AaveLiquidationModuleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AssetNotListed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BorrowCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BorrowingNotEnabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallerNotAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallerNotPoolAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CollateralCannotBeLiquidated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CollateralCannotCoverNewBorrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EModeCategoryReserved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FlashloanDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FlashloanPremiumInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthFactorLowerThanLiquidationThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthFactorNotBelowThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InconsistentEModeCategory\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEmodeCategoryParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFlashloanExecutorReturn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInterestRateModeSelected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LtvValidationFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MustNotLeaveDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDebtOfSelectedType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoExplicitAmountToRepayOnBehalf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoMoreReservesAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBorrowableInEMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughAvailableUserBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveAlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveInactive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservePaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfLiquidation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpecifiedCurrencyNotBorrowedByUser\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyToAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnderlyingBalanceZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UserInIsolationModeOrLtvZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawToAToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddressNotValid\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowRate\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountCreated\",\"type\":\"uint256\"}],\"name\":\"DeficitCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidatedCollateralAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"LiquidationCall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountMinted\",\"type\":\"uint256\"}],\"name\":\"MintedToTreasury\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"repayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"useATokens\",\"type\":\"bool\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowIndex\",\"type\":\"uint256\"}],\"name\":\"ReserveDataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralDisabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralEnabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"}],\"name\":\"UserEModeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"liquidationCall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AaveLiquidationModule",
	Bin: "0x60a034606857601f61247238819003918201601f19168301916001600160401b03831184841017606c57808492602094604052833981010312606857516001600160a01b038116908190036068576080526040516123f190816100818239608051816101490152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60a06040526004361015610011575f80fd5b5f5f3560e01c62a718a914610024575f80fd5b34610aef5760a0366003190112610aef576004356001600160a01b0381168103610aef57602435906001600160a01b0382168203610aef576044356001600160a01b0381168103610aef57608435151560843503610aef576102a06040525f60a081905260c081905260e08190526101008190526101208190526101408190526101608190526101808190526101a08190526101c08190526101e0819052610200819052610220819052610240526100da611700565b610260526100e6611700565b610280526001600160a01b038281165f90815260208190526040808220928616825290209061011482611813565b610260526001600160a01b038481169086160361169f57610260515b61028052604051631f94a27560e31b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156114e1575f91611680575b506001600160a01b0384165f9081526004602052604090205460ff1660806101aa838388611ab7565b80516102005260208082015161022052910151610240526102805160c00151604051630ed1279f60e11b81526001600160a01b03888116600483015290929183916024918391165afa9081156114e1575f9161164c575b506102805160200151676765c793fa10079d601b1b91610221919061174a565b0460a0526102605160e00151604051630ed1279f60e11b81526001600160a01b038781166004830152909160209183916024918391165afa9081156114e1575f91611618575b5061026051604001516102839161027e919061174a565b611f17565b60c0526001600160a01b03851633146116095761028051516102605151603882901c6001161580156115fa575b6115eb57600182603c1c1615159081156115db575b506115cc5761024051670de0b6b3a764000011156115bd5760101c61ffff16158015611580575b6115715760c0511561156257805f52600560205260405f2090151580611531575b1561151f575460201c61ffff165b6101205260405163b3596f0760e01b81526001600160a01b0386811660048301529190911690602081602481855afa9081156114e1575f916114ec575b506101805260405163b3596f0760e01b81526001600160a01b038716600482015290602090829060249082905afa9081156114e1575f916114af575b506101a05261028051516103ad9060301c60ff1661173c565b6101c05261026051516103e4906103c99060301c60ff1661173c565b6101e081905260c0516101a0516103df9161174a565b611f5d565b6104036103f960a05160e060a001519061174a565b6101c0519061175d565b60c0519190642e90edd0001115806114a0575b8061148c575b61143c575b5080606435115f146114275761046a610453610449610474935b60e08190526101a05161174a565b6101c0519061174a565b610180516101e0516104649161174a565b9061175d565b6101205190611acc565b60a05181111561141e57506104b86104a761049d60a05180606060a0015260e060a0015161174a565b6101e0519061174a565b6101a0516101c0516104649161174a565b610120518115612710808402849004141715611307576127106104db9202611f5d565b60e0525b61010051610180516104f5916103f9919061174a565b61016052610280515160981c61ffff16806113bb575b5060e05160c05111806113a0575b61131b575b610100516101405161052f9161177b565b60a05114611278575b61020051610160516102605160c05160e05192909314948994939291906001846111c0575b61056a8461058296611788565b88806111b7575b611149575b50611108575b89611aea565b61028051602081015160c08201516001600160a01b031692909160843515610dd15750604051630ed1279f60e11b8152336004820152602081602481875afa908115610c70578591610d9c575b50610100516105de8482611d2e565b90853b15610d9857604051631a9dbdcd60e11b81529187918391829161060b918991338f600487016117a2565b038183895af1908115610d8d578691610d78575b50501580610d67575b610cd3575b505b6101405180610b65575b5050505080610b25575b610848575b6102605160c0015160e0516001600160a01b0390911690843b1561081957859182916040519060208201926323b872dd60e01b8452336024840152604483015260648201526064815261069c6084826116de565b519082875af13d15610811573d9067ffffffffffffffff82116107fd57604051916106d1601f8201601f1916602001846116de565b82523d86602084013e5b156107c057805190811591821561079a575b5050156107555760e051610100516040805192835260208301919091523390820152608435151560608201526001600160a01b0391821693821692909116907fe413a321e8681d831f4dbccbca790d2952b56f977908e45be37335533e00528690608090a480f35b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b81925090602091810103126107bc5760206107b59101611795565b5f806106ed565b8480fd5b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b634e487b7160e01b86526041600452602486fd5b6060906106db565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b6001600160a01b0381168452600360205260408420548490805b61086d575050610648565b60018116159060021c918291610b1c57808752600160205260408720546001600160a01b0316908115610b12578188528760205287604081206001815460381c1615610b065760249394506108c181611813565b60e0810151604051630ed1279f60e11b81526001600160a01b038a81166004830152909692939260209288928391165afa8015610afb5787958491610abf575b5061091561027e604085019283519061174a565b600191816109f7575b50968493929181610947989961094297508c8161098e575b50505061094d57611aea565b611aa9565b91610862565b60018060a01b038a1684526003602052604084205460016201fffe600485015460a71c161b191660018060a01b038b16855260036020526040852055611aea565b60207f2bccfb3fad376d59d7accf970515eb77b2f27b082c90ed0fb15583dd5a94269991600488016001600160801b036109cd818716828454166117f3565b82546001600160801b03191691161790556040519384526001600160a01b031692a3815f8c610936565b96509050604060018060a01b0360e0850151169660648b87610a1a845187611e48565b93519a85519b8c958694637a94c56560e11b865260018060a01b03166004860152602485015260448401525af18015610ab45788968591610a60575b509061094761091e565b949392919650506040843d8211610aac575b81610a7f604093836116de565b81010312610aa85786610947968998610a9a61094297611795565b925098975091929394610a56565b8280fd5b3d9150610a72565b6040513d86823e3d90fd5b93505093506020823d8211610af3575b81610adc602093836116de565b81010312610aef5785938a92515f610901565b5f80fd5b3d9150610acf565b6040513d85823e3d90fd5b50506109479150611aa9565b6109479150611aa9565b61094790611aa9565b506001600160a01b0381168452600360205260408420547f5555555555555555555555555555555555555555555555555555555555555555161515610643565b81610b6f91611d2e565b604051630ed1279f60e11b81526001600160a01b0387166004820152909290602081602481855afa908115610c70578591610c9e575b50808411610c7b575b5060405163ae16733560e01b815290602082600481845afa918215610c70578592610c3f575b506101405191813b15610c3b578588610c05829660405198899788968795631a9dbdcd60e11b8752600487016117a2565b03925af18015610c3057610c1b575b8080610639565b81610c25916116de565b6107bc57845f610c14565b6040513d84823e3d90fd5b8580fd5b610c6291925060203d602011610c69575b610c5a81836116de565b8101906117d4565b905f610bd4565b503d610c50565b6040513d87823e3d90fd5b9250676765c793fa10079d601b1b610c93838561174a565b04610140525f610bae565b9450506020843d602011610ccb575b81610cba602093836116de565b81010312610aef578893515f610ba5565b3d9150610cad565b600491929350015433885260036020526201fffe6b01fffffffffffffffffffffe60408a20549260a71c161660018101809111610d5357906001899493921b17338452600360205260408420553360018060a01b0387167e058a56ea94653cdf4f152d227ace22d4c00ad99e2a43f58cb7d9e3feb295f28580a35f61062d565b634e487b7160e01b89526011600452602489fd5b50610280515161ffff161515610628565b81610d82916116de565b6107bc57845f61061f565b6040513d88823e3d90fd5b8680fd5b9450506020843d602011610dc9575b81610db8602093836116de565b81010312610aef578893515f6105cf565b3d9150610dab565b6101005160e082015160405163b1bf962d60e01b8152939290602090859060049082906001600160a01b03165afa9182156110fd578a9488936110c2575b5060408201928351610e209161174a565b610e2990611f17565b90600385019189835460801c91600160a01b6001900360078901541660048901546001600160801b031691875160401c61ffff1660405193610e6a856116c1565b845260208401948552604080850188815260608601938452608086019283526001600160a01b039d8e1660a08701908152600160c0880190815260e088018a8152935163b90db31b60e01b815297516004890152975160248801529051604487015292516064860152905160848501529051909a1660a48301529151151560c4820152975160e4890152879081905a9261010491604094fa9586156110b7578a978b9761106c575b50610f77610f96936020969593610f726001600160801b0394610f4f868e1660018301906001600160801b0382549181199060801b169116179055565b60020180546001600160801b03168c871660801b6001600160801b031916179055565b611788565b82546001600160801b0316911660801b6001600160801b031916179055565b01519051916040519384528660208501526040840152606083015260808201527f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a60a0600180821b03891692a2806020606060a00151610ff68382611d2e565b60405163b18d6afd60e01b815293849283926110189291338d600487016117a2565b038187875af18015610ab45761102f575b5061062f565b6020813d602011611064575b81611048602093836116de565b810103126110605761105990611795565b505f611029565b8380fd5b3d915061103b565b965093929096506040863d6040116110af575b8161108c604093836116de565b810103126110ab57855160209096015195969293909290610f77610f12565b8980fd5b3d915061107f565b6040513d8c823e3d90fd5b9450915095506020833d6020116110f5575b816110e1602093836116de565b81010312610aef578a95899351915f610e0f565b3d91506110d4565b6040513d89823e3d90fd5b60018060a01b03881686526003602052604086205460016201fffe600484015460a71c161b191660018060a01b03891687526003602052604087205561057c565b600483016001600160801b03611164818416828454166117f3565b82546001600160801b03191691161790556040519081526001600160a01b038c811691908b16907f2bccfb3fad376d59d7accf970515eb77b2f27b082c90ed0fb15583dd5a94269990602090a35f610576565b50801515610571565b50861561127157835b604060018060a01b0360e0850151169560648b8a6111ec85890194855190611e48565b93519985519a8b958694637a94c56560e11b865260018060a01b03166004860152602485015260448401525af19485156110fd57879561122e575b509361055d565b94506040853d604011611269575b81611249604093836116de565b81010312610d985761056a8461126161058297611795565b965050611227565b3d915061123c565b82936111c9565b60048101546001600160a01b0384165f9081526003602052604090205491965060a71c6201fffe16600181018111611307576001600160a01b038481165f81815260036020526040812060019485019490941b19949094169092559196879290919086167f44c58d81365b66dd4b1a7f36c25aa97b8c71c361ee4937adc1a00000227db5dd8480a39050610538565b634e487b7160e01b5f52601160045260245ffd5b60c05160e0516113429161132f9190611788565b6101a0516101e051916103df919061174a565b64174876e800809110159061137c6103f961137261136860a051606060a0015190611788565b6101405190611788565b610180519061174a565b101581611398575b5061051e57632d8a6c3960e21b5f5260045ffd5b90505f611384565b5061010051610140516113b29161177b565b60a05111610519565b610100516101205190916127108084029290848404148415171561130757611414936113fa826113f5611405966114009560011c9061177b565b61175d565b90611788565b611acc565b61014081905261010051611788565b610100525f61050b565b610100526104df565b5061047461046a61045361044960643561043b565b610220516113888082029180159083048214171561130757810180911161130757612710900480911115610421576101e051611486925061147c9161174a565b6101a0519061175d565b5f610421565b5061024051670d2f13f7789f00001061041c565b50642e90edd000811015610416565b90506020813d6020116114d9575b816114ca602093836116de565b81010312610aef57515f610394565b3d91506114bd565b6040513d5f823e3d90fd5b90506020813d602011611517575b81611507602093836116de565b81010312610aef57516024610358565b3d91506114fa565b50610280515160201c61ffff1661031b565b5060016001600160801b03825460301c166001600160801b0361ffff600487015460a81c169116901c16151561030d565b633653732b60e01b5f5260045ffd5b6312f36b9d60e31b5f5260045ffd5b506001600160a01b0385165f90815260036020526040902054600484015460a71c6201fffe166001810191908210611307576001911c16156102ec565b63930bb77160e01b5f5260045ffd5b6334dfd7c760e21b5f5260045ffd5b60019150603c1c1615155f6102c5565b6324335bc960e21b5f5260045ffd5b50603881901c600116156102b0565b6344511af160e01b5f5260045ffd5b90506020813d602011611644575b81611633602093836116de565b81010312610aef575161027e610267565b3d9150611626565b90506020813d602011611678575b81611667602093836116de565b81010312610aef5751610221610201565b3d915061165a565b611699915060203d602011610c6957610c5a81836116de565b5f610181565b6116a881611813565b610130565b634e487b7160e01b5f52604160045260245ffd5b610100810190811067ffffffffffffffff8211176116ad57604052565b90601f8019910116810190811067ffffffffffffffff8211176116ad57604052565b6040519061170d826116c1565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b604d811161130757600a0a90565b8181029291811591840414171561130757565b8115611767570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161130757565b9190820391821161130757565b51908115158203610aef57565b6001600160a01b0391821681529116602082015260408101919091526060810191909152608081019190915260a00190565b90816020910312610aef57516001600160a01b0381168103610aef5790565b906001600160801b03809116911601906001600160801b03821161130757565b9061181c611700565b5060058201546001600160a01b03168015611a9a57611839611700565b928054845260018101908154916001600160801b038316602087015260028201928354906001600160801b038216604089015260801c606088015260801c6080870152600482019264ffffffffff845460801c16948560a089015260c088015260018060a01b0360068401541660e08801528664ffffffffff4216809614611a91575090600491604088019081519289606081015180611a44575b50505060e089015160405163b1bf962d60e01b81529460209186919082906001600160a01b03165afa9384156114e1575f94611a10575b50836119c7575b5061ffff885160401c16918261194e575b5050835464ffffffffff60801b19164260801b64ffffffffff60801b161790935550505060a0830152565b6119789361196c61197292676765c793fa10079d601b1b9451611788565b9061174a565b04611acc565b80611986575b808080611923565b6119b060036001600160801b036119a3819460208b015190611e48565b16930192828454166117f3565b166001600160801b03198254161790555f8061197e565b6001600160801b03806119f66119ee8c64ffffffffff60a060808301519201511690611dc9565b855190611d98565b80855216166001600160801b03198254161790555f611912565b9093506020813d602011611a3c575b81611a2c602093836116de565b81010312610aef5751925f61190b565b3d9150611a1f565b81611a756020611a6a6001600160801b03959464ffffffffff60a0889701511690611d62565b920191825190611d98565b80915216166001600160801b03198254161790555f89816118d4565b96505050505050565b63b77e1e0f60e01b5f5260045ffd5b5f1981146113075760010190565b90611ac692915f608052611f8a565b60805190565b90611ad69161174a565b611388810180911161130757612710900490565b60e083015160405163b1bf962d60e01b8152919493929190602090829060049082906001600160a01b03165afa9081156114e1575f91611cfc575b5060408301908151611b369161174a565b611b3f90611f17565b9260038301805460801c600160a01b600190036007860154169560048601546001600160801b0316845160401c61ffff169760405191611b7e836116c1565b8252602082018a81525f604080850191825260608501958652608085019b8c526001600160a01b039d8e1660a08601818152600160c0880190815260e088018a8152935163b90db31b60e01b8152975160048901529451602488015292516044870152955160648601529a51608485015251909b1660a48301529951151560c4820152965160e488015297869081905a9261010491604094fa9485156114e1575f965f96611cb2575b506020926001600160801b03610f777f804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a9a8a99989795611c8a611c8f96610f4f8660a09f1660018301906001600160801b0382549181199060801b169116179055565b61177b565b01519051916040519384525f6020850152604084015260608301526080820152a2565b94939195509195506040843d604011611cf4575b81611cd3604093836116de565b81010312610aef578351602094850151909690959394919390929091611c27565b3d9150611cc6565b90506020813d602011611d26575b81611d17602093836116de565b81010312610aef57515f611b25565b3d9150611d0a565b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b149015171561130757611d5f91611f5d565b90565b611d759061196c6301e133809342611788565b04676765c793fa10079d601b1b0180676765c793fa10079d601b1b116113075790565b90611da29161174a565b6b019d971e4fe8401e74000000810180911161130757676765c793fa10079d601b1b900490565b90611dd49042611788565b908115611e37576301e1338091611dea9161174a565b0480676765c793fa10079d601b1b0180676765c793fa10079d601b1b1161130757611e3182611e2b611e226006611d5f960483611d98565b8260011c61177b565b90611d98565b9061177b565b5050676765c793fa10079d601b1b90565b90676765c793fa10079d601b1b820291808304676765c793fa10079d601b1b149015171561130757611d5f9161175d565b64ffffffffff600482015460801c1664ffffffffff42168114611ebb576001600160801b03611eb36001611d5f940154928360801c611d62565b911690611d98565b50600101546001600160801b031690565b64ffffffffff600482015460801c1664ffffffffff42168114611f06576001600160801b03611eb36002611d5f940154928360801c611dc9565b50600201546001600160801b031690565b90676765c793fa10079d601b1b82048092676765c793fa10079d601b1b8083029083820414831517156113075703611f4c5750565b909150600181018091116113075790565b919091611f74611f6d848361175d565b938461174a565b03611f7b57565b90600181018091116113075790565b906040519060c0820182811067ffffffffffffffff8211176116ad576040525f82525f60208301525f60408301525f606083015260808201915f83525f60a08201528060805260018060a01b0384165f52600360205260405f20549283156123d757505060ff165f81815260056020526040902054938291156123cf576001600160801b038560301c1692935b5f955f945f965b6120b357505050505090506020608051015180155f1461207857505f195b60808051015260805151918261205157505050565b61206f9261205e9161175d565b60406080510152608051519061175d565b60606080510152565b670de0b6b3a76400008202828104670de0b6b3a7640000148315171561130757816113f56120ad926127109460011c9061177b565b0461203c565b600185161596600286811c96161588806123c8575b6123ba575f828152600160205260409020546001600160a01b031680156123ab57805f525f60205260405f2080549a61210660ff8d60301c1661173c565b60405163b3596f0760e01b81526004810194909452936020846024816001600160a01b038e165afa9384156114e1575f94612378575b5061ffff8d60101c1690811515908161236f575b50612231575b50899a9b5015612174575b50505061216d90611aa9565b969561201e565b6006810154604051630ed1279f60e11b81526001600160a01b038981166004830152909a506020918b916024918391165afa9081156114e1578a995f926121f3575b506121d8926121d361027e61216d97969461196c6103df95611ecc565b61174a565b6121e960206080510191825161177b565b9052905f80612161565b995091939290506020893d8211612229575b81612212602093836116de565b81010312610aef57975189989293916121d86121b6565b3d9150612205565b6005830154604051630ed1279f60e11b81526001600160a01b038b81166004830152909e939d9293918f918291165a92602491602094fa80156114e1575f9061233d575b6122ac9e50866113f587676765c793fa10079d601b1b61229b6122a19561196c8b611e79565b0461174a565b9d8e6080515161177b565b608051526001600160801b038816871c60011615159061ffff811615612323579e8e9f8d9e9f6122e991845f14612319575061ffff8c169061174a565b6122f29161177b565b9e61231093611e31925b1561196c575061ffff8a60101c169061174a565b99508a5f612156565b61ffff169061174a565b508b9c9d61231093611e3192600160a060805101526122fc565b5060208e813d8111612368575b61235481836116de565b81010312610aef579c516122ac9d90612275565b503d61234a565b9050155f612150565b9093506020813d82116123a3575b81612393602093836116de565b81010312610aef5751925f61213c565b3d9150612386565b50508596975061216d90611aa9565b508596975061216d90611aa9565b50806120c8565b5f9293612017565b5f1990526080525050505056fea164736f6c634300081c000a",
}

// AaveLiquidationModule is an auto generated Go binding around an Ethereum contract.
type AaveLiquidationModule struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveLiquidationModule) GetABI() abi.ABI {
	return c.abi
}

// NewAaveLiquidationModule creates a new instance of AaveLiquidationModule.
func NewAaveLiquidationModule() *AaveLiquidationModule {
	parsed, err := AaveLiquidationModuleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveLiquidationModule{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveLiquidationModule) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address provider) returns()
func (aaveLiquidationModule *AaveLiquidationModule) PackConstructor(provider common.Address) []byte {
	enc, err := aaveLiquidationModule.abi.Pack("", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (aaveLiquidationModule *AaveLiquidationModule) PackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) []byte {
	enc, err := aaveLiquidationModule.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (aaveLiquidationModule *AaveLiquidationModule) TryPackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) ([]byte, error) {
	return aaveLiquidationModule.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
}

// AaveLiquidationModuleBorrow represents a Borrow event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleBorrow struct {
	Reserve          common.Address
	User             common.Address
	OnBehalfOf       common.Address
	Amount           *big.Int
	InterestRateMode uint8
	BorrowRate       *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleBorrow) ContractEventName() string {
	return AaveLiquidationModuleBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint8 interestRateMode, uint256 borrowRate, uint16 indexed referralCode)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackBorrowEvent(log *types.Log) (*AaveLiquidationModuleBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleBorrow)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleDeficitCreated represents a DeficitCreated event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleDeficitCreated struct {
	User          common.Address
	DebtAsset     common.Address
	AmountCreated *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleDeficitCreatedEventName = "DeficitCreated"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleDeficitCreated) ContractEventName() string {
	return AaveLiquidationModuleDeficitCreatedEventName
}

// UnpackDeficitCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeficitCreated(address indexed user, address indexed debtAsset, uint256 amountCreated)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackDeficitCreatedEvent(log *types.Log) (*AaveLiquidationModuleDeficitCreated, error) {
	event := "DeficitCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleDeficitCreated)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleFlashLoan represents a FlashLoan event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleFlashLoan struct {
	Target           common.Address
	Initiator        common.Address
	Asset            common.Address
	Amount           *big.Int
	InterestRateMode uint8
	Premium          *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleFlashLoan) ContractEventName() string {
	return AaveLiquidationModuleFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed target, address initiator, address indexed asset, uint256 amount, uint8 interestRateMode, uint256 premium, uint16 indexed referralCode)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackFlashLoanEvent(log *types.Log) (*AaveLiquidationModuleFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleFlashLoan)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleLiquidationCall represents a LiquidationCall event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleLiquidationCall struct {
	CollateralAsset            common.Address
	DebtAsset                  common.Address
	User                       common.Address
	DebtToCover                *big.Int
	LiquidatedCollateralAmount *big.Int
	Liquidator                 common.Address
	ReceiveAToken              bool
	Raw                        *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleLiquidationCallEventName = "LiquidationCall"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleLiquidationCall) ContractEventName() string {
	return AaveLiquidationModuleLiquidationCallEventName
}

// UnpackLiquidationCallEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationCall(address indexed collateralAsset, address indexed debtAsset, address indexed user, uint256 debtToCover, uint256 liquidatedCollateralAmount, address liquidator, bool receiveAToken)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackLiquidationCallEvent(log *types.Log) (*AaveLiquidationModuleLiquidationCall, error) {
	event := "LiquidationCall"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleLiquidationCall)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleMintedToTreasury represents a MintedToTreasury event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleMintedToTreasury struct {
	Reserve      common.Address
	AmountMinted *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleMintedToTreasuryEventName = "MintedToTreasury"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleMintedToTreasury) ContractEventName() string {
	return AaveLiquidationModuleMintedToTreasuryEventName
}

// UnpackMintedToTreasuryEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintedToTreasury(address indexed reserve, uint256 amountMinted)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackMintedToTreasuryEvent(log *types.Log) (*AaveLiquidationModuleMintedToTreasury, error) {
	event := "MintedToTreasury"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleMintedToTreasury)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleRepay represents a Repay event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleRepay struct {
	Reserve    common.Address
	User       common.Address
	Repayer    common.Address
	Amount     *big.Int
	UseATokens bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleRepay) ContractEventName() string {
	return AaveLiquidationModuleRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(address indexed reserve, address indexed user, address indexed repayer, uint256 amount, bool useATokens)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackRepayEvent(log *types.Log) (*AaveLiquidationModuleRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleRepay)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleReserveDataUpdated represents a ReserveDataUpdated event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveDataUpdated struct {
	Reserve             common.Address
	LiquidityRate       *big.Int
	StableBorrowRate    *big.Int
	VariableBorrowRate  *big.Int
	LiquidityIndex      *big.Int
	VariableBorrowIndex *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleReserveDataUpdatedEventName = "ReserveDataUpdated"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleReserveDataUpdated) ContractEventName() string {
	return AaveLiquidationModuleReserveDataUpdatedEventName
}

// UnpackReserveDataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDataUpdated(address indexed reserve, uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate, uint256 liquidityIndex, uint256 variableBorrowIndex)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveDataUpdatedEvent(log *types.Log) (*AaveLiquidationModuleReserveDataUpdated, error) {
	event := "ReserveDataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleReserveDataUpdated)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleReserveUsedAsCollateralDisabled represents a ReserveUsedAsCollateralDisabled event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveUsedAsCollateralDisabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleReserveUsedAsCollateralDisabledEventName = "ReserveUsedAsCollateralDisabled"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleReserveUsedAsCollateralDisabled) ContractEventName() string {
	return AaveLiquidationModuleReserveUsedAsCollateralDisabledEventName
}

// UnpackReserveUsedAsCollateralDisabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralDisabled(address indexed reserve, address indexed user)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveUsedAsCollateralDisabledEvent(log *types.Log) (*AaveLiquidationModuleReserveUsedAsCollateralDisabled, error) {
	event := "ReserveUsedAsCollateralDisabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleReserveUsedAsCollateralDisabled)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleReserveUsedAsCollateralEnabled represents a ReserveUsedAsCollateralEnabled event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveUsedAsCollateralEnabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleReserveUsedAsCollateralEnabledEventName = "ReserveUsedAsCollateralEnabled"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleReserveUsedAsCollateralEnabled) ContractEventName() string {
	return AaveLiquidationModuleReserveUsedAsCollateralEnabledEventName
}

// UnpackReserveUsedAsCollateralEnabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralEnabled(address indexed reserve, address indexed user)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveUsedAsCollateralEnabledEvent(log *types.Log) (*AaveLiquidationModuleReserveUsedAsCollateralEnabled, error) {
	event := "ReserveUsedAsCollateralEnabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleReserveUsedAsCollateralEnabled)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleSupply represents a Supply event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleSupply struct {
	Reserve      common.Address
	User         common.Address
	OnBehalfOf   common.Address
	Amount       *big.Int
	ReferralCode uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleSupply) ContractEventName() string {
	return AaveLiquidationModuleSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackSupplyEvent(log *types.Log) (*AaveLiquidationModuleSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleSupply)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleUserEModeSet represents a UserEModeSet event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleUserEModeSet struct {
	User       common.Address
	CategoryId uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleUserEModeSetEventName = "UserEModeSet"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleUserEModeSet) ContractEventName() string {
	return AaveLiquidationModuleUserEModeSetEventName
}

// UnpackUserEModeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserEModeSet(address indexed user, uint8 categoryId)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackUserEModeSetEvent(log *types.Log) (*AaveLiquidationModuleUserEModeSet, error) {
	event := "UserEModeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleUserEModeSet)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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

// AaveLiquidationModuleWithdraw represents a Withdraw event raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleWithdraw struct {
	Reserve common.Address
	User    common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AaveLiquidationModuleWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (AaveLiquidationModuleWithdraw) ContractEventName() string {
	return AaveLiquidationModuleWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed reserve, address indexed user, address indexed to, uint256 amount)
func (aaveLiquidationModule *AaveLiquidationModule) UnpackWithdrawEvent(log *types.Log) (*AaveLiquidationModuleWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveLiquidationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveLiquidationModuleWithdraw)
	if len(log.Data) > 0 {
		if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveLiquidationModule.abi.Events[event].Inputs {
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
func (aaveLiquidationModule *AaveLiquidationModule) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["AssetNotListed"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackAssetNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["BorrowCapExceeded"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackBorrowCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["BorrowingNotEnabled"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackBorrowingNotEnabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["CallerNotAToken"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackCallerNotATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["CallerNotPoolAdmin"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackCallerNotPoolAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["CollateralCannotBeLiquidated"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackCollateralCannotBeLiquidatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["CollateralCannotCoverNewBorrow"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackCollateralCannotCoverNewBorrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["EModeCategoryReserved"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackEModeCategoryReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["FlashloanDisabled"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackFlashloanDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["FlashloanPremiumInvalid"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackFlashloanPremiumInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["HealthFactorLowerThanLiquidationThreshold"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackHealthFactorLowerThanLiquidationThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["HealthFactorNotBelowThreshold"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackHealthFactorNotBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["InconsistentEModeCategory"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackInconsistentEModeCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["InvalidEmodeCategoryParams"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackInvalidEmodeCategoryParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["InvalidFlashloanExecutorReturn"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackInvalidFlashloanExecutorReturnError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["InvalidInterestRateModeSelected"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackInvalidInterestRateModeSelectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["LtvValidationFailed"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackLtvValidationFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["MustNotLeaveDust"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackMustNotLeaveDustError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["NoDebtOfSelectedType"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackNoDebtOfSelectedTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["NoExplicitAmountToRepayOnBehalf"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackNoExplicitAmountToRepayOnBehalfError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["NoMoreReservesAllowed"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackNoMoreReservesAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["NotBorrowableInEMode"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackNotBorrowableInEModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["NotEnoughAvailableUserBalance"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackNotEnoughAvailableUserBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["ReserveAlreadyInitialized"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackReserveAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["ReserveFrozen"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackReserveFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["ReserveInactive"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackReserveInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["ReservePaused"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackReservePausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["SelfLiquidation"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackSelfLiquidationError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["SpecifiedCurrencyNotBorrowedByUser"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackSpecifiedCurrencyNotBorrowedByUserError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["SupplyToAToken"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackSupplyToATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["UnderlyingBalanceZero"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackUnderlyingBalanceZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["UserInIsolationModeOrLtvZero"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackUserInIsolationModeOrLtvZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["WithdrawToAToken"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackWithdrawToATokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveLiquidationModule.abi.Errors["ZeroAddressNotValid"].ID.Bytes()[:4]) {
		return aaveLiquidationModule.UnpackZeroAddressNotValidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveLiquidationModuleAssetNotListed represents a AssetNotListed error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleAssetNotListed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotListed()
func AaveLiquidationModuleAssetNotListedErrorID() common.Hash {
	return common.HexToHash("0xb77e1e0fd961542ca6bcecd4d42fe3fa2e9e586f1c9f436d9000c1cfcd839c6e")
}

// UnpackAssetNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotListed()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackAssetNotListedError(raw []byte) (*AaveLiquidationModuleAssetNotListed, error) {
	out := new(AaveLiquidationModuleAssetNotListed)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "AssetNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleBorrowCapExceeded represents a BorrowCapExceeded error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleBorrowCapExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowCapExceeded()
func AaveLiquidationModuleBorrowCapExceededErrorID() common.Hash {
	return common.HexToHash("0x77a6a896234d55368cb3e4fe305f2078b74b71a97343032b7eaa2a65a1853694")
}

// UnpackBorrowCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowCapExceeded()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackBorrowCapExceededError(raw []byte) (*AaveLiquidationModuleBorrowCapExceeded, error) {
	out := new(AaveLiquidationModuleBorrowCapExceeded)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "BorrowCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleBorrowingNotEnabled represents a BorrowingNotEnabled error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleBorrowingNotEnabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BorrowingNotEnabled()
func AaveLiquidationModuleBorrowingNotEnabledErrorID() common.Hash {
	return common.HexToHash("0x53587745cdacf3ca6f47b324bfe649614aaa76220c3c53c3a266fb8b8444923c")
}

// UnpackBorrowingNotEnabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BorrowingNotEnabled()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackBorrowingNotEnabledError(raw []byte) (*AaveLiquidationModuleBorrowingNotEnabled, error) {
	out := new(AaveLiquidationModuleBorrowingNotEnabled)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "BorrowingNotEnabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleCallerNotAToken represents a CallerNotAToken error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleCallerNotAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotAToken()
func AaveLiquidationModuleCallerNotATokenErrorID() common.Hash {
	return common.HexToHash("0x93b9ef1f53e3751d5b5c81fc6eb6d22074ce5bceda998504ca2fa229c96f4193")
}

// UnpackCallerNotATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotAToken()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackCallerNotATokenError(raw []byte) (*AaveLiquidationModuleCallerNotAToken, error) {
	out := new(AaveLiquidationModuleCallerNotAToken)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "CallerNotAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleCallerNotPoolAdmin represents a CallerNotPoolAdmin error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleCallerNotPoolAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotPoolAdmin()
func AaveLiquidationModuleCallerNotPoolAdminErrorID() common.Hash {
	return common.HexToHash("0xcdd36a97ec10bfd457da473e0238e65558a550dbd6258e5ad7c845311e63f849")
}

// UnpackCallerNotPoolAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotPoolAdmin()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackCallerNotPoolAdminError(raw []byte) (*AaveLiquidationModuleCallerNotPoolAdmin, error) {
	out := new(AaveLiquidationModuleCallerNotPoolAdmin)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "CallerNotPoolAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleCollateralCannotBeLiquidated represents a CollateralCannotBeLiquidated error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleCollateralCannotBeLiquidated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralCannotBeLiquidated()
func AaveLiquidationModuleCollateralCannotBeLiquidatedErrorID() common.Hash {
	return common.HexToHash("0x979b5ce875b9f2ffe91e92bd633fe0cce68702d382b25b777e7ced114857a98f")
}

// UnpackCollateralCannotBeLiquidatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralCannotBeLiquidated()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackCollateralCannotBeLiquidatedError(raw []byte) (*AaveLiquidationModuleCollateralCannotBeLiquidated, error) {
	out := new(AaveLiquidationModuleCollateralCannotBeLiquidated)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "CollateralCannotBeLiquidated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleCollateralCannotCoverNewBorrow represents a CollateralCannotCoverNewBorrow error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleCollateralCannotCoverNewBorrow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralCannotCoverNewBorrow()
func AaveLiquidationModuleCollateralCannotCoverNewBorrowErrorID() common.Hash {
	return common.HexToHash("0x911ceb8146e3022e6ef2237a9c73c107dc93f2b11c04466b7943da44640dda32")
}

// UnpackCollateralCannotCoverNewBorrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralCannotCoverNewBorrow()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackCollateralCannotCoverNewBorrowError(raw []byte) (*AaveLiquidationModuleCollateralCannotCoverNewBorrow, error) {
	out := new(AaveLiquidationModuleCollateralCannotCoverNewBorrow)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "CollateralCannotCoverNewBorrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleEModeCategoryReserved represents a EModeCategoryReserved error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleEModeCategoryReserved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EModeCategoryReserved()
func AaveLiquidationModuleEModeCategoryReservedErrorID() common.Hash {
	return common.HexToHash("0x92842113457f4e6c47e10ab181cb3224735934ae27b181e008bb6729e37a0b39")
}

// UnpackEModeCategoryReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EModeCategoryReserved()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackEModeCategoryReservedError(raw []byte) (*AaveLiquidationModuleEModeCategoryReserved, error) {
	out := new(AaveLiquidationModuleEModeCategoryReserved)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "EModeCategoryReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleFlashloanDisabled represents a FlashloanDisabled error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleFlashloanDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FlashloanDisabled()
func AaveLiquidationModuleFlashloanDisabledErrorID() common.Hash {
	return common.HexToHash("0x580f2f14a6fd18784a0cd7cf94afbfb6be26b520090f5c2e52b20d5e318b64e5")
}

// UnpackFlashloanDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FlashloanDisabled()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackFlashloanDisabledError(raw []byte) (*AaveLiquidationModuleFlashloanDisabled, error) {
	out := new(AaveLiquidationModuleFlashloanDisabled)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "FlashloanDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleFlashloanPremiumInvalid represents a FlashloanPremiumInvalid error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleFlashloanPremiumInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FlashloanPremiumInvalid()
func AaveLiquidationModuleFlashloanPremiumInvalidErrorID() common.Hash {
	return common.HexToHash("0x742d1c727b9cb20581c647c9d9544362a09b856afd592202e5dbf1e226e7fbe9")
}

// UnpackFlashloanPremiumInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FlashloanPremiumInvalid()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackFlashloanPremiumInvalidError(raw []byte) (*AaveLiquidationModuleFlashloanPremiumInvalid, error) {
	out := new(AaveLiquidationModuleFlashloanPremiumInvalid)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "FlashloanPremiumInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleHealthFactorLowerThanLiquidationThreshold represents a HealthFactorLowerThanLiquidationThreshold error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleHealthFactorLowerThanLiquidationThreshold struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HealthFactorLowerThanLiquidationThreshold()
func AaveLiquidationModuleHealthFactorLowerThanLiquidationThresholdErrorID() common.Hash {
	return common.HexToHash("0x6679996d18976125903631650f841740e173c8252db27c6b9089aac8cf72f53d")
}

// UnpackHealthFactorLowerThanLiquidationThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HealthFactorLowerThanLiquidationThreshold()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackHealthFactorLowerThanLiquidationThresholdError(raw []byte) (*AaveLiquidationModuleHealthFactorLowerThanLiquidationThreshold, error) {
	out := new(AaveLiquidationModuleHealthFactorLowerThanLiquidationThreshold)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "HealthFactorLowerThanLiquidationThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleHealthFactorNotBelowThreshold represents a HealthFactorNotBelowThreshold error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleHealthFactorNotBelowThreshold struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HealthFactorNotBelowThreshold()
func AaveLiquidationModuleHealthFactorNotBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x930bb7718d390e0d09a3c3d4b87af89aa10339fc3fa6291c1edb5c97df11e142")
}

// UnpackHealthFactorNotBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HealthFactorNotBelowThreshold()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackHealthFactorNotBelowThresholdError(raw []byte) (*AaveLiquidationModuleHealthFactorNotBelowThreshold, error) {
	out := new(AaveLiquidationModuleHealthFactorNotBelowThreshold)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "HealthFactorNotBelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleInconsistentEModeCategory represents a InconsistentEModeCategory error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleInconsistentEModeCategory struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InconsistentEModeCategory()
func AaveLiquidationModuleInconsistentEModeCategoryErrorID() common.Hash {
	return common.HexToHash("0xc1d888720b021e46482fe60e7b9048d1c6f0c8b2a7dbfe2a7d1fed2ae75aac57")
}

// UnpackInconsistentEModeCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InconsistentEModeCategory()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackInconsistentEModeCategoryError(raw []byte) (*AaveLiquidationModuleInconsistentEModeCategory, error) {
	out := new(AaveLiquidationModuleInconsistentEModeCategory)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "InconsistentEModeCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleInvalidAmount represents a InvalidAmount error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AaveLiquidationModuleInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackInvalidAmountError(raw []byte) (*AaveLiquidationModuleInvalidAmount, error) {
	out := new(AaveLiquidationModuleInvalidAmount)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleInvalidEmodeCategoryParams represents a InvalidEmodeCategoryParams error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleInvalidEmodeCategoryParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEmodeCategoryParams()
func AaveLiquidationModuleInvalidEmodeCategoryParamsErrorID() common.Hash {
	return common.HexToHash("0xec1dd8d566c0a476c5ec36285bfdbdeb22502d595a820e63d73934cc3e04b911")
}

// UnpackInvalidEmodeCategoryParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEmodeCategoryParams()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackInvalidEmodeCategoryParamsError(raw []byte) (*AaveLiquidationModuleInvalidEmodeCategoryParams, error) {
	out := new(AaveLiquidationModuleInvalidEmodeCategoryParams)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "InvalidEmodeCategoryParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleInvalidFlashloanExecutorReturn represents a InvalidFlashloanExecutorReturn error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleInvalidFlashloanExecutorReturn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFlashloanExecutorReturn()
func AaveLiquidationModuleInvalidFlashloanExecutorReturnErrorID() common.Hash {
	return common.HexToHash("0xfb37391e8f2df1a3f7ba5512dcd87fb66395cb00c5c4a40e11b8438e46367561")
}

// UnpackInvalidFlashloanExecutorReturnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFlashloanExecutorReturn()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackInvalidFlashloanExecutorReturnError(raw []byte) (*AaveLiquidationModuleInvalidFlashloanExecutorReturn, error) {
	out := new(AaveLiquidationModuleInvalidFlashloanExecutorReturn)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "InvalidFlashloanExecutorReturn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleInvalidInterestRateModeSelected represents a InvalidInterestRateModeSelected error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleInvalidInterestRateModeSelected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInterestRateModeSelected()
func AaveLiquidationModuleInvalidInterestRateModeSelectedErrorID() common.Hash {
	return common.HexToHash("0x17c5a78ee97f0a09954af64c10ca6e62f103d147d481ec5db64d646656c6458a")
}

// UnpackInvalidInterestRateModeSelectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInterestRateModeSelected()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackInvalidInterestRateModeSelectedError(raw []byte) (*AaveLiquidationModuleInvalidInterestRateModeSelected, error) {
	out := new(AaveLiquidationModuleInvalidInterestRateModeSelected)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "InvalidInterestRateModeSelected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleLtvValidationFailed represents a LtvValidationFailed error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleLtvValidationFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LtvValidationFailed()
func AaveLiquidationModuleLtvValidationFailedErrorID() common.Hash {
	return common.HexToHash("0x5b263df79b09bd10ef46d079046d3129589eb278c03b79023b4eb6aa73901264")
}

// UnpackLtvValidationFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LtvValidationFailed()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackLtvValidationFailedError(raw []byte) (*AaveLiquidationModuleLtvValidationFailed, error) {
	out := new(AaveLiquidationModuleLtvValidationFailed)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "LtvValidationFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleMustNotLeaveDust represents a MustNotLeaveDust error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleMustNotLeaveDust struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MustNotLeaveDust()
func AaveLiquidationModuleMustNotLeaveDustErrorID() common.Hash {
	return common.HexToHash("0xb629b0e43fc54a88b4247c6fdadc7ffb811ad8a2b39e4f428f4913c97cfdec9a")
}

// UnpackMustNotLeaveDustError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MustNotLeaveDust()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackMustNotLeaveDustError(raw []byte) (*AaveLiquidationModuleMustNotLeaveDust, error) {
	out := new(AaveLiquidationModuleMustNotLeaveDust)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "MustNotLeaveDust", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleNoDebtOfSelectedType represents a NoDebtOfSelectedType error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleNoDebtOfSelectedType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDebtOfSelectedType()
func AaveLiquidationModuleNoDebtOfSelectedTypeErrorID() common.Hash {
	return common.HexToHash("0xf0788fb2a9871fdcef10c907ffdd3de1f8ef663e2ceaaff99b8709181e8afa03")
}

// UnpackNoDebtOfSelectedTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDebtOfSelectedType()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackNoDebtOfSelectedTypeError(raw []byte) (*AaveLiquidationModuleNoDebtOfSelectedType, error) {
	out := new(AaveLiquidationModuleNoDebtOfSelectedType)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "NoDebtOfSelectedType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleNoExplicitAmountToRepayOnBehalf represents a NoExplicitAmountToRepayOnBehalf error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleNoExplicitAmountToRepayOnBehalf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoExplicitAmountToRepayOnBehalf()
func AaveLiquidationModuleNoExplicitAmountToRepayOnBehalfErrorID() common.Hash {
	return common.HexToHash("0xcd3779c3af854cbf09a8558021da36274240ce6209c218427f0e2523e5e1de9e")
}

// UnpackNoExplicitAmountToRepayOnBehalfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoExplicitAmountToRepayOnBehalf()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackNoExplicitAmountToRepayOnBehalfError(raw []byte) (*AaveLiquidationModuleNoExplicitAmountToRepayOnBehalf, error) {
	out := new(AaveLiquidationModuleNoExplicitAmountToRepayOnBehalf)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "NoExplicitAmountToRepayOnBehalf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleNoMoreReservesAllowed represents a NoMoreReservesAllowed error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleNoMoreReservesAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMoreReservesAllowed()
func AaveLiquidationModuleNoMoreReservesAllowedErrorID() common.Hash {
	return common.HexToHash("0x923a946681e165d2ba750ce5d0f6bc6d30e25be6e1f8f58d8b21f5a95a0f4a6f")
}

// UnpackNoMoreReservesAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMoreReservesAllowed()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackNoMoreReservesAllowedError(raw []byte) (*AaveLiquidationModuleNoMoreReservesAllowed, error) {
	out := new(AaveLiquidationModuleNoMoreReservesAllowed)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "NoMoreReservesAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleNotBorrowableInEMode represents a NotBorrowableInEMode error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleNotBorrowableInEMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBorrowableInEMode()
func AaveLiquidationModuleNotBorrowableInEModeErrorID() common.Hash {
	return common.HexToHash("0x57db5bbaf24e8c18a46411a8c9a9900cd0ece383ec9615ac37bee1ee634231cb")
}

// UnpackNotBorrowableInEModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBorrowableInEMode()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackNotBorrowableInEModeError(raw []byte) (*AaveLiquidationModuleNotBorrowableInEMode, error) {
	out := new(AaveLiquidationModuleNotBorrowableInEMode)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "NotBorrowableInEMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleNotEnoughAvailableUserBalance represents a NotEnoughAvailableUserBalance error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleNotEnoughAvailableUserBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughAvailableUserBalance()
func AaveLiquidationModuleNotEnoughAvailableUserBalanceErrorID() common.Hash {
	return common.HexToHash("0x47bc4b2ced16a5b041e5505d80d8b79852f727702ee25eec90c5f1f6d4f704d5")
}

// UnpackNotEnoughAvailableUserBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughAvailableUserBalance()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackNotEnoughAvailableUserBalanceError(raw []byte) (*AaveLiquidationModuleNotEnoughAvailableUserBalance, error) {
	out := new(AaveLiquidationModuleNotEnoughAvailableUserBalance)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "NotEnoughAvailableUserBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleReserveAlreadyInitialized represents a ReserveAlreadyInitialized error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveAlreadyInitialized()
func AaveLiquidationModuleReserveAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0xd71b1fd1fb094b3fe7af3e85f3f1d9fec63f2be42540c0118c1e45ad0714df4d")
}

// UnpackReserveAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveAlreadyInitialized()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveAlreadyInitializedError(raw []byte) (*AaveLiquidationModuleReserveAlreadyInitialized, error) {
	out := new(AaveLiquidationModuleReserveAlreadyInitialized)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "ReserveAlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleReserveFrozen represents a ReserveFrozen error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveFrozen()
func AaveLiquidationModuleReserveFrozenErrorID() common.Hash {
	return common.HexToHash("0x6d305815876e38d7fbfc11c2052825886f621b3a73ed3fdb74c471b79bc65e67")
}

// UnpackReserveFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveFrozen()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveFrozenError(raw []byte) (*AaveLiquidationModuleReserveFrozen, error) {
	out := new(AaveLiquidationModuleReserveFrozen)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "ReserveFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleReserveInactive represents a ReserveInactive error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReserveInactive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveInactive()
func AaveLiquidationModuleReserveInactiveErrorID() common.Hash {
	return common.HexToHash("0x90cd6f24e73bef21dae43b9fd1edd6d4226f379cf8b33c9fd6c9b1117cfbaa07")
}

// UnpackReserveInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveInactive()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReserveInactiveError(raw []byte) (*AaveLiquidationModuleReserveInactive, error) {
	out := new(AaveLiquidationModuleReserveInactive)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "ReserveInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleReservePaused represents a ReservePaused error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleReservePaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservePaused()
func AaveLiquidationModuleReservePausedErrorID() common.Hash {
	return common.HexToHash("0xd37f5f1c9af5726abb826b69095bc9d46fc180142e5c70f99be2870d10fe8fde")
}

// UnpackReservePausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservePaused()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackReservePausedError(raw []byte) (*AaveLiquidationModuleReservePaused, error) {
	out := new(AaveLiquidationModuleReservePaused)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "ReservePaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleSelfLiquidation represents a SelfLiquidation error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleSelfLiquidation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfLiquidation()
func AaveLiquidationModuleSelfLiquidationErrorID() common.Hash {
	return common.HexToHash("0x44511af16e5b4dc9b7f92632866e8ab81e7a5083fea3d443181b4855f0d9c12c")
}

// UnpackSelfLiquidationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfLiquidation()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackSelfLiquidationError(raw []byte) (*AaveLiquidationModuleSelfLiquidation, error) {
	out := new(AaveLiquidationModuleSelfLiquidation)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "SelfLiquidation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleSpecifiedCurrencyNotBorrowedByUser represents a SpecifiedCurrencyNotBorrowedByUser error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleSpecifiedCurrencyNotBorrowedByUser struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpecifiedCurrencyNotBorrowedByUser()
func AaveLiquidationModuleSpecifiedCurrencyNotBorrowedByUserErrorID() common.Hash {
	return common.HexToHash("0x3653732b6f7c3e1867c27acf046b463ff70101a7a0afbd9fa293b6f70dff4cb7")
}

// UnpackSpecifiedCurrencyNotBorrowedByUserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpecifiedCurrencyNotBorrowedByUser()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackSpecifiedCurrencyNotBorrowedByUserError(raw []byte) (*AaveLiquidationModuleSpecifiedCurrencyNotBorrowedByUser, error) {
	out := new(AaveLiquidationModuleSpecifiedCurrencyNotBorrowedByUser)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "SpecifiedCurrencyNotBorrowedByUser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleSupplyCapExceeded represents a SupplyCapExceeded error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleSupplyCapExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded()
func AaveLiquidationModuleSupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0xf58f733a35221e7eb2306c3797a4027971632d126b141d16a9d40c700263a9d6")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackSupplyCapExceededError(raw []byte) (*AaveLiquidationModuleSupplyCapExceeded, error) {
	out := new(AaveLiquidationModuleSupplyCapExceeded)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleSupplyToAToken represents a SupplyToAToken error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleSupplyToAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyToAToken()
func AaveLiquidationModuleSupplyToATokenErrorID() common.Hash {
	return common.HexToHash("0x18d2badf1286f4debf30fff3d3ee8ed33542d4a396f8f2b9289a58ca01c634cb")
}

// UnpackSupplyToATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyToAToken()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackSupplyToATokenError(raw []byte) (*AaveLiquidationModuleSupplyToAToken, error) {
	out := new(AaveLiquidationModuleSupplyToAToken)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "SupplyToAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleUnderlyingBalanceZero represents a UnderlyingBalanceZero error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleUnderlyingBalanceZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnderlyingBalanceZero()
func AaveLiquidationModuleUnderlyingBalanceZeroErrorID() common.Hash {
	return common.HexToHash("0x5fe10377fc60486971264ac8016cb9782a4fc354e77bf3d082c274fb9a3f891b")
}

// UnpackUnderlyingBalanceZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnderlyingBalanceZero()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackUnderlyingBalanceZeroError(raw []byte) (*AaveLiquidationModuleUnderlyingBalanceZero, error) {
	out := new(AaveLiquidationModuleUnderlyingBalanceZero)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "UnderlyingBalanceZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleUserInIsolationModeOrLtvZero represents a UserInIsolationModeOrLtvZero error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleUserInIsolationModeOrLtvZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UserInIsolationModeOrLtvZero()
func AaveLiquidationModuleUserInIsolationModeOrLtvZeroErrorID() common.Hash {
	return common.HexToHash("0x0cafc072f1683e327b074a0cdd1f29c2570e6ec6b44f670d44662c3d4f1efad6")
}

// UnpackUserInIsolationModeOrLtvZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UserInIsolationModeOrLtvZero()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackUserInIsolationModeOrLtvZeroError(raw []byte) (*AaveLiquidationModuleUserInIsolationModeOrLtvZero, error) {
	out := new(AaveLiquidationModuleUserInIsolationModeOrLtvZero)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "UserInIsolationModeOrLtvZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleWithdrawToAToken represents a WithdrawToAToken error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleWithdrawToAToken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawToAToken()
func AaveLiquidationModuleWithdrawToATokenErrorID() common.Hash {
	return common.HexToHash("0xdbc4273cd402b57d3d977e5cf72548f25f75054c7b6d9a223fd40b1f9445d892")
}

// UnpackWithdrawToATokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawToAToken()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackWithdrawToATokenError(raw []byte) (*AaveLiquidationModuleWithdrawToAToken, error) {
	out := new(AaveLiquidationModuleWithdrawToAToken)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "WithdrawToAToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveLiquidationModuleZeroAddressNotValid represents a ZeroAddressNotValid error raised by the AaveLiquidationModule contract.
type AaveLiquidationModuleZeroAddressNotValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddressNotValid()
func AaveLiquidationModuleZeroAddressNotValidErrorID() common.Hash {
	return common.HexToHash("0x3bf95ba7e7077274f21516f9ff4505186253dcadb515c31a627c8c44e5ab719d")
}

// UnpackZeroAddressNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddressNotValid()
func (aaveLiquidationModule *AaveLiquidationModule) UnpackZeroAddressNotValidError(raw []byte) (*AaveLiquidationModuleZeroAddressNotValid, error) {
	out := new(AaveLiquidationModuleZeroAddressNotValid)
	if err := aaveLiquidationModule.abi.UnpackIntoInterface(out, "ZeroAddressNotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}
