package txmgr

import "math/big"

// initialFees prices a new transaction: the tip is the larger of the node's
// suggestion and minTip, the fee cap leaves room for the base fee to double.
func initialFees(suggestedTip, minTip, baseFee *big.Int) (tip, feeCap *big.Int) {
	tip = new(big.Int).Set(suggestedTip)
	if minTip != nil && tip.Cmp(minTip) < 0 {
		tip.Set(minTip)
	}
	feeCap = new(big.Int).Mul(baseFee, big.NewInt(2))
	feeCap.Add(feeCap, tip)
	return tip, feeCap
}

// raiseByPct returns ceil(x * (100+pct) / 100), and at least x+1, so that a
// bump always raises a fee, also for tiny values.
func raiseByPct(x *big.Int, pct uint64) *big.Int {
	num := new(big.Int).Mul(x, new(big.Int).SetUint64(100+pct))
	hundred := big.NewInt(100)
	q, r := new(big.Int).QuoRem(num, hundred, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	if floor := new(big.Int).Add(x, big.NewInt(1)); q.Cmp(floor) < 0 {
		return floor
	}
	return q
}

// bumpFees prices a replacement of a transaction offering (oldTip, oldFeeCap).
// Both fees grow by at least pct percent (which satisfies a node requiring a
// bump of up to pct percent), follow the market if it moved more, and the fee
// cap never exceeds limit. ok is false when no replacement can respect both the
// minimum bump and the limit.
func bumpFees(oldTip, oldFeeCap, marketTip, baseFee, limit *big.Int, pct uint64) (tip, feeCap *big.Int, ok bool) {
	minTip := raiseByPct(oldTip, pct)
	minFeeCap := raiseByPct(oldFeeCap, pct)

	tip = minTip
	if marketTip != nil && marketTip.Cmp(tip) > 0 {
		tip = new(big.Int).Set(marketTip)
	}
	feeCap = minFeeCap
	if baseFee != nil {
		want := new(big.Int).Mul(baseFee, big.NewInt(2))
		want.Add(want, tip)
		if want.Cmp(feeCap) > 0 {
			feeCap = want
		}
	}
	if feeCap.Cmp(limit) > 0 {
		feeCap = new(big.Int).Set(limit)
	}
	if feeCap.Cmp(minFeeCap) < 0 {
		return nil, nil, false
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	if tip.Cmp(minTip) < 0 {
		return nil, nil, false
	}
	return tip, feeCap, true
}
