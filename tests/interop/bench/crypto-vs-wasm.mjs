// Measures @polkadot/wasm-crypto (what polkadot.js runs) and `kusama benchmark crypto` in one run on this machine,
// one core each, and prints the ratios the foundation issue asks for. Not a test: run it by hand on a quiet machine.
//   cd tests/interop && npm ci && node bench/crypto-vs-wasm.mjs [seconds per side] [rounds]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { waitReady, sr25519KeypairFromSeed, sr25519Sign, sr25519Verify, ed25519KeypairFromSeed, ed25519Sign, ed25519Verify, blake2b } from '@polkadot/wasm-crypto';
import { kusamaBin } from '../lib/binaries.mjs';

const seconds = Number(process.argv[2] ?? 1);

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

// The 2-core VMs drift 1.5-2x between runs, so the two sides are measured alternately in several rounds and the
// medians (of rates and of per-round ratios) are reported.
const rounds = Number(process.argv[3] ?? 5);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = { sr: [], ed: [], blake: [], ourSr: [], ourEd: [], ourBlake: [] };
for (let round = 0; round < rounds; round++) {
  samples.sr.push(rate(() => sr25519Verify(srSignature, message, srPublic)));
  samples.ed.push(rate(() => ed25519Verify(edSignature, message, edPublic)));
  samples.blake.push(1e9 / rate(() => blake2b(small, new Uint8Array(), 32)));
  const ours = JSON.parse(execFileSync(kusamaBin(), ['benchmark', 'crypto', '--seconds', String(seconds), '--json'], { encoding: 'utf8' }));
  const result = name => ours.results.find(r => r.name === name).oneCore;
  samples.ourSr.push(result('sr25519-verify'));
  samples.ourEd.push(result('ed25519-verify'));
  samples.ourBlake.push(result('blake2b-256-32B'));
}

const ratio = (ours, theirs, invert = false) => median(ours.map((v, i) => invert ? theirs[i] / v : v / theirs[i]));
const rows = [
  ['sr25519 verify (ops/s, 1 core)', median(samples.sr), median(samples.ourSr), ratio(samples.ourSr, samples.sr)],
  ['ed25519 verify (ops/s, 1 core)', median(samples.ed), median(samples.ourEd), ratio(samples.ourEd, samples.ed)],
  ['blake2b-256 of 32 B (ns per hash)', median(samples.blake), median(samples.ourBlake), ratio(samples.ourBlake, samples.blake, true)]
];
console.log(`${rounds} rounds of ${seconds} s per side; medians`);
console.log(`${'operation'.padEnd(34)}${'wasm-crypto'.padStart(14)}${'Kusama.NET'.padStart(14)}${'ratio'.padStart(9)}`);
for (const [name, reference, value, r] of rows) {
  console.log(`${name.padEnd(34)}${reference.toFixed(0).padStart(14)}${value.toFixed(0).padStart(14)}${r.toFixed(2).padStart(8)}x`);
}
