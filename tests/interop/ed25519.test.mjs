// ed25519 signatures in both directions; signatures are deterministic, so C# and polkadot.js must produce equal bytes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, ed25519PairFromSeed, ed25519Sign, ed25519Verify } from '@polkadot/util-crypto';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const COUNT = 100;
let host;

before(async () => {
  await cryptoWaitReady();
  host = new Host();
});

after(() => host?.close());

test(`${COUNT} polkadot.js ed25519 signatures verify in C# and tampered ones are rejected`, async () => {
  const cases = Array.from({ length: COUNT }, () => {
    const pair = ed25519PairFromSeed(random.bytes(32));
    const message = random.bytes(random.int(0, 300));

    return { publicKey: u8aToHex(pair.publicKey), message, signature: ed25519Sign(message, pair) };
  });
  const genuine = await Promise.all(cases.map((c) => host.call('ed25519Verify', { publicKey: c.publicKey, message: u8aToHex(c.message), signature: u8aToHex(c.signature) })));
  const tampered = await Promise.all(cases.map((c) => host.call('ed25519Verify', { publicKey: c.publicKey, message: u8aToHex(c.message), signature: u8aToHex(random.flipBit(c.signature)) })));

  assert.equal(genuine.filter((ok) => ok === true).length, COUNT);
  assert.equal(tampered.filter((ok) => ok === false).length, COUNT);
});

test(`${COUNT} C# ed25519 signatures verify in polkadot.js and equal its signatures`, async () => {
  const cases = Array.from({ length: COUNT }, () => ({ seed: random.bytes(32), message: random.bytes(random.int(0, 300)) }));
  const signed = await Promise.all(cases.map((c) => host.call('ed25519Sign', { seed: u8aToHex(c.seed), message: u8aToHex(c.message) })));

  signed.forEach(({ publicKey, signature }, i) => {
    const pair = ed25519PairFromSeed(cases[i].seed);

    assert.equal(publicKey, u8aToHex(pair.publicKey));
    assert.ok(ed25519Verify(cases[i].message, hexToU8a(signature), pair.publicKey));
    assert.equal(signature, u8aToHex(ed25519Sign(cases[i].message, pair)));
  });
});
