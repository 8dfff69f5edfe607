// SCALE: random values of random types encoded by @polkadot/types must equal our codecs' bytes and decode in ours,
// and our bytes must decode in polkadot.js to the same value.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { Host } from './lib/host.mjs';
import { canonicalJson, hexOf, randomCodec, randomType } from './lib/scaleTypes.mjs';

const TYPES = 150;
const VALUES_PER_TYPE = 3;
let host;
const registry = new TypeRegistry();

before(() => {
  host = new Host();
});

after(() => host?.close());

function randomCases () {
  const cases = [];

  for (let t = 0; t < TYPES; t++) {
    const type = randomType();

    for (let v = 0; v < VALUES_PER_TYPE; v++) {
      const codec = randomCodec(registry, type);

      cases.push({ type, hex: hexOf(codec), json: canonicalJson(type, codec) });
    }
  }

  return cases;
}

test(`${TYPES * VALUES_PER_TYPE} polkadot.js encodings decode in C# to the same value`, async () => {
  const cases = randomCases();
  const decoded = await Promise.all(cases.map(({ type, hex }) => host.call('scaleDecode', { type: type.name, hex })));

  decoded.forEach((value, i) => assert.deepEqual(value, cases[i].json, `${cases[i].type.name} ${cases[i].hex}`));
});

test(`${TYPES * VALUES_PER_TYPE} values encoded by C# equal polkadot.js's bytes and decode there`, async () => {
  const cases = randomCases();
  const encoded = await Promise.all(cases.map(({ type, json }) => host.call('scaleEncode', { type: type.name, value: json })));

  encoded.forEach((hex, i) => {
    const { type, json } = cases[i];

    assert.equal(hex, cases[i].hex, `${type.name} ${JSON.stringify(json)}`);

    const back = registry.createType(type.name, hexToU8a(hex));

    assert.equal(hexOf(back), hex);
    assert.deepEqual(canonicalJson(type, back), json);
  });
});

test('known encodings from the reference (Compact boundaries, Option<bool>) agree with polkadot.js and C#', async () => {
  const cases = [
    ['Compact<u128>', '0', '0x00'], ['Compact<u128>', '63', '0xfc'], ['Compact<u128>', '64', '0x0101'],
    ['Compact<u128>', '16383', '0xfdff'], ['Compact<u128>', '16384', '0x02000100'], ['Compact<u128>', '1073741823', '0xfeffffff'],
    ['Compact<u128>', '1073741824', '0x0300000040'], ['Compact<u128>', '18446744073709551615', '0x13ffffffffffffffff'],
    ['Compact<u128>', '340282366920938463463374607431768211455', '0x33ffffffffffffffffffffffffffffffff']
  ];

  for (const [type, value, hex] of cases) {
    assert.equal(u8aToHex(registry.createType(type, value).toU8a()), hex);
    assert.equal(await host.call('scaleEncode', { type, value }), hex);
  }

  assert.equal(u8aToHex(registry.createType('Option<bool>', false).toU8a()), '0x0100');
  assert.equal(await host.call('scaleEncode', { type: 'Option<bool>', value: false }), '0x0100');
  assert.deepEqual(await host.call('scaleDecode', { type: 'Option<bool>', hex: '0x00' }), null);
});

test('C# rejects truncated and over-long input', async () => {
  await assert.rejects(host.call('scaleDecode', { type: 'u32', hex: '0x010203' }));
  await assert.rejects(host.call('scaleDecode', { type: 'u8', hex: '0x0102' }));
  await assert.rejects(host.call('scaleDecode', { type: 'Vec<u8>', hex: '0x0c0102' }));
});
