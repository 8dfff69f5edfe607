// Drives tests/Kusama.Interop.Host: one JSON request per line on stdin, one JSON response per line on stdout.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { interopHostBin } from './binaries.mjs';

export class Host {
  #child;
  #pending = new Map();
  #nextId = 1;
  #stderr = '';
  #exited = null;

  constructor () {
    this.#child = spawn(interopHostBin(), [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stderr.setEncoding('utf8');
    this.#child.stderr.on('data', (chunk) => { this.#stderr += chunk; });
    this.#child.on('error', (error) => this.#failAll(error));
    this.#child.on('exit', (code, signal) => {
      this.#exited = `interop host exited (code ${code}, signal ${signal}); stderr: ${this.#stderr.trim()}`;
      this.#failAll(new Error(this.#exited));
    });

    readline.createInterface({ input: this.#child.stdout }).on('line', (line) => {
      let response;

      try {
        response = JSON.parse(line);
      } catch {
        this.#failAll(new Error(`interop host wrote a line that is not JSON: ${line}`));
        return;
      }

      const waiter = this.#pending.get(response.id);

      if (!waiter) {
        this.#failAll(new Error(`interop host answered unknown id ${response.id}: ${line}`));
        return;
      }

      this.#pending.delete(response.id);

      if ('error' in response) {
        waiter.reject(new HostError(response.error, waiter.request));
      } else {
        waiter.resolve(response.ok);
      }
    });
  }

  /** Sends one request ({ op, ...params }) and resolves with the response's `ok` value. */
  call (op, params = {}) {
    if (this.#exited) {
      return Promise.reject(new Error(this.#exited));
    }

    const id = this.#nextId++;
    const request = { id, op, ...params };

    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, request });
      this.#child.stdin.write(JSON.stringify(request) + '\n');
    });
  }

  async close () {
    if (this.#exited) {
      return;
    }

    const exited = new Promise((resolve) => this.#child.once('exit', resolve));

    this.#child.stdin.end();
    await exited;
  }

  #failAll (error) {
    for (const waiter of this.#pending.values()) {
      waiter.reject(error);
    }

    this.#pending.clear();
  }
}

/** An `{"error": ...}` response: the host understood the request and refused it. */
export class HostError extends Error {
  constructor (message, request) {
    super(`${message} (request: ${JSON.stringify(request)})`);
    this.hostMessage = message;
  }
}
