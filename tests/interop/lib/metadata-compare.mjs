// Structural comparison of two runtime metadata blobs (V14 or V15) with @polkadot/types: pallets, calls, events,
// errors, storage, constants and the extrinsic format, with types compared by shape (ids and docs ignored).
import { Metadata, TypeRegistry } from '@polkadot/types';

/** Decodes "meta"-prefixed metadata (Uint8Array or 0x hex) into its native version's view. */
export function decodeMetadata (bytes) {
  const metadata = new Metadata(new TypeRegistry(), bytes);
  const version = metadata.version;

  if (version !== 14 && version !== 15) {
    throw new Error(`metadata version ${version} is not supported (14 or 15)`);
  }

  return { version, latest: metadata[`asV${version}`] };
}

/**
 * Human-readable differences between our metadata and the reference for the named pallets (all of the reference's
 * pallets when `palletNames` is empty), plus the extrinsic version and signed extensions; empty when they agree.
 */
export function compareMetadata (oursBytes, referenceBytes, palletNames = []) {
  const ours = decodeMetadata(oursBytes).latest;
  const reference = decodeMetadata(referenceBytes).latest;
  const names = palletNames.length ? palletNames : reference.pallets.map((p) => p.name.toString());
  const types = new TypeComparer(ours.lookup, reference.lookup, palletNames.length ? names : null);
  const out = [];

  for (const name of names) {
    const theirs = findPallet(reference, name);
    const mine = findPallet(ours, name);

    if (!theirs) {
      out.push(`${name}: not in the reference metadata`);
    } else if (!mine) {
      out.push(`${name}: missing`);
    } else {
      comparePallet(mine, theirs, types, out);
    }
  }

  compareExtrinsic(ours, reference, types, out);

  return out;
}

function findPallet (metadata, name) {
  return metadata.pallets.find((p) => p.name.toString() === name);
}

function comparePallet (mine, theirs, types, out) {
  const name = theirs.name.toString();

  if (mine.index.toNumber() !== theirs.index.toNumber()) {
    out.push(`${name}: index ${mine.index.toNumber()} != ${theirs.index.toNumber()}`);
  }

  compareEnum(`${name} calls`, mine.calls, theirs.calls, types, out);
  compareEnum(`${name} events`, mine.events, theirs.events, types, out);
  compareEnum(`${name} errors`, mine.errors, theirs.errors, types, out);
  compareStorage(name, mine.storage, theirs.storage, types, out);
  compareConstants(name, mine.constants, theirs.constants, types, out);
}

// Calls, events and errors: Option<{ type }> naming a variant type; variants are matched by name.
function compareEnum (where, mine, theirs, types, out) {
  if (mine.isSome !== theirs.isSome) {
    out.push(`${where}: ${mine.isSome ? 'present' : 'absent'} != ${theirs.isSome ? 'present' : 'absent'}`);

    return;
  }

  if (mine.isNone) {
    return;
  }

  const ourType = types.ours.getSiType(mine.unwrap().type);
  const theirType = types.theirs.getSiType(theirs.unwrap().type);

  if (!ourType.def.isVariant || !theirType.def.isVariant) {
    out.push(`${where}: not an enum`);

    return;
  }

  const ourVariants = new Map(ourType.def.asVariant.variants.map((v) => [v.name.toString(), v]));

  for (const variant of theirType.def.asVariant.variants) {
    const name = variant.name.toString();
    const mineVariant = ourVariants.get(name);

    if (!mineVariant) {
      out.push(`${where}: ${name} (index ${variant.index.toNumber()}) missing`);
      continue;
    }

    ourVariants.delete(name);

    if (mineVariant.index.toNumber() !== variant.index.toNumber()) {
      out.push(`${where}: ${name} index ${mineVariant.index.toNumber()} != ${variant.index.toNumber()}`);
    }

    types.fields(mineVariant.fields, variant.fields, `${where}: ${name}`, out);
  }

  for (const [name, variant] of ourVariants) {
    out.push(`${where}: ${name} (index ${variant.index.toNumber()}) not in the reference`);
  }
}

function compareStorage (pallet, mine, theirs, types, out) {
  if (mine.isSome !== theirs.isSome) {
    out.push(`${pallet} storage: ${mine.isSome ? 'present' : 'absent'} != ${theirs.isSome ? 'present' : 'absent'}`);

    return;
  }

  if (mine.isNone) {
    return;
  }

  const [ours, reference] = [mine.unwrap(), theirs.unwrap()];

  if (ours.prefix.toString() !== reference.prefix.toString()) {
    out.push(`${pallet} storage: prefix ${ours.prefix} != ${reference.prefix}`);
  }

  const ourEntries = new Map(ours.items.map((e) => [e.name.toString(), e]));

  for (const entry of reference.items) {
    const name = entry.name.toString();
    const where = `${pallet}.${name}`;
    const mineEntry = ourEntries.get(name);

    if (!mineEntry) {
      out.push(`${where}: missing`);
      continue;
    }

    ourEntries.delete(name);

    if (mineEntry.modifier.toString() !== entry.modifier.toString()) {
      out.push(`${where}: modifier ${mineEntry.modifier} != ${entry.modifier}`);
    }

    const [a, b] = [mineEntry.type, entry.type];

    if (a.type !== b.type) {
      out.push(`${where}: ${a.type} != ${b.type}`);
    } else if (a.isPlain) {
      types.compare(a.asPlain, b.asPlain, `${where} value`, out);
    } else {
      const [x, y] = [a.asMap, b.asMap];
      const [hx, hy] = [x.hashers.map((h) => h.toString()).join(', '), y.hashers.map((h) => h.toString()).join(', ')];

      if (hx !== hy) {
        out.push(`${where}: hashers [${hx}] != [${hy}]`);
      }

      types.compare(x.key, y.key, `${where} key`, out);
      types.compare(x.value, y.value, `${where} value`, out);
    }

    if (mineEntry.fallback.toHex() !== entry.fallback.toHex()) {
      out.push(`${where}: default ${mineEntry.fallback.toHex()} != ${entry.fallback.toHex()}`);
    }
  }

  for (const name of ourEntries.keys()) {
    out.push(`${pallet}.${name}: not in the reference`);
  }
}

function compareConstants (pallet, mine, theirs, types, out) {
  const ourConstants = new Map(mine.map((c) => [c.name.toString(), c]));

  for (const constant of theirs) {
    const name = constant.name.toString();
    const where = `${pallet}.${name} constant`;
    const mineConstant = ourConstants.get(name);

    if (!mineConstant) {
      out.push(`${where}: missing`);
      continue;
    }

    ourConstants.delete(name);
    types.compare(mineConstant.type, constant.type, where, out);

    if (mineConstant.value.toHex() !== constant.value.toHex()) {
      out.push(`${where}: value ${mineConstant.value.toHex()} != ${constant.value.toHex()}`);
    }
  }

  for (const name of ourConstants.keys()) {
    out.push(`${pallet}.${name} constant: not in the reference`);
  }
}

function compareExtrinsic (ours, reference, types, out) {
  const [a, b] = [ours.extrinsic, reference.extrinsic];

  if (a.version.toNumber() !== b.version.toNumber()) {
    out.push(`extrinsic: version ${a.version.toNumber()} != ${b.version.toNumber()}`);
  }

  const [ids, theirIds] = [a.signedExtensions.map((e) => e.identifier.toString()), b.signedExtensions.map((e) => e.identifier.toString())];

  if (ids.join(',') !== theirIds.join(',')) {
    out.push(`extrinsic: signed extensions [${ids.join(', ')}] != [${theirIds.join(', ')}]`);

    return;
  }

  for (let i = 0; i < ids.length; i++) {
    const [x, y] = [a.signedExtensions[i], b.signedExtensions[i]];

    types.compare(x.type, y.type, `extension ${ids[i]}`, out);
    types.compare(x.additionalSigned, y.additionalSigned, `extension ${ids[i]} additional signed`, out);
  }
}

// The runtime's aggregate enums hold one variant per pallet (`system` in OriginCaller): only the compared pallets' count.
const OUTER_ENUMS = new Set(['RuntimeCall', 'RuntimeEvent', 'RuntimeError', 'OriginCaller', 'RuntimeHoldReason', 'RuntimeFreezeReason', 'RuntimeSlashReason', 'RuntimeLockId', 'RuntimeTask']);

/**
 * Compares types of two lookups by shape: path, type params, def, field names and type names; ids and docs ignored.
 * Each pair of types is compared once, so a difference is reported at the first place it is reached. With `pallets`,
 * the runtime's outer enums (`*_runtime::RuntimeCall`, …) are compared on those pallets' variants only.
 */
export class TypeComparer {
  #visited = new Set();
  #pallets;

  constructor (ours, theirs, pallets = null) {
    this.ours = ours;
    this.theirs = theirs;
    this.#pallets = pallets && new Set(pallets.map((p) => p.toLowerCase()));
  }

  /** Appends to `out` every difference between our type `a` and their type `b`, prefixed by `where`. */
  compare (a, b, where, out) {
    const [x, y] = [toId(a), toId(b)];
    const pair = `${x}:${y}`;

    // A pair already compared (or under comparison) is not compared again: that ends the walk through recursive types.
    if (this.#visited.has(pair)) {
      return;
    }

    this.#visited.add(pair);

    const [mine, theirs] = [this.ours.getSiType(x), this.theirs.getSiType(y)];
    const [pathA, pathB] = [mine.path.join('::'), theirs.path.join('::')];

    if (pathA !== pathB) {
      out.push(`${where}: path ${pathA || '(none)'} != ${pathB || '(none)'}`);

      return;
    }

    const here = pathB ? `${where} (${pathB})` : where;

    if (mine.params.length !== theirs.params.length) {
      out.push(`${here}: ${mine.params.length} type params != ${theirs.params.length}`);

      return;
    }

    for (let i = 0; i < mine.params.length; i++) {
      const [p, q] = [mine.params[i], theirs.params[i]];

      if (p.name.toString() !== q.name.toString()) {
        out.push(`${here}: type param ${i} ${p.name} != ${q.name}`);
      } else if (p.type.isSome !== q.type.isSome) {
        out.push(`${here}: type param ${p.name} ${p.type.isSome ? 'bound' : 'None'} != ${q.type.isSome ? 'bound' : 'None'}`);
      } else if (p.type.isSome) {
        this.compare(p.type.unwrap(), q.type.unwrap(), `${here}<${p.name}>`, out);
      }
    }

    this.#def(mine.def, theirs.def, here, out, this.#isOuterEnum(theirs.path));
  }

  /** Compares two field lists (names, type names, resolved types) in order. */
  fields (mine, theirs, where, out) {
    if (mine.length !== theirs.length) {
      out.push(`${where}: ${mine.length} fields != ${theirs.length}`);

      return;
    }

    for (let i = 0; i < mine.length; i++) {
      const [f, g] = [mine[i], theirs[i]];
      const [nameA, nameB] = [f.name.isSome ? f.name.unwrap().toString() : null, g.name.isSome ? g.name.unwrap().toString() : null];
      const field = `${where}.${nameB ?? i}`;

      if (nameA !== nameB) {
        out.push(`${where}: field ${i} named ${nameA ?? '(none)'} != ${nameB ?? '(none)'}`);
      }

      const [typeNameA, typeNameB] = [f.typeName.isSome ? f.typeName.unwrap().toString() : null, g.typeName.isSome ? g.typeName.unwrap().toString() : null];

      if (typeNameA !== typeNameB) {
        out.push(`${field}: type name ${typeNameA ?? '(none)'} != ${typeNameB ?? '(none)'}`);
      }

      this.compare(f.type, g.type, field, out);
    }
  }

  #isOuterEnum (path) {
    return this.#pallets !== null && path.length === 2 && path[0].toString().endsWith('_runtime') && OUTER_ENUMS.has(path[1].toString());
  }

  #def (a, b, here, out, outerEnum) {
    if (a.type !== b.type) {
      out.push(`${here}: ${a.type} != ${b.type}`);

      return;
    }

    switch (a.type) {
      case 'Composite':
        this.fields(a.asComposite.fields, b.asComposite.fields, here, out);
        break;
      case 'Variant': {
        const only = (variants) => outerEnum ? variants.filter((v) => this.#pallets.has(v.name.toString().toLowerCase())) : variants;
        const [va, vb] = [only(a.asVariant.variants), only(b.asVariant.variants)];

        if (va.length !== vb.length) {
          out.push(`${here}: ${va.length} variants != ${vb.length}`);
          break;
        }

        for (let i = 0; i < va.length; i++) {
          if (va[i].name.toString() !== vb[i].name.toString() || va[i].index.toNumber() !== vb[i].index.toNumber()) {
            out.push(`${here}: variant ${i} ${va[i].name}@${va[i].index.toNumber()} != ${vb[i].name}@${vb[i].index.toNumber()}`);
          } else {
            this.fields(va[i].fields, vb[i].fields, `${here}::${vb[i].name}`, out);
          }
        }

        break;
      }
      case 'Sequence':
        this.compare(a.asSequence.type, b.asSequence.type, `${here}[]`, out);
        break;
      case 'Array':
        if (a.asArray.len.toNumber() !== b.asArray.len.toNumber()) {
          out.push(`${here}: array length ${a.asArray.len.toNumber()} != ${b.asArray.len.toNumber()}`);
        }

        this.compare(a.asArray.type, b.asArray.type, `${here}[${b.asArray.len.toNumber()}]`, out);
        break;
      case 'Tuple':
        if (a.asTuple.length !== b.asTuple.length) {
          out.push(`${here}: tuple of ${a.asTuple.length} != ${b.asTuple.length}`);
          break;
        }

        for (let i = 0; i < a.asTuple.length; i++) {
          this.compare(a.asTuple[i], b.asTuple[i], `${here}.${i}`, out);
        }

        break;
      case 'Primitive':
        if (a.asPrimitive.toString() !== b.asPrimitive.toString()) {
          out.push(`${here}: ${a.asPrimitive} != ${b.asPrimitive}`);
        }

        break;
      case 'Compact':
        this.compare(a.asCompact.type, b.asCompact.type, `${here} (compact)`, out);
        break;
      case 'BitSequence':
        this.compare(a.asBitSequence.bitStoreType, b.asBitSequence.bitStoreType, `${here} (bit store)`, out);
        this.compare(a.asBitSequence.bitOrderType, b.asBitSequence.bitOrderType, `${here} (bit order)`, out);
        break;
      default:
        out.push(`${here}: unknown def ${a.type}`);
    }
  }
}

function toId (type) {
  return typeof type === 'number' ? type : type.toNumber();
}
