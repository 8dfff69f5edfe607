namespace Kusama.Frame.Generators.Models;

/// <summary>How a value is read at the top of a call or event: through its codec, or with a length bound of its own.</summary>
internal enum ScaleTypeKind
{
    /// <summary>Decoded by <c>Codec.Decode</c>.</summary>
    Codec,

    /// <summary>A <c>Vec&lt;u8&gt;</c> read as one bounded slice.</summary>
    Bytes,

    /// <summary>A <c>Vec&lt;T&gt;</c> decoded by <c>VecCodec.DecodeBounded</c>.</summary>
    Vec,
}
