// sr25519 signatures in both directions: polkadot.js signs, C# verifies; C# signs, util-crypto (@scure) and wasm-crypto (schnorrkel) verify.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, sr25519PairFromSeed, sr25519Sign, sr25519Verify } from '@polkadot/util-crypto';
import { sr25519Verify as wasmSr25519Verify, waitReady } from '@polkadot/wasm-crypto';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const COUNT = 200;
let host;

before(async () => {
  await cryptoWaitReady();
  await waitReady();
  host = new Host();
});

after(() => host?.close());

function tamper (publicKey, message, signature) {
  switch (random.int(0, message.length ? 2 : 1)) {
    case 0: return { publicKey, message, signature: random.flipBit(signature) };
    case 1: return { publicKey: sr25519PairFromSeed(random.bytes(32)).publicKey, message, signature };
    default: return { publicKey, message: random.flipBit(message), signature };
  }
}

test(`${COUNT} polkadot.js sr25519 signatures verify in C# and tampered ones are rejected`, async () => {
  const cases = [];

  for (let i = 0; i < COUNT; i++) {
    const pair = sr25519PairFromSeed(random.bytes(32));
    const message = random.bytes(random.int(0, 300));
    const signature = sr25519Sign(message, pair);

    cases.push({ genuine: { publicKey: pair.publicKey, message, signature }, tampered: tamper(pair.publicKey, message, signature) });
  }

  const ask = ({ publicKey, message, signature }) => host.call('sr25519Verify', {
    publicKey: u8aToHex(publicKey), message: u8aToHex(message), signature: u8aToHex(signature)
  });
  const genuine = await Promise.all(cases.map((c) => ask(c.genuine)));
  const tampered = await Promise.all(cases.map((c) => ask(c.tampered)));

  assert.equal(genuine.filter((ok) => ok === true).length, COUNT, 'every polkadot.js signature verifies in C#');
  assert.equal(tampered.filter((ok) => ok === false).length, COUNT, 'every tampered signature is rejected by C#');
});

test(`${COUNT} C# sr25519 signatures verify in util-crypto and wasm-crypto and tampered ones are rejected`, async () => {
  const cases = [];

  for (let i = 0; i < COUNT; i++) {
    cases.push({ seed: random.bytes(32), message: random.bytes(random.int(0, 300)) });
  }

  const signed = await Promise.all(cases.map(({ seed, message }) =>
    host.call('sr25519Sign', { miniSecret: u8aToHex(seed), message: u8aToHex(message) })));
  let scure = 0;
  let wasm = 0;
  let rejected = 0;

  signed.forEach(({ publicKey, signature }, i) => {
    const { seed, message } = cases[i];
    const expectedPublic = sr25519PairFromSeed(seed).publicKey;

    assert.equal(publicKey, u8aToHex(expectedPublic), 'C# public key from the mini secret matches polkadot.js');

    const signatureU8a = Uint8Array.from(Buffer.from(signature.slice(2), 'hex'));

    scure += sr25519Verify(message, signatureU8a, expectedPublic) ? 1 : 0;
    wasm += wasmSr25519Verify(signatureU8a, message, expectedPublic) ? 1 : 0;

    const bad = tamper(expectedPublic, message, signatureU8a);

    rejected += !random.acceptsOrFalse(() => sr25519Verify(bad.message, bad.signature, bad.publicKey)) &&
      !random.acceptsOrFalse(() => wasmSr25519Verify(bad.signature, bad.message, bad.publicKey)) ? 1 : 0;
  });

  assert.equal(scure, COUNT, 'util-crypto (@scure/sr25519) verifies every C# signature');
  assert.equal(wasm, COUNT, 'wasm-crypto (schnorrkel) verifies every C# signature');
  assert.equal(rejected, COUNT, 'both reject every tampered C# signature');
});
