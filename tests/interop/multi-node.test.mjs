// Three real `kusama --chain local` processes (issue 6 "Deliver 6"): A authors (--alice), B and C are full nodes that
// bootstrap from A. They must sync from genesis and keep up, gossip a transaction from B to A, survive a SIGKILL of C
// (restart on the same database and catch up), and shrug off a hostile raw TCP peer. One shared topology keeps the
// whole run short.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chainInfo, withTimeout } from './lib/dev-node.mjs';
import { startNode, stopAll, waitFor } from './lib/multi-node.mjs';

// A fixed node key gives A a stable PeerId across runs; the id itself is read back from system_localPeerId.
const NODE_KEY_A = '5e'.repeat(32);
const BLOCK_TIME_MS = 1000;

describe('three kusama nodes on a local chain', { timeout: 300_000 }, () => {
  let a;
  let b;
  let c;
  let all;
  let aPeerId;
  let bootnode;
  let decimals;
  const apis = [];

  before(async () => {
    decimals = chainInfo('local').properties?.tokenDecimals ?? 12;
    a = await startNode({ args: ['--chain', 'local', '--alice', '--dev-block-time', String(BLOCK_TIME_MS), '--node-key', NODE_KEY_A], name: 'A' });
    aPeerId = await a.rpc('system_localPeerId');
    bootnode = `/ip4/127.0.0.1/tcp/${a.p2pPort}/p2p/${aPeerId}`;
    [b, c] = await Promise.all([
      startNode({ args: ['--chain', 'local', '--bootnodes', bootnode], name: 'B' }),
      startNode({ args: ['--chain', 'local', '--bootnodes', bootnode], name: 'C' })
    ]);
    all = [a, b, c];
  }, { timeout: 90_000 });

  after(async () => {
    for (const api of apis) {
      await api.disconnect().catch(() => {});
    }

    await stopAll();
  });

  it('A has a PeerId and authors blocks', { timeout: 30_000 }, async () => {
    assert.match(aPeerId, /^12D3KooW[1-9A-HJ-NP-Za-km-z]+$/);
    await waitFor(async () => (await a.bestNumber()) >= 3, { message: 'A to author block #3', nodes: [a], timeoutMs: 20_000 });
  });

  it('B and C sync from genesis and agree with A on block hashes', { timeout: 70_000 }, async (t) => {
    for (const node of [b, c]) {
      await waitFor(async () => {
        const [target, own] = await Promise.all([a.bestNumber(), node.bestNumber()]);

        return own > 0 && own >= target - 2;
      }, { message: () => `${node.name} to reach A's best - 2`, nodes: [a, node], timeoutMs: 30_000 });
    }

    const common = Math.min(...await Promise.all(all.map((node) => node.bestNumber())));

    assert.ok(common >= 2, `all three nodes should have at least block #2, the lowest best is #${common}`);
    t.diagnostic(`A, B and C all have block #${common}`);

    for (const n of [0, 1, Math.floor(common / 2), common]) {
      const hashes = await Promise.all(all.map((node) => node.rpc('chain_getBlockHash', [n])));

      assert.match(hashes[0], /^0x[0-9a-f]{64}$/, `A's hash of #${n}`);
      assert.deepEqual(hashes, [hashes[0], hashes[0], hashes[0]], `block #${n} has the same hash on A, B and C`);
    }
  });

  it('B reports A as an authority peer, stops syncing and has a consistent sync state', { timeout: 30_000 }, async () => {
    const health = await b.rpc('system_health');

    assert.ok(health.peers >= 1, `B's system_health should count A: ${JSON.stringify(health)}`);
    assert.equal(health.shouldHavePeers, true);

    const peers = await b.rpc('system_peers');
    const peerA = peers.find((peer) => peer.peerId === aPeerId);

    assert.ok(peerA, `system_peers on B should list A (${aPeerId}): ${JSON.stringify(peers)}`);
    assert.equal(peerA.roles, 'AUTHORITY');
    assert.match(peerA.bestHash, /^0x[0-9a-f]{64}$/);
    assert.equal(typeof peerA.bestNumber, 'number');

    await waitFor(async () => (await b.rpc('system_health')).isSyncing === false,
      { message: 'B\'s system_health to report isSyncing false', nodes: [a, b], timeoutMs: 20_000 });

    const state = await b.rpc('system_syncState');

    assert.equal(typeof state.currentBlock, 'number');
    assert.ok(state.currentBlock > 0, `B's currentBlock should be past genesis: ${JSON.stringify(state)}`);
    assert.ok(state.highestBlock >= state.currentBlock, `highestBlock >= currentBlock: ${JSON.stringify(state)}`);
  });

  it('B keeps following the blocks A authors', { timeout: 30_000 }, async () => {
    const start = await b.bestNumber();

    await waitFor(async () => (await b.bestNumber()) >= start + 3,
      { message: `B to import 3 more blocks after #${start}`, nodes: [a, b], timeoutMs: 20_000 });

    const height = start + 3;
    const [hashA, hashB] = await Promise.all([a.rpc('chain_getBlockHash', [height]), b.rpc('chain_getBlockHash', [height])]);

    assert.equal(hashB, hashA, `B's block #${height} should be A's`);
  });

  it('a transfer submitted to B is gossiped to A and included', { timeout: 90_000 }, async (t) => {
    await cryptoWaitReady();

    const keyring = new Keyring({ ss58Format: 2, type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const recipient = keyring.addFromUri(`//multinode-${randomBytes(8).toString('hex')}`);
    const amount = 10n ** BigInt(decimals);
    const apiB = await withTimeout(ApiPromise.create({ noInitWarn: true, provider: new WsProvider(b.wsUrl), throwOnConnect: true }),
      30_000, `ApiPromise.create on B did not become ready\n${b.tail()}`);

    apis.push(apiB);

    const included = new Promise((resolve, reject) => {
      apiB.tx.balances.transferKeepAlive(recipient.address, amount).signAndSend(alice, (result) => {
        if (result.status.isInBlock || result.status.isFinalized) {
          resolve(result.status.isInBlock ? result.status.asInBlock.toHex() : result.status.asFinalized.toHex());
        } else if (result.status.isInvalid || result.status.isDropped || result.status.isUsurped) {
          reject(new Error(`transaction ${result.status.type}`));
        }
      }).catch(reject);
    });
    const blockHash = await withTimeout(included, 40_000, 'the transfer sent to B was not reported in a block')
      .catch((error) => {
        throw new Error(`${error.message}\n${a.tail()}\n${b.tail()}`);
      });

    assert.match(blockHash, /^0x[0-9a-f]{64}$/);
    t.diagnostic(`transfer included in ${blockHash}`);

    const header = await a.rpc('chain_getHeader', [blockHash]);

    assert.ok(header, `A should know block ${blockHash} that B reported the transfer in`);

    const apiA = await withTimeout(ApiPromise.create({ noInitWarn: true, provider: new WsProvider(a.wsUrl), throwOnConnect: true }),
      30_000, `ApiPromise.create on A did not become ready\n${a.tail()}`);

    apis.push(apiA);

    const account = await apiA.query.system.account.at(blockHash, recipient.address);

    assert.equal(account.data.free.toBigInt(), amount, 'the recipient\'s free balance on A is the amount sent through B');
  });

  it('C survives SIGKILL, restarts on its database and catches up with A', { timeout: 120_000 }, async (t) => {
    const cBefore = await c.bestNumber();
    const killed = await c.kill();

    assert.equal(killed.signal, 'SIGKILL');

    const aAtKill = await a.bestNumber();

    await waitFor(async () => (await a.bestNumber()) >= aAtKill + 3,
      { message: 'A to author 3 blocks while C is down', nodes: [a], timeoutMs: 20_000 });

    const mark = c.output().length;

    await c.restart();

    const restartLog = c.outputSince(mark);
    const highest = /Highest known block at #(\d+)/.exec(restartLog);

    assert.ok(highest, `C's restart log should say "Highest known block at #N"\n${c.tail()}`);
    assert.ok(Number(highest[1]) > 0, `C should restart from its own database, not genesis: ${highest[0]}`);

    const target = Math.max(cBefore, aAtKill) + 3;

    t.diagnostic(`C was at #${cBefore} when killed (A at #${aAtKill}); restart log: "${highest[0]}"; catching up to #${target}`);

    await waitFor(async () => (await c.bestNumber()) >= target,
      { message: `C to catch up to #${target} after the restart`, nodes: [a, c], timeoutMs: 30_000 });

    const [hashA, hashC] = await Promise.all([a.rpc('chain_getBlockHash', [target]), c.rpc('chain_getBlockHash', [target])]);

    assert.match(hashA, /^0x[0-9a-f]{64}$/);
    assert.equal(hashC, hashA, `C's block #${target} should be A's`);
  });

  it('A closes hostile raw TCP peers and keeps authoring; B stays connected', { timeout: 60_000 }, async (t) => {
    const bestBefore = await a.bestNumber();

    const garbage = await rawExchange(a.p2pPort, randomBytes(4096));

    assert.equal(garbage.closed, true, `A should close a connection that sends 4 KiB of garbage (${garbage.detail})\n${a.tail()}`);

    // A multistream-select line announcing 64 KiB, far beyond any protocol name; sent without any handshake first.
    const length = 64 * 1024;
    const oversized = Buffer.concat([encodeUvarint(length), Buffer.alloc(length - 1, 0x61), Buffer.from('\n')]);
    const tooLong = await rawExchange(a.p2pPort, oversized);

    assert.equal(tooLong.closed, true, `A should close a connection that sends an oversized multistream line (${tooLong.detail})\n${a.tail()}`);

    t.diagnostic(`garbage: ${garbage.detail}; oversized line: ${tooLong.detail}`);
    await waitFor(async () => (await a.bestNumber()) >= bestBefore + 2,
      { message: `A to keep authoring past #${bestBefore + 2} after the hostile peers`, nodes: [a], timeoutMs: 15_000 });
    assert.ok(a.isRunning(), 'A is still running');

    const health = await b.rpc('system_health');

    assert.ok(health.peers >= 1, `B should still be connected: ${JSON.stringify(health)}`);
    assert.ok((await b.bestNumber()) >= bestBefore, 'B still follows A');
  });
});

function encodeUvarint (value) {
  const bytes = [];
  let rest = value;

  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }

  bytes.push(rest);

  return Buffer.from(bytes);
}

/**
 * Connects to 127.0.0.1:`port`, writes `payload` and waits (up to `timeoutMs`) for the remote side to close the
 * connection. A reset or broken pipe while writing counts as closed too: the node dropped us.
 */
function rawExchange (port, payload, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port });
    let received = 0;
    let settled = false;
    const finish = (closed, detail) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        resolve({ closed, detail: `${detail} after ${Date.now() - started} ms, ${received} bytes received` });
      }
    };
    const timer = setTimeout(() => finish(false, `still open after ${timeoutMs} ms`), timeoutMs);

    socket.on('connect', () => socket.write(payload));
    socket.on('data', (chunk) => {
      received += chunk.length;
    });
    socket.on('end', () => finish(true, 'remote sent FIN'));
    socket.on('close', () => finish(true, 'socket closed'));
    socket.on('error', (error) => {
      // A refused connection means A is not listening at all: that is a failure, not a close.
      finish(error.code !== 'ECONNREFUSED', `socket error ${error.code}`);
    });
  });
}
