// A js-libp2p peer for the network suites (networking.md §11): libp2p 3.3.11 with TCP, Noise (without the early-muxer
// extension, so yamux is negotiated through multistream-select as rust-libp2p and litep2p do), Yamux, identify and ping,
// under a fixed-seed ed25519 identity. Substreams are wrapped in a byte reader with Substrate's uvarint framing.
import './promise-with-resolvers.mjs';

import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { generateKeyPairFromSeed, publicKeyFromProtobuf } from '@libp2p/crypto/keys';
import { identify } from '@libp2p/identify';
import { peerIdFromPrivateKey, peerIdFromPublicKey } from '@libp2p/peer-id';
import { ping } from '@libp2p/ping';
import { tcp } from '@libp2p/tcp';
import { multiaddr } from '@multiformats/multiaddr';
import { createLibp2p } from 'libp2p';
import { concat, decodeUvarint, encodeUvarint } from './substrate-wire.mjs';

/** Seed 01×32 → 12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5 (§15). */
export const SEED_1 = new Uint8Array(32).fill(1);
/** Seed 02×32 → 12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq (§15). */
export const SEED_2 = new Uint8Array(32).fill(2);

/** The largest length prefix a reader accepts unless told otherwise (Substrate's response cap for sync/2). */
const DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024;

/** The base58 PeerId of an ed25519 identity generated from `seed`. */
export async function peerIdOfSeed (seed) {
  return peerIdFromPrivateKey(await generateKeyPairFromSeed('Ed25519', seed)).toString();
}

/** The base58 PeerId behind an identify `publicKey` (a libp2p PublicKey protobuf). */
export function peerIdOfPublicKey (publicKeyProtobuf) {
  return peerIdFromPublicKey(publicKeyFromProtobuf(publicKeyProtobuf)).toString();
}

/**
 * Starts a js-libp2p peer. `listen` (e.g. ['/ip4/127.0.0.1/tcp/0']) makes it accept connections; `pingInbound` pings
 * every peer that dials in (which checks that the remote accepts inbound substreams). Always `stop()` it in `after`.
 */
export async function createPeer ({ seed = SEED_2, listen = [], pingInbound = false, agentVersion = 'kusama-interop/js-libp2p' } = {}) {
  const privateKey = await generateKeyPairFromSeed('Ed25519', seed);
  const node = await createLibp2p({
    addresses: { listen },
    connectionEncrypters: [noise({ extensions: { streamMuxers: [] } })],
    connectionManager: { inboundUpgradeTimeout: 20_000 },
    nodeInfo: { userAgent: agentVersion },
    privateKey,
    services: {
      identify: identify({ timeout: 10_000 }),
      ping: ping()
    },
    streamMuxers: [yamux()],
    transports: [tcp()]
  });
  const connectionWaiters = new Set();
  const inbound = [];

  node.addEventListener('connection:open', ({ detail: connection }) => {
    if (connection.direction === 'inbound') {
      inbound.push(connection);

      if (pingInbound) {
        node.services.ping.ping(connection.remotePeer).catch(() => {});
      }
    }

    for (const waiter of connectionWaiters) {
      if (waiter.predicate(connection)) {
        connectionWaiters.delete(waiter);
        waiter.resolve(connection);
      }
    }
  });

  const peer = {
    libp2p: node,
    peerId: node.peerId.toString(),
    /** The multiaddrs it listens on, each ending with /p2p/<its id>. */
    listenAddrs: () => node.getMultiaddrs().map((address) => address.toString()),
    /** The TCP port of its first listen address. */
    listenPort: () => Number(node.getMultiaddrs()[0].getComponents().find((component) => component.name === 'tcp').value),
    /** Connections that were dialed in so far. */
    inboundConnections: () => [...inbound],
    /** Dials `address` (a string or Multiaddr, normally with /p2p/<id>); resolves with the upgraded Connection. */
    dial: (address, options = {}) => node.dial(toMultiaddr(address), { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) }),
    /** Pings a connected peer (a Connection) or an address; resolves with the RTT in ms. */
    ping: (target, options = {}) => node.services.ping.ping(targetOf(target), { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) }),
    /** Runs identify on a connection: { peerId, publicKey, protocols, agentVersion, protocolVersion, listenAddrs, observedAddr }. */
    identify: (connection, options = {}) => node.services.identify.identify(connection, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) }),
    /** Resolves with the first open connection (already open or coming) that `predicate` accepts. */
    waitForConnection (predicate, timeoutMs = 20_000) {
      const existing = node.getConnections().find((connection) => predicate(connection));

      if (existing) {
        return Promise.resolve(existing);
      }

      return withDeadline(new Promise((resolve) => {
        connectionWaiters.add({ predicate, resolve });
      }), timeoutMs, 'no matching connection opened');
    },
    /** Waits for a connection dialed in by `remotePeerId` (base58). */
    waitForInbound (remotePeerId, timeoutMs = 20_000) {
      return this.waitForConnection((connection) => connection.direction === 'inbound' && connection.remotePeer.toString() === remotePeerId, timeoutMs);
    },
    /**
     * Opens a substream on `connection` for the first of `protocols` the remote accepts; resolves with a FramedStream.
     */
    async openStream (connection, protocols, options = {}) {
      const stream = await connection.newStream(protocols, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });

      return new FramedStream(stream);
    },
    /** Serves `protocols`; `handler(framedStream, connection)` runs for every inbound substream. */
    async handle (protocols, handler, options = {}) {
      await node.handle(protocols, (stream, connection) => {
        Promise.resolve(handler(new FramedStream(stream), connection)).catch((error) => {
          stream.abort(error instanceof Error ? error : new Error(String(error)));
        });
      }, { maxInboundStreams: options.maxInboundStreams ?? 64, runOnLimitedConnection: true });
    },
    /**
     * Substrate request-response: writes `uvarint(len) || request`, closes the write side and reads one length-prefixed
     * response. Resolves with the response bytes, or null when the remote closed without answering (a refusal).
     */
    async request (connection, protocols, request, options = {}) {
      const stream = await this.openStream(connection, protocols, options);

      try {
        await stream.writeLp(request);
        await stream.closeWrite();

        return await stream.readLp({ maxLength: options.maxResponseLength ?? DEFAULT_MAX_MESSAGE, timeoutMs: options.timeoutMs ?? 20_000 });
      } finally {
        await stream.close();
      }
    },
    /** Stops the peer and closes all its connections. Idempotent. */
    stop: () => node.stop()
  };

  return peer;
}

/**
 * A libp2p Stream read as bytes: exact reads, uvarint-length-prefixed reads and writes (Substrate framing), half-close.
 * Reads resolve with null at EOF (the remote closed its write side, or the stream was reset).
 */
export class FramedStream {
  #stream;
  #chunks = [];
  #buffered = 0;
  #ended = false;
  #resetError = null;
  #wake = null;

  constructor (stream) {
    this.#stream = stream;
    this.protocol = stream.protocol;
    stream.addEventListener('message', ({ data }) => {
      const bytes = data instanceof Uint8Array ? data : data.subarray();

      this.#chunks.push(bytes);
      this.#buffered += bytes.length;
      this.#notify();
    });
    // 'end' rather than 'remoteCloseWrite': it fires only after every received byte was delivered as a 'message'.
    stream.addEventListener('end', () => {
      this.#ended = true;
      this.#notify();
    });
    stream.addEventListener('close', ({ error }) => {
      this.#ended = true;
      this.#resetError = error ?? null;
      this.#notify();
    });

    if (stream.readableEnded || stream.status === 'closed' || stream.status === 'reset' || stream.status === 'aborted') {
      this.#ended = true;
    }
  }

  /** The wrapped libp2p Stream. */
  get raw () {
    return this.#stream;
  }

  /** True once the remote closed its write side (or the stream closed) and every received byte was read. */
  get atEnd () {
    return this.#ended && this.#buffered === 0;
  }

  /** The error the stream was reset or aborted with, if any. */
  get resetError () {
    return this.#resetError;
  }

  /** Writes raw bytes, waiting for the send buffer to drain when it is full. */
  async write (bytes) {
    if (!this.#stream.send(bytes)) {
      await this.#stream.onDrain();
    }
  }

  /** Writes `uvarint(len) || payload`. */
  writeLp (payload) {
    return this.write(concat([encodeUvarint(payload.length), payload]));
  }

  /** Closes our write side (FIN); the remote's side stays readable. */
  closeWrite () {
    return this.#stream.close();
  }

  /** Closes our side and stops waiting for more. */
  async close () {
    try {
      await this.#stream.close({ signal: AbortSignal.timeout(2_000) });
    } catch {
      this.#stream.abort(new Error('closed'));
    }
  }

  /** Resets the stream. */
  abort (error = new Error('aborted by the test')) {
    this.#stream.abort(error);
  }

  /** Reads exactly `count` bytes; null if EOF comes first (partial bytes are then lost). */
  async readExact (count, { timeoutMs = 20_000 } = {}) {
    const deadline = Date.now() + timeoutMs;

    while (this.#buffered < count) {
      if (this.#ended) {
        return null;
      }

      await this.#waitForData(deadline);
    }

    return this.#take(count);
  }

  /**
   * Reads one `uvarint(len) || payload` message; null at a clean EOF before the prefix. A prefix above `maxLength` throws
   * before anything is allocated.
   */
  async readLp ({ maxLength = DEFAULT_MAX_MESSAGE, timeoutMs = 20_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let prefix;

    for (;;) {
      const head = this.#peek(Math.min(this.#buffered, 10));

      prefix = decodeUvarint(head, 0);

      if (prefix !== null) {
        break;
      }

      if (this.#ended) {
        if (this.#buffered === 0) {
          return null;
        }

        throw new Error('stream ended inside a length prefix');
      }

      await this.#waitForData(deadline);
    }

    if (prefix.value > BigInt(maxLength)) {
      throw new Error(`length prefix ${prefix.value} exceeds the limit ${maxLength}`);
    }

    this.#take(prefix.length);

    const payload = await this.readExact(Number(prefix.value), { timeoutMs: Math.max(1, deadline - Date.now()) });

    if (payload === null) {
      throw new Error(`stream ended inside a ${prefix.value}-byte message`);
    }

    return payload;
  }

  /** Resolves once the remote closed its side and nothing is left to read; returns the bytes that were still unread. */
  async waitForEnd ({ timeoutMs = 20_000 } = {}) {
    const deadline = Date.now() + timeoutMs;

    while (!this.#ended) {
      await this.#waitForData(deadline);
    }

    return this.#take(this.#buffered);
  }

  #notify () {
    const wake = this.#wake;

    this.#wake = null;
    wake?.();
  }

  #waitForData (deadline) {
    const remaining = deadline - Date.now();

    if (remaining <= 0) {
      return Promise.reject(new Error(`no data on ${this.protocol} in time`));
    }

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#wake = null;
        reject(new Error(`no data on ${this.protocol} in time`));
      }, remaining);

      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  #peek (count) {
    const out = new Uint8Array(count);
    let offset = 0;

    for (const chunk of this.#chunks) {
      if (offset >= count) {
        break;
      }

      const part = chunk.subarray(0, count - offset);

      out.set(part, offset);
      offset += part.length;
    }

    return out;
  }

  #take (count) {
    const out = this.#peek(count);
    let left = count;

    while (left > 0) {
      const chunk = this.#chunks[0];

      if (chunk.length <= left) {
        this.#chunks.shift();
        left -= chunk.length;
      } else {
        this.#chunks[0] = chunk.subarray(left);
        left = 0;
      }
    }

    this.#buffered -= count;

    return out;
  }
}

function toMultiaddr (address) {
  return typeof address === 'string' ? multiaddr(address) : address;
}

function targetOf (target) {
  // A Connection is pinged through its peer id, which reuses the open connection instead of dialing its remote address
  // (for an inbound connection that is the remote's ephemeral port); strings and Multiaddrs are dialed if needed.
  return typeof target === 'string' ? multiaddr(target) : (target.remotePeer ?? target);
}

function withDeadline (promise, ms, message) {
  let timer;

  return Promise.race([
    promise,
    new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} (timed out after ${ms} ms)`)), ms);
    })
  ]).finally(() => clearTimeout(timer));
}
