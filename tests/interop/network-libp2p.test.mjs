// js-libp2p 3.3.11 against a real `kusama --dev --dev-block-time 1000` (networking.md §11, §15; issue 6 "Deliver 5"):
// js dials the node and the node dials js (Noise, Yamux, ping, identify both ways), block announces in both directions
// of the notification protocol, a sync/2 block request decoded by hand, and a hostile peer that must not hurt the node.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { acceptBlockAnnounces, blockAnnouncesProtocol, openBlockAnnounces } from './lib/block-announces.mjs';
import { chainInfo, startDevNode } from './lib/dev-node.mjs';
import { createPeer, peerIdOfPublicKey, SEED_1, SEED_2 } from './lib/libp2p-peer.mjs';
import { BlockAttributes, blake2_256, bytesToHex, decodeBlockResponse, decodeHeader, encodeBlockAnnouncesHandshake, encodeBlockRequest, Roles } from './lib/substrate-wire.mjs';

const SEED_HOSTILE = new Uint8Array(32).fill(3);
const SEED_LATE = new Uint8Array(32).fill(4);

let genesisHash;
let genesisHex;
let node;
let nodePeerId;
let nodeAddress;
/** Listens; the node dials it through --reserved-nodes. */
let listener;
let listenerAnnounces;
/** Dials the node. */
let dialer;
let dialerAnnounces;
let dialerConnection;
let ourHandshake;
const peers = [];

before(async () => {
  genesisHash = chainInfo('dev').genesisHash;
  genesisHex = genesisHash.slice(2);
  ourHandshake = encodeBlockAnnouncesHandshake({ bestHash: genesisHash, bestNumber: 0, genesisHash, roles: Roles.FULL });

  listener = await createPeer({ listen: ['/ip4/127.0.0.1/tcp/0'], pingInbound: true, seed: SEED_1 });
  peers.push(listener);
  listenerAnnounces = await acceptBlockAnnounces(listener, [blockAnnouncesProtocol(genesisHash)], ourHandshake);

  dialer = await createPeer({ seed: SEED_2 });
  peers.push(dialer);
  // Registered before dialing: the node opens its own block-announces substream as soon as we are connected.
  dialerAnnounces = await acceptBlockAnnounces(dialer, [blockAnnouncesProtocol(genesisHash)], ourHandshake);

  const reserved = `/ip4/127.0.0.1/tcp/${listener.listenPort()}/p2p/${listener.peerId}`;

  node = await startDevNode({ args: ['--reserved-nodes', reserved] });
  nodePeerId = (await node.http('system_localPeerId')).result;

  const addresses = (await node.http('system_localListenAddresses')).result ?? [];

  nodeAddress = addresses.find((address) => address.startsWith('/ip4/127.0.0.1/') && address.endsWith(`/p2p/${nodePeerId}`)) ??
    addresses.find((address) => address.startsWith('/ip4/') && address.endsWith(`/p2p/${nodePeerId}`));
}, { timeout: 60_000 });

after(async () => {
  for (const peer of peers) {
    await peer.stop();
  }

  await node?.stop();
}, { timeout: 30_000 });

async function rpc (method, params = []) {
  const response = await node.http(method, params);

  assert.ok(response.error === undefined, `${method} failed: ${JSON.stringify(response.error)}`);

  return response.result;
}

async function waitUntil (what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const result = await check();

    if (result) {
      return result;
    }

    if (Date.now() > deadline) {
      throw new Error(`${what} within ${timeoutMs} ms\n--- node output ---\n${node.output()}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('the node reports its PeerId and a loopback /p2p/ listen address on its --port', () => {
  assert.match(nodePeerId, /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
  assert.ok(nodeAddress, 'system_localListenAddresses has no /ip4/…/p2p/<own id> address');
  assert.ok(nodeAddress.includes(`/tcp/${node.p2pPort}/`), `${nodeAddress} is not on --port ${node.p2pPort}`);
});

test('js dials the node: Noise and Yamux upgrade, ping answers, identify lists the Substrate protocols', async () => {
  dialerConnection = await dialer.dial(nodeAddress);

  assert.equal(dialerConnection.remotePeer.toString(), nodePeerId);
  assert.equal(dialerConnection.encryption, '/noise');
  assert.equal(dialerConnection.multiplexer, '/yamux/1.0.0');

  const rtt = await dialer.ping(dialerConnection);

  assert.ok(Number.isFinite(rtt) && rtt >= 0, `ping RTT ${rtt}`);

  const info = await dialer.identify(dialerConnection);

  assert.equal(peerIdOfPublicKey(info.publicKey), nodePeerId);
  assert.ok(info.agentVersion?.length > 0, 'identify has no agentVersion');

  for (const protocol of ['/ipfs/ping/1.0.0', '/ipfs/id/1.0.0', `/${genesisHex}/block-announces/1`, `/${genesisHex}/sync/2`,
    `/${genesisHex}/transactions/1`, `/${genesisHex}/grandpa/1`, `/${genesisHex}/kad`]) {
    assert.ok(info.protocols.includes(protocol), `identify lacks ${protocol}: ${info.protocols.join(', ')}`);
  }
});

test('the node dials js from --reserved-nodes: js sees it inbound, pings it and identifies it', async () => {
  const inbound = await listener.waitForInbound(nodePeerId, 20_000);

  assert.equal(inbound.encryption, '/noise');
  assert.equal(inbound.multiplexer, '/yamux/1.0.0');

  const rtt = await listener.ping(inbound);

  assert.ok(Number.isFinite(rtt) && rtt >= 0, `ping RTT ${rtt}`);

  const info = await listener.identify(inbound);

  assert.equal(peerIdOfPublicKey(info.publicKey), nodePeerId);
  assert.ok(info.protocols.includes(`/${genesisHex}/block-announces/1`), info.protocols.join(', '));
});

test('block announces: handshakes both ways carry the dev genesis, and the node announces its new blocks', async () => {
  // The node closes connections without a notification substream after 10 s; dial reuses the connection while it lasts.
  dialerConnection = await dialer.dial(nodeAddress);

  const outbound = await openBlockAnnounces(dialer, dialerConnection, [blockAnnouncesProtocol(genesisHash)], ourHandshake);

  assert.ok(outbound.handshake, 'the node refused our block-announces substream');
  assert.equal(outbound.handshakeBytes.length, 69);
  assert.equal(outbound.handshake.genesisHash, genesisHash);
  assert.ok([Roles.FULL, Roles.LIGHT, Roles.AUTHORITY].includes(outbound.handshake.roles), `roles ${outbound.handshake.roles}`);
  assert.equal(await rpc('chain_getBlockHash', [outbound.handshake.bestNumber]), outbound.handshake.bestHash);

  const inbound = await dialerAnnounces.waitForSubstream(nodePeerId);

  assert.equal(inbound.handshakeBytes.length, 69);
  assert.equal(inbound.handshake.genesisHash, genesisHash);

  const announces = await dialerAnnounces.waitForAnnounces(nodePeerId, 2, 15_000);

  for (const announce of announces) {
    assert.equal(await rpc('chain_getBlockHash', [announce.header.number]), announce.hash, `announce of #${announce.header.number}`);
    assert.equal(await rpc('chain_getBlockHash', [announce.header.number - 1]), announce.header.parentHash);
  }

  assert.ok(announces[1].header.number > announces[0].header.number, 'announces do not advance');

  const listed = await waitUntil('system_peers never listed the js dialer', async () => {
    const entries = await rpc('system_peers');

    return entries.find((entry) => entry.peerId === dialer.peerId);
  });

  // Substrate formats the Roles of the peer's handshake with Debug ("FULL"); only the role itself is checked.
  assert.match(String(listed.roles), /full/i);
  assert.ok((await rpc('system_health')).peers >= 2, 'system_health counts fewer than the two js peers');
});

test('the reserved js peer receives the node\'s announces on the connection the node dialed', async () => {
  const accepted = await listenerAnnounces.waitForSubstream(nodePeerId);

  assert.equal(accepted.handshake.genesisHash, genesisHash);

  const [announce] = await listenerAnnounces.waitForAnnounces(nodePeerId, 1, 15_000);

  assert.equal(await rpc('chain_getBlockHash', [announce.header.number]), announce.hash);
});

test('sync/2: blocks #1..#3 with headers, bodies and justifications come back in a hand-decoded BlockResponse', async () => {
  await waitUntil('the node did not reach #3', async () => parseInt((await rpc('chain_getHeader')).number, 16) >= 3);

  const request = encodeBlockRequest({
    attributes: BlockAttributes.HEADER | BlockAttributes.BODY | BlockAttributes.JUSTIFICATION,
    direction: 0,
    fromNumber: 1,
    maxBlocks: 3
  });
  dialerConnection = await dialer.dial(nodeAddress);

  const response = await dialer.request(dialerConnection, [`/${genesisHex}/sync/2`], request, { maxResponseLength: 16 * 1024 * 1024 });

  assert.ok(response, 'the node refused the block request');

  const blocks = decodeBlockResponse(response);
  const registry = new TypeRegistry();

  registry.setMetadata(new Metadata(registry, await rpc('state_getMetadata')));
  assert.equal(blocks.length, 3);

  for (let index = 0; index < 3; index++) {
    const number = index + 1;
    const block = blocks[index];
    const expectedHash = await rpc('chain_getBlockHash', [number]);

    assert.ok(block.header, `#${number} has no header`);
    assert.equal(bytesToHex(block.hash), expectedHash);
    assert.equal(bytesToHex(blake2_256(block.header)), expectedHash);

    const header = decodeHeader(block.header);

    assert.equal(header.number, number);
    assert.equal(header.length, block.header.length);
    assert.equal(header.parentHash, await rpc('chain_getBlockHash', [number - 1]));

    const rpcBlock = await rpc('chain_getBlock', [expectedHash]);

    assert.deepEqual(block.body.map(bytesToHex), rpcBlock.block.extrinsics);

    const calls = block.body.map((extrinsic) => registry.createType('Extrinsic', extrinsic));

    assert.ok(calls.some((extrinsic) => !extrinsic.isSigned && extrinsic.method.section === 'timestamp' && extrinsic.method.method === 'set'),
      `#${number} has no timestamp inherent: ${calls.map((extrinsic) => `${extrinsic.method.section}.${extrinsic.method.method}`).join(', ')}`);
  }
});

test('a hostile peer\'s garbage handshakes close its substream, and the node keeps serving RPC and new peers', async () => {
  const hostile = await createPeer({ seed: SEED_HOSTILE });

  peers.push(hostile);

  const connection = await hostile.dial(nodeAddress);

  assert.ok(await hostile.ping(connection) >= 0);

  // A 2000-byte handshake is above MAX_HANDSHAKE_SIZE: the node must close the substream without answering.
  const oversized = await openBlockAnnounces(hostile, connection, [blockAnnouncesProtocol(genesisHash)], new Uint8Array(2000).fill(0xee))
    .catch((error) => ({ error }));

  assert.ok(oversized.error || oversized.handshake === null, 'the node answered a 2000-byte handshake');

  // A well-formed handshake of another chain: a genesis mismatch drops the peer (or at least that substream).
  if (connection.status === 'open') {
    const foreign = encodeBlockAnnouncesHandshake({ bestHash: '0x' + '11'.repeat(32), bestNumber: 0, genesisHash: '0x' + '11'.repeat(32), roles: Roles.FULL });
    const mismatch = await openBlockAnnounces(hostile, connection, [blockAnnouncesProtocol(genesisHash)], foreign).catch((error) => ({ error }));

    if (!mismatch.error && mismatch.handshake !== null) {
      // Substrate may answer before checking; it must then close the substream instead of keeping the peer.
      const leftover = await mismatch.stream.waitForEnd({ timeoutMs: 10_000 });

      assert.equal(leftover.length, 0, 'the node sent notifications to a peer of another chain');
    }

    // A genesis mismatch is fatal for the peer (§14 item 16): the node drops the connection.
    await waitUntil('the node kept the connection of a peer of another chain', () => connection.status !== 'open', 10_000);
  }

  assert.ok((await rpc('system_health')).peers >= 0);
  assert.equal((await rpc('system_peers')).find((entry) => entry.peerId === hostile.peerId), undefined, 'the hostile peer is listed as a sync peer');

  const late = await createPeer({ seed: SEED_LATE });

  peers.push(late);

  const lateConnection = await late.dial(nodeAddress);
  const good = await openBlockAnnounces(late, lateConnection, [blockAnnouncesProtocol(genesisHash)], ourHandshake);

  assert.ok(good.handshake, 'the node refused a good peer after the hostile one');
  assert.equal(good.handshake.genesisHash, genesisHash);
  assert.ok(node.isRunning());
});
