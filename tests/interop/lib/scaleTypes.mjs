// Random SCALE type expressions and values, built as @polkadot/types codecs so polkadot.js does the encoding,
// plus the interop protocol's canonical JSON form of a value (see tests/Kusama.Interop.Host/ScaleJson.cs).
import { BN, compactToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import * as random from './random.mjs';

const UNSIGNED = [8, 16, 32, 64, 128];
const TEXT_ALPHABET = ['a', 'Z', '0', ' ', '-', 'é', 'ß', '€', '中', '文', '🚀', '\n', '"', '\\'];

/** A type node: { kind, name, ... } where name is the type string both sides parse. */
export function randomType (depth = 0, { comparable = false } = {}) {
  const leaves = [
    () => int('u', random.pick(UNSIGNED)),
    () => int('i', random.pick(UNSIGNED)),
    () => ({ kind: 'bool', name: 'bool' }),
    () => ({ kind: 'text', name: 'Text' }),
    () => {
      const length = random.pick([1, 4, 16, 20, 32, 33, 64]);

      return { kind: 'bytes', length, name: `[u8;${length}]` };
    }
  ];

  if (!comparable) {
    leaves.push(
      () => {
        const bits = random.pick(UNSIGNED);

        return { kind: 'compact', bits, name: `Compact<u${bits}>` };
      },
      () => ({ kind: 'bitvec', name: 'BitVec' })
    );
  }

  if (comparable || depth >= 3 || random.int(0, 2) === 0) {
    return random.pick(leaves)();
  }

  const composites = [
    () => {
      let inner = randomType(depth + 1);

      while (inner.kind === 'option') {
        inner = randomType(depth + 1);
      }

      return { kind: 'option', inner, name: `Option<${inner.name}>` };
    },
    () => {
      const ok = randomType(depth + 1);
      const err = randomType(depth + 1);

      return { kind: 'result', ok, err, name: `Result<${ok.name}, ${err.name}>` };
    },
    () => {
      const inner = randomType(depth + 1);

      return { kind: 'vec', inner, name: `Vec<${inner.name}>` };
    },
    () => {
      const items = Array.from({ length: random.int(2, 4) }, () => randomType(depth + 1));

      return { kind: 'tuple', items, name: `(${items.map((t) => t.name).join(', ')})` };
    },
    () => {
      const key = randomType(depth + 1, { comparable: true });
      const value = randomType(depth + 1);

      return { kind: 'map', key, value, name: `BTreeMap<${key.name}, ${value.name}>` };
    },
    () => {
      const inner = randomType(depth + 1, { comparable: true });

      return { kind: 'set', inner, name: `BTreeSet<${inner.name}>` };
    }
  ];

  return random.pick(composites)();
}

function int (sign, bits) {
  return { kind: 'int', signed: sign === 'i', bits, name: `${sign}${bits}` };
}

function randomBn (bits, signed) {
  // A random magnitude length first, so small values (and every compact mode) show up often.
  const length = random.int(0, signed ? bits - 1 : bits);
  let value = length === 0 ? new BN(0) : new BN(Buffer.from(random.bytes(Math.ceil(length / 8))).toString('hex'), 16).maskn(length);

  if (signed && random.int(0, 1)) {
    value = value.neg();
    if (length === bits - 1 && random.int(0, 3) === 0) {
      value = new BN(1).shln(bits - 1).neg();
    }
  }

  return value;
}

function randomText () {
  let text = '';
  const length = random.int(0, random.int(0, 3) === 0 ? 80 : 8);

  for (let i = 0; i < length; i++) {
    text += random.pick(TEXT_ALPHABET);
  }

  return text;
}

/** Canonical JSON for an integer: a JSON number up to 32 bits, a decimal string above. */
function intJson (bn, bits) {
  return bits <= 32 ? bn.toNumber() : bn.toString(10);
}

/** Builds a random value of `type`: returns the polkadot.js codec. */
export function randomCodec (registry, type, depth = 0) {
  const create = (value) => registry.createType(type.name, value);

  switch (type.kind) {
    case 'int': return create(randomBn(type.bits, type.signed).toString(10));
    case 'compact': return create(randomBn(type.bits, false).toString(10));
    case 'bool': return create(random.int(0, 1) === 1);
    case 'text': return create(randomText());
    case 'bytes': return create(random.hex(type.length));
    case 'bitvec': {
      const bitLength = random.int(0, 70);
      const data = random.bytes(Math.ceil(bitLength / 8));

      if (bitLength % 8) {
        data[data.length - 1] &= (1 << (bitLength % 8)) - 1;
      }

      return create(u8aConcat(compactToU8a(bitLength), data));
    }
    case 'option': return random.int(0, 2) === 0 ? create(null) : create(randomCodec(registry, type.inner, depth + 1));
    case 'result': return random.int(0, 1)
      ? create({ Ok: randomCodec(registry, type.ok, depth + 1) })
      : create({ Err: randomCodec(registry, type.err, depth + 1) });
    case 'vec': return create(Array.from({ length: random.int(0, depth >= 2 ? 3 : 6) }, () => randomCodec(registry, type.inner, depth + 1)));
    case 'tuple': return create(type.items.map((item) => randomCodec(registry, item, depth + 1)));
    case 'set': return create(new Set(uniqueCodecs(registry, type.inner, random.int(0, 6), depth)));
    case 'map': return create(new Map(uniqueCodecs(registry, type.key, random.int(0, 6), depth)
      .map((key) => [key, randomCodec(registry, type.value, depth + 1)])));
    default: throw new Error(`unknown kind ${type.kind}`);
  }
}

function uniqueCodecs (registry, type, count, depth) {
  const seen = new Map();

  for (let tries = 0; seen.size < count && tries < count * 4; tries++) {
    const codec = randomCodec(registry, type, depth + 1);

    seen.set(codec.toHex(), codec);
  }

  return [...seen.values()];
}

/** The canonical JSON the interop host reads and writes for a polkadot.js codec of `type`. */
export function canonicalJson (type, codec) {
  switch (type.kind) {
    case 'int':
    // Vec<u8> is polkadot.js Bytes, whose items iterate as plain numbers.
    case 'compact': return intJson(typeof codec === 'number' ? new BN(codec) : codec.toBn(), type.bits);
    case 'bool': return codec.isTrue;
    case 'text': return codec.toString();
    case 'bytes': return codec.toHex();
    case 'bitvec': {
      const encoded = codec.toU8a();
      const bytes = codec.toU8a(true);
      const bitLength = encoded.length === 0 ? 0 : decodeCompactNumber(encoded);
      let bits = '';

      for (let i = 0; i < bitLength; i++) {
        bits += (bytes[i >> 3] >> (i & 7)) & 1 ? '1' : '0';
      }

      return bits;
    }
    case 'option': return codec.isNone ? null : canonicalJson(type.inner, codec.unwrap());
    case 'result': return codec.isOk ? { ok: canonicalJson(type.ok, codec.asOk) } : { err: canonicalJson(type.err, codec.asErr) };
    case 'vec': return [...codec].map((item) => canonicalJson(type.inner, item));
    case 'tuple': return [...codec].map((item, i) => canonicalJson(type.items[i], item));
    case 'set': return [...codec].map((item) => canonicalJson(type.inner, item));
    case 'map': return [...codec.entries()].map(([key, value]) => [canonicalJson(type.key, key), canonicalJson(type.value, value)]);
    default: throw new Error(`unknown kind ${type.kind}`);
  }
}

function decodeCompactNumber (u8a) {
  const mode = u8a[0] & 3;

  if (mode === 0) return u8a[0] >> 2;
  if (mode === 1) return (u8a[0] | (u8a[1] << 8)) >> 2;
  if (mode === 2) return ((u8a[0] | (u8a[1] << 8) | (u8a[2] << 16)) >>> 2) + u8a[3] * 2 ** 22;

  throw new Error('BitVec length above 2^30 bits is not generated');
}

export function hexOf (codec) {
  return u8aToHex(codec.toU8a());
}
