using Kusama.Scale;

namespace Kusama.Frame.Metadata.Building;

/// <summary>
/// Builds scale-info's <see cref="PortableRegistry"/>: types get ids 0..n-1 in registration order, structurally identical
/// definitions share one id, and keyed registration lets recursive types (RuntimeCall → Utility call → Vec&lt;RuntimeCall&gt;) refer to themselves.
/// </summary>
public sealed partial class TypeRegistry
{
    // Null while a keyed type that refers to itself is still being built.
    private readonly List<TypeDefinition?> _types = [];

    // Structural interning: the SCALE encoding of a definition is its identity (records compare lists by reference).
    private readonly Dictionary<string, uint> _byStructure = new(StringComparer.Ordinal);

    private readonly Dictionary<object, uint> _byKey = [];

    // Keyed types whose build is running; the value is the id reserved once the type turned out to refer to itself.
    private readonly Dictionary<object, uint?> _building = [];

    /// <summary>The number of ids handed out, including ones reserved for types still being built.</summary>
    public int Count => _types.Count;

    /// <summary>The definition with the given id.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such id.</exception>
    /// <exception cref="InvalidOperationException">The id is reserved for a recursive type whose build has not finished.</exception>
    public TypeDefinition this[uint id]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, (uint)_types.Count);
            return _types[(int)id] ?? throw new InvalidOperationException($"type {id} is reserved but its build has not finished");
        }
    }

    /// <summary>Registers a definition, or returns the id of an identical one registered before.</summary>
    /// <exception cref="ArgumentException">The definition refers to an id that does not exist.</exception>
    public uint Register(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        string structure = StructureKey(type);
        if (_byStructure.TryGetValue(structure, out uint existing))
            return existing;
        CheckReferences(type);
        uint id = (uint)_types.Count;
        _types.Add(type);
        _byStructure.Add(structure, id);
        return id;
    }

    /// <summary>
    /// Registers the type named by <paramref name="key"/> once. During <paramref name="build"/> a call with the same key
    /// reserves and returns the id the finished type will get, so a type can contain itself; a type that never refers to
    /// itself is interned like <see cref="Register"/>.
    /// </summary>
    public uint GetOrAdd(object key, Func<TypeRegistry, TypeDefinition> build)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(build);
        if (_byKey.TryGetValue(key, out uint known))
            return known;
        if (_building.TryGetValue(key, out uint? reserved))
        {
            if (reserved is uint already)
                return already;
            uint placeholder = (uint)_types.Count;
            _types.Add(null);
            _building[key] = placeholder;
            return placeholder;
        }

        _building.Add(key, null);
        TypeDefinition type;
        try
        {
            type = build(this);
        }
        finally
        {
            reserved = _building[key];
            _building.Remove(key);
        }

        uint id;
        if (reserved is uint self)
        {
            CheckReferences(type);
            _types[(int)self] = type;
            _byStructure.TryAdd(StructureKey(type), self);
            id = self;
        }
        else
        {
            id = Register(type);
        }
        _byKey.Add(key, id);
        return id;
    }

    /// <summary>The id registered under <paramref name="key"/> by <see cref="GetOrAdd"/>, if any.</summary>
    public bool TryGet(object key, out uint id) => _byKey.TryGetValue(key, out id);

    /// <summary>Every type with ids 0..n-1 in registration order.</summary>
    /// <exception cref="InvalidOperationException">A recursive type's build has not finished.</exception>
    public PortableRegistry ToPortableRegistry()
    {
        var types = new PortableType[_types.Count];
        for (int i = 0; i < types.Length; i++)
            types[i] = new PortableType((uint)i, this[(uint)i]);
        return new PortableRegistry(types);
    }

    private static string StructureKey(TypeDefinition type) => Convert.ToBase64String(ScaleCodec.Encode(type));

    private void CheckReferences(TypeDefinition type)
    {
        for (int i = 0; i < type.TypeParameters.Count; i++)
        {
            if (type.TypeParameters[i].Type is uint parameter)
                CheckId(parameter, type);
        }
        switch (type.Definition)
        {
            case TypeDef.Composite composite:
                CheckFields(composite.Fields, type);
                break;
            case TypeDef.Variant variant:
                for (int i = 0; i < variant.Variants.Count; i++)
                    CheckFields(variant.Variants[i].Fields, type);
                break;
            case TypeDef.Sequence sequence:
                CheckId(sequence.Type, type);
                break;
            case TypeDef.Array array:
                CheckId(array.Type, type);
                break;
            case TypeDef.Tuple tuple:
                for (int i = 0; i < tuple.Types.Count; i++)
                    CheckId(tuple.Types[i], type);
                break;
            case TypeDef.Compact compact:
                CheckId(compact.Type, type);
                break;
            case TypeDef.BitSequence bits:
                CheckId(bits.BitStoreType, type);
                CheckId(bits.BitOrderType, type);
                break;
        }
    }

    private void CheckFields(IReadOnlyList<Field> fields, TypeDefinition owner)
    {
        for (int i = 0; i < fields.Count; i++)
            CheckId(fields[i].Type, owner);
    }

    private void CheckId(uint id, TypeDefinition owner)
    {
        if (id >= (uint)_types.Count)
            throw new ArgumentException($"type {owner.PathString} refers to type {id}, but only {_types.Count} ids exist", nameof(owner));
    }
}
