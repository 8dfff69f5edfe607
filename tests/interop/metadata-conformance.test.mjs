// The runtime's metadata against Kusama's: `kusama export-metadata` V14 and V15 decode with @polkadot/types without a
// warning, and System, Timestamp, Balances, TransactionPayment and Utility (those our runtime has) match Kusama's
// metadata (spec 1_003_000) structurally, apart from the deliberate differences listed below with their reasons.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import { Metadata, TypeRegistry } from '@polkadot/types';
import kusama from '@polkadot/types-support/metadata/static-kusama';
import { kusamaBin } from './lib/binaries.mjs';
import { compareMetadata } from './lib/metadata-compare.mjs';

const CONFORMANCE_PALLETS = ['System', 'Timestamp', 'Balances', 'TransactionPayment', 'Utility'];

// Prefixes of differences that are expected, each with its reason. Kept in step with
// tests/Kusama.Runtime.Tests/Metadata/KusamaRuntimeMetadataTests.cs.
const DELIBERATE = new Map([
  ['System.Version constant: value', 'we are spec 1_007_001 (v1.7.1) and list only the runtime APIs we serve; the reference is spec 1_003_000']
]);

const SERVED_APIS = ['Core', 'Metadata', 'BlockBuilder', 'TaggedTransactionQueue', 'AccountNonceApi', 'TransactionPaymentApi', 'TransactionPaymentCallApi', 'GenesisBuilder'];

let bin;
const exported = {};

before(() => {
  bin = kusamaBin();

  for (const version of [14, 15]) {
    const result = spawnSync(bin, ['export-metadata', '--version', String(version), '--hex'], { encoding: 'utf8', timeout: 60_000 });

    if (result.error) {
      throw result.error;
    }

    assert.equal(result.status, 0, result.stderr);
    exported[version] = result.stdout.trim();
  }
});

// Decodes with @polkadot/types as @polkadot/api does (every type resolved), failing on any console.warn it emits.
function decodeWithoutWarnings (hex) {
  const warnings = [];
  const original = console.warn;

  console.warn = (...args) => warnings.push(args.map(String).join(' '));

  try {
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, hex);

    registry.setMetadata(metadata);

    for (const { id } of registry.lookup.types) {
      registry.lookup.getTypeDef(id);
    }

    return { metadata, registry, warnings };
  } finally {
    console.warn = original;
  }
}

function ourPallets (metadata) {
  const names = new Set(metadata[`asV${metadata.version}`].pallets.map((p) => p.name.toString()));

  return CONFORMANCE_PALLETS.filter((name) => names.has(name));
}

for (const version of [14, 15]) {
  test(`export-metadata --version ${version} decodes with @polkadot/types as V${version} without warnings`, () => {
    const { metadata, warnings } = decodeWithoutWarnings(exported[version]);

    assert.equal(metadata.version, version);
    assert.deepEqual(warnings, []);
    assert.ok(metadata[`asV${version}`].pallets.length > 0);
  });

  test(`export-metadata --version ${version}: implemented pallets match Kusama apart from the deliberate differences`, () => {
    const { metadata } = decodeWithoutWarnings(exported[version]);
    const pallets = ourPallets(metadata);
    const differences = compareMetadata(exported[version], kusama, pallets);
    const unexpected = differences.filter((d) => ![...DELIBERATE.keys()].some((key) => d.startsWith(key)));

    assert.deepEqual(pallets, CONFORMANCE_PALLETS);
    assert.deepEqual(unexpected, []);
  });
}

test('every listed deliberate difference still occurs', () => {
  const { metadata } = decodeWithoutWarnings(exported[15]);
  const differences = compareMetadata(exported[15], kusama, ourPallets(metadata));

  for (const key of DELIBERATE.keys()) {
    assert.ok(differences.some((d) => d.startsWith(key)), `no longer differs: ${key}`);
  }
});

test('V15 lists the runtime APIs we serve, with their methods, and sets the outer enums', () => {
  const { metadata, registry } = decodeWithoutWarnings(exported[15]);
  const v15 = metadata.asV15;
  const apis = v15.apis.map((a) => a.name.toString());
  const methods = (name) => v15.apis.find((a) => a.name.toString() === name).methods.map((m) => m.name.toString());
  const path = (id) => registry.lookup.getSiType(id).path.join('::');

  assert.deepEqual(apis, SERVED_APIS);
  assert.deepEqual(methods('Metadata'), ['metadata', 'metadata_at_version', 'metadata_versions']);
  assert.deepEqual(methods('TransactionPaymentApi'), ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee']);
  assert.equal(path(v15.outerEnums.callType), 'staging_kusama_runtime::RuntimeCall');
  assert.equal(path(v15.outerEnums.eventType), 'staging_kusama_runtime::RuntimeEvent');
  assert.equal(path(v15.outerEnums.errorType), 'staging_kusama_runtime::RuntimeError');
});
