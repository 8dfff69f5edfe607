// secp256k1 ECDSA as Substrate uses it (sign blake2_256(message), 65-byte r ++ s ++ recovery id), in both directions.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, secp256k1PairFromSeed, secp256k1Recover, secp256k1Sign, secp256k1Verify } from '@polkadot/util-crypto';
import { Host } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const COUNT = 100;
let host;

before(async () => {
  await cryptoWaitReady();
  host = new Host();
});

after(() => host?.close());

test(`${COUNT} polkadot.js ecdsa signatures recover to the signer in C#`, async () => {
  const cases = Array.from({ length: COUNT }, () => {
    const pair = secp256k1PairFromSeed(random.bytes(32));
    const message = random.bytes(random.int(0, 300));

    return { pair, message, signature: secp256k1Sign(message, pair, 'blake2') };
  });
  const recovered = await Promise.all(cases.map((c) => host.call('ecdsaRecover', { message: u8aToHex(c.message), signature: u8aToHex(c.signature) })));
  const verified = await Promise.all(cases.map((c) => host.call('ecdsaVerify', {
    message: u8aToHex(c.message), signature: u8aToHex(c.signature), publicKey: u8aToHex(c.pair.publicKey)
  })));
  const tampered = await Promise.all(cases.map((c) => host.call('ecdsaVerify', {
    message: u8aToHex(random.flipBit(c.message.length ? c.message : new Uint8Array(1))), signature: u8aToHex(c.signature), publicKey: u8aToHex(c.pair.publicKey)
  })));

  recovered.forEach((publicKey, i) => assert.equal(publicKey, u8aToHex(cases[i].pair.publicKey)));
  assert.equal(verified.filter((ok) => ok === true).length, COUNT);
  assert.equal(tampered.filter((ok) => ok === false).length, COUNT);
});

test(`${COUNT} C# ecdsa signatures recover in polkadot.js and equal its RFC 6979 signatures`, async () => {
  const cases = Array.from({ length: COUNT }, () => ({ seed: random.bytes(32), message: random.bytes(random.int(0, 300)) }));
  const signed = await Promise.all(cases.map((c) => host.call('ecdsaSign', { seed: u8aToHex(c.seed), message: u8aToHex(c.message) })));

  signed.forEach(({ publicKey, signature }, i) => {
    const { seed, message } = cases[i];
    const pair = secp256k1PairFromSeed(seed);
    const signatureU8a = hexToU8a(signature);

    assert.equal(publicKey, u8aToHex(pair.publicKey));
    assert.equal(signatureU8a.length, 65);
    assert.equal(u8aToHex(secp256k1Recover(blake2AsU8a(message), signatureU8a.subarray(0, 64), signatureU8a[64])), publicKey);
    assert.ok(secp256k1Verify(message, signatureU8a, blake2AsU8a(pair.publicKey)), 'polkadot.js verifies against the account id');
    assert.equal(signature, u8aToHex(secp256k1Sign(message, pair, 'blake2')), 'deterministic signatures are byte-equal');
  });
});
