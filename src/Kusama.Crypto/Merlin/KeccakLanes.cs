using System.Runtime.CompilerServices;
using Kusama.Crypto.Hashing;

namespace Kusama.Crypto.Merlin;

/// <summary>The 25-lane (200-byte) Keccak-f[1600] state, stored inline so a STROBE state copies by value.</summary>
[InlineArray(KeccakF1600.Lanes)]
internal struct KeccakLanes
{
    private ulong _lane;
}
