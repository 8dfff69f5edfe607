// Real `kusama` processes for the multi-node suite: each gets its own free --port, --rpc-port and temp --base-path,
// its output is kept (bounded) for failure messages, and it can be stopped gracefully, killed (crash tests) and
// restarted on the same base path and ports. No process outlives the test run: `stopAll` in `after`, and an exit hook.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kusamaBin } from './binaries.mjs';
import { freePort, httpCall } from './dev-node.mjs';

const OUTPUT_LIMIT = 64 * 1024;
const running = new Set();
const nodes = new Set();

// Last resort for a runner that exits without its `after` hooks (an uncaught error): no orphaned node survives us.
process.on('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }

  for (const node of nodes) {
    rmSync(node.basePath, { force: true, recursive: true });
  }
});

/** Two distinct free ports (the OS picks them; the node binds them a moment later). */
async function twoFreePorts () {
  const first = await freePort();
  let second = await freePort();

  while (second === first) {
    second = await freePort();
  }

  return [first, second];
}

/**
 * Starts `kusama <args> --port <free> --rpc-port <free> --base-path <temp dir>` and resolves once `system_health`
 * answers over HTTP. The handle's `stop()` / `stopAll()` must run in an `after` hook.
 */
export async function startNode ({ name, args = [], readyTimeoutMs = 60_000 } = {}) {
  const [p2pPort, rpcPort] = await twoFreePorts();
  const basePath = mkdtempSync(path.join(tmpdir(), `kusama-multi-${name ?? 'node'}-`));
  let child = null;
  let exit = null;
  let exited = null;
  // Kept across restarts: a restarted node's log continues the old one, with a marker in between.
  let output = '';

  const capture = (chunk) => {
    output += chunk.toString('utf8');

    if (output.length > OUTPUT_LIMIT) {
      output = output.slice(-OUTPUT_LIMIT);
    }
  };

  const argv = () => [...args, '--port', String(p2pPort), '--rpc-port', String(rpcPort), '--base-path', basePath];

  const launch = () => {
    const process_ = spawn(kusamaBin(), argv(), { stdio: ['ignore', 'pipe', 'pipe'] });

    child = process_;
    exit = null;
    running.add(process_);
    process_.stdout.on('data', capture);
    process_.stderr.on('data', capture);
    exited = new Promise((resolve) => {
      process_.on('exit', (code, signal) => {
        exit = { code, signal };
        running.delete(process_);
        resolve(exit);
      });
      process_.on('error', (error) => {
        exit = { code: null, error, signal: null };
        running.delete(process_);
        resolve(exit);
      });
    });
  };

  const node = {
    name: name ?? 'node',
    p2pPort,
    rpcPort,
    basePath,
    args,
    wsUrl: `ws://127.0.0.1:${rpcPort}`,
    httpUrl: `http://127.0.0.1:${rpcPort}`,
    /** The node's recent stdout and stderr (across restarts). */
    output: () => output,
    /** The last `lines` lines of the output, labelled with the node's name, for failure messages. */
    tail: (lines = 40) => `--- ${node.name} (last ${lines} lines) ---\n${output.split('\n').slice(-lines - 1).join('\n')}`,
    /** Whether the process is running. */
    isRunning: () => child !== null && exit === null,
    /** How the last process exited (null while running). */
    exitStatus: () => exit,
    /** One JSON-RPC call over HTTP; resolves with `result`, throws with the node's error object otherwise. */
    rpc: async (method, params = []) => {
      const response = await httpCall(node.httpUrl, method, params);

      if (response.error) {
        throw new Error(`${node.name}: ${method} failed: ${JSON.stringify(response.error)}`);
      }

      return response.result;
    },
    /** The node's best block number (chain_getHeader). */
    bestNumber: async () => parseInt((await node.rpc('chain_getHeader')).number, 16),
    /** Graceful stop: SIGTERM, then SIGKILL after `graceMs`. Resolves with how it exited. Keeps the base path. */
    stop: async (graceMs = 10_000) => {
      if (node.isRunning()) {
        child.kill('SIGTERM');

        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);

        await exited;
        clearTimeout(timer);
      }

      return exit;
    },
    /** A crash: SIGKILL, no chance to flush or close anything. Resolves once the process is gone. */
    kill: async () => {
      if (node.isRunning()) {
        child.kill('SIGKILL');
        await exited;
      }

      return exit;
    },
    /** Starts the node again with the same flags, base path and ports (it must be stopped or killed first). */
    restart: async (timeoutMs = readyTimeoutMs) => {
      if (node.isRunning()) {
        throw new Error(`${node.name} is still running; stop or kill it before restart()`);
      }

      output += `\n===== ${node.name} restarted =====\n`;
      launch();
      await waitUntilServing(node, timeoutMs);
    },
    /** Stops the node and removes its base path; idempotent. */
    dispose: async () => {
      await node.stop(5_000);
      rmSync(basePath, { force: true, recursive: true });
      nodes.delete(node);
    },
    /** The output written since `mark` (a value of `output().length` taken earlier; approximate once trimmed). */
    outputSince: (mark) => output.slice(Math.max(0, Math.min(mark, output.length))),
  };

  nodes.add(node);
  launch();

  try {
    await waitUntilServing(node, readyTimeoutMs);
  } catch (error) {
    await node.dispose();
    throw error;
  }

  return node;
}

/** Stops every node this module started and removes their base paths (for `after` hooks). */
export async function stopAll () {
  await Promise.all([...nodes].map((node) => node.dispose()));
}

async function waitUntilServing (node, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = null;

  while (Date.now() < deadline) {
    if (!node.isRunning()) {
      const { code, signal } = node.exitStatus();

      throw new Error(`${node.name} exited (code ${code}, signal ${signal}) before its RPC answered.\n${node.tail()}`);
    }

    try {
      const response = await httpCall(node.httpUrl, 'system_health', []);

      if (response.result) {
        return;
      }

      lastError = new Error(JSON.stringify(response));
    } catch (error) {
      lastError = error;
    }

    await sleep(200);
  }

  throw new Error(`${node.name}'s RPC did not answer system_health within ${timeoutMs} ms (last error: ${lastError?.message}).\n${node.tail()}`);
}

/** One JSON-RPC call over HTTP to `node`; resolves with `result`. */
export function rpc (node, method, params = []) {
  return node.rpc(method, params);
}

export function sleep (ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `predicate` (sync or async) every `intervalMs` until it returns a truthy value, which is resolved. On timeout
 * rejects with `message` (a string or a function giving one), the last value/error seen and the tails of `nodes`' logs.
 * Errors thrown by the predicate count as "not yet" (a node restarting refuses connections for a moment).
 */
export async function waitFor (predicate, { timeoutMs = 30_000, intervalMs = 250, message = 'condition', nodes: logNodes = [] } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError = null;

  for (;;) {
    try {
      last = await predicate();
      lastError = null;

      if (last) {
        return last;
      }
    } catch (error) {
      lastError = error;
    }

    if (Date.now() >= deadline) {
      break;
    }

    await sleep(intervalMs);
  }

  const text = typeof message === 'function' ? message() : message;
  const detail = lastError ? `last error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;

  throw new Error(`timed out after ${timeoutMs} ms waiting for ${text} (${detail})\n${logNodes.map((node) => node.tail()).join('\n')}`);
}
