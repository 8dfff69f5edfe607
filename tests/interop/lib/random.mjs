// Fresh randomness on every run; the seed is not fixed so each run explores new inputs.
import { randomBytes, randomInt } from 'node:crypto';
import { u8aToHex } from '@polkadot/util';

export function bytes (length) {
  return new Uint8Array(randomBytes(length));
}

export function hex (length) {
  return u8aToHex(bytes(length));
}

/** Integer in [min, max] inclusive. */
export function int (min, max) {
  return randomInt(min, max + 1);
}

export function pick (items) {
  return items[randomInt(items.length)];
}

/** Copy with one random bit flipped. */
export function flipBit (data) {
  const copy = new Uint8Array(data);
  const bit = randomInt(copy.length * 8);

  copy[bit >> 3] ^= 1 << (bit & 7);

  return copy;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function word (minLength, maxLength) {
  let text = '';
  const length = int(minLength, maxLength);

  for (let i = 0; i < length; i++) {
    text += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  }

  return text;
}

/** Runs a verifier that may throw on malformed input (e.g. a non-canonical point after a bit flip) and reads a throw as "rejected". */
export function acceptsOrFalse (verify) {
  try {
    return verify() === true;
  } catch {
    return false;
  }
}
