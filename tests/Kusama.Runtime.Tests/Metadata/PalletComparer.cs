using Kusama.Core;
using Kusama.Frame.Metadata;

using Kusama.Tests.Metadata;

namespace Kusama.Runtime.Tests.Metadata;

/// <summary>
/// Compares named pallets of two metadata blobs the way tests/interop/lib/metadata-compare.mjs does: index, calls, events
/// and errors by variant name, storage entries (modifier, shape, hashers, default bytes), constants (type and value), and
/// the extrinsic's signed extensions; types by shape with the outer enums filtered to the named pallets.
/// </summary>
public static class PalletComparer
{
    /// <summary>Every difference, each a human-readable line; empty when the pallets agree.</summary>
    public static List<string> Differences(RuntimeMetadata ours, RuntimeMetadata theirs, IReadOnlyList<string> pallets)
    {
        var types = new TypeComparer(ours.Types, theirs.Types, pallets);
        var output = new List<string>();
        foreach (string name in pallets)
        {
            var mine = ours.FindPallet(name);
            var reference = theirs.FindPallet(name);
            if (reference is null)
                output.Add($"{name}: not in the reference metadata");
            else if (mine is null)
                output.Add($"{name}: missing");
            else
                ComparePallet(mine, reference, ours.Types, theirs.Types, types, output);
        }
        CompareExtensions(ours, theirs, types, output);
        return output;
    }

    private static void ComparePallet(PalletMetadata mine, PalletMetadata theirs, PortableRegistry ourTypes, PortableRegistry theirTypes, TypeComparer types, List<string> output)
    {
        string name = theirs.Name;
        if (mine.Index != theirs.Index)
            output.Add($"{name}: index {mine.Index} != {theirs.Index}");
        CompareEnum($"{name} calls", mine.CallsType, theirs.CallsType, ourTypes, theirTypes, types, output);
        CompareEnum($"{name} events", mine.EventType, theirs.EventType, ourTypes, theirTypes, types, output);
        CompareEnum($"{name} errors", mine.ErrorType, theirs.ErrorType, ourTypes, theirTypes, types, output);
        CompareStorage(name, mine.Storage, theirs.Storage, types, output);
        CompareConstants(name, mine.Constants, theirs.Constants, types, output);
    }

    private static void CompareEnum(string where, uint? mine, uint? theirs, PortableRegistry ourTypes, PortableRegistry theirTypes, TypeComparer types, List<string> output)
    {
        if (mine.HasValue != theirs.HasValue)
        {
            output.Add($"{where}: {(mine.HasValue ? "present" : "absent")} != {(theirs.HasValue ? "present" : "absent")}");
            return;
        }
        if (mine is not uint ourId || theirs is not uint theirId)
            return;
        if (ourTypes.Find(ourId)!.Type.Definition is not TypeDef.Variant ourEnum || theirTypes.Find(theirId)!.Type.Definition is not TypeDef.Variant theirEnum)
        {
            output.Add($"{where}: not an enum");
            return;
        }
        var ourVariants = new Dictionary<string, Variant>(StringComparer.Ordinal);
        foreach (var variant in ourEnum.Variants)
            ourVariants[variant.Name] = variant;
        foreach (var variant in theirEnum.Variants)
        {
            if (!ourVariants.Remove(variant.Name, out var mineVariant))
            {
                output.Add($"{where}: {variant.Name} (index {variant.Index}) missing");
                continue;
            }
            if (mineVariant.Index != variant.Index)
                output.Add($"{where}: {variant.Name} index {mineVariant.Index} != {variant.Index}");
            types.CompareFields(mineVariant.Fields, variant.Fields, $"{where}: {variant.Name}", output);
        }
        foreach (var (name, variant) in ourVariants)
            output.Add($"{where}: {name} (index {variant.Index}) not in the reference");
    }

    private static void CompareStorage(string pallet, PalletStorageMetadata? mine, PalletStorageMetadata? theirs, TypeComparer types, List<string> output)
    {
        if ((mine is null) != (theirs is null))
        {
            output.Add($"{pallet} storage: {(mine is null ? "absent" : "present")} != {(theirs is null ? "absent" : "present")}");
            return;
        }
        if (mine is null || theirs is null)
            return;
        if (mine.Prefix != theirs.Prefix)
            output.Add($"{pallet} storage: prefix {mine.Prefix} != {theirs.Prefix}");
        var ourEntries = new Dictionary<string, StorageEntryMetadata>(StringComparer.Ordinal);
        foreach (var entry in mine.Entries)
            ourEntries[entry.Name] = entry;
        foreach (var entry in theirs.Entries)
        {
            string where = $"{pallet}.{entry.Name}";
            if (!ourEntries.Remove(entry.Name, out var ourEntry))
            {
                output.Add($"{where}: missing");
                continue;
            }
            if (ourEntry.Modifier != entry.Modifier)
                output.Add($"{where}: modifier {ourEntry.Modifier} != {entry.Modifier}");
            switch (ourEntry.Type, entry.Type)
            {
                case (StorageEntryType.Plain a, StorageEntryType.Plain b):
                    types.Compare(a.Value, b.Value, $"{where} value", output);
                    break;
                case (StorageEntryType.Map a, StorageEntryType.Map b):
                    string ourHashers = string.Join(", ", a.Hashers);
                    string theirHashers = string.Join(", ", b.Hashers);
                    if (ourHashers != theirHashers)
                        output.Add($"{where}: hashers [{ourHashers}] != [{theirHashers}]");
                    types.Compare(a.Key, b.Key, $"{where} key", output);
                    types.Compare(a.Value, b.Value, $"{where} value", output);
                    break;
                default:
                    output.Add($"{where}: {ourEntry.Type.GetType().Name} != {entry.Type.GetType().Name}");
                    break;
            }
            if (!ourEntry.Default.AsSpan().SequenceEqual(entry.Default))
                output.Add($"{where}: default {Hex.Encode(ourEntry.Default)} != {Hex.Encode(entry.Default)}");
        }
        foreach (string name in ourEntries.Keys)
            output.Add($"{pallet}.{name}: not in the reference");
    }

    private static void CompareConstants(string pallet, IReadOnlyList<PalletConstantMetadata> mine, IReadOnlyList<PalletConstantMetadata> theirs, TypeComparer types, List<string> output)
    {
        var ourConstants = new Dictionary<string, PalletConstantMetadata>(StringComparer.Ordinal);
        foreach (var constant in mine)
            ourConstants[constant.Name] = constant;
        foreach (var constant in theirs)
        {
            string where = $"{pallet}.{constant.Name} constant";
            if (!ourConstants.Remove(constant.Name, out var ourConstant))
            {
                output.Add($"{where}: missing");
                continue;
            }
            types.Compare(ourConstant.Type, constant.Type, where, output);
            if (!ourConstant.Value.AsSpan().SequenceEqual(constant.Value))
                output.Add($"{where}: value {Hex.Encode(ourConstant.Value)} != {Hex.Encode(constant.Value)}");
        }
        foreach (string name in ourConstants.Keys)
            output.Add($"{pallet}.{name} constant: not in the reference");
    }

    private static void CompareExtensions(RuntimeMetadata ours, RuntimeMetadata theirs, TypeComparer types, List<string> output)
    {
        var (a, b) = (Extensions(ours), Extensions(theirs));
        if (a.Count != b.Count)
        {
            output.Add($"extrinsic: {a.Count} signed extensions != {b.Count}");
            return;
        }
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Identifier != b[i].Identifier)
            {
                output.Add($"extrinsic: extension {i} {a[i].Identifier} != {b[i].Identifier}");
                continue;
            }
            types.Compare(a[i].Type, b[i].Type, $"extension {b[i].Identifier}", output);
            types.Compare(a[i].AdditionalSigned, b[i].AdditionalSigned, $"extension {b[i].Identifier} additional signed", output);
        }
    }

    private static IReadOnlyList<SignedExtensionMetadata> Extensions(RuntimeMetadata metadata) => metadata switch
    {
        RuntimeMetadataV14 v14 => v14.Extrinsic.SignedExtensions,
        RuntimeMetadataV15 v15 => v15.Extrinsic.SignedExtensions,
        _ => throw new ArgumentException($"metadata V{metadata.Version} is not supported", nameof(metadata)),
    };
}
