// Self-test of the network harness (lib/libp2p-peer.mjs, lib/substrate-wire.mjs) with two js-libp2p peers and the
// spec's vectors, so a failure of the node suites points at the node rather than at the harness (networking.md §11, §15).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPeer, peerIdOfPublicKey, peerIdOfSeed, SEED_1, SEED_2 } from './lib/libp2p-peer.mjs';
import { BlockAttributes, bytesToHex, decodeBlockAnnounce, decodeBlockAnnouncesHandshake, decodeBlockResponse, decodeUvarint, encodeBlockAnnouncesHandshake, encodeBlockRequest, encodeUvarint, hexToBytes, lengthPrefixed, ProtobufWriter, Roles } from './lib/substrate-wire.mjs';

const KUSAMA_GENESIS = '0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe';

let listener;
let dialer;
let connection;

before(async () => {
  listener = await createPeer({ listen: ['/ip4/127.0.0.1/tcp/0'], pingInbound: true, seed: SEED_1 });
  dialer = await createPeer({ seed: SEED_2 });

  await listener.handle('/test/lp-echo/1', async (stream) => {
    for (;;) {
      const message = await stream.readLp();

      if (message === null) {
        break;
      }

      await stream.writeLp(message);
    }

    await stream.closeWrite();
  });
  await listener.handle('/test/refuse/1', async (stream) => {
    await stream.readLp();
    await stream.closeWrite();
  });

  connection = await dialer.dial(listener.listenAddrs()[0]);
}, { timeout: 30_000 });

after(async () => {
  await dialer?.stop();
  await listener?.stop();
}, { timeout: 30_000 });

test('fixed seeds give the PeerIds of networking.md §15', async () => {
  assert.equal(await peerIdOfSeed(SEED_1), '12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5');
  assert.equal(await peerIdOfSeed(SEED_2), '12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq');
  assert.equal(listener.peerId, '12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5');
});

test('a dialed js peer is reached over Noise and Yamux and answers ping in both directions', async () => {
  assert.equal(connection.remotePeer.toString(), listener.peerId);
  assert.equal(connection.encryption, '/noise');
  assert.equal(connection.multiplexer, '/yamux/1.0.0');
  assert.ok(await dialer.ping(connection) >= 0);

  const inbound = await listener.waitForInbound(dialer.peerId);

  assert.ok(await listener.ping(inbound) >= 0);
});

test('identify reports the public key of the remote PeerId, its protocols and its agent', async () => {
  const info = await dialer.identify(connection);

  assert.equal(peerIdOfPublicKey(info.publicKey), listener.peerId);
  assert.ok(info.protocols.includes('/ipfs/ping/1.0.0'), info.protocols.join(', '));
  assert.ok(info.protocols.includes('/ipfs/id/1.0.0'));
  assert.ok(info.protocols.includes('/test/lp-echo/1'));
  assert.ok(info.agentVersion.length > 0);
  assert.ok(info.listenAddrs.some((address) => address.toString().startsWith('/ip4/127.0.0.1/tcp/')));
});

test('length-prefixed messages echo intact, from empty to 200 KiB', async () => {
  const stream = await dialer.openStream(connection, ['/test/lp-echo/1']);
  const sizes = [0, 1, 127, 128, 16_384, 200 * 1024];

  for (const size of sizes) {
    const payload = Uint8Array.from({ length: size }, (_value, index) => (index * 31 + size) & 0xff);

    await stream.writeLp(payload);
    assert.deepEqual(await stream.readLp(), payload);
  }

  await stream.closeWrite();
  assert.equal(await stream.readLp(), null);
});

test('a request-response round trip returns the response, and a refusal reads as null', async () => {
  const response = await dialer.request(connection, '/test/lp-echo/1', Uint8Array.of(9, 8, 7));

  assert.deepEqual(response, Uint8Array.of(9, 8, 7));
  assert.equal(await dialer.request(connection, '/test/refuse/1', Uint8Array.of(1)), null);
});

test('a length prefix above the limit is rejected before the payload is read', async () => {
  const stream = await dialer.openStream(connection, ['/test/lp-echo/1']);

  await stream.writeLp(new Uint8Array(2048));
  await assert.rejects(stream.readLp({ maxLength: 1024 }), /exceeds the limit 1024/);
  await stream.close();
});

test('an unsupported protocol is refused by multistream-select', async () => {
  await assert.rejects(dialer.openStream(connection, ['/test/nobody-serves-this/1']));
});

test('unsigned varints round-trip at their byte boundaries', () => {
  for (const value of [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 32 - 1]) {
    const encoded = encodeUvarint(value);

    assert.equal(decodeUvarint(encoded).value, BigInt(value));
    assert.equal(decodeUvarint(encoded).length, encoded.length);
  }

  assert.deepEqual(encodeUvarint(300), Uint8Array.of(0xac, 0x02));
  assert.equal(decodeUvarint(Uint8Array.of(0x80)), null);
});

test('the block-announces handshake is the 69-byte vector of §9.2 and decodes back', () => {
  const handshake = encodeBlockAnnouncesHandshake({ bestHash: KUSAMA_GENESIS, bestNumber: 0, genesisHash: KUSAMA_GENESIS, roles: Roles.FULL });

  assert.equal(handshake.length, 69);
  assert.equal(bytesToHex(handshake), '0x0100000000' + KUSAMA_GENESIS.slice(2) + KUSAMA_GENESIS.slice(2));
  assert.equal(lengthPrefixed(handshake)[0], 0x45);
  assert.deepEqual(decodeBlockAnnouncesHandshake(handshake), { bestHash: KUSAMA_GENESIS, bestNumber: 0, genesisHash: KUSAMA_GENESIS, roles: 1 });
});

test('a BlockRequest matches the vector of §10.1', () => {
  const request = encodeBlockRequest({
    attributes: BlockAttributes.HEADER | BlockAttributes.BODY | BlockAttributes.JUSTIFICATION,
    fromNumber: 1,
    maxBlocks: 64,
    multipleJustifications: true
  });

  assert.equal(bytesToHex(request), '0x0880808098011a040100000030403801');
});

test('a BlockResponse and a block announce decode by hand', () => {
  const header = hexToBytes('0x' + '11'.repeat(32) + '0c' + '22'.repeat(32) + '33'.repeat(32) + '04' + '06' + '61757261' + '08' + 'abcd');
  const block = new ProtobufWriter().bytes(1, new Uint8Array(32).fill(7)).bytes(2, header).bytes(3, Uint8Array.of(4, 1, 2)).finish();
  const response = new ProtobufWriter().bytes(1, block).bytes(1, block).finish();
  const blocks = decodeBlockResponse(response);

  assert.equal(blocks.length, 2);
  assert.deepEqual(blocks[0].header, header);
  assert.deepEqual(blocks[0].body, [Uint8Array.of(4, 1, 2)]);

  const announce = decodeBlockAnnounce(Uint8Array.from([...header, 1, 0]));

  assert.equal(announce.header.number, 3);
  assert.equal(announce.header.parentHash, '0x' + '11'.repeat(32));
  assert.equal(announce.header.digest.length, 1);
  assert.equal(announce.isBest, true);
  assert.equal(announce.header.length, header.length);
});
