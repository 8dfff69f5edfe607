// Hand-written encoders/decoders for the Substrate wire formats the network suites check (networking.md §2, §9, §10):
// unsigned varints, a minimal protobuf reader/writer, the block-announces handshake, block announces, SCALE headers and
// the api.v1 BlockRequest/BlockResponse. Written from the spec so a bug in the node cannot hide behind shared code.
import { blake2AsU8a } from '@polkadot/util-crypto';

/** The Roles bitmask of the block-announces handshake. */
export const Roles = Object.freeze({ AUTHORITY: 4, FULL: 1, LIGHT: 2 });

/** BlockAttributes bits; on the wire they sit in the most significant byte of `fields` (§10.1 pitfall). */
export const BlockAttributes = Object.freeze({ BODY: 2, HEADER: 1, INDEXED_BODY: 32, JUSTIFICATION: 16, MESSAGE_QUEUE: 8, RECEIPT: 4 });

/** Encodes an unsigned LEB128 varint (multiformats unsigned-varint). */
export function encodeUvarint (value) {
  const out = [];
  let rest = BigInt(value);

  do {
    let byte = Number(rest & 0x7fn);

    rest >>= 7n;

    if (rest !== 0n) {
      byte |= 0x80;
    }

    out.push(byte);
  } while (rest !== 0n);

  return Uint8Array.from(out);
}

/** Decodes an unsigned varint at `offset`; returns { value, length } or null when the bytes end first. */
export function decodeUvarint (bytes, offset = 0) {
  let value = 0n;
  let shift = 0n;

  for (let i = offset; i < bytes.length && i - offset < 10; i++) {
    value |= BigInt(bytes[i] & 0x7f) << shift;

    if ((bytes[i] & 0x80) === 0) {
      return { length: i - offset + 1, value };
    }

    shift += 7n;
  }

  if (bytes.length - offset >= 10) {
    throw new Error('unsigned varint longer than 10 bytes');
  }

  return null;
}

/** `uvarint(len) || payload`: the framing of notifications, handshakes and request-response messages. */
export function lengthPrefixed (payload) {
  return concat([encodeUvarint(payload.length), payload]);
}

export function concat (parts) {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;

  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }

  return out;
}

export function hexToBytes (hex) {
  const clean = hex.startsWith('0x') ? hex.slice(2) : hex;

  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

export function bytesToHex (bytes) {
  return '0x' + Buffer.from(bytes).toString('hex');
}

export function u32Le (value) {
  const out = new Uint8Array(4);

  new DataView(out.buffer).setUint32(0, value, true);

  return out;
}

/** blake2b-256, the block hash of a SCALE header. */
export function blake2_256 (bytes) {
  return blake2AsU8a(bytes, 256);
}

/** SCALE (Roles u8, best_number u32, best_hash [32], genesis_hash [32]): the 69-byte block-announces handshake. */
export function encodeBlockAnnouncesHandshake ({ roles, bestNumber, bestHash, genesisHash }) {
  return concat([Uint8Array.of(roles), u32Le(bestNumber), toBytes(bestHash, 32), toBytes(genesisHash, 32)]);
}

/** Decodes a block-announces handshake; trailing bytes are tolerated as Substrate does (§9.2). */
export function decodeBlockAnnouncesHandshake (bytes) {
  if (bytes.length < 69) {
    throw new Error(`block-announces handshake of ${bytes.length} bytes, expected 69`);
  }

  return {
    bestHash: bytesToHex(bytes.subarray(5, 37)),
    bestNumber: new DataView(bytes.buffer, bytes.byteOffset).getUint32(1, true),
    genesisHash: bytesToHex(bytes.subarray(37, 69)),
    roles: bytes[0]
  };
}

/** SCALE Compact<u*> at `offset`; returns { value (BigInt), length }. */
export function decodeCompact (bytes, offset) {
  const first = bytes[offset];

  if (first === undefined) {
    throw new Error('compact integer past the end of the input');
  }

  switch (first & 3) {
    case 0:
      return { length: 1, value: BigInt(first >> 2) };
    case 1:
      return { length: 2, value: BigInt((first | (bytes[offset + 1] << 8)) >> 2) };
    case 2:
      return { length: 4, value: BigInt(new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset, true) >>> 2) };
    default: {
      const count = (first >> 2) + 4;
      let value = 0n;

      for (let i = count - 1; i >= 0; i--) {
        value = (value << 8n) | BigInt(bytes[offset + 1 + i]);
      }

      return { length: 1 + count, value };
    }
  }
}

/**
 * Decodes a SCALE header (parent_hash, Compact number, state_root, extrinsics_root, Vec<DigestItem>) from the start of
 * `bytes`; returns the fields, the digest items' raw bytes and `length` (the header's encoded size).
 */
export function decodeHeader (bytes) {
  let offset = 0;
  const take = (count) => {
    if (offset + count > bytes.length) {
      throw new Error('header truncated');
    }

    const slice = bytes.subarray(offset, offset + count);

    offset += count;

    return slice;
  };
  const parentHash = bytesToHex(take(32));
  const number = decodeCompact(bytes, offset);

  offset += number.length;

  const stateRoot = bytesToHex(take(32));
  const extrinsicsRoot = bytesToHex(take(32));
  const digestCount = decodeCompact(bytes, offset);

  offset += digestCount.length;

  const digest = [];

  for (let i = 0n; i < digestCount.value; i++) {
    const start = offset;
    const kind = take(1)[0];

    if (kind === 4 || kind === 5 || kind === 6) {
      // Consensus, Seal, PreRuntime: engine id [4] + Vec<u8>.
      take(4);
    } else if (kind !== 0 && kind !== 8) {
      throw new Error(`unknown digest item kind ${kind}`);
    }

    // Other (0), RuntimeEnvironmentUpdated (8) has no payload.
    if (kind !== 8) {
      const size = decodeCompact(bytes, offset);

      offset += size.length;
      take(Number(size.value));
    }

    digest.push({ bytes: bytes.subarray(start, offset), kind });
  }

  return { digest, extrinsicsRoot, length: offset, number: Number(number.value), parentHash, stateRoot };
}

/** Decodes a BlockAnnounce notification: SCALE header, then the optional state byte and data Vec<u8> (§9.2). */
export function decodeBlockAnnounce (bytes) {
  const header = decodeHeader(bytes);
  const headerBytes = bytes.subarray(0, header.length);
  const state = bytes.length > header.length ? bytes[header.length] : undefined;

  return { hash: bytesToHex(blake2_256(headerBytes)), header, headerBytes, isBest: state === 1, state };
}

/** A protobuf writer for the handful of field kinds api.v1 uses. */
export class ProtobufWriter {
  #parts = [];

  varint (field, value) {
    this.#parts.push(encodeUvarint((field << 3) | 0), encodeUvarint(value));

    return this;
  }

  bytes (field, value) {
    this.#parts.push(encodeUvarint((field << 3) | 2), encodeUvarint(value.length), value);

    return this;
  }

  finish () {
    return concat(this.#parts);
  }
}

/** Reads every field of a protobuf message: [{ field, wireType, value (BigInt for varints, Uint8Array otherwise) }]. */
export function readProtobuf (bytes) {
  const fields = [];
  let offset = 0;

  while (offset < bytes.length) {
    const key = decodeUvarint(bytes, offset);

    if (key === null) {
      throw new Error('protobuf key truncated');
    }

    offset += key.length;

    const field = Number(key.value >> 3n);
    const wireType = Number(key.value & 7n);

    if (wireType === 0) {
      const value = decodeUvarint(bytes, offset);

      if (value === null) {
        throw new Error('protobuf varint truncated');
      }

      offset += value.length;
      fields.push({ field, value: value.value, wireType });
    } else if (wireType === 2) {
      const size = decodeUvarint(bytes, offset);

      if (size === null || offset + size.length + Number(size.value) > bytes.length) {
        throw new Error('protobuf length-delimited field truncated');
      }

      offset += size.length;
      fields.push({ field, value: bytes.subarray(offset, offset + Number(size.value)), wireType });
      offset += Number(size.value);
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;

      fields.push({ field, value: bytes.subarray(offset, offset + size), wireType });
      offset += size;
    } else {
      throw new Error(`unsupported protobuf wire type ${wireType}`);
    }
  }

  return fields;
}

/** api.v1 BlockRequest from a block number (4-byte LE `number`, field 3). */
export function encodeBlockRequest ({ attributes, fromNumber, fromHash, direction = 0, maxBlocks, multipleJustifications = false }) {
  const writer = new ProtobufWriter().varint(1, (attributes << 24) >>> 0);

  if (fromHash !== undefined) {
    writer.bytes(2, toBytes(fromHash, 32));
  } else {
    writer.bytes(3, u32Le(fromNumber));
  }

  if (direction !== 0) {
    writer.varint(5, direction);
  }

  writer.varint(6, maxBlocks);

  if (multipleJustifications) {
    writer.varint(7, 1);
  }

  return writer.finish();
}

/** api.v1 BlockResponse → [{ hash, header, body: [Uint8Array], justification, justifications }]. */
export function decodeBlockResponse (bytes) {
  return readProtobuf(bytes)
    .filter(({ field, wireType }) => field === 1 && wireType === 2)
    .map(({ value }) => {
      const block = { body: [], hash: null, header: null, justification: null, justifications: null };

      for (const { field, value: inner, wireType } of readProtobuf(value)) {
        if (wireType !== 2) {
          continue;
        }

        if (field === 1) {
          block.hash = inner;
        } else if (field === 2) {
          block.header = inner;
        } else if (field === 3) {
          block.body.push(inner);
        } else if (field === 6) {
          block.justification = inner;
        } else if (field === 8) {
          block.justifications = inner;
        }
      }

      return block;
    });
}

function toBytes (value, size) {
  const bytes = typeof value === 'string' ? hexToBytes(value) : value;

  if (bytes.length !== size) {
    throw new Error(`expected ${size} bytes, got ${bytes.length}`);
  }

  return bytes;
}
