// Signed Kusama extrinsics built by polkadot.js (static Kusama metadata) are decoded by the C# host, which rebuilds the
// signing payload from the implicit values and verifies the signature; tampered ones must fail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import staticKusama from '@polkadot/types-support/metadata/static-kusama';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const PER_KIND = 12; // 3 schemes × 2 calls × 12 = 72 extrinsics
let host;
let registry;
let metadata;

before(async () => {
  await cryptoWaitReady();
  registry = new TypeRegistry();
  metadata = new Metadata(registry, staticKusama);
  registry.setMetadata(metadata);
  host = new Host();
});

after(() => host?.close());

function call (pallet, name, args) {
  const palletMeta = metadata.asLatest.pallets.find((p) => p.name.toString() === pallet);
  const variants = metadata.asLatest.lookup.getSiType(palletMeta.calls.unwrap().type).def.asVariant.variants;
  const variant = variants.find((v) => v.name.toString() === name);

  return registry.createType('Call', { args, callIndex: new Uint8Array([palletMeta.index.toNumber(), variant.index.toNumber()]) });
}

function randomCall (kind) {
  if (kind === 'transfer') {
    return call('Balances', 'transfer_keep_alive', { dest: { Id: random.bytes(32) }, value: BigInt(u8aToHex(random.bytes(random.int(1, 16)))) });
  }

  return call('System', 'remark', { remark: random.hex(random.int(0, 600)) });
}

function buildCase (scheme, kind) {
  const pair = new Keyring({ ss58Format: 2, type: scheme }).addFromSeed(random.bytes(32));
  const method = randomCall(kind);
  const genesisHash = random.hex(32);
  const immortal = random.int(0, 3) === 0;
  const current = random.int(0, 2 ** 32 - 1);
  const period = 2 ** random.int(2, 16);
  const era = immortal ? registry.createType('ExtrinsicEra', '0x00') : registry.createType('ExtrinsicEra', { current, period });
  // CheckMortality signs the birth block's hash; for an immortal era that is the genesis hash.
  const blockHash = immortal ? genesisHash : random.hex(32);
  const nonce = random.int(0, 2 ** 32 - 1);
  const tip = random.pick([0n, BigInt(random.int(1, 1_000_000)), BigInt(u8aToHex(random.bytes(16)))]);
  const specVersion = random.int(0, 2 ** 32 - 1);
  const transactionVersion = random.int(0, 2 ** 32 - 1);
  const payload = registry.createType('ExtrinsicPayload', {
    blockHash, era, genesisHash, method: method.toHex(), mode: 0, nonce, specVersion, tip, transactionVersion
  }, { version: 4 });
  const { signature } = payload.sign(pair);
  const extrinsic = registry.createType('Extrinsic', method, { version: 4 });

  extrinsic.addSignature(pair.address, signature, payload.toHex());

  return {
    blockHash, era, extrinsic: extrinsic.toHex(), genesisHash, immortal, method, nonce, pair, payload: payload.toU8a({ method: true }), scheme, signature, specVersion, tip, transactionVersion
  };
}

function request (c, overrides = {}) {
  return { blockHash: c.blockHash, extrinsic: c.extrinsic, genesisHash: c.genesisHash, specVersion: c.specVersion, transactionVersion: c.transactionVersion, ...overrides };
}

const SCHEMES = { ecdsa: 'Ecdsa', ed25519: 'Ed25519', sr25519: 'Sr25519' };

test(`${PER_KIND * 6} polkadot.js-signed transfers and remarks decode and verify in C#`, async () => {
  const cases = [];

  for (const scheme of Object.keys(SCHEMES)) {
    for (const kind of ['transfer', 'remark']) {
      for (let i = 0; i < PER_KIND; i++) {
        cases.push(buildCase(scheme, kind));
      }
    }
  }

  const results = await Promise.all(cases.map((c) => host.call('extrinsicCheck', request(c))));

  results.forEach((r, i) => {
    const c = cases[i];
    const what = `${c.scheme} ${c.method.method} #${i}`;

    assert.equal(r.version, 4, what);
    assert.equal(r.type, 'Signed', what);
    assert.equal(r.call, c.method.toHex(), what);
    assert.equal(r.hash, blake2AsHex(c.extrinsic), what);
    assert.equal(r.address, u8aToHex(new Uint8Array([0, ...c.pair.addressRaw])), what);
    assert.equal(r.signatureKind, SCHEMES[c.scheme], what);
    // polkadot.js' signature carries the MultiSignature variant byte in front.
    assert.equal(r.signature, '0x' + c.signature.slice(4), what);
    assert.equal(r.nonce, c.nonce, what);
    assert.equal(BigInt(r.tip), BigInt(c.tip), what);
    assert.equal(r.mode, 0, what);
    assert.equal(r.era.immortal, c.immortal, what);

    if (!c.immortal) {
      // polkadot.js keeps the unquantized phase on the object it built; the wire form (re-decoded) carries the quantized one.
      const wire = registry.createType('ExtrinsicEra', c.era.toU8a()).asMortalEra;

      assert.equal(r.era.period, wire.period.toNumber(), what);
      assert.equal(r.era.phase, wire.phase.toNumber(), what);
      assert.equal(r.era.phase % Math.max(r.era.period >> 12, 1), 0, what);
    }

    assert.equal(r.payloadLength, c.payload.length, what);
    assert.equal(r.signedMessage, c.payload.length > 256 ? blake2AsHex(c.payload) : u8aToHex(c.payload), what);
    assert.equal(r.verified, true, what);
  });

  const lengths = cases.filter((c) => c.method.method === 'remark').map((c) => c.payload.length);

  assert.ok(lengths.some((n) => n > 256) && lengths.some((n) => n <= 256), 'both payload forms occur');
});

test('tampered extrinsics and wrong implicit data fail verification in C#', async () => {
  const cases = Object.keys(SCHEMES).flatMap((scheme) => ['transfer', 'remark'].map((kind) => buildCase(scheme, kind)));
  const checks = [];

  for (const c of cases) {
    const bytes = new Uint8Array(Buffer.from(c.extrinsic.slice(2), 'hex'));
    // Flip a bit in the call's last byte (dest account, amount or remark data): still decodes, no longer signed.
    const tampered = new Uint8Array(bytes);

    tampered[bytes.length - 1] ^= 1 << random.int(0, 7);

    checks.push(host.call('extrinsicCheck', request(c, { extrinsic: u8aToHex(tampered) })));
    checks.push(host.call('extrinsicCheck', request(c, { genesisHash: random.hex(32), blockHash: c.immortal ? random.hex(32) : c.blockHash })));
    checks.push(host.call('extrinsicCheck', request(c, { specVersion: (c.specVersion + 1) % 2 ** 32 })));
  }

  const results = await Promise.allSettled(checks);

  assert.ok(results.filter((r) => r.status === 'fulfilled').length >= cases.length * 2, 'the implicit-data checks all decode');

  results.forEach((r, i) => {
    // A flipped bit may also make the call undecodable for polkadot.js' layout, but never a valid signature.
    if (r.status === 'fulfilled') {
      assert.equal(r.value.verified, false, `check #${i}`);
    } else {
      assert.match(r.reason.message, /ScaleDecodeException/, `check #${i}`);
    }
  });
});
