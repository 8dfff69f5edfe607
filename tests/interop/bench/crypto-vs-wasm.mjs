// Measures @polkadot/wasm-crypto (what polkadot.js runs) and `kusama benchmark crypto` in one run on this machine,
// one core each, and prints the ratios the foundation issue asks for. Not a test: run it by hand on a quiet machine.
//   cd tests/interop && npm ci && node bench/crypto-vs-wasm.mjs [seconds]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { waitReady, sr25519KeypairFromSeed, sr25519Sign, sr25519Verify, ed25519KeypairFromSeed, ed25519Sign, ed25519Verify, blake2b } from '@polkadot/wasm-crypto';
import { kusamaBin } from '../lib/binaries.mjs';

const seconds = Number(process.argv[2] ?? 2);

function rate (fn) {
  const warmUntil = performance.now() + 250;
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 16; i++) fn();
    ops += 16;
  }
  return ops / ((performance.now() - start) / 1000);
}

await waitReady();
const seed = new Uint8Array(32).fill(7);
const message = new Uint8Array(128).fill(9);

const sr = sr25519KeypairFromSeed(seed);
const srPublic = sr.slice(64);
const srSignature = sr25519Sign(srPublic, sr.slice(0, 64), message);
const ed = ed25519KeypairFromSeed(seed);
const edPublic = ed.slice(32);
const edSignature = ed25519Sign(edPublic, ed.slice(0, 32), message);
const small = new Uint8Array(32).fill(1);

const wasm = {
  'sr25519-verify': rate(() => sr25519Verify(srSignature, message, srPublic)),
  'ed25519-verify': rate(() => ed25519Verify(edSignature, message, edPublic)),
  'blake2b-256-32B-ns': 1e9 / rate(() => blake2b(small, new Uint8Array(), 32))
};

const ours = JSON.parse(execFileSync(kusamaBin(), ['benchmark', 'crypto', '--seconds', String(seconds), '--json'], { encoding: 'utf8' }));
const result = name => ours.results.find(r => r.name === name);

const rows = [
  ['sr25519 verify (ops/s, 1 core)', wasm['sr25519-verify'], result('sr25519-verify').oneCore],
  ['ed25519 verify (ops/s, 1 core)', wasm['ed25519-verify'], result('ed25519-verify').oneCore]
];
console.log(`${'operation'.padEnd(34)}${'wasm-crypto'.padStart(14)}${'Kusama.NET'.padStart(14)}${'ratio'.padStart(9)}`);
for (const [name, reference, value] of rows) {
  console.log(`${name.padEnd(34)}${reference.toFixed(0).padStart(14)}${value.toFixed(0).padStart(14)}${(value / reference).toFixed(2).padStart(8)}x`);
}
const ns = result('blake2b-256-32B').oneCore;
console.log(`${'blake2b-256 of 32 B (ns per hash)'.padEnd(34)}${wasm['blake2b-256-32B-ns'].toFixed(0).padStart(14)}${ns.toFixed(0).padStart(14)}${(wasm['blake2b-256-32B-ns'] / ns).toFixed(2).padStart(8)}x`);
