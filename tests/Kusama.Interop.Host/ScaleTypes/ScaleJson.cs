using System.Globalization;
using System.Text;
using System.Text.Json;
using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>The interop protocol's JSON form of SCALE values (mirrored by tests/interop/lib/scaleTypes.mjs).</summary>
/// <remarks>
/// Integers up to 32 bits are JSON numbers, wider ones decimal strings (either is accepted on input); <c>[u8; N]</c> is
/// 0x hex; BitVec a string of '0'/'1', bit i first; Option is null or the value; Result is <c>{"ok": v}</c> or
/// <c>{"err": v}</c>; Vec, tuples and BTreeSet are arrays; BTreeMap is an array of [key, value] pairs.
/// </remarks>
public static class ScaleJson
{
    /// <exception cref="FormatException">The JSON does not fit the type; the message says where.</exception>
    public static ScaleValue FromJson(ScaleType type, JsonElement json)
    {
        switch (type.Kind)
        {
            case ScaleTypeKind.Unsigned:
            case ScaleTypeKind.Compact:
                var unsigned = ReadInteger(json);
                var max = type.Bits == 128 ? (System.Numerics.BigInteger)UInt128.MaxValue : (System.Numerics.BigInteger.One << type.Bits) - 1;
                if (unsigned.Sign < 0 || unsigned > max)
                {
                    throw new FormatException($"{unsigned} does not fit u{type.Bits}");
                }

                return ScaleValue.OfUnsigned(type, (UInt128)unsigned);
            case ScaleTypeKind.Signed:
                var signed = ReadInteger(json);
                var limit = System.Numerics.BigInteger.One << (type.Bits - 1);
                if (signed < -limit || signed >= limit)
                {
                    throw new FormatException($"{signed} does not fit i{type.Bits}");
                }

                return ScaleValue.OfSigned(type, (Int128)signed);
            case ScaleTypeKind.Bool:
                return json.ValueKind switch
                {
                    JsonValueKind.True => ScaleValue.OfBool(type, true),
                    JsonValueKind.False => ScaleValue.OfBool(type, false),
                    _ => throw new FormatException($"expected true or false, got {json.ValueKind}"),
                };
            case ScaleTypeKind.Text:
                return ScaleValue.OfText(type, json.GetString() ?? throw new FormatException("expected a string"));
            case ScaleTypeKind.FixedBytes:
                var bytes = Hex.Decode(json.GetString() ?? throw new FormatException("expected hex"));
                return bytes.Length == type.Length
                    ? ScaleValue.OfBytes(type, bytes)
                    : throw new FormatException($"[u8; {type.Length}] needs {type.Length} bytes, got {bytes.Length}");
            case ScaleTypeKind.BitVec:
                var text = json.GetString() ?? throw new FormatException("expected a string of 0 and 1");
                var bits = new bool[text.Length];
                for (var i = 0; i < text.Length; i++)
                {
                    bits[i] = text[i] switch
                    {
                        '0' => false,
                        '1' => true,
                        _ => throw new FormatException($"BitVec text may hold only 0 and 1, found '{text[i]}'"),
                    };
                }

                return ScaleValue.OfBits(type, BitVec.FromBools(bits));
            case ScaleTypeKind.Option:
                return ScaleValue.OfOption(type, json.ValueKind == JsonValueKind.Null
                    ? Option<ScaleValue>.None
                    : Option<ScaleValue>.Some(FromJson(type.Child, json)));
            case ScaleTypeKind.Result:
                if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("ok", out var ok))
                {
                    return ScaleValue.OfResult(type, Result<ScaleValue, ScaleValue>.Ok(FromJson(type.Children[0], ok)));
                }

                if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("err", out var err))
                {
                    return ScaleValue.OfResult(type, Result<ScaleValue, ScaleValue>.Err(FromJson(type.Children[1], err)));
                }

                throw new FormatException("a Result is {\"ok\": value} or {\"err\": value}");
            case ScaleTypeKind.Vec:
                return ScaleValue.OfItems(type, ReadArray(json, type.Child));
            case ScaleTypeKind.Tuple:
                if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() != type.Children.Count)
                {
                    throw new FormatException($"a {type.Children.Count}-tuple is an array of {type.Children.Count} values");
                }

                var items = new ScaleValue[type.Children.Count];
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    items[index] = FromJson(type.Children[index], item);
                    index++;
                }

                return ScaleValue.OfItems(type, items);
            case ScaleTypeKind.BTreeSet:
                var set = new SortedSet<ScaleValue>(ScaleKeyComparer<ScaleValue>.Instance);
                foreach (var item in ReadArray(json, type.Child))
                {
                    if (!set.Add(item))
                    {
                        throw new FormatException("duplicate BTreeSet item");
                    }
                }

                return ScaleValue.OfSet(type, set);
            case ScaleTypeKind.BTreeMap:
                var map = new SortedDictionary<ScaleValue, ScaleValue>(ScaleKeyComparer<ScaleValue>.Instance);
                foreach (var pair in EnumerateArray(json))
                {
                    if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                    {
                        throw new FormatException("a BTreeMap entry is a [key, value] array");
                    }

                    if (!map.TryAdd(FromJson(type.Children[0], pair[0]), FromJson(type.Children[1], pair[1])))
                    {
                        throw new FormatException("duplicate BTreeMap key");
                    }
                }

                return ScaleValue.OfMap(type, map);
            default:
                throw new NotSupportedException($"type kind {type.Kind}");
        }
    }

    public static void Write(Utf8JsonWriter writer, ScaleValue value)
    {
        var type = value.Type;
        switch (type.Kind)
        {
            case ScaleTypeKind.Unsigned:
            case ScaleTypeKind.Compact:
                if (type.Bits <= 32)
                {
                    writer.WriteNumberValue((uint)value.Unsigned);
                }
                else
                {
                    writer.WriteStringValue(value.Unsigned.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case ScaleTypeKind.Signed:
                if (type.Bits <= 32)
                {
                    writer.WriteNumberValue((int)value.Signed);
                }
                else
                {
                    writer.WriteStringValue(value.Signed.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case ScaleTypeKind.Bool:
                writer.WriteBooleanValue(value.Bool);
                break;
            case ScaleTypeKind.Text:
                writer.WriteStringValue(value.Text);
                break;
            case ScaleTypeKind.FixedBytes:
                writer.WriteStringValue(Hex.Encode(value.Bytes));
                break;
            case ScaleTypeKind.BitVec:
                var bits = new StringBuilder(value.Bits!.Length);
                for (var i = 0; i < value.Bits.Length; i++)
                {
                    bits.Append(value.Bits[i] ? '1' : '0');
                }

                writer.WriteStringValue(bits.ToString());
                break;
            case ScaleTypeKind.Option:
                if (value.Option.TryGetValue(out var some))
                {
                    Write(writer, some);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case ScaleTypeKind.Result:
                writer.WriteStartObject();
                writer.WritePropertyName(value.Result.IsOk ? "ok" : "err");
                Write(writer, value.Result.IsOk ? value.Result.OkValue : value.Result.ErrValue);
                writer.WriteEndObject();
                break;
            case ScaleTypeKind.Vec:
            case ScaleTypeKind.Tuple:
                WriteArray(writer, value.Items!);
                break;
            case ScaleTypeKind.BTreeSet:
                WriteArray(writer, value.Set!);
                break;
            case ScaleTypeKind.BTreeMap:
                writer.WriteStartArray();
                foreach (var (key, item) in value.Map!)
                {
                    writer.WriteStartArray();
                    Write(writer, key);
                    Write(writer, item);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"type kind {type.Kind}");
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable<ScaleValue> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            Write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static System.Numerics.BigInteger ReadInteger(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number when json.TryGetInt64(out var number) => number,
        JsonValueKind.String when System.Numerics.BigInteger.TryParse(json.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new FormatException($"expected an integer (number or decimal string), got {json}"),
    };

    private static ScaleValue[] ReadArray(JsonElement json, ScaleType itemType)
    {
        var items = new List<ScaleValue>();
        foreach (var item in EnumerateArray(json))
        {
            items.Add(FromJson(itemType, item));
        }

        return [.. items];
    }

    private static JsonElement.ArrayEnumerator EnumerateArray(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : throw new FormatException($"expected an array, got {json.ValueKind}");
}
