// Extrinsics signed by polkadot.js (Keyring, @polkadot/types signing with OUR metadata, the dev chain's genesis hash) are
// applied by OUR executive in block 1 of the dev chain; the outcomes, System.Events and balances are decoded with
// @polkadot/types and OUR metadata, and the fees agree with TransactionPaymentApi_query_info.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata';
import { compactFromU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';
import { kusamaBin } from './lib/binaries.mjs';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const KSM = 10n ** 12n;
const ENDOWMENT = 1_000_000n * KSM;
const TIMESTAMP_MS = 1_700_000_000_000;
const DEV_SENDERS = ['//Dave', '//Eve', '//Ferdie', '//Alice//stash', '//Bob//stash', '//Charlie//stash'];

let host;
let chain;
let registry;
let api;
let block;

before(async () => {
  await cryptoWaitReady();
  host = new Host();
  chain = await host.call('devChainInfo');
  registry = new TypeRegistry();
  const metadata = new Metadata(registry, chain.metadataHex);

  registry.setMetadata(metadata);
  api = expandMetadata(registry, metadata);
  block = await buildAndApplyBlock();
});

after(() => host?.close());

function keyring (type) {
  return new Keyring({ ss58Format: 2, type });
}

function accountKey (accountId) {
  return u8aToHex(u8aConcat(xxhashAsU8a('System', 128), xxhashAsU8a('Account', 128), blake2AsU8a(accountId, 128), accountId));
}

const EVENTS_KEY = u8aToHex(u8aConcat(xxhashAsU8a('System', 128), xxhashAsU8a('Events', 128)));

/**
 * An ApplyExtrinsicResult decoded with the output type our metadata (V15 runtime APIs) gives BlockBuilder_apply_extrinsic,
 * as @polkadot/api's api.call does: @polkadot/types' built-in definition has an outdated TokenError.
 */
function decodeApplyResult (hex) {
  const blockBuilder = registry.metadata.apis.find((a) => a.name.toString() === 'BlockBuilder');
  const method = blockBuilder.methods.find((m) => m.name.toString() === 'apply_extrinsic');

  return registry.createType(registry.createLookupType(method.output), hex);
}

/** A storage value decoded with the type our metadata gives the entry. */
function decodeStorage (pallet, entry, hex) {
  const meta = api.query[pallet][entry].meta;
  const id = meta.type.isPlain ? meta.type.asPlain : meta.type.asMap.value;

  return registry.createType(registry.createLookupType(id), hex ?? meta.fallback);
}

const IMMORTAL = { era: '0x00', blockHash: () => chain.genesisHash };
const MORTAL = { era: () => registry.createType('ExtrinsicEra', { current: 0, period: 2 ** random.int(2, 16) }), blockHash: () => chain.genesisHash };

/** Signs as @polkadot/api's signer does: GenericExtrinsic.sign with the chain's version, genesis and era. */
function sign (pair, call, nonce, { tip = 0n, era = random.pick([IMMORTAL, MORTAL]), genesisHash = chain.genesisHash } = {}) {
  const extrinsic = registry.createType('Extrinsic', call, { version: 4 });
  const eraValue = typeof era.era === 'function' ? era.era() : registry.createType('ExtrinsicEra', era.era);

  extrinsic.sign(pair, {
    blockHash: genesisHash === chain.genesisHash ? era.blockHash() : genesisHash,
    era: eraValue,
    genesisHash,
    mode: 0,
    nonce,
    runtimeVersion: { specVersion: chain.specVersion, transactionVersion: chain.transactionVersion },
    tip
  });

  return extrinsic;
}

/** A copy of the signed extrinsic's bytes with one bit of its signature flipped. */
function tamper (extrinsic) {
  const bytes = extrinsic.toU8a();
  const [prefixLength] = compactFromU8a(bytes);
  // length prefix, version byte, MultiAddress::Id (1 + 32), MultiSignature variant (1), then the signature.
  const signatureStart = prefixLength + 1 + 33 + 1;
  const signatureLength = extrinsic.signature.toU8a().length - 1;
  const copy = new Uint8Array(bytes);
  const bit = random.int(0, signatureLength * 8 - 1);

  copy[signatureStart + (bit >> 3)] ^= 1 << (bit & 7);

  return u8aToHex(copy);
}

function randomAmount (min, max) {
  return min + BigInt(u8aToHex(random.bytes(16))) % (max - min + 1n);
}

/**
 * The block: each case is { extrinsic (hex), signer, nonce, tip, expect: 'success' | 'failed' | invalid-name, sent: [[to, amount]] }.
 * Alice funds an ed25519 and an ecdsa account first, so those schemes sign later in the same block.
 */
async function buildAndApplyBlock () {
  const sr = keyring('sr25519');
  const alice = sr.addFromUri('//Alice');
  const bob = sr.addFromUri('//Bob');
  const charlie = sr.addFromUri('//Charlie');
  const ed = keyring('ed25519').addFromUri(`//Alice//${random.word(4, 8)}`);
  const ecdsa = keyring('ecdsa').addFromUri(`//Alice//${random.word(4, 8)}`);
  const ed25519Funding = randomAmount(100n * KSM, 1000n * KSM);
  const ecdsaFunding = randomAmount(100n * KSM, 1000n * KSM);
  const existentialDeposit = api.consts.balances.existentialDeposit.toBigInt();
  const fresh = () => random.bytes(32);
  const cases = [];
  const nonces = new Map();
  const add = (pair, call, expect, sent = [], options = {}) => {
    const key = u8aToHex(pair.addressRaw);
    const nonce = options.nonce ?? nonces.get(key) ?? 0;
    const tip = options.tip ?? 0n;
    const extrinsic = sign(pair, call, nonce, { ...options, tip });

    if (expect === 'success' || expect === 'failed') {
      nonces.set(key, nonce + 1);
    }

    cases.push({ call, expect, extrinsic, hex: options.hex ?? extrinsic.toHex(), nonce, sent, signer: pair.addressRaw, tip });
  };

  const toBob = randomAmount(1n, 1000n * KSM);
  const newAccount = fresh();
  const toNew = randomAmount(existentialDeposit, 10n * KSM);

  add(alice, api.tx.balances.transferKeepAlive({ Id: bob.addressRaw }, toBob), 'success', [[bob.addressRaw, toBob]], { era: IMMORTAL });
  add(alice, api.tx.balances.transferAllowDeath({ Id: newAccount }, toNew), 'success', [[newAccount, toNew]], { era: MORTAL });
  add(alice, api.tx.balances.transferKeepAlive({ Id: ed.addressRaw }, ed25519Funding), 'success', [[ed.addressRaw, ed25519Funding]]);
  add(alice, api.tx.balances.transferKeepAlive({ Id: ecdsa.addressRaw }, ecdsaFunding), 'success', [[ecdsa.addressRaw, ecdsaFunding]]);
  add(alice, api.tx.system.remarkWithEvent(random.hex(random.int(0, 300))), 'success');

  const batchToCharlie = randomAmount(1n, 100n * KSM);
  const batchNew = fresh();
  const batchToNew = randomAmount(existentialDeposit, 10n * KSM);

  add(alice, api.tx.utility.batchAll([
    api.tx.balances.transferKeepAlive({ Id: charlie.addressRaw }, batchToCharlie),
    api.tx.balances.transferAllowDeath({ Id: batchNew }, batchToNew),
    api.tx.system.remarkWithEvent(random.hex(random.int(1, 64)))
  ]), 'success', [[charlie.addressRaw, batchToCharlie], [batchNew, batchToNew]], { tip: randomAmount(1n, KSM) });

  const edToBob = randomAmount(1n, ed25519Funding / 2n);
  const ecdsaToCharlie = randomAmount(1n, ecdsaFunding / 2n);

  add(ed, api.tx.balances.transferKeepAlive({ Id: bob.addressRaw }, edToBob), 'success', [[bob.addressRaw, edToBob]]);
  add(ecdsa, api.tx.balances.transferAllowDeath({ Id: charlie.addressRaw }, ecdsaToCharlie), 'success', [[charlie.addressRaw, ecdsaToCharlie]]);
  // More than Bob has (but less than the total issuance, which would be an arithmetic underflow instead).
  add(bob, api.tx.balances.transferAllowDeath({ Id: charlie.addressRaw }, ENDOWMENT * 2n + randomAmount(1n, KSM)), 'failed');

  // Invalid ones change nothing, so Alice's next valid extrinsic reuses the nonce they carried.
  const aliceNonce = nonces.get(u8aToHex(alice.addressRaw));
  const tampered = sign(alice, api.tx.system.remark(random.hex(8)), aliceNonce);

  add(alice, tampered.method, 'BadProof', [], { hex: tamper(tampered), nonce: aliceNonce });
  add(alice, api.tx.system.remark(random.hex(8)), 'BadProof', [], { era: IMMORTAL, genesisHash: random.hex(32), nonce: aliceNonce });
  add(alice, api.tx.balances.transferKeepAlive({ Id: bob.addressRaw }, 1n), 'Stale', [], { nonce: 0 });
  add(alice, api.tx.balances.transferKeepAlive({ Id: bob.addressRaw }, 1n), 'Future', [], { nonce: aliceNonce + 1 });

  const lastToBob = randomAmount(1n, 100n * KSM);

  add(alice, api.tx.balances.transferKeepAlive({ Id: bob.addressRaw }, lastToBob), 'success', [[bob.addressRaw, lastToBob]]);

  for (const uri of DEV_SENDERS) {
    const pair = sr.addFromUri(uri);

    for (let i = random.int(1, 2); i > 0; i--) {
      const to = random.pick([bob.addressRaw, charlie.addressRaw, fresh()]);
      const amount = randomAmount(existentialDeposit, 1000n * KSM);
      const call = random.int(0, 1) === 0
        ? api.tx.balances.transferKeepAlive({ Id: to }, amount)
        : api.tx.balances.transferAllowDeath({ Id: to }, amount);

      add(pair, call, 'success', [[to, amount]], { tip: random.pick([0n, randomAmount(1n, KSM)]) });
    }
  }

  const accounts = new Map();

  for (const c of cases) {
    accounts.set(u8aToHex(c.signer), c.signer);

    for (const [to] of c.sent) {
      accounts.set(u8aToHex(to), to);
    }
  }

  const accountIds = [...accounts.values()];
  const applied = await host.call('applyBlock', {
    extrinsics: cases.map((c) => c.hex),
    storageKeys: [EVENTS_KEY, ...accountIds.map(accountKey)],
    timestampMs: TIMESTAMP_MS
  });
  const fees = await Promise.all(cases.map(async (c) => {
    const args = u8aConcat(c.extrinsic.toU8a(), registry.createType('u32', c.extrinsic.encodedLength).toU8a());
    const info = await host.call('stateCall', { argsHex: u8aToHex(args), method: 'TransactionPaymentApi_query_info' });

    return registry.createType('RuntimeDispatchInfoV2', info);
  }));

  return {
    accountIds,
    applied,
    cases,
    events: decodeStorage('system', 'events', applied.storage[0]),
    fees,
    pairs: { alice, bob, charlie, ecdsa, ed },
    results: applied.results.map((hex) => decodeApplyResult(hex))
  };
}

/** Block index of each included case (the timestamp inherent is extrinsic 0; invalid extrinsics are not included). */
function includedIndices () {
  const indices = new Map();
  let next = 1;

  block.cases.forEach((c, i) => {
    if (block.results[i].isOk) {
      indices.set(i, next++);
    }
  });

  return indices;
}

function eventsOf (index) {
  return block.events
    .filter((record) => record.phase.isApplyExtrinsic && record.phase.asApplyExtrinsic.toNumber() === index)
    .map((record) => record.event);
}

function find (events, section, method) {
  return events.filter((event) => event.section === section && event.method === method);
}

test('the dev chain info matches what `kusama chain-info --chain dev` prints', () => {
  const result = spawnSync(kusamaBin(), ['chain-info', '--chain', 'dev'], { encoding: 'utf8', timeout: 60_000 });

  assert.equal(result.status, 0, result.stderr);
  const info = JSON.parse(result.stdout);

  assert.equal(chain.genesisHash, info.genesisHash);
  assert.equal(chain.genesisStateRoot, info.genesisStateRoot);
  assert.equal(chain.specName, 'kusama');
});

test('block 1 is built on the dev genesis with the timestamp inherent applied first', () => {
  assert.equal(block.applied.inherents.length, 1);
  const inherent = decodeApplyResult(block.applied.inherents[0]);

  assert.ok(inherent.isOk && inherent.asOk.isOk, inherent.toString());
  const header = registry.createType('Header', block.applied.header);

  assert.equal(header.number.toNumber(), 1);
  assert.equal(header.parentHash.toHex(), chain.genesisHash);
  const timestampEvents = eventsOf(0);

  assert.equal(find(timestampEvents, 'system', 'ExtrinsicSuccess').length, 1);
  assert.ok(block.cases.length >= 20, `${block.cases.length} extrinsics`);
});

test('an extrinsic signed by polkadot.js (Keyring, our metadata and genesis hash) is applied by our executive', () => {
  const indices = includedIndices();

  block.cases.forEach((c, i) => {
    const what = `#${i} ${c.call.section}.${c.call.method} (${c.expect})`;
    const result = block.results[i];

    if (c.expect !== 'success' && c.expect !== 'failed') {
      assert.ok(result.isErr, `${what}: ${result}`);
      assert.ok(result.asErr.isInvalid, `${what}: ${result}`);
      assert.equal(result.asErr.asInvalid.type, c.expect, what);

      return;
    }

    assert.ok(result.isOk, `${what}: ${result}`);
    const events = eventsOf(indices.get(i));
    const names = events.map((e) => `${e.section}.${e.method}`).join(', ');
    const signer = u8aToHex(c.signer);
    const [feePaid] = find(events, 'transactionPayment', 'TransactionFeePaid');

    assert.ok(feePaid, `${what}: ${names}`);
    assert.equal(feePaid.data.who.toHex(), signer, what);
    assert.equal(feePaid.data.tip.toBigInt(), c.tip, what);

    if (c.expect === 'failed') {
      assert.ok(result.asOk.isErr, `${what}: ${result}`);
      const error = result.asOk.asErr;

      // FRAME: can_withdraw gives BalanceLow for more than the free balance, which is TokenError::FundsUnavailable.
      assert.ok(error.isToken, `${what}: ${error}`);
      assert.equal(error.asToken.type, 'FundsUnavailable', what);
      const [failed] = find(events, 'system', 'ExtrinsicFailed');

      assert.ok(failed, `${what}: ${names}`);
      assert.ok(failed.data.dispatchError.isToken && failed.data.dispatchError.asToken.isFundsUnavailable, `${what}: ${failed.data.dispatchError}`);
      assert.equal(find(events, 'balances', 'Transfer').length, 0, `${what}: ${names}`);

      return;
    }

    assert.ok(result.asOk.isOk, `${what}: ${result}`);
    assert.equal(find(events, 'system', 'ExtrinsicSuccess').length, 1, `${what}: ${names}`);
    const transfers = find(events, 'balances', 'Transfer');

    assert.equal(transfers.length, c.sent.length, `${what}: ${names}`);
    c.sent.forEach(([to, amount], k) => {
      assert.equal(transfers[k].data.from.toHex(), signer, what);
      assert.equal(transfers[k].data.to.toHex(), u8aToHex(to), what);
      assert.equal(transfers[k].data.amount.toBigInt(), amount, what);
    });

    if (c.call.section === 'system') {
      const [remarked] = find(events, 'system', 'Remarked');

      assert.equal(remarked.data.sender.toHex(), signer, what);
      assert.equal(remarked.data[1].toHex(), u8aToHex(blake2AsU8a(c.call.args[0].toU8a(true))), what);
    }

    if (c.call.section === 'utility') {
      assert.equal(find(events, 'utility', 'ItemCompleted').length, c.call.args[0].length, `${what}: ${names}`);
      assert.equal(find(events, 'utility', 'BatchCompleted').length, 1, `${what}: ${names}`);
      assert.equal(find(events, 'system', 'Remarked').length, 1, `${what}: ${names}`);
    }
  });
});

test('the fee TransactionPaymentApi_query_info quotes is the fee paid, and balances move by amount + fee', () => {
  const indices = includedIndices();
  const expected = new Map(block.accountIds.map((id) => [u8aToHex(id), 0n]));
  const endowed = new Set(['//Alice', '//Bob', '//Charlie', ...DEV_SENDERS].map((uri) => u8aToHex(keyring('sr25519').addFromUri(uri).addressRaw)));

  for (const id of expected.keys()) {
    expected.set(id, endowed.has(id) ? ENDOWMENT : 0n);
  }

  block.cases.forEach((c, i) => {
    if (!indices.has(i)) {
      return;
    }

    const what = `#${i} ${c.call.section}.${c.call.method}`;
    const events = eventsOf(indices.get(i));
    const [feePaid] = find(events, 'transactionPayment', 'TransactionFeePaid');
    const quoted = block.fees[i];
    const fee = quoted.partialFee.toBigInt() + c.tip;

    assert.ok(quoted.partialFee.toBigInt() > 0n, what);
    assert.equal(feePaid.data.actualFee.toBigInt(), fee, what);
    const [outcome] = [...find(events, 'system', 'ExtrinsicSuccess'), ...find(events, 'system', 'ExtrinsicFailed')];

    // FRAME's note_applied_extrinsic adds the class's base extrinsic weight to the event; query_info does not.
    const base = api.consts.system.blockWeights.perClass[quoted.class.type.toLowerCase()].baseExtrinsic;

    assert.equal(outcome.data.dispatchInfo.weight.refTime.toBigInt(), quoted.weight.refTime.toBigInt() + base.refTime.toBigInt(), what);
    assert.equal(outcome.data.dispatchInfo.weight.proofSize.toBigInt(), quoted.weight.proofSize.toBigInt() + base.proofSize.toBigInt(), what);
    assert.equal(outcome.data.dispatchInfo.class.type, quoted.class.type, what);

    const signer = u8aToHex(c.signer);

    expected.set(signer, expected.get(signer) - fee);

    if (c.expect === 'success') {
      for (const [to, amount] of c.sent) {
        expected.set(signer, expected.get(signer) - amount);
        expected.set(u8aToHex(to), expected.get(u8aToHex(to)) + amount);
      }
    }
  });

  block.accountIds.forEach((id, k) => {
    const account = decodeStorage('system', 'account', block.applied.storage[k + 1]);

    assert.equal(account.data.free.toBigInt(), expected.get(u8aToHex(id)), `free balance of ${u8aToHex(id)}`);
    assert.equal(account.data.reserved.toBigInt(), 0n);
  });

  const nonce = (pair) => decodeStorage('system', 'account', block.applied.storage[1 + block.accountIds.findIndex((id) => u8aToHex(id) === u8aToHex(pair.addressRaw))]).nonce.toNumber();
  const included = (pair) => block.cases.filter((c, i) => indices.has(i) && u8aToHex(c.signer) === u8aToHex(pair.addressRaw)).length;

  for (const pair of Object.values(block.pairs)) {
    assert.equal(nonce(pair), included(pair), `nonce of ${pair.address}`);
  }
});

test('AccountNonceApi_account_nonce on the dev genesis is 0 for Alice', async () => {
  const alice = keyring('sr25519').addFromUri('//Alice');
  const result = await host.call('stateCall', { argsHex: u8aToHex(alice.addressRaw), method: 'AccountNonceApi_account_nonce' });

  assert.equal(registry.createType('u32', result).toNumber(), 0);
});
