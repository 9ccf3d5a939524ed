package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	aaveproto "github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// lowGasWei is the keeper's native balance (0.05 ETH) under which
// validate --chain prints a warning: enough for a few liquidations at
// ordinary gas prices, not for a busy day.
const lowGasWei = 50_000_000_000_000_000

// errEmbeddedChain refuses --chain on the embedded simulated chain: there
// is nothing configured to check until the daemon deploys it.
var errEmbeddedChain = errors.New("--chain needs a real RPC: chain.rpc_url is " + config.EmbeddedURL)

// errNoCode is the failure of an address that should hold a contract.
var errNoCode = errors.New("no contract at this address")

var (
	erc20ABI             = weth9.NewWETH9()
	validateAToken       = aaveatoken.NewAaveAToken()
	validateAaveOracle   = aaveoracle.NewAaveOracle()
	validateMorpho       = morphoblue.NewMorphoBlue()
	validateMarketOracle = morphochainlinkoracle.NewMorphoChainlinkOracle()
)

// validateChain checks cfg against its RPC endpoints and writes one line
// per check to out: "ok   <what>", "FAIL <what>: <why>" or, for what
// works but deserves a look, "WARN <what>: <why>". It returns how many
// checks failed; an error means the checks could not start.
func validateChain(ctx context.Context, cfg *config.Config, getenv func(string) string, out io.Writer) (int, error) {
	if cfg.EmbeddedChain() {
		return 0, errEmbeddedChain
	}
	addr, signs, err := signingWallet(cfg, getenv)
	if err != nil {
		return 0, err
	}
	var wallet *common.Address
	if signs {
		wallet = &addr
	}
	urls := cfg.Chain.Endpoints()
	endpoints := make([]chain.Endpoint, len(urls))
	for i, u := range urls {
		endpoints[i] = chain.Endpoint{URL: u}
	}
	// The daemon's client: failover, per-call timeouts and redacted errors.
	// Its log is the daemon's; this report is the command's output.
	client, err := chain.NewFailover(zerolog.Nop(), endpoints, failoverConfig(cfg.Chain), nil)
	if err != nil {
		return 0, fmt.Errorf("chain: %w", err)
	}
	defer client.Close()
	c := &chainChecker{
		cfg: cfg, client: client, mc: chain.NewMulticall(client, cfg.Chain.Multicall3),
		rep: &chainReport{out: out}, wallet: wallet,
		code: map[common.Address]bool{}, aave: map[string]*aaveproto.Market{},
	}
	c.run(ctx)
	return c.rep.failed, nil
}

// signingWallet is the address of the key the daemon would sign with;
// signs is false when the config sends nothing. checkKey has loaded the
// key already.
func signingWallet(cfg *config.Config, getenv func(string) string) (addr common.Address, signs bool, err error) {
	if !cfg.Liquidation.Enabled && !cfg.OnChain.Enabled && len(cfg.Deleverage.Positions) == 0 {
		return common.Address{}, false, nil
	}
	key, err := config.LoadKey(cfg.Wallet, getenv)
	if err != nil {
		return common.Address{}, false, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), true, nil
}

// chainReport prints the checks' lines and counts the failures.
type chainReport struct {
	out    io.Writer
	failed int
}

func (r *chainReport) ok(what, detail string) {
	if detail != "" {
		fmt.Fprintf(r.out, "ok   %s (%s)\n", what, detail)
		return
	}
	fmt.Fprintf(r.out, "ok   %s\n", what)
}

func (r *chainReport) fail(what string, err error) {
	r.failed++
	fmt.Fprintf(r.out, "FAIL %s: %s\n", what, oneLine(err.Error()))
}

func (r *chainReport) warn(what, why string) {
	fmt.Fprintf(r.out, "WARN %s: %s\n", what, why)
}

// chainChecker runs the checks, every read pinned to one head.
type chainChecker struct {
	cfg    *config.Config
	client *chain.Failover
	mc     *chain.Multicall
	rep    *chainReport
	head   chain.BlockRef
	// wallet is the signing key's address; nil when nothing signs.
	wallet *common.Address
	// code records the addresses read: true when they hold a contract.
	code map[common.Address]bool
	// markets are the Morpho markets read; aave the pools read, by name.
	markets []*keeper.Market
	aave    map[string]*aaveproto.Market
}

func (c *chainChecker) run(ctx context.Context) {
	if !c.connect(ctx) {
		return
	}
	for _, n := range configContracts(c.cfg) {
		what := fmt.Sprintf("%s %s has code", n.path, n.addr.Hex())
		if err := c.codeAt(ctx, n.addr); err != nil {
			c.rep.fail(what, err)
			continue
		}
		c.rep.ok(what, "")
	}
	c.checkGas(ctx)
	if c.hasCode(c.cfg.Chain.Multicall3) {
		c.checkMarkets(ctx)
		c.checkAssets(ctx)
		c.checkAave(ctx)
	} else {
		c.rep.fail("market, oracle and aave reads", errors.New("not run: they batch through chain.multicall3, which has no code"))
	}
	c.checkInventory(ctx)
	c.checkExecutor(ctx)
	c.checkManaged(ctx)
}

// within runs fn under chain.call_timeout.
func (c *chainChecker) within(ctx context.Context, fn func(ctx context.Context) error) error {
	cctx, cancel := context.WithTimeout(ctx, c.cfg.Chain.CallTimeout)
	defer cancel()
	return fn(cctx)
}

// connect checks every endpoint and the chain id, and reads the head the
// other checks read at. It reports false when nothing more can be checked.
func (c *chainChecker) connect(ctx context.Context) bool {
	cctx, cancel := context.WithTimeout(ctx, c.cfg.Chain.DialTimeout+c.cfg.Chain.FailoverCallTimeout())
	checkErr := c.client.Check(cctx)
	cancel()
	reachable, wrong := c.reportEndpoints(checkErr)
	what := fmt.Sprintf("chain.chain_id %d is the node's", c.cfg.Chain.ChainID)
	switch {
	case len(wrong) > 0:
		c.rep.fail(what, errors.New(strings.Join(wrong, "; ")))
		return false
	case !reachable:
		return false // the endpoints' lines say why
	}
	c.rep.ok(what, "")
	err := c.within(ctx, func(ctx context.Context) error {
		h, err := c.client.HeaderByNumber(ctx, nil)
		if err == nil {
			c.head = chain.RefOf(h)
		}
		return err
	})
	if err != nil {
		c.rep.fail("latest block", err)
		return false
	}
	return true
}

// reportEndpoints prints a line per endpoint after the client's check:
// whether any is usable, and which serve another chain (for the chain id
// line). A lagging or stale head is a warning: the daemon still uses it.
func (c *chainChecker) reportEndpoints(checkErr error) (reachable bool, wrong []string) {
	urls := c.cfg.Chain.Endpoints()
	for i, st := range c.client.Status() {
		path := "chain.rpc_url"
		if len(c.cfg.Chain.RPCURLs) > 0 {
			path = fmt.Sprintf("chain.rpc_urls[%d]", i)
		}
		what := fmt.Sprintf("%s %s answers", path, config.RedactURL(urls[i]))
		cause := st.Cause
		if cause == nil && !st.Checked {
			cause = errors.New("not checked")
			if checkErr != nil {
				cause = fmt.Errorf("not checked: %w", checkErr)
			}
		}
		switch {
		case cause == nil:
			reachable = true
			c.rep.ok(what, fmt.Sprintf("head %d", st.Head))
		case errors.Is(cause, chain.ErrWrongChain):
			c.rep.ok(what, "")
			wrong = append(wrong, fmt.Sprintf("%s: %s", path, cause))
		case errors.Is(cause, chain.ErrStaleHead), errors.Is(cause, chain.ErrHeadLag):
			reachable = true
			c.rep.warn(what, oneLine(cause.Error()))
		default:
			c.rep.fail(what, cause)
		}
	}
	return reachable, wrong
}

// codeAt fails unless addr holds a contract at the head.
func (c *chainChecker) codeAt(ctx context.Context, addr common.Address) error {
	has, read := c.code[addr]
	if !read {
		err := c.within(ctx, func(ctx context.Context) error {
			code, err := c.client.CodeAt(ctx, addr, c.head.BigNumber())
			has = len(code) > 0
			return err
		})
		if err != nil {
			return fmt.Errorf("read code: %w", err)
		}
		c.code[addr] = has
	}
	if !has {
		return errNoCode
	}
	return nil
}

// hasCode reports whether addr was read and holds a contract: reads of
// contracts already reported missing are not run again.
func (c *chainChecker) hasCode(addrs ...common.Address) bool {
	for _, a := range addrs {
		if !c.code[a] {
			return false
		}
	}
	return true
}

// call makes one eth_call at the head.
func (c *chainChecker) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	var out []byte
	err := c.within(ctx, func(ctx context.Context) error {
		var err error
		out, err = c.client.CallContractAtHash(ctx, ethereum.CallMsg{To: &to, Data: data}, c.head.Hash)
		return err
	})
	return out, err
}

// read runs a price source's calls at the head and decodes its quote.
func (c *chainChecker) read(ctx context.Context, src oracle.Source) (oracle.Quote, error) {
	var res []chain.Result
	if calls := src.Calls(); len(calls) > 0 {
		err := c.within(ctx, func(ctx context.Context) error {
			var err error
			res, err = c.mc.Do(ctx, c.head.Hash, calls)
			return err
		})
		if err != nil {
			return oracle.Quote{}, err
		}
	}
	return src.Decode(res, c.head)
}

// namedAddress is a configured contract and its config path.
type namedAddress struct {
	path string
	addr common.Address
}

// configContracts lists every contract address the config names. Market
// oracles are read from Morpho and checked with their markets.
func configContracts(cfg *config.Config) []namedAddress {
	var out []namedAddress
	add := func(path string, a common.Address) {
		if a != (common.Address{}) {
			out = append(out, namedAddress{path, a})
		}
	}
	add("chain.multicall3", cfg.Chain.Multicall3)
	add("chain.wrapped_native", cfg.Chain.WrappedNative)
	if cfg.UsesMorpho() {
		add("morpho.address", cfg.Morpho.Address)
	}
	add("morpho.pre_liquidation_factory", cfg.Morpho.PreLiquidationFactory)
	add("liquidation.executor", cfg.Liquidation.Executor)
	add("onchain.risk_oracle", cfg.OnChain.RiskOracle)
	for i, a := range cfg.Assets {
		path := fmt.Sprintf("assets[%d]", i)
		add(path+".token", a.Token)
		for _, n := range fairContracts(a.FairValue) {
			add(path+"."+n.path, n.addr)
		}
		for j, src := range a.MarketPrice.AllSources() {
			field, addr := sourceContract(src)
			add(sourcePath(a, i, j)+"."+field, addr)
		}
		if a.ExecQuote.Kind != "" {
			add(path+".exec_quote.pool", a.ExecQuote.Pool)
		}
		for j, w := range a.CapoAdapters {
			add(fmt.Sprintf("%s.capo_adapters[%d].address", path, j), w.Address)
		}
	}
	for i, m := range cfg.Markets {
		if m.Venue != nil {
			add(fmt.Sprintf("markets[%d].venue.pool", i), m.Venue.Pool)
		}
	}
	for i, p := range cfg.Aave {
		path := fmt.Sprintf("aave[%d]", i)
		add(path+".pool", p.Pool)
		add(path+".addresses_provider", p.AddressesProvider)
		add(path+".oracle", p.Oracle)
		add(path+".data_provider", p.DataProvider)
		for j, r := range p.Reserves {
			if r.Venue != nil {
				add(fmt.Sprintf("%s.reserves[%d].venue.pool", path, j), r.Venue.Pool)
			}
		}
	}
	return out
}

// fairContracts are a fair value's contracts, by path from the asset.
func fairContracts(f config.FairValue) []namedAddress {
	switch f.Kind {
	case config.FairValueRebasing:
		return nil
	case config.FairValueChained:
		var out []namedAddress
		for j, st := range f.Steps {
			if st.Kind != config.FairValueRebasing {
				out = append(out, namedAddress{fmt.Sprintf("fair_value.steps[%d].contract", j), st.Contract})
			}
		}
		return out
	}
	return []namedAddress{{"fair_value.contract", f.Contract}}
}

// sourcePath is the path of asset i's market source j: the inline form
// is market_price itself.
func sourcePath(a config.Asset, i, j int) string {
	if len(a.MarketPrice.Sources) > 0 {
		return fmt.Sprintf("assets[%d].market_price.sources[%d]", i, j)
	}
	return fmt.Sprintf("assets[%d].market_price", i)
}

// sourceContract is a market source's contract and its field.
func sourceContract(s config.PriceSource) (string, common.Address) {
	if s.Kind == config.MarketPriceChainlink {
		return "feed", s.Feed
	}
	return "pool", s.Pool
}

// checkGas checks the signing key can pay for transactions.
func (c *chainChecker) checkGas(ctx context.Context) {
	if c.wallet == nil {
		return
	}
	what := fmt.Sprintf("wallet %s has gas", c.wallet.Hex())
	var bal *big.Int
	err := c.within(ctx, func(ctx context.Context) error {
		var err error
		bal, err = c.client.BalanceAt(ctx, *c.wallet, c.head.BigNumber())
		return err
	})
	switch {
	case err != nil:
		c.rep.fail(what, fmt.Errorf("read balance: %w", err))
	case bal.Sign() == 0:
		c.rep.fail(what, errors.New("native balance 0: it cannot pay for a transaction"))
	case bal.Cmp(big.NewInt(lowGasWei)) < 0:
		c.rep.warn(what, fmt.Sprintf("native balance %s ETH, below %s ETH", fixed.FormatWad(bal), fixed.FormatWad(big.NewInt(lowGasWei))))
	default:
		c.rep.ok(what, fixed.FormatWad(bal)+" ETH")
	}
}

// checkMarkets reads each market from Morpho, as the daemon does at start,
// then its oracle's code and price.
func (c *chainChecker) checkMarkets(ctx context.Context) {
	if len(c.cfg.Markets) == 0 {
		return
	}
	morpho := c.cfg.Morpho.Address
	if !c.hasCode(morpho) {
		c.rep.fail("markets", errors.New("not read: morpho.address has no code"))
		return
	}
	specs, err := buildMarketSpecs(c.cfg.Markets, c.cfg.Assets)
	if err != nil {
		c.rep.fail("markets", err) // config validation catches it first
		return
	}
	assets := make([]oracle.Asset, len(c.cfg.Assets))
	for i, a := range c.cfg.Assets {
		assets[i] = oracle.Asset{Symbol: a.Symbol, Token: a.Token}
	}
	for i := range specs {
		path := fmt.Sprintf("markets[%d]", i)
		what := fmt.Sprintf("%s %s is a Morpho market with collateral %s", path, specs[i].Name, c.cfg.Markets[i].Collateral)
		var loaded []*keeper.Market
		err := c.within(ctx, func(ctx context.Context) error {
			var err error
			loaded, err = keeper.LoadMarkets(ctx, c.mc, morpho, c.head.Hash, specs[i:i+1], assets)
			return err
		})
		if err != nil {
			c.rep.fail(what, err)
			continue
		}
		m := loaded[0]
		c.markets = append(c.markets, m)
		c.rep.ok(what, fmt.Sprintf("loan token %s, oracle %s", m.Params.LoanToken.Hex(), m.Params.Oracle.Hex()))
		c.checkMarketOracle(ctx, path, m)
	}
}

// checkMarketOracle checks a market's oracle has code and answers price().
func (c *chainChecker) checkMarketOracle(ctx context.Context, path string, m *keeper.Market) {
	o := m.Params.Oracle
	what := fmt.Sprintf("%s oracle %s has code", path, o.Hex())
	if err := c.codeAt(ctx, o); err != nil {
		c.rep.fail(what, err)
		return
	}
	c.rep.ok(what, "")
	c.checkPrice(ctx, fmt.Sprintf("%s oracle price() answers", path), o, validateMarketOracle.PackPrice(), validateMarketOracle.UnpackPrice)
}

// checkPrice calls a price getter: it must answer a nonzero price.
func (c *chainChecker) checkPrice(ctx context.Context, what string, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) {
	out, err := c.call(ctx, to, data)
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	price, err := unpack(out)
	switch {
	case err != nil:
		c.rep.fail(what, fmt.Errorf("decode: %w", err))
	case price.Sign() == 0:
		c.rep.fail(what, errors.New("price is 0"))
	default:
		c.rep.ok(what, price.String())
	}
}

// checkAssets reads each asset's fair value, market sources, exec quote
// and CAPO adapters with the daemon's sources. Sources whose contract has
// no code are reported by the code checks and not read.
func (c *chainChecker) checkAssets(ctx context.Context) {
	for i, a := range c.cfg.Assets {
		path := fmt.Sprintf("assets[%d]", i)
		c.checkFair(ctx, path, a)
		for j, src := range a.MarketPrice.AllSources() {
			c.checkSource(ctx, sourcePath(a, i, j), src, a)
		}
		if a.ExecQuote.Kind == config.ExecQuoteCurve && c.hasCode(a.ExecQuote.Pool) {
			c.checkExecQuote(ctx, path, a)
		}
		for j, w := range a.CapoAdapters {
			if c.hasCode(w.Address) {
				c.checkCapo(ctx, fmt.Sprintf("%s.capo_adapters[%d]", path, j), w)
			}
		}
	}
}

func (c *chainChecker) checkFair(ctx context.Context, path string, a config.Asset) {
	for _, n := range fairContracts(a.FairValue) {
		if !c.hasCode(n.addr) {
			return
		}
	}
	what := fmt.Sprintf("%s.fair_value %s of %s answers", path, a.FairValue.Kind, a.Symbol)
	src, err := fairSource(a.FairValue, uint8(a.Decimals))
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	q, err := c.read(ctx, src)
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	c.rep.ok(what, fixed.FormatWad(q.Price))
}

func (c *chainChecker) checkSource(ctx context.Context, path string, src config.PriceSource, a config.Asset) {
	if _, addr := sourceContract(src); !c.hasCode(addr) {
		return
	}
	name := src.Name
	if name == "" {
		name = src.Kind
	}
	what := fmt.Sprintf("%s %s of %s answers", path, name, a.Symbol)
	var s oracle.Source
	err := c.within(ctx, func(ctx context.Context) error {
		var err error
		s, err = marketSource(ctx, c.mc, c.head.Hash, src, a)
		return err
	})
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	q, err := c.read(ctx, s)
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	c.rep.ok(what, fixed.FormatWad(q.Price))
}

func (c *chainChecker) checkExecQuote(ctx context.Context, path string, a config.Asset) {
	what := fmt.Sprintf("%s.exec_quote pool %s quotes sales of %s", path, a.ExecQuote.Pool.Hex(), a.Symbol)
	q := oracle.CurveExec{Pool: a.ExecQuote.Pool, AssetIndex: a.ExecQuote.Index, Decimals: uint8(a.Decimals)}
	var res []chain.Result
	err := c.within(ctx, func(ctx context.Context) error {
		var err error
		res, err = c.mc.Do(ctx, c.head.Hash, q.Calls())
		return err
	})
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	quoted := 0
	for _, p := range q.Decode(res) {
		if p != nil {
			quoted++
		}
	}
	if quoted == 0 {
		c.rep.fail(what, fmt.Errorf("get_dy quotes none of the sizes %v", oracle.ExecSizes))
		return
	}
	c.rep.ok(what, fmt.Sprintf("%d of %d sizes", quoted, len(oracle.ExecSizes)))
}

func (c *chainChecker) checkCapo(ctx context.Context, path string, a config.CapoAdapter) {
	w := oracle.CapoWatch{Name: a.Name, Adapter: a.Address, AlertBelowBps: a.BelowBps()}
	what := fmt.Sprintf("%s %s answers", path, a.Name)
	var res []chain.Result
	err := c.within(ctx, func(ctx context.Context) error {
		var err error
		res, err = c.mc.Do(ctx, c.head.Hash, w.Calls())
		return err
	})
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	r := w.Decode(res, c.head)
	if r.Err != nil {
		c.rep.fail(what, r.Err)
		return
	}
	c.rep.ok(what, fmt.Sprintf("ratio %s, cap %s", r.Ratio, r.MaxRatio))
}

// checkAave reads each pool's reserves as the daemon does, checks the
// configured reserves and chain.wrapped_native are listed, and that the
// pool's oracle prices them.
func (c *chainChecker) checkAave(ctx context.Context) {
	for i, p := range c.cfg.Aave {
		path := fmt.Sprintf("aave[%d]", i)
		if !c.hasCode(p.Pool, p.Oracle) {
			continue
		}
		what := fmt.Sprintf("%s pool %s lists its reserves", path, p.Name)
		var m *aaveproto.Market
		err := c.within(ctx, func(ctx context.Context) error {
			var err error
			m, err = aaveproto.LoadMarket(ctx, c.mc, c.head.Hash, p.Pool, p.Oracle, p.ParsedVersion())
			return err
		})
		if err != nil {
			c.rep.fail(what, err)
			continue
		}
		c.aave[p.Name] = m
		c.rep.ok(what, fmt.Sprintf("%d reserves", len(m.Reserves)))
		for j, r := range p.Reserves {
			if a, ok := c.cfg.AssetBySymbol(r.Asset); ok {
				c.checkAaveToken(ctx, path, fmt.Sprintf("%s.reserves[%d] %s", path, j, r.Asset), m, a.Token)
			}
		}
		if wn := c.cfg.Chain.WrappedNative; wn != (common.Address{}) {
			c.checkAaveToken(ctx, path, "chain.wrapped_native", m, wn)
		}
	}
}

// checkAaveToken checks token is a reserve of the pool and its oracle
// prices it.
func (c *chainChecker) checkAaveToken(ctx context.Context, pool, name string, m *aaveproto.Market, token common.Address) {
	what := fmt.Sprintf("%s %s is a reserve of the pool", name, token.Hex())
	if _, ok := m.ReserveOf(token); !ok {
		c.rep.fail(what, fmt.Errorf("pool %s does not list it", m.Pool.Hex()))
		return
	}
	c.rep.ok(what, "")
	c.checkPrice(ctx, fmt.Sprintf("%s.oracle getAssetPrice(%s) answers", pool, name), m.Oracle,
		validateAaveOracle.PackGetAssetPrice(token), validateAaveOracle.UnpackGetAssetPrice)
}

// checkInventory checks, in inventory mode, that the wallet holds each
// debt token it repays and lets the protocol pull it: the Morpho markets'
// loan tokens and the Aave pools' chain.wrapped_native.
func (c *chainChecker) checkInventory(ctx context.Context) {
	l := c.cfg.Liquidation
	if !l.Enabled || l.Mode != config.LiquidationInventory || c.wallet == nil {
		return
	}
	held := map[common.Address]bool{}
	allowed := map[[2]common.Address]bool{}
	check := func(token, spender common.Address, spenderPath string) {
		if !held[token] {
			held[token] = true
			c.checkBalance(ctx, token)
		}
		if !allowed[[2]common.Address{token, spender}] {
			allowed[[2]common.Address{token, spender}] = true
			c.checkAllowance(ctx, token, spender, spenderPath)
		}
	}
	for _, m := range c.markets {
		check(m.Params.LoanToken, c.cfg.Morpho.Address, "morpho.address")
	}
	wn := c.cfg.Chain.WrappedNative
	for i, p := range c.cfg.Aave {
		if wn != (common.Address{}) && c.hasCode(wn) {
			check(wn, p.Pool, fmt.Sprintf("aave[%d].pool", i))
		}
	}
}

func (c *chainChecker) checkBalance(ctx context.Context, token common.Address) {
	what := fmt.Sprintf("wallet %s holds token %s", c.wallet.Hex(), token.Hex())
	bal, err := c.erc20Word(ctx, token, erc20ABI.PackBalanceOf(*c.wallet), erc20ABI.UnpackBalanceOf)
	switch {
	case err != nil:
		c.rep.fail(what, err)
	case bal.Sign() == 0:
		c.rep.fail(what, errors.New("balance 0: inventory liquidations repay from it"))
	default:
		c.rep.ok(what, bal.String())
	}
}

func (c *chainChecker) checkAllowance(ctx context.Context, token, spender common.Address, spenderPath string) {
	what := fmt.Sprintf("wallet %s lets %s %s pull token %s", c.wallet.Hex(), spenderPath, spender.Hex(), token.Hex())
	v, err := c.erc20Word(ctx, token, erc20ABI.PackAllowance(*c.wallet, spender), erc20ABI.UnpackAllowance)
	switch {
	case err != nil:
		c.rep.fail(what, err)
	case v.Sign() == 0:
		c.rep.fail(what, errors.New("allowance 0: the first liquidation must wait for an approve transaction"))
	default:
		c.rep.ok(what, v.String())
	}
}

// erc20Word reads one uint256 view of a token.
func (c *chainChecker) erc20Word(ctx context.Context, token common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := c.call(ctx, token, data)
	if err != nil {
		return nil, err
	}
	v, err := unpack(out)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return v, nil
}

// checkExecutor runs the daemon's start-up checks of the executor, where
// the daemon runs them: callback mode or managed positions, with a key.
func (c *chainChecker) checkExecutor(ctx context.Context) {
	x := executionOf(c.cfg)
	if c.wallet == nil || !c.hasCode(x.executor) || (x.mode != config.LiquidationCallback && len(x.managed) == 0) {
		return
	}
	what := fmt.Sprintf("liquidation.executor %s is owned by wallet %s and bound to morpho.address, and the markets' venues trade their pairs",
		x.executor.Hex(), c.wallet.Hex())
	err := c.within(ctx, func(ctx context.Context) error {
		return checkExecution(ctx, c.client, x, c.cfg.Morpho.Address, *c.wallet, c.cfg.Markets, c.markets)
	})
	if err != nil {
		c.rep.fail(what, err)
	} else {
		c.rep.ok(what, "")
	}
	if len(c.cfg.Aave) == 0 {
		return
	}
	what = "aave reserves' venues sell the reserve for chain.wrapped_native"
	err = c.within(ctx, func(ctx context.Context) error {
		return checkAaveVenues(ctx, c.client, c.cfg.Aave, c.cfg.Assets, c.cfg.Chain.WrappedNative)
	})
	if err != nil {
		c.rep.fail(what, err)
		return
	}
	c.rep.ok(what, "")
}

// checkManaged checks each managed position's owner authorised the
// executor: on Morpho with setAuthorization, on Aave with an allowance of
// the collateral's aToken.
func (c *chainChecker) checkManaged(ctx context.Context) {
	executor := c.cfg.Liquidation.Executor
	if !c.hasCode(executor) {
		return
	}
	for i, p := range c.cfg.Deleverage.Positions {
		path := fmt.Sprintf("deleverage.positions[%d]", i)
		if p.IsAave() {
			c.checkManagedAave(ctx, path, p, executor)
			continue
		}
		if !c.hasCode(c.cfg.Morpho.Address) {
			continue
		}
		what := fmt.Sprintf("%s borrower %s authorised liquidation.executor on Morpho", path, p.Borrower.Hex())
		out, err := c.call(ctx, c.cfg.Morpho.Address, validateMorpho.PackIsAuthorized(p.Borrower, executor))
		if err != nil {
			c.rep.fail(what, err)
			continue
		}
		ok, err := validateMorpho.UnpackIsAuthorized(out)
		switch {
		case err != nil:
			c.rep.fail(what, fmt.Errorf("decode: %w", err))
		case !ok:
			c.rep.fail(what, errors.New("isAuthorized is false: the borrower must call setAuthorization(executor, true)"))
		default:
			c.rep.ok(what, "")
		}
	}
}

func (c *chainChecker) checkManagedAave(ctx context.Context, path string, p config.ManagedPosition, executor common.Address) {
	m, ok := c.aave[p.Aave]
	a, known := c.cfg.AssetBySymbol(p.Collateral)
	if !ok || !known {
		return // the pool's own lines say why it was not read
	}
	r, listed := m.ReserveOf(a.Token)
	if !listed {
		return
	}
	aToken := m.Reserves[r].AToken
	what := fmt.Sprintf("%s borrower %s lets liquidation.executor pull its %s aToken %s", path, p.Borrower.Hex(), p.Collateral, aToken.Hex())
	v, err := c.erc20Word(ctx, aToken, validateAToken.PackAllowance(p.Borrower, executor), validateAToken.UnpackAllowance)
	switch {
	case err != nil:
		c.rep.fail(what, err)
	case v.Sign() == 0:
		c.rep.fail(what, errors.New("allowance 0: the borrower must approve the aToken to the executor"))
	default:
		c.rep.ok(what, v.String())
	}
}
