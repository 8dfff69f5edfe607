using Kusama.Frame.Metadata;

namespace Kusama.Frame.Tests.Metadata.Building;

/// <summary>Compares two registry types structurally (path, params, shape, field and variant names, type names), ignoring ids and docs.</summary>
public sealed class TypeComparer
{
    private readonly PortableRegistry _ours;
    private readonly PortableRegistry _theirs;
    private readonly HashSet<(uint, uint)> _visited = [];
    private readonly List<string> _differences = [];

    private TypeComparer(PortableRegistry ours, PortableRegistry theirs)
    {
        _ours = ours;
        _theirs = theirs;
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
        CompareDefinitions(ours.Definition, theirs.Definition, here);
    }

    private void CompareDefinitions(TypeDef ours, TypeDef theirs, string here)
    {
        switch (ours, theirs)
        {
            case (TypeDef.Composite a, TypeDef.Composite b):
                CompareFields(a.Fields, b.Fields, here);
                break;
            case (TypeDef.Variant a, TypeDef.Variant b):
                if (a.Variants.Count != b.Variants.Count)
                {
                    _differences.Add($"{here}: {a.Variants.Count} variants != {b.Variants.Count}");
                    return;
                }
                for (int i = 0; i < a.Variants.Count; i++)
                {
                    var (x, y) = (a.Variants[i], b.Variants[i]);
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
