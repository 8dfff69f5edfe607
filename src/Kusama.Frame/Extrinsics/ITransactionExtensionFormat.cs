using Kusama.Scale;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// The runtime's transaction extension tuple as far as the extrinsic layout needs it: how many bytes its explicit part
/// (the v4 "extra", the v5 general extensions) takes. The runtime supplies the implementation (Kusama's is
/// <see cref="KusamaSignedExtra"/>), so the extrinsic decoder needs no knowledge of the extension list.
/// </summary>
public interface ITransactionExtensionFormat
{
    /// <summary>Reads past one encoding of the explicit extension data, rejecting malformed bytes with <see cref="ScaleDecodeException"/>.</summary>
    static abstract void Skip(ref ScaleReader reader);
}
