using System.Runtime.InteropServices;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Tests.Curve25519;

/// <summary>libsodium routines the library never calls, used as the independent reference in tests; the rest come from <see cref="LibSodium"/>.</summary>
internal static partial class SodiumReference
{
    private const string Library = "libsodium";

    static SodiumReference() => LibSodium.EnsureInitialized();

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ed25519_base_noclamp(Span<byte> q, ReadOnlySpan<byte> n);

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ed25519_noclamp(Span<byte> q, ReadOnlySpan<byte> n, ReadOnlySpan<byte> p);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ed25519_add(Span<byte> r, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ed25519_scalar_random(Span<byte> r);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_random(Span<byte> r);
}
