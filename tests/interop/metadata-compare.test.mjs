// The metadata comparer: Kusama against itself agrees; single mutations of Kusama's metadata are reported precisely.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Metadata, TypeRegistry } from '@polkadot/types';
import kusama from '@polkadot/types-support/metadata/static-kusama';
import { compareMetadata } from './lib/metadata-compare.mjs';

const PALLETS = ['System', 'Timestamp', 'Balances', 'TransactionPayment', 'Utility'];

// Kusama's metadata re-encoded after `mutate` edits its JSON form ({ magicNumber, metadata: { v14 } }).
function mutated (mutate) {
  const json = new Metadata(new TypeRegistry(), kusama).toJSON();

  mutate(json.metadata.v14);

  return new Metadata(new TypeRegistry(), json).toU8a();
}

function pallet (v14, name) {
  return v14.pallets.find((p) => p.name === name);
}

function variants (v14, typeId) {
  return v14.lookup.types.find((t) => t.id === typeId).type.def.variant.variants;
}

test('Kusama compared with itself has no differences', () => {
  assert.deepEqual(compareMetadata(kusama, kusama, PALLETS), []);
});

test('Kusama compared with itself has no differences in any pallet', () => {
  assert.deepEqual(compareMetadata(kusama, kusama), []);
});

test('an unchanged re-encoding is not reported', () => {
  assert.deepEqual(compareMetadata(mutated(() => {}), kusama, PALLETS), []);
});

test('a changed call index is reported with both indices', () => {
  const ours = mutated((v14) => {
    const call = variants(v14, pallet(v14, 'Balances').calls.type).find((v) => v.name === 'transfer_keep_alive');

    call.index = 30;
  });

  // Once directly, once where Utility's calls first reach it through RuntimeCall.
  assert.deepEqual(compareMetadata(ours, kusama, PALLETS), [
    'Balances calls: transfer_keep_alive index 30 != 3',
    'Utility calls: batch.calls[] (staging_kusama_runtime::RuntimeCall)::Balances.0 (pallet_balances::pallet::Call): variant 2 transfer_keep_alive@30 != transfer_keep_alive@3'
  ]);
});

test('a renamed event is reported as one missing and one extra', () => {
  const ours = mutated((v14) => {
    variants(v14, pallet(v14, 'Balances').events.type).find((v) => v.name === 'Transfer').name = 'Transferred';
  });

  // System.Events reaches the Balances event enum first, through EventRecord and RuntimeEvent.
  assert.deepEqual(compareMetadata(ours, kusama, PALLETS), [
    'System.Events value[] (frame_system::EventRecord)<E> (staging_kusama_runtime::RuntimeEvent)::Balances.0 (pallet_balances::pallet::Event): variant 2 Transferred@2 != Transfer@2',
    'Balances events: Transfer (index 2) missing',
    'Balances events: Transferred (index 2) not in the reference'
  ]);
});

test('a changed hasher is reported on its storage entry', () => {
  const ours = mutated((v14) => {
    pallet(v14, 'System').storage.items.find((e) => e.name === 'Account').type.map.hashers = ['Twox64Concat'];
  });

  assert.deepEqual(compareMetadata(ours, kusama, PALLETS), [
    'System.Account: hashers [Twox64Concat] != [Blake2_128Concat]'
  ]);
});

test('a changed field deep inside a shared type is reported once, where it is first reached', () => {
  const ours = mutated((v14) => {
    const weight = v14.lookup.types.find((t) => t.type.path.join('::') === 'sp_weights::weight_v2::Weight');

    weight.type.def.composite.fields[1].name = 'proof';
  });
  const differences = compareMetadata(ours, kusama, ['System']);

  assert.deepEqual(differences, [
    'System events: ExtrinsicSuccess.dispatch_info (frame_support::dispatch::DispatchInfo).weight (sp_weights::weight_v2::Weight): field 1 named proof != proof_size'
  ]);
});

test('a changed constant value, a removed storage entry and a missing pallet are reported', () => {
  const ours = mutated((v14) => {
    const system = pallet(v14, 'System');

    system.constants.find((c) => c.name === 'SS58Prefix').value = '0x0000';
    system.storage.items = system.storage.items.filter((e) => e.name !== 'Number');
    v14.pallets = v14.pallets.filter((p) => p.name !== 'Utility');
  });

  assert.deepEqual(compareMetadata(ours, kusama, PALLETS), [
    'System.Number: missing',
    'System.SS58Prefix constant: value 0x0000 != 0x0200',
    'Utility: missing'
  ]);
});

test('a reordered signed extension list is reported', () => {
  const ours = mutated((v14) => {
    const list = v14.extrinsic.signedExtensions;

    [list[0], list[1]] = [list[1], list[0]];
  });

  const [difference, ...rest] = compareMetadata(ours, kusama, []);

  assert.match(difference, /^extrinsic: signed extensions \[CheckSpecVersion, CheckNonZeroSender, .*\] != \[CheckNonZeroSender, CheckSpecVersion, /);
  assert.deepEqual(rest, []);
});

test('outer enums are compared on the named pallets only', () => {
  const ours = mutated((v14) => {
    const event = v14.lookup.types.find((t) => t.type.path.join('::') === 'staging_kusama_runtime::RuntimeEvent');

    event.type.def.variant.variants = event.type.def.variant.variants.filter((v) => v.name !== 'Staking');
  });

  assert.deepEqual(compareMetadata(ours, kusama, PALLETS), []);
  assert.ok(compareMetadata(ours, kusama).some((d) => /staging_kusama_runtime::RuntimeEvent\): \d+ variants != \d+/.test(d)));
});
