// BIP39 phrases as Substrate uses them (entropy -> PBKDF2 -> 32-byte mini secret), in both directions.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate, mnemonicToEntropy, mnemonicToMiniSecret, mnemonicValidate } from '@polkadot/util-crypto';
import { Host, HostError } from './lib/host.mjs';
import * as random from './lib/random.mjs';

const COUNT = 40;
const WORD_COUNTS = [12, 15, 18, 21, 24];
let host;

before(async () => {
  await cryptoWaitReady();
  host = new Host();
});

after(() => host?.close());

test(`${COUNT} polkadot.js phrases give the same entropy and mini secret in C#`, async () => {
  const cases = Array.from({ length: COUNT }, () => ({
    phrase: mnemonicGenerate(random.pick(WORD_COUNTS)),
    password: random.int(0, 2) === 0 ? random.word(1, 20) : ''
  }));
  const results = await Promise.all(cases.map((c) => host.call('mnemonicToMiniSecret', c)));

  results.forEach((result, i) => {
    const { phrase, password } = cases[i];

    assert.deepEqual(result, {
      entropy: u8aToHex(mnemonicToEntropy(phrase)),
      miniSecret: u8aToHex(mnemonicToMiniSecret(phrase, password))
    }, `${phrase} / ${password}`);
  });
});

test(`${COUNT} C# generated phrases validate in polkadot.js and give the same mini secret`, async () => {
  const wordCounts = Array.from({ length: COUNT }, (_, i) => WORD_COUNTS[i % WORD_COUNTS.length]);
  const phrases = await Promise.all(wordCounts.map((words) => host.call('mnemonicGenerate', { words })));

  assert.equal(new Set(phrases).size, COUNT, 'generated phrases are all different');

  const secrets = await Promise.all(phrases.map((phrase) => host.call('mnemonicToMiniSecret', { phrase, password: '' })));

  phrases.forEach((phrase, i) => {
    assert.equal(phrase.split(' ').length, wordCounts[i]);
    assert.ok(mnemonicValidate(phrase), `polkadot.js validates ${phrase}`);
    assert.equal(secrets[i].miniSecret, u8aToHex(mnemonicToMiniSecret(phrase)));
  });
});

test('C# and polkadot.js agree on which altered phrases are valid', async () => {
  let invalid = 0;

  for (let i = 0; i < COUNT; i++) {
    const words = mnemonicGenerate(random.pick(WORD_COUNTS)).split(' ');
    const other = mnemonicGenerate(12).split(' ');

    words[random.int(0, words.length - 1)] = other[random.int(0, 11)];

    const phrase = words.join(' ');
    const jsValid = mnemonicValidate(phrase);
    let csValid;

    try {
      await host.call('mnemonicToMiniSecret', { phrase, password: '' });
      csValid = true;
    } catch (error) {
      assert.ok(error instanceof HostError, String(error));
      csValid = false;
    }

    assert.equal(csValid, jsValid, phrase);
    invalid += jsValid ? 0 : 1;
  }

  assert.ok(invalid > 0, 'some altered phrases fail their checksum');
  await assert.rejects(host.call('mnemonicToMiniSecret', { phrase: 'notaword '.repeat(12).trim(), password: '' }), HostError);
});
