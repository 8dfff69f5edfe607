// Substrate derivation paths on random phrases for all three schemes: public keys and addresses must equal @polkadot/keyring's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import { Host, HostError } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const PER_SCHEME = 30;
let host;

before(async () => {
  await cryptoWaitReady();
  host = new Host();
});

after(() => host?.close());

// Junction text on which polkadot.js and sp-core agree: no "0x" hex junctions and numbers below 2^64 (crypto.md pitfall 12).
function junctionText () {
  if (random.int(0, 3) === 0) {
    return String(random.int(0, 2 ** 40));
  }

  let text = random.word(1, random.int(0, 4) === 0 ? 48 : 12);

  if (text.startsWith('0x') || (/^\d+$/.test(text) && text.length > 18)) {
    text = `j${text}`;
  }

  return text;
}

function randomPath (allowSoft) {
  let path = '';
  const count = random.int(1, 4);

  for (let i = 0; i < count; i++) {
    path += (allowSoft && random.int(0, 1) ? '/' : '//') + junctionText();
  }

  return path;
}

function randomSuri (allowSoft) {
  const phrase = mnemonicGenerate(random.pick([12, 15, 18, 21, 24]));
  const password = random.int(0, 4) === 0 ? `///${random.word(1, 16)}` : '';

  return `${phrase}${randomPath(allowSoft)}${password}`;
}

function randomPrefix () {
  let prefix = random.int(0, 16383);

  while (prefix === 46 || prefix === 47) {
    prefix = random.int(0, 16383);
  }

  return prefix;
}

for (const scheme of ['sr25519', 'ed25519', 'ecdsa']) {
  test(`${PER_SCHEME} random ${scheme} derivation paths give polkadot.js's public keys and addresses`, async () => {
    const cases = [];

    for (let i = 0; i < PER_SCHEME; i++) {
      const suri = randomSuri(scheme === 'sr25519');
      const prefix = randomPrefix();
      const pair = new Keyring({ type: scheme, ss58Format: prefix }).addFromUri(suri);
      const accountId = scheme === 'ecdsa' ? blake2AsU8a(pair.publicKey) : pair.publicKey;

      cases.push({ suri, prefix, publicKey: u8aToHex(pair.publicKey), accountId: u8aToHex(accountId), ss58: pair.address });
    }

    const results = await Promise.all(cases.map(({ suri, prefix }) => host.call('derive', { scheme, suri, prefix })));

    results.forEach((result, i) => {
      const expected = cases[i];

      assert.deepEqual(result, { publicKey: expected.publicKey, accountId: expected.accountId, ss58: expected.ss58 }, `derive ${scheme} ${expected.suri} (prefix ${expected.prefix})`);
    });
  });
}

for (const scheme of ['ed25519', 'ecdsa']) {
  test(`${scheme} rejects soft junctions like polkadot.js does`, async () => {
    const suri = `${mnemonicGenerate(12)}//hard/soft`;

    assert.throws(() => new Keyring({ type: scheme }).addFromUri(suri));
    await assert.rejects(host.call('derive', { scheme, suri, prefix: 42 }), HostError);
  });
}
