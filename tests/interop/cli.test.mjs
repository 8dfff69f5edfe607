// The `kusama key` CLI against polkadot.js: inspect output, sign/verify in both directions, generate, errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, mnemonicValidate, secp256k1Verify, sr25519Verify } from '@polkadot/util-crypto';
import { kusamaBin } from './lib/binaries.mjs';
import * as random from './lib/random.mjs';

let bin;

before(async () => {
  await cryptoWaitReady();
  bin = kusamaBin();
});

function kusama (...args) {
  const result = spawnSync(bin, args, { encoding: 'utf8', timeout: 30_000 });

  if (result.error) {
    throw result.error;
  }

  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function alice (type, ss58Format = 42) {
  return new Keyring({ type, ss58Format }).addFromUri('//Alice');
}

test('key inspect //Alice --network kusama --output-type json gives the Kusama address of Alice', () => {
  const { code, stdout } = kusama('key', 'inspect', '//Alice', '--network', 'kusama', '--output-type', 'json');
  const json = JSON.parse(stdout);

  assert.equal(code, 0);
  assert.equal(json.publicKey, '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
  assert.equal(json.ss58Address, 'HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F');
  assert.equal(json.ss58Address, alice('sr25519', 2).address);
  assert.equal(json.ss58PublicKey, json.ss58Address);
  assert.equal(json.accountId, json.publicKey);
  assert.equal(json.networkId, 'kusama');
});

for (const scheme of ['ed25519', 'ecdsa']) {
  test(`key inspect //Alice --scheme ${scheme} matches @polkadot/keyring`, () => {
    const { code, stdout } = kusama('key', 'inspect', '//Alice', '--scheme', scheme, '--network', 'polkadot', '--output-type', 'json');
    const json = JSON.parse(stdout);
    const pair = alice(scheme, 0);

    assert.equal(code, 0);
    assert.equal(json.publicKey, u8aToHex(pair.publicKey));
    assert.equal(json.ss58Address, pair.address);
    assert.equal(json.accountId, u8aToHex(scheme === 'ecdsa' ? blake2AsU8a(pair.publicKey) : pair.publicKey));
  });
}

test('key generate --output-type json produces a phrase polkadot.js validates and derives identically', () => {
  const { code, stdout } = kusama('key', 'generate', '--words', '24', '--network', 'kusama', '--output-type', 'json');
  const json = JSON.parse(stdout);
  const pair = new Keyring({ type: 'sr25519', ss58Format: 2 }).addFromUri(json.secretPhrase);

  assert.equal(code, 0);
  assert.equal(json.secretPhrase.split(' ').length, 24);
  assert.ok(mnemonicValidate(json.secretPhrase));
  assert.equal(json.publicKey, u8aToHex(pair.publicKey));
  assert.equal(json.ss58Address, pair.address);
});

test('signatures from kusama key sign verify in polkadot.js', () => {
  const message = `hello ${random.word(5, 20)}`;
  const { code, stdout } = kusama('key', 'sign', '--suri', '//Alice', '--message', message);

  assert.equal(code, 0);
  assert.ok(sr25519Verify(stringToU8a(message), hexToU8a(stdout.trim()), alice('sr25519').publicKey));

  const hexMessage = random.hex(40);
  const ecdsa = kusama('key', 'sign', '--scheme', 'ecdsa', '--suri', '//Alice', '--message', hexMessage, '--hex');

  assert.equal(ecdsa.code, 0);
  assert.ok(secp256k1Verify(hexToU8a(hexMessage), hexToU8a(ecdsa.stdout.trim()), alice('ecdsa').publicKey));
});

test('polkadot.js signatures pass kusama key verify and tampered ones fail with exit code 1', () => {
  const pair = alice('sr25519');
  const message = `payload ${random.word(5, 20)}`;
  const signature = pair.sign(stringToU8a(message));
  const good = kusama('key', 'verify', u8aToHex(signature), pair.address, '--message', message);

  assert.equal(good.code, 0, good.stderr);
  assert.equal(good.stdout.trim(), 'Signature verifies correctly.');

  const bad = kusama('key', 'verify', u8aToHex(random.flipBit(signature)), pair.address, '--message', message);

  assert.equal(bad.code, 1);
  assert.match(bad.stderr.trim(), /^Error: Signature invalid\.$/);

  const ed = alice('ed25519');
  const edGood = kusama('key', 'verify', '--scheme', 'ed25519', u8aToHex(ed.sign(stringToU8a(message))), u8aToHex(ed.publicKey), '--message', message);

  assert.equal(edGood.code, 0, edGood.stderr);
});

test('bad input gives a one-line error and exit code 1', () => {
  for (const args of [
    ['key', 'inspect', 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon'],
    ['key', 'inspect', '//Alice', '--scheme', 'rsa'],
    ['key', 'generate', '--words', '13'],
    ['key', 'verify', '0xzz', '//Alice', '--message', 'x'],
    ['no-such-command']
  ]) {
    const { code, stdout, stderr } = kusama(...args);

    assert.equal(code, 1, `${args.join(' ')}: ${stdout}${stderr}`);
    assert.equal(stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /^Error: /);
  }
});

test('--version prints the kusama version', () => {
  const { code, stdout } = kusama('--version');

  assert.equal(code, 0);
  assert.match(stdout.trim(), /^kusama 0\.1\.0-/);
});
