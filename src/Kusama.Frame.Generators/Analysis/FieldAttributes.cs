using Microsoft.CodeAnalysis;

namespace Kusama.Frame.Generators.Analysis;

/// <summary>Reads the declaration attributes of a call argument or event field: [Compact] and [MaxLength(n)].</summary>
internal static class FieldAttributes
{
    public const string CompactAttribute = "Kusama.Frame.Declarations.CompactAttribute";
    public const string MaxLengthAttribute = "Kusama.Frame.Declarations.MaxLengthAttribute";

    /// <summary>The bound used when a Vec or byte vector declares none.</summary>
    public const string DefaultMaxLength = "global::Kusama.Frame.Declarations.MaxLengthAttribute.Default";

    public static bool IsCompact(ISymbol parameter, ISymbol? property) => Has(parameter, CompactAttribute) || (property is not null && Has(property, CompactAttribute));

    /// <summary>The declared bound as a C# literal, or the default's name.</summary>
    public static string MaxLength(ISymbol parameter, ISymbol? property)
    {
        foreach (ISymbol? symbol in new[] { parameter, property })
        {
            if (symbol is null)
                continue;
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == MaxLengthAttribute &&
                    attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int length)
                    return length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return DefaultMaxLength;
    }

    private static bool Has(ISymbol symbol, string attributeName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == attributeName)
                return true;
        }
        return false;
    }
}
