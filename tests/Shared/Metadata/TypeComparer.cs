using Kusama.Frame.Metadata;

namespace Kusama.Tests.Metadata;

/// <summary>
/// Compares two registry types structurally (path, params, shape, field and variant names, type names), ignoring ids and
/// docs. The runtime's aggregate enums (<c>*_runtime::RuntimeCall</c>, <c>RuntimeEvent</c>, <c>OriginCaller</c>, …) hold one
/// variant per pallet: with a pallet list, only those pallets' variants are compared (as tests/interop/lib/metadata-compare.mjs does).
/// </summary>
public sealed class TypeComparer
{
    private readonly PortableRegistry _ours;
    private readonly PortableRegistry _theirs;
    private readonly HashSet<(uint, uint)> _visited = [];
    private readonly List<string> _differences = [];
    private readonly HashSet<string>? _pallets;

    private static readonly HashSet<string> OuterEnums =
    [
        "RuntimeCall", "RuntimeEvent", "RuntimeError", "OriginCaller", "RuntimeHoldReason", "RuntimeFreezeReason",
        "RuntimeSlashReason", "RuntimeLockId", "RuntimeTask",
    ];

    /// <summary>A comparer that remembers compared pairs across calls; <paramref name="pallets"/> filters the outer enums.</summary>
    public TypeComparer(PortableRegistry ours, PortableRegistry theirs, IEnumerable<string>? pallets = null)
    {
        _ours = ours;
        _theirs = theirs;
        if (pallets is not null)
        {
            _pallets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string pallet in pallets)
                _pallets.Add(pallet);
        }
    }

    /// <summary>Appends every difference between our type and theirs to <paramref name="into"/>, each prefixed by <paramref name="at"/>.</summary>
    public void Compare(uint ourId, uint theirId, string at, List<string> into)
    {
        _differences.Clear();
        Compare(ourId, theirId, at);
        into.AddRange(_differences);
    }

    /// <summary>Appends the differences between two field lists (names, type names, types).</summary>
    public void CompareFields(IReadOnlyList<Field> ours, IReadOnlyList<Field> theirs, string at, List<string> into)
    {
        _differences.Clear();
        CompareFields(ours, theirs, at);
        into.AddRange(_differences);
    }

    /// <summary>Every difference between our type and theirs, each prefixed by where it is; empty when they match.</summary>
    public static List<string> Differences(PortableRegistry ours, uint ourId, PortableRegistry theirs, uint theirId)
    {
        var comparer = new TypeComparer(ours, theirs);
        comparer.Compare(ourId, theirId, "");
        return comparer._differences;
    }

    private void Compare(uint ourId, uint theirId, string at)
    {
        // A pair already under comparison is assumed equal, which ends the walk through recursive types.
        if (!_visited.Add((ourId, theirId)))
            return;
        var ours = _ours.Find(ourId)?.Type ?? throw new InvalidOperationException($"our type {ourId} is missing");
        var theirs = _theirs.Find(theirId)?.Type ?? throw new InvalidOperationException($"their type {theirId} is missing");
        string here = at.Length == 0 ? Describe(theirs) : at;
        if (ours.PathString != theirs.PathString)
        {
            _differences.Add($"{here}: path {ours.PathString} != {theirs.PathString}");
            return;
        }
        if (ours.TypeParameters.Count != theirs.TypeParameters.Count)
        {
            _differences.Add($"{here}: {ours.TypeParameters.Count} type params != {theirs.TypeParameters.Count}");
            return;
        }
        for (int i = 0; i < ours.TypeParameters.Count; i++)
        {
            var (a, b) = (ours.TypeParameters[i], theirs.TypeParameters[i]);
            if (a.Name != b.Name)
                _differences.Add($"{here}: type param {i} named {a.Name} != {b.Name}");
            else if (a.Type.HasValue != b.Type.HasValue)
                _differences.Add($"{here}: type param {a.Name} is {(a.Type.HasValue ? "bound" : "None")} != {(b.Type.HasValue ? "bound" : "None")}");
            else if (a.Type is uint x && b.Type is uint y)
                Compare(x, y, $"{here}<{a.Name}>");
        }
        CompareDefinitions(ours.Definition, theirs.Definition, here, IsOuterEnum(theirs));
    }

    private bool IsOuterEnum(TypeDefinition type) =>
        _pallets is not null && type.Path.Count == 2 && type.Path[0].EndsWith("_runtime", StringComparison.Ordinal) && OuterEnums.Contains(type.Path[1]);

    private List<Variant> Only(IReadOnlyList<Variant> variants, bool outerEnum)
    {
        var kept = new List<Variant>(variants.Count);
        foreach (var variant in variants)
        {
            if (!outerEnum || _pallets!.Contains(variant.Name))
                kept.Add(variant);
        }
        return kept;
    }

    private void CompareDefinitions(TypeDef ours, TypeDef theirs, string here, bool outerEnum)
    {
        switch (ours, theirs)
        {
            case (TypeDef.Composite a, TypeDef.Composite b):
                CompareFields(a.Fields, b.Fields, here);
                break;
            case (TypeDef.Variant va, TypeDef.Variant vb):
                var (ourVariants, theirVariants) = (Only(va.Variants, outerEnum), Only(vb.Variants, outerEnum));
                if (ourVariants.Count != theirVariants.Count)
                {
                    _differences.Add($"{here}: {ourVariants.Count} variants != {theirVariants.Count}");
                    return;
                }
                for (int i = 0; i < ourVariants.Count; i++)
                {
                    var (x, y) = (ourVariants[i], theirVariants[i]);
                    if (x.Name != y.Name || x.Index != y.Index)
                        _differences.Add($"{here}: variant {i} is {x.Name}@{x.Index} != {y.Name}@{y.Index}");
                    else
                        CompareFields(x.Fields, y.Fields, $"{here}::{x.Name}");
                }
                break;
            case (TypeDef.Sequence a, TypeDef.Sequence b):
                Compare(a.Type, b.Type, $"{here}[]");
                break;
            case (TypeDef.Array a, TypeDef.Array b):
                if (a.Length != b.Length)
                    _differences.Add($"{here}: array length {a.Length} != {b.Length}");
                Compare(a.Type, b.Type, $"{here}[{a.Length}]");
                break;
            case (TypeDef.Tuple a, TypeDef.Tuple b):
                if (a.Types.Count != b.Types.Count)
                {
                    _differences.Add($"{here}: tuple of {a.Types.Count} != {b.Types.Count}");
                    return;
                }
                for (int i = 0; i < a.Types.Count; i++)
                    Compare(a.Types[i], b.Types[i], $"{here}.{i}");
                break;
            case (TypeDef.Primitive a, TypeDef.Primitive b):
                if (a.Kind != b.Kind)
                    _differences.Add($"{here}: primitive {a.Kind} != {b.Kind}");
                break;
            case (TypeDef.Compact a, TypeDef.Compact b):
                Compare(a.Type, b.Type, $"{here}(compact)");
                break;
            case (TypeDef.BitSequence a, TypeDef.BitSequence b):
                Compare(a.BitStoreType, b.BitStoreType, $"{here}(store)");
                Compare(a.BitOrderType, b.BitOrderType, $"{here}(order)");
                break;
            default:
                _differences.Add($"{here}: {ours.GetType().Name} != {theirs.GetType().Name}");
                break;
        }
    }

    private void CompareFields(IReadOnlyList<Field> ours, IReadOnlyList<Field> theirs, string here)
    {
        if (ours.Count != theirs.Count)
        {
            _differences.Add($"{here}: {ours.Count} fields != {theirs.Count}");
            return;
        }
        for (int i = 0; i < ours.Count; i++)
        {
            var (a, b) = (ours[i], theirs[i]);
            string field = $"{here}.{b.Name ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            if (a.Name != b.Name)
                _differences.Add($"{here}: field {i} named {a.Name ?? "(none)"} != {b.Name ?? "(none)"}");
            if (a.TypeName != b.TypeName)
                _differences.Add($"{field}: type name {a.TypeName ?? "(none)"} != {b.TypeName ?? "(none)"}");
            Compare(a.Type, b.Type, field);
        }
    }

    private static string Describe(TypeDefinition type) => type.Path.Count > 0 ? type.PathString : type.Definition.GetType().Name;
}
