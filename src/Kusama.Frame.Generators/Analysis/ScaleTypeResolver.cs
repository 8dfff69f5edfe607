using System.Collections.Generic;
using Kusama.Frame.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Kusama.Frame.Generators.Analysis;

/// <summary>
/// Finds how a C# type is SCALE-encoded: primitives and <c>byte[]</c> by their Kusama.Scale codecs; a type that is its own
/// codec (<c>IScaleCodec&lt;T&gt;</c>: MultiAddress, RuntimeCall, pallet enums); a type with a codec named <c>{T}Codec</c>
/// (or <c>Compact{T}Codec</c> under [Compact]) in its own namespace or in Kusama.Scale.Codecs; and arrays, tuples and
/// <c>Option&lt;T&gt;</c> of those.
/// </summary>
internal sealed class ScaleTypeResolver
{
    private const string Codecs = "global::Kusama.Scale.Codecs.";

    private static readonly SymbolDisplayFormat DeclaredFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Sizes of the Kusama.Core types whose codecs always write the same number of bytes.</summary>
    private static readonly Dictionary<string, int> FixedSizes = new()
    {
        ["Kusama.Core.AccountId32"] = 32,
        ["Kusama.Core.Hash256"] = 32,
        ["Kusama.Core.Balance"] = 16,
        ["Kusama.Core.BlockNumber"] = 4,
        ["Kusama.Core.Perbill"] = 4,
        ["Kusama.Core.Permill"] = 4,
        ["Kusama.Core.Perquintill"] = 8,
        ["Kusama.Core.FixedU128"] = 16,
    };

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _codecInterface;
    private readonly INamedTypeSymbol? _selfCodecInterface;
    private readonly INamedTypeSymbol? _option;

    public ScaleTypeResolver(Compilation compilation)
    {
        _compilation = compilation;
        _codecInterface = compilation.GetTypeByMetadataName("Kusama.Scale.ICodec`1");
        _selfCodecInterface = compilation.GetTypeByMetadataName("Kusama.Scale.IScaleCodec`1");
        _option = compilation.GetTypeByMetadataName("Kusama.Core.Option`1");
    }

    /// <summary>The encoding of <paramref name="type"/>, or null with the reason there is none.</summary>
    public ScaleType? Resolve(ITypeSymbol type, bool compact, out string? reason)
    {
        reason = null;
        string declared = type.ToDisplayString(DeclaredFormat);
        if (type.TypeKind == TypeKind.Error)
        {
            reason = "the type could not be resolved";
            return null;
        }
        if (compact)
            return ResolveCompact(type, declared, out reason);

        if (Primitive(type.SpecialType) is (string codec, int size))
            return new ScaleType(declared, Codecs + codec, size, ScaleTypeKind.Codec);

        // UInt128 and Int128 are not special types to Roslyn.
        switch (FullName(type))
        {
            case "System.UInt128": return new ScaleType(declared, Codecs + "U128Codec", 16, ScaleTypeKind.Codec);
            case "System.Int128": return new ScaleType(declared, Codecs + "I128Codec", 16, ScaleTypeKind.Codec);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                reason = "only one-dimensional arrays are Vecs";
                return null;
            }
            if (array.ElementType.SpecialType == SpecialType.System_Byte)
                return new ScaleType(declared, Codecs + "BytesCodec", -1, ScaleTypeKind.Bytes);
            ScaleType? item = Resolve(array.ElementType, compact: false, out reason);
            if (item is null)
                return null;
            string itemType = CodecArgument(array.ElementType);
            return new ScaleType(declared, $"{Codecs}VecCodec<{itemType}, {item.Codec}>", -1, ScaleTypeKind.Vec, itemType, item.Codec);
        }

        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            return ResolveTuple(tuple, declared, out reason);

        if (type is INamedTypeSymbol { IsGenericType: true } generic && _option is not null &&
            SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _option))
        {
            ITypeSymbol inner = generic.TypeArguments[0];
            if (inner.SpecialType == SpecialType.System_Boolean)
            {
                reason = "SCALE encodes Option<bool> as one byte; use Kusama.Scale.Codecs.OptionBool";
                return null;
            }
            ScaleType? some = Resolve(inner, compact: false, out reason);
            if (some is null)
                return null;
            return new ScaleType(declared, $"{Codecs}OptionCodec<{CodecArgument(inner)}, {some.Codec}>", -1, ScaleTypeKind.Codec);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            reason = "a nullable value is not a SCALE type; use Kusama.Core.Option<T>";
            return null;
        }

        if (IsOwnCodec(type))
            return new ScaleType(declared, type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), -1, ScaleTypeKind.Codec);

        if (FindNamedCodec(type, type.Name + "Codec") is string named)
            return new ScaleType(declared, named, FixedSizes.TryGetValue(FullName(type), out int fixedSize) ? fixedSize : -1, ScaleTypeKind.Codec);

        reason = $"it is not IScaleCodec<{type.Name}> and has no {type.Name}Codec in its namespace or Kusama.Scale.Codecs";
        return null;
    }

    private ScaleType? ResolveCompact(ITypeSymbol type, string declared, out string? reason)
    {
        reason = null;
        string? codec = type.SpecialType switch
        {
            SpecialType.System_Byte => "CompactU8Codec",
            SpecialType.System_UInt16 => "CompactU16Codec",
            SpecialType.System_UInt32 => "CompactU32Codec",
            SpecialType.System_UInt64 => "CompactU64Codec",
            _ => FullName(type) == "System.UInt128" ? "CompactU128Codec" : null,
        };
        if (codec is not null)
            return new ScaleType(declared, Codecs + codec, -1, ScaleTypeKind.Codec);
        if (FindNamedCodec(type, "Compact" + type.Name + "Codec") is string named)
            return new ScaleType(declared, named, -1, ScaleTypeKind.Codec);
        reason = $"[Compact] needs an unsigned integer or a Compact{type.Name}Codec in its namespace or Kusama.Scale.Codecs";
        return null;
    }

    private ScaleType? ResolveTuple(INamedTypeSymbol tuple, string declared, out string? reason)
    {
        reason = null;
        var elements = tuple.TupleElements;
        if (elements.Length > 4)
        {
            reason = "tuples of more than four items have no codec";
            return null;
        }
        var types = new List<string>(elements.Length);
        var codecs = new List<string>(elements.Length);
        int fixedSize = 0;
        foreach (IFieldSymbol element in elements)
        {
            ScaleType? item = Resolve(element.Type, compact: false, out reason);
            if (item is null)
                return null;
            types.Add(CodecArgument(element.Type));
            codecs.Add(item.Codec);
            fixedSize = fixedSize < 0 || item.FixedSize < 0 ? -1 : fixedSize + item.FixedSize;
        }
        string codec = $"{Codecs}TupleCodec<{string.Join(", ", types)}, {string.Join(", ", codecs)}>";
        return new ScaleType(declared, codec, fixedSize, ScaleTypeKind.Codec);
    }

    private static (string Codec, int Size)? Primitive(SpecialType type) => type switch
    {
        SpecialType.System_Boolean => ("BoolCodec", 1),
        SpecialType.System_Byte => ("U8Codec", 1),
        SpecialType.System_SByte => ("I8Codec", 1),
        SpecialType.System_UInt16 => ("U16Codec", 2),
        SpecialType.System_Int16 => ("I16Codec", 2),
        SpecialType.System_UInt32 => ("U32Codec", 4),
        SpecialType.System_Int32 => ("I32Codec", 4),
        SpecialType.System_UInt64 => ("U64Codec", 8),
        SpecialType.System_Int64 => ("I64Codec", 8),
        SpecialType.System_String => ("StringCodec", -1),
        _ => null,
    };

    private bool IsOwnCodec(ITypeSymbol type)
    {
        if (_selfCodecInterface is null)
            return false;
        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, _selfCodecInterface) &&
                SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                    type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
                return true;
        }
        return false;
    }

    /// <summary>A codec type named <paramref name="codecName"/> for <paramref name="type"/>, beside it or in Kusama.Scale.Codecs.</summary>
    private string? FindNamedCodec(ITypeSymbol type, string codecName)
    {
        if (_codecInterface is null || type is not INamedTypeSymbol { IsGenericType: false, ContainingType: null })
            return null;
        string ownNamespace = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
        foreach (string candidate in new[] { ownNamespace + codecName, "Kusama.Scale.Codecs." + codecName })
        {
            INamedTypeSymbol? symbol = _compilation.GetTypeByMetadataName(candidate);
            if (symbol is not null && ImplementsCodecOf(symbol, type))
                return "global::" + candidate;
        }
        return null;
    }

    private bool ImplementsCodecOf(INamedTypeSymbol codec, ITypeSymbol type)
    {
        foreach (INamedTypeSymbol implemented in codec.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, _codecInterface) &&
                SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
                return true;
        }
        return false;
    }

    /// <summary>A type as a codec's generic argument: tuples without their element names, no nullable annotations.</summary>
    private static string CodecArgument(ITypeSymbol type)
    {
        ITypeSymbol plain = type is INamedTypeSymbol { IsTupleType: true, TupleUnderlyingType: { } underlying } ? underlying : type;
        return plain.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }

    private static string FullName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}
