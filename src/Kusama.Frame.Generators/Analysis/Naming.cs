using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kusama.Frame.Generators.Analysis;

/// <summary>The naming rules of derived code: record properties, locals, and the Rust (snake_case) names of calls.</summary>
internal static class Naming
{
    /// <summary>
    /// Members every call or event record inherits; a property with one of these names (or its record's name, which C#
    /// forbids) is renamed by <see cref="PropertyName"/>.
    /// </summary>
    private static readonly HashSet<string> InheritedMembers =
    [
        "Decode", "Encode", "GetEncodedSize", "MinEncodedSize", "EqualityContract", "Equals", "GetHashCode", "ToString",
        "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone",
    ];

    /// <summary>
    /// A call argument's record property: the parameter's name in PascalCase. When that clashes with the name of any of the
    /// pallet's call records (its own, which C# forbids, or a sibling's, which every call record inherits as a nested type:
    /// System's <c>remark(remark)</c> and <c>remark_with_event(remark)</c>) or with another inherited member, it gets a
    /// suffix saying what the value is: <c>Bytes</c> for a byte vector, <c>Value</c> otherwise (<c>Remark(byte[] RemarkBytes)</c>).
    /// </summary>
    public static string PropertyName(string parameterName, ICollection<string> recordNames, bool isBytes)
    {
        string name = Pascal(parameterName);
        if (recordNames.Contains(name) || InheritedMembers.Contains(name))
            name += isBytes ? "Bytes" : "Value";
        return name;
    }

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>An identifier as C# source: keywords get an <c>@</c>.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>FRAME's name of a call from its C# method name: <c>TransferKeepAlive</c> is <c>transfer_keep_alive</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char ch = name[i];
            if (char.IsUpper(ch))
            {
                bool wordStart = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) ||
                                           (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (wordStart)
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }

    /// <summary>A local name for a field that no other local in the same scope uses.</summary>
    public static string UniqueLocal(string fieldName, HashSet<string> taken)
    {
        string name = Camel(fieldName);
        while (!taken.Add(name))
            name += "Value";
        return Identifier(name);
    }
}
