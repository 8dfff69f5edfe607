// Decodes "meta"-prefixed metadata (0x hex on stdin) with @polkadot/types, resolves every type as @polkadot/api does,
// and prints a JSON summary: pallets with their calls, events, errors, storage and constants, the extrinsic and the APIs.
import { readFileSync } from 'node:fs';
import { Metadata, TypeRegistry } from '@polkadot/types';

const registry = new TypeRegistry();
const metadata = new Metadata(registry, readFileSync(0, 'utf8').trim());

registry.setMetadata(metadata);

const latest = metadata[`asV${metadata.version}`];
const lookup = registry.lookup;

// Building every type definition is where a malformed registry fails ("PortableRegistry: … Error extracting").
for (const { id } of lookup.types) {
  lookup.getTypeDef(id);
}

const variantNames = (option) => option.isSome ? lookup.getSiType(option.unwrap().type).def.asVariant.variants.map((v) => `${v.index.toNumber()}:${v.name}`) : null;

console.log(JSON.stringify({
  version: metadata.version,
  types: lookup.types.length,
  pallets: latest.pallets.map((p) => ({
    name: p.name.toString(),
    index: p.index.toNumber(),
    calls: variantNames(p.calls),
    events: variantNames(p.events),
    errors: variantNames(p.errors),
    storage: p.storage.isSome ? p.storage.unwrap().items.map((e) => e.name.toString()) : [],
    constants: p.constants.map((c) => c.name.toString())
  })),
  extrinsic: {
    version: latest.extrinsic.version.toNumber(),
    signedExtensions: latest.extrinsic.signedExtensions.map((e) => e.identifier.toString())
  },
  apis: metadata.version >= 15 ? latest.apis.map((a) => `${a.name}:${a.methods.map((m) => m.name.toString()).join(',')}`) : []
}));
