// Bad input never brings the dev node down: wrong JSON-RPC params, malformed extrinsics, an oversized request and a
// flood of subscriptions from one client all get clear errors or limits, and the node keeps serving everyone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chainInfo, openRpcSocket, startDevNode, withTimeout } from './lib/dev-node.mjs';

const MAX_SUBSCRIPTIONS_PER_CONNECTION = 1024;

let node;
let genesisHash;

before(async () => {
  genesisHash = chainInfo('dev').genesisHash;
  node = await startDevNode();
}, { timeout: 60_000 });

after(async () => {
  await node?.stop();
}, { timeout: 30_000 });

/** The node still answers a fresh client over WebSocket and HTTP. */
async function assertServing () {
  const socket = await openRpcSocket(node.url);

  try {
    const response = await withTimeout(socket.call('chain_getBlockHash', [0]), 10_000, 'chain_getBlockHash [0] got no answer');

    assert.equal(response.result, genesisHash);
  } finally {
    await socket.close();
  }

  assert.ok((await node.http('system_health')).result, 'system_health answers over HTTP');
  assert.ok(node.isRunning(), `the node is running\n${node.output()}`);
}

test('chain_getBlockHash ["nope"] answers -32602 and the same connection keeps serving', async () => {
  const socket = await openRpcSocket(node.url);

  try {
    const bad = await socket.call('chain_getBlockHash', ['nope']);

    assert.equal(bad.error?.code, -32602, JSON.stringify(bad));
    assert.equal(typeof bad.error.message, 'string');

    const good = await socket.call('chain_getBlockHash', [0]);

    assert.equal(good.result, genesisHash);
  } finally {
    await socket.close();
  }

  const overHttp = await node.http('chain_getBlockHash', [{ number: 1 }]);

  assert.equal(overHttp.error?.code, -32602, JSON.stringify(overHttp));
  await assertServing();
});

test('author_submitExtrinsic with malformed bytes answers an error and the node stays up', async () => {
  const socket = await openRpcSocket(node.url);

  try {
    // A compact length of 4 followed by one byte: not even an opaque extrinsic. sc-rpc's author_submitExtrinsic turns
    // the decode failure into Error::Client (1040 "Client error: …"); BadFormat (1001) is its other decode error.
    const truncated = await socket.call('author_submitExtrinsic', ['0x1234']);

    assert.ok([1001, 1040].includes(truncated.error?.code), JSON.stringify(truncated));
    assert.match(truncated.error.message, /^(Client error|Extrinsic has invalid format)/);

    // Three opaque bytes that are no extrinsic of this runtime.
    const garbage = await socket.call('author_submitExtrinsic', ['0x0c010203']);

    assert.ok(garbage.error, JSON.stringify(garbage));
    assert.equal(typeof garbage.error.code, 'number');
    assert.notEqual(garbage.error.code, -32603, `a clear error rather than an internal one: ${JSON.stringify(garbage)}`);

    const notHex = await socket.call('author_submitExtrinsic', ['0xzz']);

    assert.equal(notHex.error?.code, -32602, JSON.stringify(notHex));

    const watched = await socket.call('author_submitAndWatchExtrinsic', ['0x1234']);

    assert.ok(watched.error, `a watch of undecodable bytes is refused: ${JSON.stringify(watched)}`);
  } finally {
    await socket.close();
  }

  await assertServing();
});

test('a request over 15 MiB is refused with an error or a closed connection and the node stays up', { timeout: 60_000 }, async () => {
  const socket = await openRpcSocket(node.url, { keepNotifications: true });
  const payload = `0x${'00'.repeat(8 * 1024 * 1024)}`;
  // jsonrpsee cannot read the id of a request it refused to read, so its error may come back with id null.
  const answered = socket.sendRaw((id) => JSON.stringify({ id, jsonrpc: '2.0', method: 'author_submitExtrinsic', params: [payload] }))
    .catch((error) => {
      if (error.closed) {
        return { closed: true };
      }

      throw error;
    });
  const anonymousError = socket.waitForNotification((message) => message.error !== undefined, 30_000).catch(() => new Promise(() => {}));
  let outcome;

  try {
    outcome = await withTimeout(Promise.race([answered, anonymousError, socket.closed.then(() => ({ closed: true }))]),
      30_000, 'the oversized request got neither an answer nor a close');
  } finally {
    await socket.close();
  }

  assert.ok(outcome.closed || outcome.error, `refused: ${JSON.stringify(outcome).slice(0, 300)}`);

  if (outcome.error) {
    assert.equal(outcome.error.code, -32007, JSON.stringify(outcome.error));
  }

  await assertServing();
});

test('10,000 subscriptions from one client stop at the per-connection limit with errors and other clients are served', { timeout: 90_000 }, async () => {
  const total = 10_000;
  const flood = await openRpcSocket(node.url);

  try {
    const responses = await withTimeout(
      Promise.all(Array.from({ length: total }, () => flood.call('chain_subscribeNewHeads'))),
      60_000, 'not every subscribe call was answered');
    const isAccepted = (response) => typeof response.result === 'string' || typeof response.result === 'number';
    const accepted = responses.filter(isAccepted);
    const refused = responses.filter((response) => response.error);

    // The first 1,024 fit under the limit. A subscription the server drops for lagging frees its slot, so later calls
    // may succeed again: the count of accepted ones is only bounded below.
    assert.ok(responses.slice(0, MAX_SUBSCRIPTIONS_PER_CONNECTION).every(isAccepted), 'the first 1,024 subscriptions are accepted');
    assert.equal(accepted.length + refused.length, total, 'every call got a result or an error');
    assert.ok(refused.length > 0, 'calls beyond the limit are refused');
    assert.deepEqual([...new Set(refused.map((response) => response.error.code))], [-32006]);
    assert.equal(new Set(accepted.map((response) => response.result)).size, accepted.length, 'subscription ids are distinct');

    // While the flooding connection still holds its 1,024 subscriptions, another client is served normally.
    await assertServing();
    assert.ok(flood.isOpen(), 'the flooding connection itself is not dropped');

    // Freeing one subscription makes room for exactly one more.
    const unsubscribed = await flood.call('chain_unsubscribeNewHeads', [accepted[0].result]);

    assert.equal(unsubscribed.result, true, JSON.stringify(unsubscribed));

    const again = await flood.call('chain_subscribeNewHeads');

    assert.ok(again.result !== undefined, JSON.stringify(again));
  } finally {
    await flood.close();
  }

  await assertServing();
});

// A wallet keeps many subscriptions on one connection (every balance it shows is a state_subscribeStorage), and each new
// block notifies all of them at once. Substrate waits for room on a connection whose client reads promptly; only a
// client that stops reading loses subscriptions.
test('200 head subscriptions on one promptly-read connection all keep receiving new heads', { timeout: 60_000 }, async () => {
  const count = 200;
  const socket = await openRpcSocket(node.url, { keepNotifications: true });

  try {
    const responses = await withTimeout(Promise.all(Array.from({ length: count }, () => socket.call('chain_subscribeNewHeads'))),
      30_000, 'not every subscribe call was answered');
    const ids = responses.map((response) => response.result);

    assert.ok(ids.every((id) => id !== undefined), JSON.stringify(responses.find((response) => response.error)));

    const start = Number.parseInt((await socket.call('chain_getHeader')).result.number, 16);

    // Wait until some subscription saw two blocks past the start, so every live one had the chance to see one.
    await socket.waitForNotification((message) => message.method === 'chain_newHead' && Number.parseInt(message.params.result.number, 16) >= start + 2, 20_000);

    const heads = new Map(ids.map((id) => [id, 0]));

    for (const message of socket.kept()) {
      if (message.method === 'chain_newHead' && Number.parseInt(message.params.result.number, 16) > start) {
        heads.set(message.params.subscription, heads.get(message.params.subscription) + 1);
      }
    }

    const starved = [...heads.values()].filter((n) => n === 0).length;

    assert.equal(starved, 0, `${starved} of ${count} subscriptions received no head after #${start}`);
  } finally {
    await socket.close();
  }

  await assertServing();
});
