namespace Kusama.Frame.Dispatch;

/// <summary>sp-runtime's <c>ModuleError</c>: the pallet index and four error bytes, the first being the pallet error's variant index.</summary>
/// <param name="Error">The four bytes as a little-endian u32, so a plain pallet error with variant i is just i.</param>
public readonly record struct ModuleError(byte Index, uint Error)
{
    /// <summary>The pallet error's variant index (the first of the four bytes).</summary>
    public byte ErrorIndex => (byte)Error;
}
