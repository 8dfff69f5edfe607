// @polkadot/api against a real `kusama --dev --dev-block-time 1000`: connect, storage, signed transfers through
// ready -> inBlock -> finalized with their events, fees, nonces, batches, dispatch errors, a refused bad signature and
// the head and storage subscriptions (client-interop.md §1).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { compactFromU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chainInfo, openRpcSocket, startDevNode, withTimeout } from './lib/dev-node.mjs';

const KSM = 10n ** 12n;
const DEV_ENDOWMENT = 1_000_000n * KSM;
const TX_TIMEOUT_MS = 30_000;

let node;
let api;
let accounts;
let devChain;

before(async () => {
  await cryptoWaitReady();
  devChain = chainInfo('dev');
  node = await startDevNode();

  const keyring = new Keyring({ ss58Format: 2, type: 'sr25519' });

  accounts = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => [name.toLowerCase(), keyring.addFromUri(`//${name}`)]));
  accounts.aliceStash = keyring.addFromUri('//Alice//stash');
  accounts.ferdieStash = keyring.addFromUri('//Ferdie//stash');

  try {
    api = await withTimeout(ApiPromise.create({ noInitWarn: true, provider: new WsProvider(node.url), throwOnConnect: true }), 30_000, 'ApiPromise.create did not become ready');
  } catch (error) {
    error.message += `\n--- node output ---\n${node.output()}`;
    throw error;
  }
}, { timeout: 90_000 });

after(async () => {
  await api?.disconnect();
  await node?.stop();
}, { timeout: 30_000 });

/**
 * Signs and sends `tx`, resolving at Finalized with every status seen and the events polkadot.js attributes to the
 * extrinsic; a terminal non-success status (Invalid, Dropped, Usurped, ...) rejects.
 */
function sendUntilFinalized (tx, signer, options = {}) {
  const statuses = [];

  return withTimeout(new Promise((resolve, reject) => {
    let inBlock = null;
    let unsubscribe = null;
    let done = false;
    const finish = (settle, value) => {
      done = true;
      unsubscribe?.();
      settle(value);
    };

    tx.signAndSend(signer, options, (result) => {
      if (done) {
        return;
      }

      statuses.push(result.status.type);

      if (result.status.isInBlock) {
        inBlock = result.status.asInBlock.toHex();
      } else if (result.status.isFinalized) {
        finish(resolve, {
          blockHash: result.status.asFinalized.toHex(),
          dispatchError: result.dispatchError,
          events: result.events,
          inBlock,
          statuses,
          txHash: result.txHash.toHex(),
          txIndex: result.txIndex
        });
      } else if (result.isError) {
        finish(reject, new Error(`transaction ended with status ${result.status.type} (statuses: ${statuses.join(', ')})`));
      }
    }).then((unsub) => {
      unsubscribe = unsub;

      if (done) {
        unsub();
      }
    }, (error) => finish(reject, error));
  }), TX_TIMEOUT_MS, 'the transaction was not finalized').catch((error) => {
    error.message += ` (statuses seen: ${statuses.join(', ') || 'none'})`;
    throw error;
  });
}

function eventNames (records) {
  return records.map(({ event }) => `${event.section}.${event.method}`);
}

function findEvent (records, section, method) {
  return records.find(({ event }) => event.section === section && event.method === method)?.event;
}

async function freeAt (blockHash, account) {
  const apiAt = await api.at(blockHash);
  const info = await apiAt.query.system.account(account.address);

  return info.data.free.toBigInt();
}

test('the client connects and reaches isReady against the dev node', async () => {
  assert.ok(api.isConnected);
  await api.isReady;
  assert.equal((await api.rpc.system.chain()).toString(), devChain.name);
});

test('the genesis hash equals the one `kusama chain-info --chain dev` computes', () => {
  assert.equal(api.genesisHash.toHex(), devChain.genesisHash);
});

test('the runtime version names the kusama runtime', () => {
  assert.equal(api.runtimeVersion.specName.toString(), 'kusama');
  assert.ok(api.runtimeVersion.specVersion.toNumber() > 0);
});

test('query.system.account(Alice) at genesis holds the dev endowment of 1,000,000 KSM', async () => {
  assert.equal(await freeAt(api.genesisHash, accounts.alice), DEV_ENDOWMENT);
  assert.equal(await freeAt(api.genesisHash, accounts.ferdieStash), DEV_ENDOWMENT);
});

test('transferKeepAlive from Alice to Bob goes Ready -> InBlock -> Finalized with its events at ApplyExtrinsic', { timeout: 60_000 }, async () => {
  const amount = 12_345n * KSM / 1000n;
  const outcome = await sendUntilFinalized(api.tx.balances.transferKeepAlive(accounts.bob.address, amount), accounts.alice);

  // Broadcast needs peers; with none the pool may skip it. polkadot.js handles statuses with switchMap: when Finalized
  // arrives while it still fetches InBlock's events (the dev chain finalizes on import), InBlock is superseded and never
  // reaches the callback; the node's own notifications are checked in the author_submitAndWatchExtrinsic test below.
  const seen = outcome.statuses.filter((status) => status !== 'Broadcast');

  assert.ok(['Ready,InBlock,Finalized', 'Ready,Finalized'].includes(seen.join()), `statuses ${outcome.statuses.join(', ')}`);

  if (outcome.inBlock) {
    assert.equal(outcome.blockHash, outcome.inBlock, 'the dev chain finalizes the block that included the transfer');
  }

  const names = eventNames(outcome.events);

  for (const expected of ['balances.Transfer', 'transactionPayment.TransactionFeePaid', 'system.ExtrinsicSuccess']) {
    assert.ok(names.includes(expected), `${expected} is among ${names.join(', ')}`);
  }

  for (const { phase } of outcome.events) {
    assert.ok(phase.isApplyExtrinsic, `phase ${phase.type} is ApplyExtrinsic`);
    assert.equal(phase.asApplyExtrinsic.toNumber(), outcome.txIndex);
  }

  const transfer = findEvent(outcome.events, 'balances', 'Transfer');

  assert.ok(transfer.data[0].eq(accounts.alice.address), 'from Alice');
  assert.ok(transfer.data[1].eq(accounts.bob.address), 'to Bob');
  assert.equal(transfer.data[2].toBigInt(), amount);

  const block = await api.rpc.chain.getBlock(outcome.blockHash);

  assert.equal(block.block.extrinsics[outcome.txIndex].hash.toHex(), outcome.txHash, 'the block body holds the transfer at txIndex');
});

test('author_submitAndWatchExtrinsic notifies "ready", then inBlock and finalized with the including block', { timeout: 60_000 }, async () => {
  const tx = api.tx.balances.transferKeepAlive(accounts.ferdie.address, KSM);

  await tx.signAsync(accounts.alice);

  const socket = await openRpcSocket(node.url, { keepNotifications: true });

  try {
    const subscribed = await socket.call('author_submitAndWatchExtrinsic', [tx.toHex()]);

    assert.ok(subscribed.result !== undefined, JSON.stringify(subscribed));

    const updates = [];
    const finalized = await socket.waitForNotification((message) => {
      if (message.method !== 'author_extrinsicUpdate' || message.params.subscription !== subscribed.result) {
        return false;
      }

      updates.push(message.params.result);

      return typeof message.params.result === 'object' && 'finalized' in message.params.result;
    }, TX_TIMEOUT_MS);
    const statuses = updates.filter((update) => !(typeof update === 'object' && 'broadcast' in update));

    assert.deepEqual(statuses, ['ready', { inBlock: finalized.params.result.finalized }, finalized.params.result]);

    const block = await api.rpc.chain.getBlock(finalized.params.result.finalized);

    assert.ok(block.block.extrinsics.some((extrinsic) => extrinsic.hash.eq(tx.hash)), 'the notified block includes the transfer');
  } finally {
    await socket.close();
  }
});

// Charlie sends: Alice authors every dev block and receives the author's share of each fee, which would blur her balance.
test('the fee paymentInfo predicts is the TransactionFeePaid actualFee and the sender\'s balance drop minus the amount', { timeout: 60_000 }, async () => {
  const amount = 3n * KSM;
  const tx = api.tx.balances.transferKeepAlive(accounts.dave.address, amount);
  const estimate = (await tx.paymentInfo(accounts.charlie)).partialFee.toBigInt();
  const outcome = await sendUntilFinalized(tx, accounts.charlie);
  const feePaid = findEvent(outcome.events, 'transactionPayment', 'TransactionFeePaid');
  const actualFee = feePaid.data[1].toBigInt();
  const parentHash = (await api.rpc.chain.getHeader(outcome.blockHash)).parentHash.toHex();
  // The same signed bytes, priced on the state the block was built on (tx.paymentInfo(account, hash) returns an
  // uninvoked function in @polkadot/api 16.5.6, so the runtime call is made directly).
  const signed = tx.toU8a();
  const atParent = (await (await api.at(parentHash)).call.transactionPaymentApi.queryInfo(signed, signed.length)).partialFee.toBigInt();
  const drop = await freeAt(parentHash, accounts.charlie) - await freeAt(outcome.blockHash, accounts.charlie);

  assert.ok(feePaid.data[0].eq(accounts.charlie.address), 'Charlie paid');
  assert.equal(feePaid.data[2].toBigInt(), 0n, 'no tip');
  assert.ok(actualFee > 0n);
  assert.equal(atParent, actualFee);
  assert.equal(drop - amount, actualFee);
  // NextFeeMultiplier moves a little every block, so the estimate made blocks earlier is close but need not be exact.
  const drift = estimate > actualFee ? estimate - actualFee : actualFee - estimate;

  assert.ok(drift * 1000n <= actualFee, `estimate ${estimate} is within 0.1 % of the fee paid ${actualFee}`);
});

test('50 back-to-back transfers from one account with consecutive nonces are all included', { timeout: 90_000 }, async () => {
  const count = 50;
  const first = (await api.rpc.system.accountNextIndex(accounts.alice.address)).toNumber();
  const before = (await api.query.system.account(accounts.eve.address)).data.free.toBigInt();
  const amounts = Array.from({ length: count }, (_, i) => KSM + BigInt(i));
  const settled = await Promise.allSettled(amounts.map((amount, i) =>
    sendUntilFinalized(api.tx.balances.transferKeepAlive(accounts.eve.address, amount), accounts.alice, { nonce: first + i })));
  const failures = settled.filter(({ status }) => status === 'rejected').map(({ reason }) => reason.message);

  assert.deepEqual(failures, [], `${failures.length} of ${count} transfers did not finish`);

  const outcomes = settled.map(({ value }) => value);
  const header = await api.rpc.chain.getHeader(outcomes.at(-1).blockHash);
  const after = await freeAt(header.hash.toHex(), accounts.eve);

  for (const outcome of outcomes) {
    assert.ok(eventNames(outcome.events).includes('system.ExtrinsicSuccess'));
  }

  assert.equal(after - before, amounts.reduce((sum, amount) => sum + amount, 0n));
  assert.equal((await api.rpc.system.accountNextIndex(accounts.alice.address)).toNumber(), first + count);
});

test('utility.batchAll of two transfers emits Utility.BatchCompleted and both transfers', { timeout: 60_000 }, async () => {
  const batch = api.tx.utility.batchAll([
    api.tx.balances.transferKeepAlive(accounts.bob.address, 2n * KSM),
    api.tx.balances.transferKeepAlive(accounts.charlie.address, 3n * KSM)
  ]);
  const outcome = await sendUntilFinalized(batch, accounts.alice);
  const names = eventNames(outcome.events);
  const transfers = outcome.events.filter(({ event }) => api.events.balances.Transfer.is(event)).map(({ event }) => [event.data[1].toHex(), event.data[2].toBigInt()]);

  assert.ok(names.includes('utility.BatchCompleted'), `utility.BatchCompleted is among ${names.join(', ')}`);
  assert.ok(names.includes('system.ExtrinsicSuccess'));
  assert.deepEqual(transfers, [[u8aToHex(accounts.bob.publicKey), 2n * KSM], [u8aToHex(accounts.charlie.publicKey), 3n * KSM]]);
});

test('a transfer of more than the free balance is included with ExtrinsicFailed and a decodable FundsUnavailable error', { timeout: 60_000 }, async () => {
  const free = (await api.query.system.account(accounts.dave.address)).data.free.toBigInt();
  const outcome = await sendUntilFinalized(api.tx.balances.transferAllowDeath(accounts.eve.address, free + KSM), accounts.dave);
  const names = eventNames(outcome.events);

  assert.ok(names.includes('system.ExtrinsicFailed'), `system.ExtrinsicFailed is among ${names.join(', ')}`);
  assert.ok(!names.includes('balances.Transfer'));
  assert.ok(outcome.dispatchError, 'polkadot.js reports a dispatchError');

  const { dispatchError } = outcome;
  const decoded = dispatchError.isModule
    ? (({ name, section }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
    : `${dispatchError.type}.${dispatchError.isToken ? dispatchError.asToken.type : dispatchError.toString()}`;

  assert.ok(['Token.FundsUnavailable', 'balances.FundsUnavailable', 'balances.InsufficientBalance'].includes(decoded), `decoded error ${decoded}`);
});

test('author_submitExtrinsic refuses a transfer with a tampered signature with code 1010 (bad signature)', async () => {
  const tx = api.tx.balances.transferKeepAlive(accounts.bob.address, KSM);

  await tx.signAsync(accounts.alice);

  const bytes = tx.toU8a();
  const [prefixLength] = compactFromU8a(bytes);
  // v4 signed: version byte, MultiAddress::Id (tag + 32 bytes), MultiSignature tag, then the 64 signature bytes.
  const signatureStart = prefixLength + 1 + 33 + 1;

  assert.equal(bytes[prefixLength], 0x84);
  assert.equal(bytes[prefixLength + 34], 0x01, 'an sr25519 signature');
  bytes[signatureStart + 10] ^= 0xff;

  await assert.rejects(api.rpc.author.submitExtrinsic(u8aToHex(bytes)), (error) => {
    assert.equal(error.code, 1010, error.message);
    assert.match(`${error.message} ${error.data ?? ''}`, /bad signature/i);

    return true;
  });
  assert.ok(node.isRunning());
});

async function collectHeads (subscribe, count) {
  const numbers = [];
  let unsubscribe = null;

  await withTimeout(new Promise((resolve, reject) => {
    subscribe((header) => {
      numbers.push(header.number.toNumber());

      if (numbers.length === count) {
        resolve();
      }
    }).then((unsub) => {
      unsubscribe = unsub;
    }, reject);
  }), 20_000, `fewer than ${count} heads arrived`);
  unsubscribe?.();

  return numbers;
}

test('chain.subscribeNewHeads delivers increasing block numbers', { timeout: 30_000 }, async () => {
  const numbers = await collectHeads((cb) => api.rpc.chain.subscribeNewHeads(cb), 3);

  for (let i = 1; i < numbers.length; i++) {
    assert.ok(numbers[i] > numbers[i - 1], `heads ${numbers.join(', ')} increase`);
  }
});

test('chain.subscribeFinalizedHeads delivers increasing block numbers', { timeout: 30_000 }, async () => {
  const numbers = await collectHeads((cb) => api.rpc.chain.subscribeFinalizedHeads(cb), 3);

  for (let i = 1; i < numbers.length; i++) {
    assert.ok(numbers[i] > numbers[i - 1], `finalized heads ${numbers.join(', ')} increase`);
  }
});

test('query.system.account.multi reads several accounts at once, matching single reads', async () => {
  const at = (await api.rpc.chain.getFinalizedHead()).toHex();
  const apiAt = await api.at(at);
  const [alice, stash] = await apiAt.query.system.account.multi([accounts.alice.address, accounts.ferdieStash.address]);

  assert.equal(alice.data.free.toBigInt(), await freeAt(at, accounts.alice));
  assert.equal(stash.data.free.toBigInt(), DEV_ENDOWMENT);
});

test('a storage subscription on an account fires again after a transfer to it', { timeout: 60_000 }, async () => {
  const amount = 7n * KSM;
  const seen = [];
  let unsubscribe = null;
  let onChange = null;
  const changed = new Promise((resolve) => {
    onChange = resolve;
  });
  const initial = await withTimeout(new Promise((resolve, reject) => {
    api.query.system.account(accounts.aliceStash.address, (info) => {
      seen.push(info.data.free.toBigInt());

      if (seen.length === 1) {
        resolve(seen[0]);
      } else if (seen.at(-1) !== seen[0]) {
        onChange(seen.at(-1));
      }
    }).then((unsub) => {
      unsubscribe = unsub;
    }, reject);
  }), 20_000, 'the storage subscription sent no first value');

  await sendUntilFinalized(api.tx.balances.transferKeepAlive(accounts.aliceStash.address, amount), accounts.bob);

  const updated = await withTimeout(changed, 20_000, 'the storage subscription did not fire after the transfer');

  unsubscribe?.();
  assert.equal(updated, initial + amount);
});
