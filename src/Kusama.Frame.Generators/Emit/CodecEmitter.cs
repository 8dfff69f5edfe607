using System.Collections.Generic;
using Kusama.Frame.Generators.Analysis;
using Kusama.Frame.Generators.Models;

namespace Kusama.Frame.Generators.Emit;

/// <summary>
/// Writes the SCALE codec of an enum-like record (a pallet's calls or events): one byte of variant index, then the
/// variant's fields in order. Shared by calls and events, which are encoded the same way.
/// </summary>
internal static class CodecEmitter
{
    /// <summary>One variant: its record name, wire index and fields.</summary>
    public readonly record struct Variant(string Name, byte Index, EquatableArray<FieldModel> Fields);

    /// <param name="typeName">The enum record (e.g. <c>SystemCall</c>).</param>
    /// <param name="what">How messages name it (e.g. <c>System call</c>).</param>
    /// <param name="binding">The pattern variable for a variant in Encode and GetEncodedSize (<c>c</c>, <c>e</c>).</param>
    public static void WriteCodec(SourceWriter writer, string typeName, string what, string binding, IReadOnlyList<Variant> variants)
    {
        WriteDecode(writer, typeName, what, variants);
        writer.Line();
        WriteEncode(writer, typeName, what, binding, variants);
        writer.Line();
        WriteEncodedSize(writer, typeName, what, binding, variants);
    }

    private static void WriteDecode(SourceWriter writer, string typeName, string what, IReadOnlyList<Variant> variants)
    {
        writer.Line($"public static {typeName} Decode(ref global::Kusama.Scale.ScaleReader reader)");
        writer.Open();
        writer.Line("int at = reader.Position;");
        writer.Line("byte index = reader.ReadByte();");
        writer.Line("switch (index)");
        writer.Open();
        foreach (Variant variant in variants)
        {
            switch (variant.Fields.Count)
            {
                case 0:
                    writer.Line($"case {variant.Index}: return new {variant.Name}();");
                    break;
                case 1:
                    writer.Line($"case {variant.Index}: return new {variant.Name}({DecodeExpression(variant.Fields[0])});");
                    break;
                default:
                    // Fields are decoded into locals first so the reading order is the declaration order, visibly.
                    writer.Line($"case {variant.Index}:");
                    writer.Open();
                    var taken = new HashSet<string> { "reader", "at", "index" };
                    var locals = new List<string>(variant.Fields.Count);
                    foreach (FieldModel field in variant.Fields)
                    {
                        string local = Naming.UniqueLocal(field.Name, taken);
                        locals.Add(local);
                        writer.Line($"{field.Type.TypeName} {local} = {DecodeExpression(field)};");
                    }
                    writer.Line($"return new {variant.Name}({string.Join(", ", locals)});");
                    writer.Close();
                    break;
            }
        }
        writer.Line("default:");
        writer.Line($"    global::Kusama.Scale.ScaleReader.Throw($\"Unknown {what} index {{index}}.\", at);");
        writer.Line("    return null!;");
        writer.Close();
        writer.Close();
    }

    private static void WriteEncode(SourceWriter writer, string typeName, string what, string binding, IReadOnlyList<Variant> variants)
    {
        writer.Line($"public static void Encode<TWriter>(in {typeName} value, ref TWriter writer) where TWriter : global::Kusama.Scale.IScaleWriter, allows ref struct");
        writer.Open();
        writer.Line("switch (value)");
        writer.Open();
        foreach (Variant variant in variants)
        {
            writer.Line(variant.Fields.Count == 0 ? $"case {variant.Name}:" : $"case {variant.Name} {binding}:");
            writer.Open("{");
            writer.Line($"global::Kusama.Scale.ScaleWriter.WriteByte(ref writer, {variant.Index});");
            foreach (FieldModel field in variant.Fields)
                writer.Line($"{field.Type.Codec}.Encode({binding}.{field.PropertyName}, ref writer);");
            writer.Line("break;");
            writer.Close("}");
        }
        writer.Line("default:");
        writer.Line($"    throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {what} variant.\");");
        writer.Close();
        writer.Close();
    }

    private static void WriteEncodedSize(SourceWriter writer, string typeName, string what, string binding, IReadOnlyList<Variant> variants)
    {
        writer.Line($"public static int GetEncodedSize(in {typeName} value) => 1 + value switch");
        writer.Open();
        foreach (Variant variant in variants)
        {
            int constant = 0;
            var parts = new List<string>();
            foreach (FieldModel field in variant.Fields)
            {
                if (field.Type.FixedSize >= 0)
                    constant += field.Type.FixedSize;
                else
                    parts.Add($"{field.Type.Codec}.GetEncodedSize({binding}.{field.PropertyName})");
            }
            if (constant > 0 || parts.Count == 0)
                parts.Add(constant.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Only a variant with a variable-size field needs its fields read.
            string pattern = AllFixed(variant.Fields) ? variant.Name : $"{variant.Name} {binding}";
            writer.Line($"{pattern} => {string.Join(" + ", parts)},");
        }
        writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {what} variant.\"),");
        writer.Close("};");
    }

    private static bool AllFixed(EquatableArray<FieldModel> fields)
    {
        foreach (FieldModel field in fields)
        {
            if (field.Type.FixedSize < 0)
                return false;
        }
        return true;
    }

    /// <summary>Reads one field; byte vectors and Vecs are read against their declared length bound.</summary>
    private static string DecodeExpression(FieldModel field) => field.Type.Kind switch
    {
        ScaleTypeKind.Bytes => $"reader.ReadLengthPrefixedBytes({field.MaxLength}).ToArray()",
        ScaleTypeKind.Vec => $"global::Kusama.Scale.Codecs.VecCodec<{field.Type.ItemType}, {field.Type.ItemCodec}>.DecodeBounded(ref reader, {field.MaxLength})",
        _ => $"{field.Type.Codec}.Decode(ref reader)",
    };
}
