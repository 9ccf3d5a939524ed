// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package morphoblue

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

// MorphoBlueMetaData contains all meta data concerning the MorphoBlue contract.
var MorphoBlueMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"prevBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"interest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeShares\",\"type\":\"uint256\"}],\"name\":\"AccrueInterest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"CreateMarket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"}],\"name\":\"EnableIrm\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"name\":\"EnableLltv\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"badDebtAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"badDebtShares\",\"type\":\"uint256\"}],\"name\":\"Liquidate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newIsAuthorized\",\"type\":\"bool\"}],\"name\":\"SetAuthorization\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"SetFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"SetFeeRecipient\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"SetOwner\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SupplyCollateral\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"WithdrawCollateral\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"accrueInterest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"borrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"createMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"}],\"name\":\"enableIrm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"name\":\"enableLltv\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flashLoan\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"idToMarketParams\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"}],\"name\":\"isAuthorized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"}],\"name\":\"isIrmEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"name\":\"isLltvEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"liquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"market\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"supplyShares\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"borrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"newIsAuthorized\",\"type\":\"bool\"}],\"name\":\"setAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"setOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"supply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"supplyCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MorphoBlue",
	Bin: "0x60803460cc57601f612afa38819003918201601f19168301916001600160401b0383118484101760d05780849260209460405283398101031260cc57516001600160a01b0381169081900360cc5780156098575f80546001600160a01b0319168217815560405191907f167d3e9c1016ab80e58802ca9da10ce5c6a0f4debc46a2e7a2cd9e56899a4fb59080a2612a1590816100e58239f35b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c806313af403514611bb0578063151c1ade14611b5f57806320b76e8114611932578063238d6579146117c05780632b4f013c146116995780632c3c91571461162657806346904840146115fd5780634d98a93b1461152e57806350d8cd4b146113575780635a64f51e146112c85780635c2bea49146111175780635c60e39a1461109f57806365e4ad9e146110475780638720316d14610f065780638c1358a214610c765780638da5cb5b14610c4f57806393c5206214610bed578063a99aad8914610a26578063b485f3b8146109f7578063d8eabcb8146103a5578063e0232b42146102a6578063e74b981b14610223578063eecea000146101635763f2b863ce14610122575f80fd5b346101605760203660031901126101605760209060ff906040906001600160a01b0361014c611c32565b168152600484522054166040519015158152f35b80fd5b50346101605760403660031901126101605761017d611c32565b6024359081151580920361021f5733835260066020526040832060018060a01b0382165f526020526101ba60ff60405f2054161515831415611ec8565b33835260066020526040832060018060a01b0382165f5260205260405f2060ff1981541660ff841617905560405191825260018060a01b03169033907fd5e969f01efe921d3f766bdebad25f0a05e3f237311f56482bf132d0326309c060203392a480f35b8280fd5b50346101605760203660031901126101605761023d611c32565b61025160018060a01b038354163314611e90565b6001546001600160a01b0391821691829190610271908216831415611ec8565b6001600160a01b031916176001557f2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a738280a280f35b5034610160576060366003190112610160576102c0611c32565b6024358260443567ffffffffffffffff81116103a1576102e4903690600401611dbd565b906102f0841515612020565b6040518481526001600160a01b0386169033907fc76f1b4fe4396ac07a9fa55a415d4ca430e72651d37d3401f3bed7cb13fc4f1290602090a361033484338761281f565b333b1561021f576040516318fab83960e11b81529183918391829161035e91908860048501611ff3565b038183335af1801561039657610381575b505061037e91309033906125d7565b80f35b8161038b91611cb8565b61021f57825f61036f565b6040513d84823e3d90fd5b5080fd5b503461016057610120366003190112610160576103c136611cda565b9060a435906001600160a01b038216908183036101605760c4359160e435936101043567ffffffffffffffff81116109f357610401903690600401611dbd565b9290918686976104108a6121fe565b928388526003602052604088209860028a01546001600160801b0316151561043790611f02565b15926104468315851415611f43565b610450858d612224565b60408c810151905163501ad8ff60e11b81529290839081906001600160a01b03165a92600491602094fa9283156109e8578d87918c956109aa575b5091849161049893612939565b61096f5760808c0151670de0b6b3a764000003670de0b6b3a7640000811161095b5780670429d069189e00000290670429d069189e000082040361095b57670de0b6b3a76400009004670de0b6b3a76400000392670de0b6b3a7640000841161095b576ec097ce7bc90715b34b9f100000000093801561094757840480670ff59ee833b30000105f146109415750670ff59ee833b30000945b6108eb575050610541908a6129c7565b6ec097ce7bc90715b34b9f0fffffffff81018091116108c35704670de0b6b3a7640000810290808204670de0b6b3a764000014901517156108d7575f198201908282116108c3579161059961059e926105b8946120b5565b6129da565b6001880154906001600160801b038260801c92169061274c565b905b60018701966105d888546001600160801b038160801c9116856124a9565b97828852600260205260408820855f5260205260405f20906001600160801b036106126001610606886124f4565b94019382855416611fbf565b166001600160801b031983541617825561065b61063b610631876124f4565b835460801c611fbf565b82546001600160801b031660809190911b6001600160801b031916178255565b80546001600160801b03168a808211156108b057610684610689916001600160801b0393612153565b6124f4565b166001600160801b03198254161781556106d26106b26106a88d6124f4565b845460801c611fbf565b83546001600160801b031660809190911b6001600160801b031916178355565b8892899280548060801c156107cb575b50505050604051938985526020850152896040850152606084015260808301527fa4946ede45d0c6f06a0f5ce92c9ad3b4751452d2fe0e25010783bcab57a67e4160a03393a4602086015161074390869033906001600160a01b031661281f565b81610775575b5050925160409350610769908290309033906001600160a01b03166125d7565b82519182526020820152f35b333b1561021f576040516367bf50cb60e11b81529183918391829161079f91908860048501611ff3565b038183335af18015610396576107b6575b80610749565b6107c1828092611cb8565b61016057806107b0565b6001600160801b039193955061088592945016938054936107fa6001600160801b0386169560801c86886124a9565b8086101561089c57506001600160801b0361083f610836875b83610828829a610822846124f4565b90611fbf565b1684198754161786556124f4565b82845416611fbf565b166001600160801b031982541617905561086561085b866124f4565b825460801c611fbf565b81546001600160801b031660809190911b6001600160801b031916179055565b80546001600160801b03191690555f8080806106e2565b61083f6108366001600160801b0392610813565b50506001600160801b036106898a6124f4565b634e487b7160e01b88526011600452602488fd5b634e487b7160e01b87526011600452602487fd5b61092091959b509361091b670de0b6b3a7640000939560018d0154906001600160801b038260801c921690612726565b6129c7565b048181029181830414901517156108d7579061093b916129da565b966105ba565b94610531565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b8a52601160045260248afd5b60405162461bcd60e51b8152602060048201526013602482015272706f736974696f6e206973206865616c74687960681b6044820152606490fd5b945050506020833d6020116109e0575b816109c760209383611cb8565b810103126109dc57915191858d61049861048b565b5f80fd5b3d91506109ba565b6040513d8c823e3d90fd5b8380fd5b50346101605760203660031901126101605760ff60406020926004358152600584522054166040519015158152f35b503461016057610a3536611deb565b9183959693958596610a46896121fe565b9182875260036020526040872097610a6c6001600160801b0360028b0154161515611f02565b1593610a7b8215861415611f43565b6001600160a01b031693610a90851515611f84565b610a9a848c612224565b610bc9575050610ab986546001600160801b038160801c9116896124cf565b955b818652600260205260408620835f5260205260405f20610adc8882546120b5565b9055610af261063b61068489845460801c6120b5565b6001600160801b03610b0a6106848a838554166120b5565b166001600160801b0319825416179055604051908782528660208301527fedf8870433c83823eb071d3df1caa8d008f12f6440918c20d75a3602cda30fe060403393a481610b73575b5050925160409350610769908390309033906001600160a01b03166125d7565b333b1561021f57604051632075be0360e01b815291839183918291610b9d91908960048501611ff3565b038183335af1801561039657610bb4575b80610b53565b610bbf828092611cb8565b6101605780610bae565b87610be79298995054906001600160801b038260801c9216906124a9565b96610abb565b5034610160576040366003190112610160576040610c09611c5e565b9160043581526002602052209060018060a01b03165f52602052606060405f20600181549101546040519182526001600160801b038116602083015260801c6040820152f35b5034610160578060031936011261016057546040516001600160a01b039091168152602090f35b50346101605760a036600319011261016057610c9136611cda565b610c9a816121fe565b6060820180516001600160a01b031684526004602052604084205460ff1615610ecf576080830180518552600560205260ff60408620541615610e975782855260036020526001600160801b03600260408720015416610e5957828552600360208181526040808820600290810180546001600160801b031916426001600160801b031617905586895260078352818920885181546001600160a01b03199081166001600160a01b03928316178355948a015160018301805487169183169190911790558984015192820180548616938216939093179092558651948101805490941694909116939093179091559151600491909101555182907fac4b2400f169220b0c0afdde7a0b32e775ba727ea1cb30b35f935cdaab8683ac9060a090610dc38188612160565ba2516001600160a01b03169182610dd8578380f35b610164610e0d91602093865260038452856040812095610e1760405197889687956325147fb560e21b87526004870190612160565b60a48501906121ae565b5af1801561039657610e2a575b80808380f35b610e4b9060203d602011610e52575b610e438183611cb8565b81019061219f565b505f610e24565b503d610e39565b60405162461bcd60e51b81526020600482015260166024820152751b585c9ad95d08185b1c9958591e4818dc99585d195960521b6044820152606490fd5b60405162461bcd60e51b815260206004820152601060248201526f13131515881b9bdd08195b98589b195960821b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e125493481b9bdd08195b98589b1959608a1b6044820152606490fd5b50346101605761010036600319011261016057610f2236611cda565b60a435610f2d611c48565b9160e435906001600160a01b0382168083036110435761037e94610f50836121fe565b8088526003602052610f736001600160801b03600260408b200154161515611f02565b610f7e861515612020565b610f89831515611f84565b610f9a610f95836126ef565b61207a565b610fa48185612224565b610fdf610fb0876124f4565b828a52600260205260408a2060018060a01b0385165f52602052610865600160405f200191825460801c611fbf565b610ff2610fed83838761276e565b6120c2565b60408051338152602081018890526001600160a01b0393909316927fe80ebd7cc9223d7382aab2e0d1d6155c65651f83d53c8b9b06901d167e3211429190a4602001516001600160a01b031661281f565b8580fd5b5034610160576040366003190112610160576040611063611c32565b9161106c611c5e565b9260018060a01b031681526006602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b503461016057602036600319011261016057604060c09160043581526003602052208054906002600182015491015490604051926001600160801b038116845260801c60208401526001600160801b038116604084015260801c60608301526001600160801b038116608083015260801c60a0820152f35b50346101605760409061112936611e44565b92949391908186611139856121fe565b9182885260036020528988209161115e6001600160801b036002850154161515611f02565b159461116d8115871415611f43565b6001600160a01b03881695611183871515611f84565b61118f610f95876126ef565b6111998589612224565b6112945750509161076995939161123b848b6111c68c9997546001600160801b038160801c91168b61274c565b9a5b84815260026020522060018060a01b0385165f526020528b5f206111ed8b8254612153565b90556111fe61063b6106318c6124f4565b6001600160801b036112126108368a6124f4565b166001600160801b03198254161781556001600160801b0380600183015416915416101561210e565b895133815260208101879052604081018990526001600160a01b03909216917fa56fc0ad5702ec05ce63666221f796fb62437c32db1aa1aa075fc6484cf58fbf9080606081015b0390a4516001600160a01b031661281f565b8a9950826112c061123b926107699a9896949b99979554906001600160801b038260801c921690612726565b9a8b986111c8565b5034610160576020366003190112610160576112e2611c32565b6112f660018060a01b038354163314611e90565b6001600160a01b0316808252600460205260408220546113199060ff1615611ec8565b808252600460205260408220805460ff191660011790557f590e04cdebeccba40f566186b9746ad295a4cd358ea4fefaaea6ce79630d96c08280a280f35b50346101605760409061136936611e44565b92949391908186611379856121fe565b9182885260036020528988209161139e6001600160801b036002850154161515611f02565b15946113ad8115871415611f43565b6001600160a01b038816956113c3871515611f84565b6113cf610f95876126ef565b6113d98589612224565b6114f8575050916107699593916114ad8461140860018c999701546001600160801b038160801c91168a61274c565b995b8c6114148c6124f4565b9185815260026020522060018060a01b0386165f526020526001600160801b0361144760018f5f2001928284541661205a565b166001600160801b03198254161790556001600160801b03808b61147961063b6106846001870193845460801c6120b5565b8161148a6106848d838554166120b5565b1682198254161781556114a1610fed88888c61276e565b5416915416101561210e565b895133815260208101879052604081018990526001600160a01b03909216917f570954540bed6b1304a87dfe815a5eda4a648f7097a16240dcd85c9b5fd42a43908060608101611282565b8299506115266114ad9160016107699a9896949b9997950154906001600160801b038260801c921690612726565b998a9761140a565b50346101605760203660031901126101605760043561155760018060a01b038354163314611e90565b808252600560205261157060ff60408420541615611ec8565b670de0b6b3a76400008110156115c4576020817f297b80e7a896fad470c630f6575072d609bde997260ff3db851939405ec291399284526005825260408420600160ff19825416179055604051908152a180f35b60405162461bcd60e51b81526020600482015260116024820152701b585e081313151588195e18d959591959607a1b6044820152606490fd5b50346101605780600319360112610160576001546040516001600160a01b039091168152602090f35b503461016057602036600319011261016057604060a0916004358152600760205220600180831b0381541690600180841b0360018201541690600180851b036002820154166004600180871b03600384015416920154926040519485526020850152604084015260608301526080820152f35b50346101605760c0366003190112610160576116b436611cda565b60a4356116cb60018060a01b038454163314611e90565b6116d4826121fe565b9182845260036020526116f86001600160801b036002604087200154161515611f02565b8284526003602052611716600260408620015460801c831415611ec8565b6703782dace9d900008211611788577f139d6f58e9a127229667c8e3b36e88890a66cfc8ab1024ddc513e189e125b75b9161175384602093612224565b838552600382526040852060020180546001600160801b0316608083901b6001600160801b031916179055604051908152a280f35b60405162461bcd60e51b815260206004820152601060248201526f1b585e0819995948195e18d95959195960821b6044820152606490fd5b503461016057610100366003190112610160576117dc36611cda565b60a435826117e8611c48565b60e43567ffffffffffffffff811161021f57611808903690600401611dbd565b91611812866121fe565b9081855260036020526118366001600160801b036002604088200154161515611f02565b611841861515612020565b6001600160a01b031690611856821515611f84565b611889611862876124f4565b828752600260205260408720845f52602052610865600160405f200191825460801c61205a565b604051908682527fa3b9472a1399e17e123f3c2e6586c23e504184d504de59cdaa2b375e880c618460203393a4816118dc575b50505060209091015161037e9190309033906001600160a01b03166125d7565b333b1561021f5760405163b1022fdf60e01b81529183918391829161190691908860048501611ff3565b038183335af180156103965761191d575b806118bc565b8161192791611cb8565b61021f57825f611917565b346109dc5761194036611deb565b84939092908061194f886121fe565b91825f52600360205260405f20966119756001600160801b0360028a0154161515611f02565b15936119848215861415611f43565b6001600160a01b031693611999851515611f84565b6119a3848b612224565b611b385750506119c560018601546001600160801b038160801c9116886124cf565b945b6119d0866124f4565b825f52600260205260405f20845f526020526001600160801b036119fe600160405f20019282845416611fbf565b166001600160801b0319825416179055611a2c61063b6001611a1f896124f4565b930192835460801c611fbf565b80546001600160801b03168780821115611b2557610684611a55916001600160801b0393612153565b166001600160801b0319825416179055604051908682528560208301527f52acb05cebbd3cd39715469f22afbf5a17496295ef3bc9bb5944056c63ccaa0960403393a481611abe575b5050915160409290610769908390309033906001600160a01b03166125d7565b333b156109dc5760405163016d164760e21b8152915f9183918291611ae891908860048501611ff3565b038183335af18015611b1a57604094610769928592611b0a575b509450611a9e565b5f611b1491611cb8565b5f611b02565b6040513d5f823e3d90fd5b50506001600160801b03611a555f6124f4565b8697506001611b5992970154906001600160801b038260801c9216906124a9565b956119c7565b346109dc5760a03660031901126109dc57611bae611b7c36611cda565b611b85816121fe565b90815f526003602052611ba96001600160801b03600260405f200154161515611f02565b612224565b005b346109dc5760203660031901126109dc57611bf8611bcc611c32565b5f546001600160a01b03811691611be4338414611e90565b6001600160a01b0316928392831415611ec8565b6bffffffffffffffffffffffff60a01b16175f557f167d3e9c1016ab80e58802ca9da10ce5c6a0f4debc46a2e7a2cd9e56899a4fb55f80a2005b600435906001600160a01b03821682036109dc57565b60c435906001600160a01b03821682036109dc57565b602435906001600160a01b03821682036109dc57565b35906001600160a01b03821682036109dc57565b60a0810190811067ffffffffffffffff821117611ca457604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff821117611ca457604052565b60a09060031901126109dc5760405190611cf382611c88565b816004356001600160a01b03811681036109dc5781526024356001600160a01b03811681036109dc5760208201526044356001600160a01b03811681036109dc5760408201526064356001600160a01b03811681036109dc5760608201526080608435910152565b91908260a09103126109dc57604051611d7381611c88565b6080808294611d8181611c74565b8452611d8f60208201611c74565b6020850152611da060408201611c74565b6040850152611db160608201611c74565b60608501520135910152565b9181601f840112156109dc5782359167ffffffffffffffff83116109dc57602083818601950101116109dc57565b6101206003198201126109dc57611e03816004611d5b565b9160a4359160c4359160e4356001600160a01b03811681036109dc5791610104359067ffffffffffffffff82116109dc57611e4091600401611dbd565b9091565b6101206003198201126109dc57611e5c906004611d5b565b9060a4359060c4359060e4356001600160a01b03811681036109dc5790610104356001600160a01b03811681036109dc5790565b15611e9757565b60405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606490fd5b15611ecf57565b60405162461bcd60e51b815260206004820152600b60248201526a185b1c9958591e481cd95d60aa1b6044820152606490fd5b15611f0957565b60405162461bcd60e51b81526020600482015260126024820152711b585c9ad95d081b9bdd0818dc99585d195960721b6044820152606490fd5b15611f4a57565b60405162461bcd60e51b81526020600482015260126024820152711a5b98dbdb9cda5cdd195b9d081a5b9c1d5d60721b6044820152606490fd5b15611f8b57565b60405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b906001600160801b03809116911603906001600160801b038211611fdf57565b634e487b7160e01b5f52601160045260245ffd5b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b1561202757565b60405162461bcd60e51b815260206004820152600b60248201526a7a65726f2061737365747360a81b6044820152606490fd5b906001600160801b03809116911601906001600160801b038211611fdf57565b1561208157565b60405162461bcd60e51b815260206004820152600c60248201526b1d5b985d5d1a1bdc9a5e995960a21b6044820152606490fd5b91908201809211611fdf57565b156120c957565b60405162461bcd60e51b815260206004820152601760248201527f696e73756666696369656e7420636f6c6c61746572616c0000000000000000006044820152606490fd5b1561211557565b60405162461bcd60e51b8152602060048201526016602482015275696e73756666696369656e74206c697175696469747960501b6044820152606490fd5b91908203918211611fdf57565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b908160209103126109dc575190565b600260a09180546001600160801b038116855260801c602085015260018101546001600160801b038116604086015260801c606085015201546001600160801b038116608084015260801c910152565b60405161220f602082018093612160565b60a0815261221e60c082611cb8565b51902090565b90805f52600360205260405f20600281019261224a6001600160801b0385541642612153565b80156124a25760608201516001600160a01b03169182612286575b505083546001600160801b031916426001600160801b031617909355505050565b6122ac6101646020925f60405196879485936325147fb560e21b85526004850190612160565b6122b960a484018a6121ae565b5af1918215611b1a575f9261244e575b50908260609260017f9d9bd501d0657d7dfe415f779a620a62b78bc508ddc0891fbbd8b7ac0f8fce8795016001600160801b03612363610684670de0b6b3a764000061235b61235561231f86885416988b6129c7565b612350671bc16d674ec8000061233583806129c7565b046729a2241af62c000061234984836129c7565b04926120b5565b6120b5565b876129c7565b0480956120b5565b166001600160801b03198254161790556001600160801b0361238b61068483838654166120b5565b166001600160801b03198354161782555f91875460801c806123c5575b505060405192835260208301526040820152a25f80808080612265565b612447919350670de0b6b3a76400006123e161240192856129c7565b0484546123f7826001600160801b038316612153565b9060801c916124cf565b5f8881526002602090815260408083206001546001600160a01b03168452909152902080549194916124349086906120b5565b905561086561068485835460801c6120b5565b5f806123a8565b91506020823d60201161249a575b8161246960209383611cb8565b810103126109dc579051907f9d9bd501d0657d7dfe415f779a620a62b78bc508ddc0891fbbd8b7ac0f8fce876122c9565b3d915061245c565b5050505050565b919060018101809111611fdf57620f42408201809211611fdf576124cc926129e4565b90565b620f42408301809311611fdf5760018201809211611fdf576124cc92610599916129c7565b6001600160801b03811161250e576001600160801b031690565b60405162461bcd60e51b81526020600482015260146024820152731b585e081d5a5b9d0c4c8e08195e18d95959195960621b6044820152606490fd5b1561255157565b60405162461bcd60e51b81526020600482015260076024820152666e6f20636f646560c81b6044820152606490fd5b3d156125ba573d9067ffffffffffffffff8211611ca457604051916125af601f8201601f191660200184611cb8565b82523d5f602084013e565b606090565b908160209103126109dc575180151581036109dc5790565b905f80949381946125ea853b151561254a565b6040516323b872dd60e01b602082019081526001600160a01b039586166024830152949092166044830152606480830191909152815261262b608482611cb8565b51925af1612637612580565b90156126b2578051908115918215612698575b50501561265357565b60405162461bcd60e51b815260206004820152601b60248201527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006044820152606490fd5b6126ab92506020809183010191016125bf565b5f8061264a565b60405162461bcd60e51b81526020600482015260156024820152741d1c985b9cd9995c919c9bdb481c995d995c9d1959605a1b6044820152606490fd5b60018060a01b0316803314908115612705575090565b5f90815260066020908152604080832033845290915290205460ff16919050565b6001820192918310611fdf57620f42408201809211611fdf576124cc92610599916129c7565b91620f42408101809111611fdf5760018201809211611fdf576124cc926129e4565b9091825f52600260205260405f2060018060a01b0382165f526020526001600160801b03600160405f200154161561281757604082810151905163501ad8ff60e11b81529390602090859060049082906001600160a01b03165afa928315611b1a575f936127e1575b6124cc9450612939565b92506020843d60201161280f575b816127fc60209383611cb8565b810103126109dc576124cc9351926127d7565b3d91506127ef565b505050600190565b5f92918361286b6128798295612837863b151561254a565b60405163a9059cbb60e01b602082019081526001600160a01b03909616602482015260448101919091529182906064820190565b03601f198101835282611cb8565b51925af1612885612580565b90156129005780519081159182156128e6575b5050156128a157565b60405162461bcd60e51b815260206004820152601760248201527f7472616e736665722072657475726e65642066616c73650000000000000000006044820152606490fd5b6128f992506020809183010191016125bf565b5f80612898565b60405162461bcd60e51b81526020600482015260116024820152701d1c985b9cd9995c881c995d995c9d1959607a1b6044820152606490fd5b60806ec097ce7bc90715b34b9f10000000006129b76129c19496670de0b6b3a764000096885f52600260205260405f209060018060a01b03165f5260205260405f20975f5260036020526129af60018060405f209a01549901546001600160801b0381871c91166001600160801b038b166124a9565b97841c6129c7565b04910151906129c7565b04101590565b81810292918115918404141715611fdf57565b8115610947570490565b906129ee916129c7565b5f1982019190818311611fdf576124cc92610599916120b556fea164736f6c634300081c000a",
}

// MorphoBlue is an auto generated Go binding around an Ethereum contract.
type MorphoBlue struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MorphoBlue) GetABI() abi.ABI {
	return c.abi
}

// NewMorphoBlue creates a new instance of MorphoBlue.
func NewMorphoBlue() *MorphoBlue {
	parsed, err := MorphoBlueMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MorphoBlue{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MorphoBlue) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address newOwner) returns()
func (morphoBlue *MorphoBlue) PackConstructor(newOwner common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x151c1ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueInterest((address,address,address,address,uint256) marketParams) returns()
func (morphoBlue *MorphoBlue) PackAccrueInterest(marketParams MarketParams) []byte {
	enc, err := morphoBlue.abi.Pack("accrueInterest", marketParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x151c1ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueInterest((address,address,address,address,uint256) marketParams) returns()
func (morphoBlue *MorphoBlue) TryPackAccrueInterest(marketParams MarketParams) ([]byte, error) {
	return morphoBlue.abi.Pack("accrueInterest", marketParams)
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cd4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) PackBorrow(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("borrow", marketParams, assets, shares, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cd4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) TryPackBorrow(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("borrow", marketParams, assets, shares, onBehalf, receiver)
}

// BorrowOutput serves as a container for the return parameters of contract
// method Borrow.
type BorrowOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d8cd4b.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) UnpackBorrow(data []byte) (BorrowOutput, error) {
	out, err := morphoBlue.abi.Unpack("borrow", data)
	outstruct := new(BorrowOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1358a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createMarket((address,address,address,address,uint256) marketParams) returns()
func (morphoBlue *MorphoBlue) PackCreateMarket(marketParams MarketParams) []byte {
	enc, err := morphoBlue.abi.Pack("createMarket", marketParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1358a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createMarket((address,address,address,address,uint256) marketParams) returns()
func (morphoBlue *MorphoBlue) TryPackCreateMarket(marketParams MarketParams) ([]byte, error) {
	return morphoBlue.abi.Pack("createMarket", marketParams)
}

// PackEnableIrm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a64f51e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enableIrm(address irm) returns()
func (morphoBlue *MorphoBlue) PackEnableIrm(irm common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("enableIrm", irm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnableIrm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a64f51e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enableIrm(address irm) returns()
func (morphoBlue *MorphoBlue) TryPackEnableIrm(irm common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("enableIrm", irm)
}

// PackEnableLltv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d98a93b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enableLltv(uint256 lltv) returns()
func (morphoBlue *MorphoBlue) PackEnableLltv(lltv *big.Int) []byte {
	enc, err := morphoBlue.abi.Pack("enableLltv", lltv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnableLltv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d98a93b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enableLltv(uint256 lltv) returns()
func (morphoBlue *MorphoBlue) TryPackEnableLltv(lltv *big.Int) ([]byte, error) {
	return morphoBlue.abi.Pack("enableLltv", lltv)
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (morphoBlue *MorphoBlue) PackFeeRecipient() []byte {
	enc, err := morphoBlue.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (morphoBlue *MorphoBlue) TryPackFeeRecipient() ([]byte, error) {
	return morphoBlue.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (morphoBlue *MorphoBlue) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := morphoBlue.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0232b42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoan(address token, uint256 assets, bytes data) returns()
func (morphoBlue *MorphoBlue) PackFlashLoan(token common.Address, assets *big.Int, data []byte) []byte {
	enc, err := morphoBlue.abi.Pack("flashLoan", token, assets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0232b42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address token, uint256 assets, bytes data) returns()
func (morphoBlue *MorphoBlue) TryPackFlashLoan(token common.Address, assets *big.Int, data []byte) ([]byte, error) {
	return morphoBlue.abi.Pack("flashLoan", token, assets, data)
}

// PackIdToMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c9157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function idToMarketParams(bytes32 id) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morphoBlue *MorphoBlue) PackIdToMarketParams(id [32]byte) []byte {
	enc, err := morphoBlue.abi.Pack("idToMarketParams", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdToMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c9157.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function idToMarketParams(bytes32 id) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morphoBlue *MorphoBlue) TryPackIdToMarketParams(id [32]byte) ([]byte, error) {
	return morphoBlue.abi.Pack("idToMarketParams", id)
}

// IdToMarketParamsOutput serves as a container for the return parameters of contract
// method IdToMarketParams.
type IdToMarketParamsOutput struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// UnpackIdToMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c3c9157.
//
// Solidity: function idToMarketParams(bytes32 id) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morphoBlue *MorphoBlue) UnpackIdToMarketParams(data []byte) (IdToMarketParamsOutput, error) {
	out, err := morphoBlue.abi.Unpack("idToMarketParams", data)
	outstruct := new(IdToMarketParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.LoanToken = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.CollateralToken = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Oracle = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Irm = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.Lltv = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e4ad9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorized(address authorizer, address authorized) view returns(bool)
func (morphoBlue *MorphoBlue) PackIsAuthorized(authorizer common.Address, authorized common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("isAuthorized", authorizer, authorized)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e4ad9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorized(address authorizer, address authorized) view returns(bool)
func (morphoBlue *MorphoBlue) TryPackIsAuthorized(authorizer common.Address, authorized common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("isAuthorized", authorizer, authorized)
}

// UnpackIsAuthorized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65e4ad9e.
//
// Solidity: function isAuthorized(address authorizer, address authorized) view returns(bool)
func (morphoBlue *MorphoBlue) UnpackIsAuthorized(data []byte) (bool, error) {
	out, err := morphoBlue.abi.Unpack("isAuthorized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsIrmEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b863ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isIrmEnabled(address irm) view returns(bool)
func (morphoBlue *MorphoBlue) PackIsIrmEnabled(irm common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("isIrmEnabled", irm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsIrmEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b863ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isIrmEnabled(address irm) view returns(bool)
func (morphoBlue *MorphoBlue) TryPackIsIrmEnabled(irm common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("isIrmEnabled", irm)
}

// UnpackIsIrmEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2b863ce.
//
// Solidity: function isIrmEnabled(address irm) view returns(bool)
func (morphoBlue *MorphoBlue) UnpackIsIrmEnabled(data []byte) (bool, error) {
	out, err := morphoBlue.abi.Unpack("isIrmEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLltvEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb485f3b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLltvEnabled(uint256 lltv) view returns(bool)
func (morphoBlue *MorphoBlue) PackIsLltvEnabled(lltv *big.Int) []byte {
	enc, err := morphoBlue.abi.Pack("isLltvEnabled", lltv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLltvEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb485f3b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLltvEnabled(uint256 lltv) view returns(bool)
func (morphoBlue *MorphoBlue) TryPackIsLltvEnabled(lltv *big.Int) ([]byte, error) {
	return morphoBlue.abi.Pack("isLltvEnabled", lltv)
}

// UnpackIsLltvEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb485f3b8.
//
// Solidity: function isLltvEnabled(uint256 lltv) view returns(bool)
func (morphoBlue *MorphoBlue) UnpackIsLltvEnabled(data []byte) (bool, error) {
	out, err := morphoBlue.abi.Unpack("isLltvEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8eabcb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) PackLiquidate(marketParams MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) []byte {
	enc, err := morphoBlue.abi.Pack("liquidate", marketParams, borrower, seizedAssets, repaidShares, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8eabcb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) TryPackLiquidate(marketParams MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) ([]byte, error) {
	return morphoBlue.abi.Pack("liquidate", marketParams, borrower, seizedAssets, repaidShares, data)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8eabcb8.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := morphoBlue.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60e39a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market(bytes32 id) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morphoBlue *MorphoBlue) PackMarket(id [32]byte) []byte {
	enc, err := morphoBlue.abi.Pack("market", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60e39a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market(bytes32 id) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morphoBlue *MorphoBlue) TryPackMarket(id [32]byte) ([]byte, error) {
	return morphoBlue.abi.Pack("market", id)
}

// MarketOutput serves as a container for the return parameters of contract
// method Market.
type MarketOutput struct {
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	LastUpdate        *big.Int
	Fee               *big.Int
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60e39a.
//
// Solidity: function market(bytes32 id) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morphoBlue *MorphoBlue) UnpackMarket(data []byte) (MarketOutput, error) {
	out, err := morphoBlue.abi.Unpack("market", data)
	outstruct := new(MarketOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalSupplyAssets = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalSupplyShares = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TotalBorrowAssets = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.TotalBorrowShares = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.LastUpdate = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (morphoBlue *MorphoBlue) PackOwner() []byte {
	enc, err := morphoBlue.abi.Pack("owner")
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
func (morphoBlue *MorphoBlue) TryPackOwner() ([]byte, error) {
	return morphoBlue.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (morphoBlue *MorphoBlue) UnpackOwner(data []byte) (common.Address, error) {
	out, err := morphoBlue.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c52062.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(bytes32 id, address user) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morphoBlue *MorphoBlue) PackPosition(id [32]byte, user common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("position", id, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c52062.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position(bytes32 id, address user) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morphoBlue *MorphoBlue) TryPackPosition(id [32]byte, user common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("position", id, user)
}

// PositionOutput serves as a container for the return parameters of contract
// method Position.
type PositionOutput struct {
	SupplyShares *big.Int
	BorrowShares *big.Int
	Collateral   *big.Int
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c52062.
//
// Solidity: function position(bytes32 id, address user) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morphoBlue *MorphoBlue) UnpackPosition(data []byte) (PositionOutput, error) {
	out, err := morphoBlue.abi.Unpack("position", data)
	outstruct := new(PositionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SupplyShares = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BorrowShares = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Collateral = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b76e81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) PackRepay(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morphoBlue.abi.Pack("repay", marketParams, assets, shares, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b76e81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) TryPackRepay(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morphoBlue.abi.Pack("repay", marketParams, assets, shares, onBehalf, data)
}

// RepayOutput serves as a container for the return parameters of contract
// method Repay.
type RepayOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20b76e81.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) UnpackRepay(data []byte) (RepayOutput, error) {
	out, err := morphoBlue.abi.Unpack("repay", data)
	outstruct := new(RepayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecea000.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAuthorization(address authorized, bool newIsAuthorized) returns()
func (morphoBlue *MorphoBlue) PackSetAuthorization(authorized common.Address, newIsAuthorized bool) []byte {
	enc, err := morphoBlue.abi.Pack("setAuthorization", authorized, newIsAuthorized)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecea000.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAuthorization(address authorized, bool newIsAuthorized) returns()
func (morphoBlue *MorphoBlue) TryPackSetAuthorization(authorized common.Address, newIsAuthorized bool) ([]byte, error) {
	return morphoBlue.abi.Pack("setAuthorization", authorized, newIsAuthorized)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b4f013c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee((address,address,address,address,uint256) marketParams, uint256 newFee) returns()
func (morphoBlue *MorphoBlue) PackSetFee(marketParams MarketParams, newFee *big.Int) []byte {
	enc, err := morphoBlue.abi.Pack("setFee", marketParams, newFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b4f013c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee((address,address,address,address,uint256) marketParams, uint256 newFee) returns()
func (morphoBlue *MorphoBlue) TryPackSetFee(marketParams MarketParams, newFee *big.Int) ([]byte, error) {
	return morphoBlue.abi.Pack("setFee", marketParams, newFee)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (morphoBlue *MorphoBlue) PackSetFeeRecipient(newFeeRecipient common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("setFeeRecipient", newFeeRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (morphoBlue *MorphoBlue) TryPackSetFeeRecipient(newFeeRecipient common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("setFeeRecipient", newFeeRecipient)
}

// PackSetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13af4035.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOwner(address newOwner) returns()
func (morphoBlue *MorphoBlue) PackSetOwner(newOwner common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("setOwner", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13af4035.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOwner(address newOwner) returns()
func (morphoBlue *MorphoBlue) TryPackSetOwner(newOwner common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("setOwner", newOwner)
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99aad89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) PackSupply(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morphoBlue.abi.Pack("supply", marketParams, assets, shares, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99aad89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) TryPackSupply(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morphoBlue.abi.Pack("supply", marketParams, assets, shares, onBehalf, data)
}

// SupplyOutput serves as a container for the return parameters of contract
// method Supply.
type SupplyOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa99aad89.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) UnpackSupply(data []byte) (SupplyOutput, error) {
	out, err := morphoBlue.abi.Unpack("supply", data)
	outstruct := new(SupplyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSupplyCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238d6579.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, bytes data) returns()
func (morphoBlue *MorphoBlue) PackSupplyCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morphoBlue.abi.Pack("supplyCollateral", marketParams, assets, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238d6579.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, bytes data) returns()
func (morphoBlue *MorphoBlue) TryPackSupplyCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morphoBlue.abi.Pack("supplyCollateral", marketParams, assets, onBehalf, data)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c2bea49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) PackWithdraw(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("withdraw", marketParams, assets, shares, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c2bea49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) TryPackWithdraw(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("withdraw", marketParams, assets, shares, onBehalf, receiver)
}

// WithdrawOutput serves as a container for the return parameters of contract
// method Withdraw.
type WithdrawOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c2bea49.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morphoBlue *MorphoBlue) UnpackWithdraw(data []byte) (WithdrawOutput, error) {
	out, err := morphoBlue.abi.Unpack("withdraw", data)
	outstruct := new(WithdrawOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8720316d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, address receiver) returns()
func (morphoBlue *MorphoBlue) PackWithdrawCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morphoBlue.abi.Pack("withdrawCollateral", marketParams, assets, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8720316d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, address receiver) returns()
func (morphoBlue *MorphoBlue) TryPackWithdrawCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morphoBlue.abi.Pack("withdrawCollateral", marketParams, assets, onBehalf, receiver)
}

// MorphoBlueAccrueInterest represents a AccrueInterest event raised by the MorphoBlue contract.
type MorphoBlueAccrueInterest struct {
	Id             [32]byte
	PrevBorrowRate *big.Int
	Interest       *big.Int
	FeeShares      *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const MorphoBlueAccrueInterestEventName = "AccrueInterest"

// ContractEventName returns the user-defined event name.
func (MorphoBlueAccrueInterest) ContractEventName() string {
	return MorphoBlueAccrueInterestEventName
}

// UnpackAccrueInterestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccrueInterest(bytes32 indexed id, uint256 prevBorrowRate, uint256 interest, uint256 feeShares)
func (morphoBlue *MorphoBlue) UnpackAccrueInterestEvent(log *types.Log) (*MorphoBlueAccrueInterest, error) {
	event := "AccrueInterest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueAccrueInterest)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueBorrow represents a Borrow event raised by the MorphoBlue contract.
type MorphoBlueBorrow struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (MorphoBlueBorrow) ContractEventName() string {
	return MorphoBlueBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets, uint256 shares)
func (morphoBlue *MorphoBlue) UnpackBorrowEvent(log *types.Log) (*MorphoBlueBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueBorrow)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueCreateMarket represents a CreateMarket event raised by the MorphoBlue contract.
type MorphoBlueCreateMarket struct {
	Id           [32]byte
	MarketParams MarketParams
	Raw          *types.Log // Blockchain specific contextual infos
}

const MorphoBlueCreateMarketEventName = "CreateMarket"

// ContractEventName returns the user-defined event name.
func (MorphoBlueCreateMarket) ContractEventName() string {
	return MorphoBlueCreateMarketEventName
}

// UnpackCreateMarketEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreateMarket(bytes32 indexed id, (address,address,address,address,uint256) marketParams)
func (morphoBlue *MorphoBlue) UnpackCreateMarketEvent(log *types.Log) (*MorphoBlueCreateMarket, error) {
	event := "CreateMarket"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueCreateMarket)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueEnableIrm represents a EnableIrm event raised by the MorphoBlue contract.
type MorphoBlueEnableIrm struct {
	Irm common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const MorphoBlueEnableIrmEventName = "EnableIrm"

// ContractEventName returns the user-defined event name.
func (MorphoBlueEnableIrm) ContractEventName() string {
	return MorphoBlueEnableIrmEventName
}

// UnpackEnableIrmEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnableIrm(address indexed irm)
func (morphoBlue *MorphoBlue) UnpackEnableIrmEvent(log *types.Log) (*MorphoBlueEnableIrm, error) {
	event := "EnableIrm"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueEnableIrm)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueEnableLltv represents a EnableLltv event raised by the MorphoBlue contract.
type MorphoBlueEnableLltv struct {
	Lltv *big.Int
	Raw  *types.Log // Blockchain specific contextual infos
}

const MorphoBlueEnableLltvEventName = "EnableLltv"

// ContractEventName returns the user-defined event name.
func (MorphoBlueEnableLltv) ContractEventName() string {
	return MorphoBlueEnableLltvEventName
}

// UnpackEnableLltvEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnableLltv(uint256 lltv)
func (morphoBlue *MorphoBlue) UnpackEnableLltvEvent(log *types.Log) (*MorphoBlueEnableLltv, error) {
	event := "EnableLltv"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueEnableLltv)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueFlashLoan represents a FlashLoan event raised by the MorphoBlue contract.
type MorphoBlueFlashLoan struct {
	Caller common.Address
	Token  common.Address
	Assets *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MorphoBlueFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (MorphoBlueFlashLoan) ContractEventName() string {
	return MorphoBlueFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed caller, address indexed token, uint256 assets)
func (morphoBlue *MorphoBlue) UnpackFlashLoanEvent(log *types.Log) (*MorphoBlueFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueFlashLoan)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueLiquidate represents a Liquidate event raised by the MorphoBlue contract.
type MorphoBlueLiquidate struct {
	Id            [32]byte
	Caller        common.Address
	Borrower      common.Address
	RepaidAssets  *big.Int
	RepaidShares  *big.Int
	SeizedAssets  *big.Int
	BadDebtAssets *big.Int
	BadDebtShares *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MorphoBlueLiquidateEventName = "Liquidate"

// ContractEventName returns the user-defined event name.
func (MorphoBlueLiquidate) ContractEventName() string {
	return MorphoBlueLiquidateEventName
}

// UnpackLiquidateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidate(bytes32 indexed id, address indexed caller, address indexed borrower, uint256 repaidAssets, uint256 repaidShares, uint256 seizedAssets, uint256 badDebtAssets, uint256 badDebtShares)
func (morphoBlue *MorphoBlue) UnpackLiquidateEvent(log *types.Log) (*MorphoBlueLiquidate, error) {
	event := "Liquidate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueLiquidate)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueRepay represents a Repay event raised by the MorphoBlue contract.
type MorphoBlueRepay struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (MorphoBlueRepay) ContractEventName() string {
	return MorphoBlueRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares)
func (morphoBlue *MorphoBlue) UnpackRepayEvent(log *types.Log) (*MorphoBlueRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueRepay)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSetAuthorization represents a SetAuthorization event raised by the MorphoBlue contract.
type MorphoBlueSetAuthorization struct {
	Caller          common.Address
	Authorizer      common.Address
	Authorized      common.Address
	NewIsAuthorized bool
	Raw             *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSetAuthorizationEventName = "SetAuthorization"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSetAuthorization) ContractEventName() string {
	return MorphoBlueSetAuthorizationEventName
}

// UnpackSetAuthorizationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetAuthorization(address indexed caller, address indexed authorizer, address indexed authorized, bool newIsAuthorized)
func (morphoBlue *MorphoBlue) UnpackSetAuthorizationEvent(log *types.Log) (*MorphoBlueSetAuthorization, error) {
	event := "SetAuthorization"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSetAuthorization)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSetFee represents a SetFee event raised by the MorphoBlue contract.
type MorphoBlueSetFee struct {
	Id     [32]byte
	NewFee *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSetFeeEventName = "SetFee"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSetFee) ContractEventName() string {
	return MorphoBlueSetFeeEventName
}

// UnpackSetFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFee(bytes32 indexed id, uint256 newFee)
func (morphoBlue *MorphoBlue) UnpackSetFeeEvent(log *types.Log) (*MorphoBlueSetFee, error) {
	event := "SetFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSetFee)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSetFeeRecipient represents a SetFeeRecipient event raised by the MorphoBlue contract.
type MorphoBlueSetFeeRecipient struct {
	NewFeeRecipient common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSetFeeRecipientEventName = "SetFeeRecipient"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSetFeeRecipient) ContractEventName() string {
	return MorphoBlueSetFeeRecipientEventName
}

// UnpackSetFeeRecipientEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFeeRecipient(address indexed newFeeRecipient)
func (morphoBlue *MorphoBlue) UnpackSetFeeRecipientEvent(log *types.Log) (*MorphoBlueSetFeeRecipient, error) {
	event := "SetFeeRecipient"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSetFeeRecipient)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSetOwner represents a SetOwner event raised by the MorphoBlue contract.
type MorphoBlueSetOwner struct {
	NewOwner common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSetOwnerEventName = "SetOwner"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSetOwner) ContractEventName() string {
	return MorphoBlueSetOwnerEventName
}

// UnpackSetOwnerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetOwner(address indexed newOwner)
func (morphoBlue *MorphoBlue) UnpackSetOwnerEvent(log *types.Log) (*MorphoBlueSetOwner, error) {
	event := "SetOwner"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSetOwner)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSupply represents a Supply event raised by the MorphoBlue contract.
type MorphoBlueSupply struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSupply) ContractEventName() string {
	return MorphoBlueSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares)
func (morphoBlue *MorphoBlue) UnpackSupplyEvent(log *types.Log) (*MorphoBlueSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSupply)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueSupplyCollateral represents a SupplyCollateral event raised by the MorphoBlue contract.
type MorphoBlueSupplyCollateral struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueSupplyCollateralEventName = "SupplyCollateral"

// ContractEventName returns the user-defined event name.
func (MorphoBlueSupplyCollateral) ContractEventName() string {
	return MorphoBlueSupplyCollateralEventName
}

// UnpackSupplyCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCollateral(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets)
func (morphoBlue *MorphoBlue) UnpackSupplyCollateralEvent(log *types.Log) (*MorphoBlueSupplyCollateral, error) {
	event := "SupplyCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueSupplyCollateral)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueWithdraw represents a Withdraw event raised by the MorphoBlue contract.
type MorphoBlueWithdraw struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (MorphoBlueWithdraw) ContractEventName() string {
	return MorphoBlueWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets, uint256 shares)
func (morphoBlue *MorphoBlue) UnpackWithdrawEvent(log *types.Log) (*MorphoBlueWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueWithdraw)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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

// MorphoBlueWithdrawCollateral represents a WithdrawCollateral event raised by the MorphoBlue contract.
type MorphoBlueWithdrawCollateral struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBlueWithdrawCollateralEventName = "WithdrawCollateral"

// ContractEventName returns the user-defined event name.
func (MorphoBlueWithdrawCollateral) ContractEventName() string {
	return MorphoBlueWithdrawCollateralEventName
}

// UnpackWithdrawCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawCollateral(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets)
func (morphoBlue *MorphoBlue) UnpackWithdrawCollateralEvent(log *types.Log) (*MorphoBlueWithdrawCollateral, error) {
	event := "WithdrawCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoBlue.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBlueWithdrawCollateral)
	if len(log.Data) > 0 {
		if err := morphoBlue.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoBlue.abi.Events[event].Inputs {
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
