namespace Kusama.Consensus.Babe;

/// <summary>The variants of <see cref="BabePreDigest"/> by their SCALE index.</summary>
public enum BabePreDigestKind : byte
{
    Primary = 1,
    SecondaryPlain = 2,
    SecondaryVrf = 3,
}
