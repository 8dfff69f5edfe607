using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kusama.Crypto.Native;

/// <summary>P/Invoke bindings to the libsodium exports used by sr25519 (ristretto255 group and scalar arithmetic).</summary>
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
}
