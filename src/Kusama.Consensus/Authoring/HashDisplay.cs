using Kusama.Core;

namespace Kusama.Consensus.Authoring;

/// <summary>Substrate's short hash form in logs: <c>0x</c>, the first two bytes, an ellipsis, the last two (<c>0x8f72…7f29</c>).</summary>
public static class HashDisplay
{
    public static string Short(Hash256 hash)
    {
        ReadOnlySpan<byte> bytes = hash.Bytes;
        return $"0x{Convert.ToHexStringLower(bytes[..2])}…{Convert.ToHexStringLower(bytes[^2..])}";
    }
}
