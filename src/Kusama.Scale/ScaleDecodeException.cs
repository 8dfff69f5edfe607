namespace Kusama.Scale;

/// <summary>The only exception SCALE decoding throws: the input is malformed, and the message says what and at which offset.</summary>
public sealed class ScaleDecodeException : Exception
{
    public ScaleDecodeException(string message, int offset)
        : base($"{message} (at offset {offset})")
    {
        Offset = offset;
    }

    public ScaleDecodeException(string message, int offset, Exception innerException)
        : base($"{message} (at offset {offset})", innerException)
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the input where the problem was found.</summary>
    public int Offset { get; }
}
