using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kusama.Crypto.Native;

/// <summary>The one set of P/Invoke bindings to libsodium: ristretto255 for sr25519, ed25519 signing and scalar reduction for Curve25519.</summary>
/// <remarks>
/// Every point and scalar crosses the boundary as a 32-byte encoding (64 bytes for hash and wide-scalar inputs).
/// The static constructor runs <c>sodium_init</c> once, before the first call of any binding, because libsodium
/// picks its implementations at init time.
/// </remarks>
internal static unsafe partial class LibSodium
{
    private const string Library = "libsodium";

    static LibSodium()
    {
        // 0 = initialised now, 1 = already initialised (e.g. by NSec); -1 = the library cannot be used.
        if (sodium_init() < 0)
            throw new InvalidOperationException("libsodium failed to initialise (sodium_init returned -1)");
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_is_valid_point(byte* p);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_add(byte* r, byte* p, byte* q);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_sub(byte* r, byte* p, byte* q);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_from_hash(byte* p, byte* r);

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255(byte* q, byte* n, byte* p);

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255_base(byte* q, byte* n);

    // Scalar arithmetic takes well under a microsecond, so the GC transition costs more than the call itself.
    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvSuppressGCTransition)])]
    internal static partial void crypto_core_ristretto255_scalar_reduce(byte* r, byte* s);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvSuppressGCTransition)])]
    internal static partial void crypto_core_ristretto255_scalar_add(byte* z, byte* x, byte* y);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvSuppressGCTransition)])]
    internal static partial void crypto_core_ristretto255_scalar_sub(byte* z, byte* x, byte* y);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvSuppressGCTransition)])]
    internal static partial void crypto_core_ristretto255_scalar_mul(byte* z, byte* x, byte* y);

    // The ed25519 callers hold spans of checked length, so these take spans and let the marshaller pin them.
    [LibraryImport(Library)]
    internal static partial void crypto_core_ed25519_scalar_reduce(Span<byte> r, ReadOnlySpan<byte> s);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_seed_keypair(Span<byte> pk, Span<byte> sk, ReadOnlySpan<byte> seed);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_detached(Span<byte> sig, out ulong siglen, ReadOnlySpan<byte> m, ulong mlen, ReadOnlySpan<byte> sk);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_verify_detached(ReadOnlySpan<byte> sig, ReadOnlySpan<byte> m, ulong mlen, ReadOnlySpan<byte> pk);

    /// <summary>Does nothing itself: calling it runs the static constructor, so code that declares its own imports (tests) gets an initialised library.</summary>
    internal static void EnsureInitialized()
    {
    }
}
