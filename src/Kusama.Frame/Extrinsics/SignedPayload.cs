using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// sp-runtime <c>SignedPayload</c>: the bytes a signer signs, <c>call ++ explicit ++ implicit</c> (each in the extension
/// order), replaced by their blake2_256 when longer than 256 bytes. Written into a caller's buffer; the long form is
/// hashed piecewise, so nothing is concatenated or allocated.
/// </summary>
public static class SignedPayload
{
    /// <summary>Payloads up to this length are signed as they are; longer ones are signed as their 32-byte hash.</summary>
    public const int MaxUnhashedLength = 256;

    /// <summary>The length of the payload before hashing.</summary>
    public static int RawLength(ReadOnlySpan<byte> call, ReadOnlySpan<byte> explicitData, ReadOnlySpan<byte> implicitData) =>
        call.Length + explicitData.Length + implicitData.Length;

    /// <summary>Writes the message to sign into <paramref name="destination"/> (at least 256 bytes) and returns its length.</summary>
    public static int Write(ReadOnlySpan<byte> call, ReadOnlySpan<byte> explicitData, ReadOnlySpan<byte> implicitData, Span<byte> destination)
    {
        if (destination.Length < MaxUnhashedLength)
            throw new ArgumentException($"the destination must hold {MaxUnhashedLength} bytes", nameof(destination));
        int length = RawLength(call, explicitData, implicitData);
        if (length > MaxUnhashedLength)
        {
            var hasher = new Blake2bHasher(32);
            hasher.Update(call);
            hasher.Update(explicitData);
            hasher.Update(implicitData);
            hasher.Finish(destination[..32]);
            return 32;
        }

        call.CopyTo(destination);
        explicitData.CopyTo(destination[call.Length..]);
        implicitData.CopyTo(destination[(call.Length + explicitData.Length)..]);
        return length;
    }

    /// <summary>The message to sign as a new array (tests, signing tools).</summary>
    public static byte[] ToArray(ReadOnlySpan<byte> call, ReadOnlySpan<byte> explicitData, ReadOnlySpan<byte> implicitData)
    {
        Span<byte> buffer = stackalloc byte[MaxUnhashedLength];
        return buffer[..Write(call, explicitData, implicitData, buffer)].ToArray();
    }
}
