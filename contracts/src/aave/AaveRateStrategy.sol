// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AaveMath} from "./AaveMath.sol";
import {AaveTypes, IAaveRateStrategy} from "../interfaces/IAavePool.sol";

/// @title AaveRateStrategy
/// @notice DefaultReserveInterestRateStrategyV2-style rates: one contract,
/// per-reserve parameters in bps (converted to ray as bps * 1e23), a kinked
/// variable rate on borrow usage and a supply rate on supply usage (which
/// counts the reserve deficit as unbacked), net of the reserve factor.
contract AaveRateStrategy is IAaveRateStrategy {
    using AaveMath for uint256;

    struct InterestRateData {
        uint16 optimalUsageRatio;
        uint32 baseVariableBorrowRate;
        uint32 variableRateSlope1;
        uint32 variableRateSlope2;
    }

    struct InterestRateDataRay {
        uint256 optimalUsageRatio;
        uint256 baseVariableBorrowRate;
        uint256 variableRateSlope1;
        uint256 variableRateSlope2;
    }

    uint256 public constant MAX_BORROW_RATE = 1000_00;
    uint256 public constant MIN_OPTIMAL_POINT = 1_00;
    uint256 public constant MAX_OPTIMAL_POINT = 99_00;
    uint256 internal constant BPS_TO_RAY = 1e23;

    address public owner;
    mapping(address => InterestRateData) internal _rates;

    event RateDataUpdate(
        address indexed reserve,
        uint256 optimalUsageRatio,
        uint256 baseVariableBorrowRate,
        uint256 variableRateSlope1,
        uint256 variableRateSlope2
    );

    error CallerNotPoolAdmin();
    error InvalidOptimalUsageRatio();
    error Slope2MustBeGteSlope1();
    error InvalidMaxRate();

    constructor(address owner_) {
        owner = owner_;
    }

    function setInterestRateParams(address reserve, InterestRateData calldata d) external {
        if (msg.sender != owner) revert CallerNotPoolAdmin();
        if (d.optimalUsageRatio < MIN_OPTIMAL_POINT || d.optimalUsageRatio > MAX_OPTIMAL_POINT) {
            revert InvalidOptimalUsageRatio();
        }
        if (d.variableRateSlope1 > d.variableRateSlope2) revert Slope2MustBeGteSlope1();
        if (uint256(d.baseVariableBorrowRate) + d.variableRateSlope1 + d.variableRateSlope2 > MAX_BORROW_RATE) {
            revert InvalidMaxRate();
        }
        _rates[reserve] = d;
        emit RateDataUpdate(
            reserve, d.optimalUsageRatio, d.baseVariableBorrowRate, d.variableRateSlope1, d.variableRateSlope2
        );
    }

    function getInterestRateDataBps(address reserve) external view returns (InterestRateData memory) {
        return _rates[reserve];
    }

    function getInterestRateData(address reserve) public view returns (InterestRateDataRay memory r) {
        InterestRateData memory d = _rates[reserve];
        r.optimalUsageRatio = uint256(d.optimalUsageRatio) * BPS_TO_RAY;
        r.baseVariableBorrowRate = uint256(d.baseVariableBorrowRate) * BPS_TO_RAY;
        r.variableRateSlope1 = uint256(d.variableRateSlope1) * BPS_TO_RAY;
        r.variableRateSlope2 = uint256(d.variableRateSlope2) * BPS_TO_RAY;
    }

    function getOptimalUsageRatio(address reserve) external view returns (uint256) {
        return uint256(_rates[reserve].optimalUsageRatio) * BPS_TO_RAY;
    }

    function getBaseVariableBorrowRate(address reserve) external view returns (uint256) {
        return uint256(_rates[reserve].baseVariableBorrowRate) * BPS_TO_RAY;
    }

    function getVariableRateSlope1(address reserve) external view returns (uint256) {
        return uint256(_rates[reserve].variableRateSlope1) * BPS_TO_RAY;
    }

    function getVariableRateSlope2(address reserve) external view returns (uint256) {
        return uint256(_rates[reserve].variableRateSlope2) * BPS_TO_RAY;
    }

    function getMaxVariableBorrowRate(address reserve) external view returns (uint256) {
        InterestRateData memory d = _rates[reserve];
        return (uint256(d.baseVariableBorrowRate) + d.variableRateSlope1 + d.variableRateSlope2) * BPS_TO_RAY;
    }

    function calculateInterestRates(AaveTypes.CalculateInterestRatesParams memory p)
        external
        view
        returns (uint256 liquidityRate, uint256 variableBorrowRate)
    {
        InterestRateDataRay memory d = getInterestRateData(p.reserve);
        if (p.totalDebt == 0) return (0, d.baseVariableBorrowRate);

        uint256 available = p.virtualUnderlyingBalance + p.liquidityAdded - p.liquidityTaken;
        uint256 borrowUsage = p.totalDebt.rayDiv(available + p.totalDebt);
        uint256 supplyUsage = p.totalDebt.rayDiv(available + p.totalDebt + p.unbacked);

        variableBorrowRate = d.baseVariableBorrowRate;
        if (borrowUsage > d.optimalUsageRatio) {
            uint256 excess = (borrowUsage - d.optimalUsageRatio).rayDiv(AaveMath.RAY - d.optimalUsageRatio);
            variableBorrowRate += d.variableRateSlope1 + d.variableRateSlope2.rayMul(excess);
        } else {
            variableBorrowRate += d.variableRateSlope1.rayMul(borrowUsage).rayDiv(d.optimalUsageRatio);
        }
        liquidityRate = variableBorrowRate.rayMul(supplyUsage).percentMul(AaveMath.PERCENTAGE_FACTOR - p.reserveFactor);
    }
}
