// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketParams} from "./interfaces/IMorpho.sol";

/// @notice The Morpho Blue entry points the factory uses.
interface IMorphoOpen {
    function supplyCollateral(MarketParams memory marketParams, uint256 assets, address onBehalf, bytes calldata data)
        external;

    function borrow(MarketParams memory marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver)
        external
        returns (uint256, uint256);
}

interface IApprove {
    function approve(address spender, uint256 amount) external returns (bool);
}

/// @title Borrower
/// @notice A borrower account for tests: its constructor borrows against the
/// collateral the factory supplied on its behalf and sends the loan to the
/// factory; afterwards the factory can make it call Morpho (borrow more,
/// withdraw collateral). It exists so that tests can hold thousands of real
/// Morpho positions, each with its own address, at a few transactions' cost.
contract Borrower {
    address public immutable factory;

    constructor(address morpho, MarketParams memory params, uint256 borrowAssets, address receiver) {
        factory = msg.sender;
        if (borrowAssets > 0) IMorphoOpen(morpho).borrow(params, borrowAssets, 0, address(this), receiver);
    }

    /// @notice Calls target with data as this borrower; only the factory.
    function run(address target, bytes calldata data) external {
        require(msg.sender == factory, "not factory");
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }
}

/// @title BorrowerFactory
/// @notice Opens many Morpho positions in one transaction: for each, it
/// supplies collateral on behalf of a Borrower's CREATE2 address, then
/// deploys the Borrower, which borrows. The factory must hold the collateral.
contract BorrowerFactory {
    event Opened(address indexed borrower, uint256 collateral, uint256 borrowed);

    address public immutable morpho;
    address public immutable owner;

    constructor(address morpho_) {
        morpho = morpho_;
        owner = msg.sender;
    }

    /// @notice Makes borrower call Morpho with data (as that borrower).
    function command(address borrower, bytes calldata data) external {
        require(msg.sender == owner, "not owner");
        Borrower(borrower).run(morpho, data);
    }

    /// @notice Approves spender for token, for repaying and supplying from
    /// the factory's balance.
    function approve(address token, address spender) external {
        require(msg.sender == owner, "not owner");
        IApprove(token).approve(spender, type(uint256).max);
    }

    /// @notice Opens count positions; position i supplies collateral[i % len]
    /// and borrows borrowAssets[i % len]. Salts start at firstSalt.
    function open(
        MarketParams memory params,
        uint256 count,
        uint256[] calldata collateral,
        uint256[] calldata borrowAssets,
        uint256 firstSalt
    ) external {
        require(msg.sender == owner, "not owner");
        require(collateral.length > 0 && collateral.length == borrowAssets.length, "bad amounts");
        IApprove(params.collateralToken).approve(morpho, type(uint256).max);
        for (uint256 i = 0; i < count; i++) {
            uint256 k = i % collateral.length;
            bytes32 salt = bytes32(firstSalt + i);
            bytes memory init = abi.encodePacked(
                type(Borrower).creationCode, abi.encode(morpho, params, borrowAssets[k], address(this))
            );
            address predicted = address(
                uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, keccak256(init)))))
            );
            IMorphoOpen(morpho).supplyCollateral(params, collateral[k], predicted, "");
            address deployed;
            assembly {
                deployed := create2(0, add(init, 0x20), mload(init), salt)
            }
            require(deployed == predicted, "create2 failed");
            emit Opened(deployed, collateral[k], borrowAssets[k]);
        }
    }
}
