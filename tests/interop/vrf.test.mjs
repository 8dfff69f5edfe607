// sr25519 VRF in both directions. util-crypto's sr25519VrfSign zeroes the nonce half of the secret key it is given,
// so it always gets a copy (crypto.md pitfall 11).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, sr25519PairFromSeed, sr25519VrfSign, sr25519VrfVerify } from '@polkadot/util-crypto';
import { vrfVerify as wasmVrfVerify, waitReady } from '@polkadot/wasm-crypto';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const COUNT = 50;
let host;

before(async () => {
  await cryptoWaitReady();
  await waitReady();
  host = new Host();
});

after(() => host?.close());

function randomCase () {
  return {
    seed: random.bytes(32),
    context: random.bytes(random.int(0, 32)),
    message: random.bytes(random.int(0, 200)),
    extra: random.int(0, 1) ? random.bytes(random.int(1, 64)) : new Uint8Array()
  };
}

const hexOf = ({ context, message, extra }) => ({ context: u8aToHex(context), message: u8aToHex(message), extra: u8aToHex(extra) });

test(`${COUNT} polkadot.js VRF proofs verify in C# and tampered ones are rejected`, async () => {
  const cases = [];

  for (let i = 0; i < COUNT; i++) {
    const c = randomCase();
    const pair = sr25519PairFromSeed(c.seed);
    const signOutput = sr25519VrfSign(c.message, { secretKey: pair.secretKey.slice() }, c.context, c.extra);

    cases.push({ ...c, publicKey: pair.publicKey, signOutput });
  }

  const genuine = await Promise.all(cases.map((c) => host.call('vrfVerify', {
    publicKey: u8aToHex(c.publicKey), ...hexOf(c), signOutput: u8aToHex(c.signOutput)
  })));
  const tampered = await Promise.all(cases.map((c) => host.call('vrfVerify', {
    publicKey: u8aToHex(c.publicKey), ...hexOf(c), signOutput: u8aToHex(random.flipBit(c.signOutput))
  })));

  assert.equal(genuine.filter((ok) => ok === true).length, COUNT, 'every polkadot.js VRF proof verifies in C#');
  assert.equal(tampered.filter((ok) => ok === false).length, COUNT, 'every tampered VRF proof is rejected by C#');
});

test(`${COUNT} C# VRF proofs verify in util-crypto and wasm-crypto, with the same VRF output`, async () => {
  const cases = Array.from({ length: COUNT }, randomCase);
  const signed = await Promise.all(cases.map((c) => host.call('vrfSign', { miniSecret: u8aToHex(c.seed), ...hexOf(c) })));
  let scure = 0;
  let wasm = 0;
  let sameOutput = 0;
  let rejected = 0;

  signed.forEach(({ publicKey, signOutput }, i) => {
    const c = cases[i];
    const pair = sr25519PairFromSeed(c.seed);
    const proof = hexToU8a(signOutput);

    assert.equal(publicKey, u8aToHex(pair.publicKey));
    assert.equal(proof.length, 96, 'sign output is preout(32) ++ proof(64)');

    scure += sr25519VrfVerify(c.message, proof, pair.publicKey, c.context, c.extra) ? 1 : 0;
    wasm += wasmVrfVerify(pair.publicKey, c.context, c.message, c.extra, proof) ? 1 : 0;

    // The pre-output is a deterministic function of key and input; the proof is randomized.
    const js = sr25519VrfSign(c.message, { secretKey: pair.secretKey.slice() }, c.context, c.extra);

    sameOutput += u8aToHex(js.subarray(0, 32)) === u8aToHex(proof.subarray(0, 32)) ? 1 : 0;

    const bad = random.flipBit(proof);

    rejected += !random.acceptsOrFalse(() => sr25519VrfVerify(c.message, bad, pair.publicKey, c.context, c.extra)) &&
      !random.acceptsOrFalse(() => wasmVrfVerify(pair.publicKey, c.context, c.message, c.extra, bad)) ? 1 : 0;
  });

  assert.equal(scure, COUNT, 'util-crypto verifies every C# VRF proof');
  assert.equal(wasm, COUNT, 'wasm-crypto verifies every C# VRF proof');
  assert.equal(sameOutput, COUNT, 'C# and polkadot.js compute the same VRF pre-output');
  assert.equal(rejected, COUNT, 'both reject every tampered C# VRF proof');
});
