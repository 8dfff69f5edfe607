// The js side of Substrate's block-announces notification protocol (networking.md §9.1, §9.2): accept the remote's
// outbound substream (read its handshake, answer with ours, then collect its announces) and open our own.
import { decodeBlockAnnounce, decodeBlockAnnouncesHandshake } from './substrate-wire.mjs';

/** A notification handshake above this is a protocol error (Substrate's MAX_HANDSHAKE_SIZE). */
export const MAX_HANDSHAKE_SIZE = 1024;
/** Block announces are capped at 1 MiB. */
export const MAX_ANNOUNCE_SIZE = 1024 * 1024;

/** `/<genesis-hex without 0x>/block-announces/1`. */
export function blockAnnouncesProtocol (genesisHash) {
  return `/${genesisHash.replace(/^0x/, '')}/block-announces/1`;
}

/**
 * Serves `protocols` on `peer`: every inbound substream gets `handshake` in answer to the remote's, then its announces
 * are decoded and kept. Returns { substreams, waitForSubstream(remotePeerId), waitForAnnounces(remotePeerId, count) }.
 */
export async function acceptBlockAnnounces (peer, protocols, handshake) {
  const substreams = [];
  const waiters = new Set();
  const wake = () => {
    for (const waiter of waiters) {
      const result = waiter.check();

      if (result) {
        waiters.delete(waiter);
        waiter.resolve(result);
      }
    }
  };

  await peer.handle(protocols, async (stream, connection) => {
    const remoteHandshake = await stream.readLp({ maxLength: MAX_HANDSHAKE_SIZE, timeoutMs: 10_000 });

    if (remoteHandshake === null) {
      return;
    }

    const entry = {
      announces: [],
      connection,
      ended: false,
      error: null,
      handshake: decodeBlockAnnouncesHandshake(remoteHandshake),
      handshakeBytes: remoteHandshake,
      protocol: stream.protocol,
      remotePeerId: connection.remotePeer.toString(),
      stream
    };

    await stream.writeLp(handshake);
    substreams.push(entry);
    wake();

    try {
      for (;;) {
        const notification = await stream.readLp({ maxLength: MAX_ANNOUNCE_SIZE, timeoutMs: 24 * 3600 * 1000 });

        if (notification === null) {
          break;
        }

        entry.announces.push(decodeBlockAnnounce(notification));
        wake();
      }
    } catch (error) {
      entry.error = error;
    }

    entry.ended = true;
    wake();
  });

  const waitFor = (check, timeoutMs, message) => {
    const ready = check();

    if (ready) {
      return Promise.resolve(ready);
    }

    let timer;

    return new Promise((resolve, reject) => {
      const waiter = { check, resolve };

      waiters.add(waiter);
      timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`${message} (timed out after ${timeoutMs} ms)`));
      }, timeoutMs);
    }).finally(() => clearTimeout(timer));
  };

  return {
    substreams,
    /** Resolves with the first accepted substream from `remotePeerId`. */
    waitForSubstream: (remotePeerId, timeoutMs = 20_000) =>
      waitFor(() => substreams.find((entry) => entry.remotePeerId === remotePeerId), timeoutMs, `${remotePeerId} opened no block-announces substream`),
    /** Resolves with that substream's first `count` announces. */
    waitForAnnounces: (remotePeerId, count, timeoutMs = 20_000) =>
      waitFor(() => {
        const entry = substreams.find((candidate) => candidate.remotePeerId === remotePeerId && candidate.announces.length >= count);

        return entry ? entry.announces.slice(0, count) : null;
      }, timeoutMs, `${remotePeerId} sent fewer than ${count} block announces`)
  };
}

/**
 * Opens our outbound block-announces substream on `connection` (main name first, then `fallbacks`), writes `handshake`
 * and reads the remote's. Resolves with { stream, handshake (decoded), handshakeBytes }; `handshake` is null when the
 * remote refused by closing.
 */
export async function openBlockAnnounces (peer, connection, protocols, handshake) {
  const stream = await peer.openStream(connection, protocols);

  await stream.writeLp(handshake);

  const handshakeBytes = await stream.readLp({ maxLength: MAX_HANDSHAKE_SIZE, timeoutMs: 10_000 });

  return { handshake: handshakeBytes === null ? null : decodeBlockAnnouncesHandshake(handshakeBytes), handshakeBytes, stream };
}
