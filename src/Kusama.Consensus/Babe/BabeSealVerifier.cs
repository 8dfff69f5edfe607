using Kusama.Blockchain.Import;
using Kusama.Crypto.Keys;
using Kusama.Frame.Primitives;

namespace Kusama.Consensus.Babe;

/// <summary>
/// BABE's header check for a fixed authority set (the single-authority dev chain, until epochs arrive with the
/// consensus issue): the header carries exactly one BABE claim of a slot later than its parent's, by an authority of
/// the set, and ends with a <c>Seal("BABE", sr25519 signature)</c> by that authority over the hash of the header without the seal.
/// </summary>
public sealed class BabeSealVerifier : IBlockVerifier
{
    private readonly byte[][] _authorities;

    /// <summary>A verifier accepting blocks of <paramref name="authorities"/> (sr25519 public keys, in authority-index order).</summary>
    public BabeSealVerifier(IReadOnlyList<byte[]> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        _authorities = [.. authorities];
    }

    public Header Verify(Header header, Header parent)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(parent);
        if (header.Digest.Length == 0 || header.Digest[^1] is not DigestItem.Seal seal || !seal.EngineId.AsSpan().SequenceEqual(BabePreDigest.EngineId))
            throw new BlockImportException($"Block #{header.Number}: header unsealed (its last digest item is not a BABE seal).");
        if (seal.Signature.Length != 64)
            throw new BlockImportException($"Block #{header.Number}: the BABE seal is {seal.Signature.Length} bytes, not a 64-byte sr25519 signature.");
        Header preHeader = header with { Digest = header.Digest[..^1] };
        if (!BabePreDigest.TryFind(preHeader, out BabePreDigest claim))
            throw new BlockImportException($"Block #{header.Number}: no valid BABE pre-runtime digest (slot claim).");
        if (claim.AuthorityIndex >= _authorities.Length)
            throw new BlockImportException($"Block #{header.Number}: authority index {claim.AuthorityIndex} is out of the set of {_authorities.Length}.");
        if (parent.Number > 0 && BabePreDigest.TryFind(parent, out BabePreDigest parentClaim) && claim.Slot <= parentClaim.Slot)
            throw new BlockImportException($"Block #{header.Number}: slot {claim.Slot} is not after its parent's slot {parentClaim.Slot}.");
        byte[] preHash = preHeader.Hash().Bytes.ToArray();
        if (!KeyPair.Verify(KeyScheme.Sr25519, seal.Signature, preHash, _authorities[claim.AuthorityIndex]))
            throw new BlockImportException($"Block #{header.Number}: bad BABE seal signature by authority {claim.AuthorityIndex}.");
        return preHeader;
    }
}
