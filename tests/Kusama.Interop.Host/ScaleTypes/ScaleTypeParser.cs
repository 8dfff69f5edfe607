namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Parses type expressions as polkadot.js writes them: <c>u8..u128</c>, <c>i8..i128</c>, <c>bool</c>, <c>Text</c>,
/// <c>Compact&lt;uN&gt;</c>, <c>Option&lt;T&gt;</c>, <c>Result&lt;T, E&gt;</c>, <c>Vec&lt;T&gt;</c>, <c>[u8; N]</c>, <c>(A, B, ...)</c>,
/// <c>BTreeMap&lt;K, V&gt;</c>, <c>BTreeSet&lt;T&gt;</c>, <c>BitVec</c>.</summary>
public ref struct ScaleTypeParser
{
    private readonly string _text;
    private int _position;

    private ScaleTypeParser(string text)
    {
        _text = text;
        _position = 0;
    }

    /// <exception cref="FormatException">The expression is malformed or names an unsupported type.</exception>
    public static ScaleType Parse(string text)
    {
        var parser = new ScaleTypeParser(text);
        var type = parser.ParseType();
        parser.SkipSpaces();
        if (parser._position != text.Length)
        {
            throw parser.Error("unexpected text after the type");
        }

        return type;
    }

    private ScaleType ParseType()
    {
        SkipSpaces();
        if (TryTake('('))
        {
            var items = ParseList(')');
            if (items.Count < 2 || items.Count > ScaleType.MaxTupleItems)
            {
                throw Error($"tuples of 2..{ScaleType.MaxTupleItems} items are supported, got {items.Count}");
            }

            return ScaleType.Of(ScaleTypeKind.Tuple, [.. items]);
        }

        if (TryTake('['))
        {
            var element = ParseType();
            if (element.Kind != ScaleTypeKind.Unsigned || element.Bits != 8)
            {
                throw Error("only [u8; N] fixed arrays are supported");
            }

            Expect(';');
            SkipSpaces();
            var start = _position;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }

            if (!int.TryParse(_text.AsSpan(start, _position - start), out var length) || length < 1 || length > 1 << 20)
            {
                throw Error("expected an array length 1..2^20");
            }

            Expect(']');
            return ScaleType.Leaf(ScaleTypeKind.FixedBytes, length: length);
        }

        var name = ParseName();
        switch (name)
        {
            case "u8" or "u16" or "u32" or "u64" or "u128":
                return ScaleType.Leaf(ScaleTypeKind.Unsigned, bits: int.Parse(name.AsSpan(1)));
            case "i8" or "i16" or "i32" or "i64" or "i128":
                return ScaleType.Leaf(ScaleTypeKind.Signed, bits: int.Parse(name.AsSpan(1)));
            case "bool":
                return ScaleType.Leaf(ScaleTypeKind.Bool);
            case "Text" or "String" or "str":
                return ScaleType.Leaf(ScaleTypeKind.Text);
            case "BitVec":
                return ScaleType.Leaf(ScaleTypeKind.BitVec);
        }

        Expect('<');
        var arguments = ParseList('>');
        switch (name)
        {
            case "Compact" when arguments.Count == 1 && arguments[0].Kind == ScaleTypeKind.Unsigned:
                return ScaleType.Leaf(ScaleTypeKind.Compact, bits: arguments[0].Bits);
            case "Option" when arguments.Count == 1:
                return ScaleType.Of(ScaleTypeKind.Option, arguments[0]);
            case "Vec" when arguments.Count == 1:
                return ScaleType.Of(ScaleTypeKind.Vec, arguments[0]);
            case "Result" when arguments.Count == 2:
                return ScaleType.Of(ScaleTypeKind.Result, arguments[0], arguments[1]);
            case "BTreeMap" when arguments.Count == 2 && arguments[0].IsOrdered:
                return ScaleType.Of(ScaleTypeKind.BTreeMap, arguments[0], arguments[1]);
            case "BTreeSet" when arguments.Count == 1 && arguments[0].IsOrdered:
                return ScaleType.Of(ScaleTypeKind.BTreeSet, arguments[0]);
            default:
                throw Error($"unsupported type {name} with {arguments.Count} argument(s)");
        }
    }

    private List<ScaleType> ParseList(char close)
    {
        var items = new List<ScaleType> { ParseType() };
        while (true)
        {
            SkipSpaces();
            if (TryTake(close))
            {
                return items;
            }

            Expect(',');
            items.Add(ParseType());
        }
    }

    private string ParseName()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("expected a type name");
    }

    private void Expect(char expected)
    {
        SkipSpaces();
        if (!TryTake(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private bool TryTake(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }

    private readonly FormatException Error(string message) => new($"type '{_text}' at {_position}: {message}");
}
