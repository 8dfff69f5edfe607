using System.Runtime.CompilerServices;

namespace Kusama.Frame.Extrinsics;

/// <summary>Inline storage for the longest <c>MultiSignature</c> payload (ecdsa's 65 bytes), so a signature is a plain value.</summary>
[InlineArray(MultiSignature.MaxLength)]
internal struct SignatureBytes
{
    private byte _element0;
}
