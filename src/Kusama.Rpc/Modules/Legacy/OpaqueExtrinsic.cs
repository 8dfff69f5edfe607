using Kusama.Scale;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>The node-side view of an extrinsic (sp-runtime <c>OpaqueExtrinsic</c>): a compact length prefix and that many bytes.</summary>
public static class OpaqueExtrinsic
{
    /// <summary>Whether <paramref name="encoded"/> decodes as an opaque extrinsic; the error is parity-scale-codec's text.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> encoded, out string? error)
    {
        var reader = new ScaleReader(encoded);
        try
        {
            int length = reader.ReadCompactLength(int.MaxValue, "extrinsic");
            if (encoded.Length - reader.Position < length)
            {
                error = "Not enough data to fill buffer";
                return false;
            }
        }
        catch (ScaleDecodeException)
        {
            error = "Not enough data to fill buffer";
            return false;
        }
        error = null;
        return true;
    }
}
