// A real `kusama --dev` process for the end-to-end suites: start it on a free port with its own base path, wait until
// its JSON-RPC answers, and always stop it (SIGINT, then SIGKILL) so no test run leaves a node behind.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from '@polkadot/x-ws';
import { kusamaBin } from './binaries.mjs';

const OUTPUT_LIMIT = 16 * 1024;
const running = new Set();

// Last resort for a runner that exits without its `after` hooks (an uncaught error): no orphaned node survives us.
process.on('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

/** A port nobody listens on right now (the OS picks it; the node binds it a moment later). */
export function freePort () {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();

      server.close(() => resolve(port));
    });
  });
}

/** The genesis facts `kusama chain-info --chain <chain>` prints (name, genesisHash, properties, ...). */
export function chainInfo (chain = 'dev') {
  const result = spawnSync(kusamaBin(), ['chain-info', '--chain', chain], { encoding: 'utf8', timeout: 60_000 });

  if (result.status !== 0) {
    throw new Error(`kusama chain-info --chain ${chain} exited with ${result.status}: ${result.stderr}`);
  }

  return JSON.parse(result.stdout);
}

/**
 * Starts `kusama --dev --dev-block-time <ms> --rpc-port <free> --port <free> --base-path <temp dir>` and resolves once
 * `system_health` answers over HTTP. The returned handle's `stop()` must run in an `after` hook; it is idempotent.
 */
export async function startDevNode ({ blockTimeMs = 1000, readyTimeoutMs = 30_000, args = [] } = {}) {
  const bin = kusamaBin();
  const port = await freePort();
  let p2pPort = await freePort();

  while (p2pPort === port) {
    p2pPort = await freePort();
  }

  const basePath = mkdtempSync(path.join(tmpdir(), 'kusama-interop-'));
  // Every node gets its own libp2p port so parallel suites never collide on the default 30333.
  const argv = ['--dev', '--dev-block-time', String(blockTimeMs), '--rpc-port', String(port), '--port', String(p2pPort),
    '--base-path', basePath, ...args];
  const child = spawn(bin, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exit = null;
  const capture = (chunk) => {
    output += chunk.toString('utf8');

    if (output.length > OUTPUT_LIMIT) {
      output = output.slice(-OUTPUT_LIMIT);
    }
  };

  running.add(child);
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);

  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      running.delete(child);
      resolve(exit);
    });
    child.on('error', (error) => {
      exit = { code: null, signal: null, error };
      running.delete(child);
      resolve(exit);
    });
  });

  const node = {
    port,
    /** The libp2p TCP port passed with --port. */
    p2pPort,
    basePath,
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    /** The node's recent stdout and stderr, for failure messages. */
    output: () => output,
    /** Whether the process is still running. */
    isRunning: () => exit === null,
    /** One JSON-RPC call over HTTP; resolves with the whole response object ({result} or {error}). */
    http: (method, params = []) => httpCall(`http://127.0.0.1:${port}`, method, params),
    /** Stops the node: SIGINT, then SIGKILL after `graceMs`; removes the base path. Resolves with how it exited. */
    stop: async (graceMs = 10_000) => {
      if (exit === null) {
        child.kill('SIGINT');

        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);

        await exited;
        clearTimeout(timer);
      }

      rmSync(basePath, { force: true, recursive: true });

      return exit;
    }
  };

  try {
    await waitUntilServing(node, readyTimeoutMs, exited);
  } catch (error) {
    await node.stop(2_000);
    throw error;
  }

  return node;
}

async function waitUntilServing (node, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  let lastError = null;

  while (Date.now() < deadline) {
    if (!node.isRunning()) {
      const { code, signal } = await exited;

      throw new Error(`kusama exited (code ${code}, signal ${signal}) before its RPC answered.\n--- node output ---\n${node.output()}`);
    }

    try {
      const response = await node.http('system_health');

      if (response.result) {
        return;
      }

      lastError = new Error(JSON.stringify(response));
    } catch (error) {
      lastError = error;
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  throw new Error(`kusama's RPC did not answer system_health within ${timeoutMs} ms (last error: ${lastError?.message}).\n--- node output ---\n${node.output()}`);
}

/** One JSON-RPC call over HTTP; resolves with the whole response object (`result` or `error`). */
export async function httpCall (url, method, params) {
  const response = await fetch(url, {
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(10_000)
  });

  return response.json();
}

/**
 * A bare JSON-RPC WebSocket client: `call` resolves with the raw response object ({result} or {error}), notifications
 * are counted (and kept for `waitForNotification` with `keepNotifications`), and `closed` resolves when the server (or
 * we) closed the socket.
 */
export async function openRpcSocket (url, { keepNotifications = false, timeoutMs = 10_000 } = {}) {
  const socket = new WebSocket(url);
  const pending = new Map();
  let nextId = 1;
  let notifications = 0;
  const kept = [];
  const waiters = new Set();
  let closeInfo = null;

  const closed = new Promise((resolve) => {
    socket.onclose = (event) => {
      closeInfo = { code: event.code, reason: event.reason };

      for (const { reject } of pending.values()) {
        reject(Object.assign(new Error(`socket closed (${event.code} ${event.reason})`), { closed: true }));
      }

      pending.clear();

      for (const waiter of waiters) {
        waiter.reject(Object.assign(new Error(`socket closed (${event.code} ${event.reason})`), { closed: true }));
      }

      waiters.clear();
      resolve(closeInfo);
    };
  });

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`could not connect to ${url} within ${timeoutMs} ms`)), timeoutMs);

    socket.onopen = () => {
      clearTimeout(timer);
      resolve();
    };
    socket.onerror = (event) => {
      clearTimeout(timer);
      reject(new Error(`could not connect to ${url}: ${event.message ?? event.type}`));
    };
  });

  socket.onerror = () => {};
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data.toString());

    if (message.id === undefined || message.id === null) {
      notifications++;

      if (keepNotifications) {
        kept.push(message);
      }

      for (const waiter of waiters) {
        if (waiter.predicate(message)) {
          waiters.delete(waiter);
          waiter.resolve(message);
        }
      }

      return;
    }

    const entry = pending.get(message.id);

    if (entry) {
      pending.delete(message.id);
      entry.resolve(message);
    }
  };

  return {
    closed,
    isOpen: () => closeInfo === null,
    notifications: () => notifications,
    /** The notifications kept so far (with `keepNotifications`). */
    kept: () => kept,
    /** Resolves with the first notification (already kept or still to come) that `predicate` accepts; rejects on close. */
    waitForNotification (predicate, ms) {
      const earlier = kept.find((message) => predicate(message));

      if (earlier) {
        return Promise.resolve(earlier);
      }

      const waiter = { predicate, reject: null, resolve: null };

      return withTimeout(new Promise((resolve, reject) => {
        waiter.resolve = resolve;
        waiter.reject = reject;
        waiters.add(waiter);
      }), ms, 'no matching notification arrived').finally(() => waiters.delete(waiter));
    },
    /** Sends a call without waiting; the returned promise resolves with its response. */
    call (method, params = []) {
      return this.sendRaw((id) => JSON.stringify({ id, jsonrpc: '2.0', method, params }));
    },
    /** Sends text built by `build(id)` and resolves with the response carrying that id. */
    sendRaw (build) {
      const id = nextId++;

      return new Promise((resolve, reject) => {
        if (closeInfo !== null) {
          reject(Object.assign(new Error('socket already closed'), { closed: true }));

          return;
        }

        pending.set(id, { reject, resolve });
        socket.send(build(id));
      });
    },
    close () {
      if (closeInfo === null) {
        socket.close();
      }

      return closed;
    }
  };
}

/** Rejects with `message` if `promise` has not settled within `ms`. */
export function withTimeout (promise, ms, message) {
  let timer;

  return Promise.race([
    promise,
    new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} (timed out after ${ms} ms)`)), ms);
    })
  ]).finally(() => clearTimeout(timer));
}
