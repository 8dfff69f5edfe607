namespace Kusama.Frame.Metadata.Building;

public sealed partial class TypeRegistry
{
    private static readonly string[] NoStrings = [];
    private static readonly TypeParameter[] NoParameters = [];

    /// <summary>A primitive type (no path, no params).</summary>
    public uint Primitive(TypeDefPrimitive kind) => Anonymous(new TypeDef.Primitive(kind));

    /// <summary><c>bool</c>.</summary>
    public uint Bool() => Primitive(TypeDefPrimitive.Bool);

    /// <summary><c>char</c>.</summary>
    public uint Char() => Primitive(TypeDefPrimitive.Char);

    /// <summary><c>str</c> (also <c>String</c>, <c>RuntimeString</c>).</summary>
    public uint Str() => Primitive(TypeDefPrimitive.Str);

    /// <summary><c>u8</c>.</summary>
    public uint U8() => Primitive(TypeDefPrimitive.U8);

    /// <summary><c>u16</c>.</summary>
    public uint U16() => Primitive(TypeDefPrimitive.U16);

    /// <summary><c>u32</c>.</summary>
    public uint U32() => Primitive(TypeDefPrimitive.U32);

    /// <summary><c>u64</c>.</summary>
    public uint U64() => Primitive(TypeDefPrimitive.U64);

    /// <summary><c>u128</c>.</summary>
    public uint U128() => Primitive(TypeDefPrimitive.U128);

    /// <summary><c>u256</c>.</summary>
    public uint U256() => Primitive(TypeDefPrimitive.U256);

    /// <summary><c>i8</c>.</summary>
    public uint I8() => Primitive(TypeDefPrimitive.I8);

    /// <summary><c>i16</c>.</summary>
    public uint I16() => Primitive(TypeDefPrimitive.I16);

    /// <summary><c>i32</c>.</summary>
    public uint I32() => Primitive(TypeDefPrimitive.I32);

    /// <summary><c>i64</c>.</summary>
    public uint I64() => Primitive(TypeDefPrimitive.I64);

    /// <summary><c>i128</c>.</summary>
    public uint I128() => Primitive(TypeDefPrimitive.I128);

    /// <summary>The empty tuple <c>()</c>.</summary>
    public uint Unit() => Tuple();

    /// <summary><c>Compact&lt;T&gt;</c>.</summary>
    public uint Compact(uint of) => Anonymous(new TypeDef.Compact(of));

    /// <summary><c>Vec&lt;T&gt;</c>.</summary>
    public uint Sequence(uint of) => Anonymous(new TypeDef.Sequence(of));

    /// <summary><c>Vec&lt;u8&gt;</c>.</summary>
    public uint Bytes() => Sequence(U8());

    /// <summary><c>[T; N]</c>.</summary>
    public uint Array(uint length, uint of) => Anonymous(new TypeDef.Array(length, of));

    /// <summary><c>[u8; N]</c>.</summary>
    public uint ByteArray(uint length) => Array(length, U8());

    /// <summary>A tuple; no items is <c>()</c>.</summary>
    public uint Tuple(params uint[] items) => Anonymous(new TypeDef.Tuple(items));

    /// <summary><c>Option&lt;T&gt;</c>: path <c>Option</c>, param <c>T</c>, variants <c>None</c> 0 and <c>Some(T)</c> 1.</summary>
    public uint Option(uint of) => Variant(
        ["Option"],
        [Param("T", of)],
        [VariantOf("None", 0), VariantOf("Some", 1, Unnamed(of))]);

    /// <summary><c>Result&lt;T, E&gt;</c>: path <c>Result</c>, params <c>T</c>, <c>E</c>, variants <c>Ok(T)</c> 0 and <c>Err(E)</c> 1.</summary>
    public uint Result(uint ok, uint error) => Variant(
        ["Result"],
        [Param("T", ok), Param("E", error)],
        [VariantOf("Ok", 0, Unnamed(ok)), VariantOf("Err", 1, Unnamed(error))]);

    /// <summary><c>bounded_collections::bounded_vec::BoundedVec&lt;T, S&gt;</c>; the bound <c>S</c> is not recorded.</summary>
    public uint BoundedVec(uint of) => Composite(
        ["bounded_collections", "bounded_vec", "BoundedVec"],
        [Param("T", of), Param("S", null)],
        [Unnamed(Sequence(of), "Vec<T>")]);

    /// <summary><c>bounded_collections::weak_bounded_vec::WeakBoundedVec&lt;T, S&gt;</c>; the bound <c>S</c> is not recorded.</summary>
    public uint WeakBoundedVec(uint of) => Composite(
        ["bounded_collections", "weak_bounded_vec", "WeakBoundedVec"],
        [Param("T", of), Param("S", null)],
        [Unnamed(Sequence(of), "Vec<T>")]);

    /// <summary><c>BTreeMap&lt;K, V&gt;</c>: a composite around <c>Vec&lt;(K, V)&gt;</c>.</summary>
    public uint BTreeMap(uint key, uint value) => Composite(
        ["BTreeMap"],
        [Param("K", key), Param("V", value)],
        [Unnamed(Sequence(Tuple(key, value)))]);

    /// <summary><c>BTreeSet&lt;T&gt;</c>: a composite around <c>Vec&lt;T&gt;</c>.</summary>
    public uint BTreeSet(uint of) => Composite(["BTreeSet"], [Param("T", of)], [Unnamed(Sequence(of))]);

    /// <summary><c>Cow&lt;'static, T&gt;</c>: a composite around <c>T</c>.</summary>
    public uint Cow(uint of) => Composite(["Cow"], [Param("T", of)], [Unnamed(of)]);

    /// <summary>A struct.</summary>
    public uint Composite(string[] path, TypeParameter[] parameters, Field[] fields, string[]? docs = null) =>
        Register(new TypeDefinition(path, parameters, new TypeDef.Composite(fields), docs ?? NoStrings));

    /// <summary>An enum.</summary>
    public uint Variant(string[] path, TypeParameter[] parameters, Variant[] variants, string[]? docs = null) =>
        Register(new TypeDefinition(path, parameters, new TypeDef.Variant(variants), docs ?? NoStrings));

    /// <summary>A named field: <c>name: TypeName</c>.</summary>
    public static Field Named(string name, uint type, string? typeName = null, params string[] docs) => new(name, type, typeName, docs);

    /// <summary>A tuple-struct or tuple-variant field.</summary>
    public static Field Unnamed(uint type, string? typeName = null, params string[] docs) => new(null, type, typeName, docs);

    /// <summary>A generic parameter; <paramref name="type"/> is null where scale-info skipped it (<c>T: Config</c>, bounds).</summary>
    public static TypeParameter Param(string name, uint? type) => new(name, type);

    /// <summary>An enum variant with its wire index.</summary>
    public static Variant VariantOf(string name, byte index, params Field[] fields) => new(name, fields, index, NoStrings);

    /// <summary>An enum variant with its wire index and docs.</summary>
    public static Variant VariantOf(string name, byte index, Field[] fields, string[] docs) => new(name, fields, index, docs);

    /// <summary>Unit variants (no fields) named in order, indices 0, 1, 2, ….</summary>
    public static Variant[] UnitVariants(params string[] names)
    {
        var variants = new Variant[names.Length];
        for (int i = 0; i < names.Length; i++)
            variants[i] = VariantOf(names[i], checked((byte)i));
        return variants;
    }

    private uint Anonymous(TypeDef definition) => Register(new TypeDefinition(NoStrings, NoParameters, definition, NoStrings));
}
