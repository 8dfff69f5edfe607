using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;

namespace Kusama.Consensus.Tests;

public sealed class AuthoringTests
{
    private const ulong Ksm = 1_000_000_000_000;

    [Fact]
    public void Each_slot_yields_a_sealed_block_that_is_final_at_once()
    {
        using var chain = new DevChain();
        BlockImportNotification first = chain.AuthorNext();
        BlockImportNotification second = chain.AuthorNext();

        Assert.Equal(2u, chain.Tree.Best.Number);
        Assert.Equal(second.Hash, chain.Tree.Best.Hash);
        Assert.Equal(second.Hash, chain.Tree.FinalizedBlock.Hash);
        Assert.Equal(first.Hash, second.Header.ParentHash);
        // The seal is last, and the authority's signature over the pre-header verifies.
        var seal = Assert.IsType<DigestItem.Seal>(second.Header.Digest[^1]);
        Header preHeader = second.Header with { Digest = second.Header.Digest[..^1] };
        Assert.True(KeyPair.Verify(KeyScheme.Sr25519, seal.Signature, preHeader.Hash().Bytes, DevChain.Alice.PublicKey));
        Assert.True(BabePreDigest.TryFind(second.Header, out BabePreDigest claim));
        Assert.Equal(BabePreDigestKind.SecondaryPlain, claim.Kind);
        // Only the timestamp inherent: an empty pool adds nothing.
        Assert.Single(second.Body);
    }

    [Fact]
    public void A_pooled_transfer_is_included_in_the_next_block_and_leaves_the_pool()
    {
        using var chain = new DevChain();
        UInt128 bobBefore = chain.FreeBalance(DevChain.Bob);
        byte[] transfer = DevChain.Transfer(DevChain.Alice, DevChain.Bob, 5 * Ksm, nonce: 0);
        Assert.True(chain.Pool.Submit(TransactionSource.External, transfer).IsOk);

        BlockImportNotification block = chain.AuthorNext();

        Assert.Equal(2, block.Body.Length);
        Assert.Equal(transfer, block.Body[1]);
        Assert.Equal(bobBefore + 5 * Ksm, chain.FreeBalance(DevChain.Bob));
        Assert.Equal(0, chain.Pool.Status.Ready);
    }

    [Fact]
    public void Dependent_transfers_from_one_account_are_included_in_nonce_order()
    {
        using var chain = new DevChain();
        var hashes = new List<Hash256>();
        for (uint nonce = 0; nonce < 5; nonce++)
            Assert.True(chain.Pool.Submit(TransactionSource.External, DevChain.Transfer(DevChain.Alice, DevChain.Bob, Ksm, nonce)).IsOk);
        // Each nonce's requirement is provided by the one before it, so all five are ready.
        Assert.Equal(5, chain.Pool.Status.Ready);

        BlockImportNotification block = chain.AuthorNext();

        Assert.Equal(6, block.Body.Length);
    }

    [Fact]
    public void A_syncing_node_imports_the_authored_blocks_to_the_same_state()
    {
        using var author = new DevChain();
        Assert.True(author.Pool.Submit(TransactionSource.External, DevChain.Transfer(DevChain.Alice, DevChain.Bob, 3 * Ksm, 0)).IsOk);
        var blocks = new List<Block>();
        for (int i = 0; i < 3; i++)
        {
            BlockImportNotification n = author.AuthorNext();
            blocks.Add(new Block(n.Header, n.Body));
        }

        using var follower = new DevChain(author: false);
        foreach (Block block in blocks)
            Assert.Equal(ImportResult.Imported, follower.Importer.Import(block, BlockOrigin.NetworkInitialSync));

        Assert.Equal(author.Tree.Best, follower.Tree.Best);
        Assert.Equal(author.Tree.FinalizedBlock, follower.Tree.FinalizedBlock);
        Assert.Equal(author.FreeBalance(DevChain.Bob), follower.FreeBalance(DevChain.Bob));
        Assert.Equal(ImportResult.AlreadyInChain, follower.Importer.Import(blocks[0], BlockOrigin.NetworkBroadcast));
    }

    [Fact]
    public void Import_refuses_a_bad_seal_a_wrong_state_root_and_remembers_bad_blocks()
    {
        using var author = new DevChain();
        BlockImportNotification n = author.AuthorNext();
        using var follower = new DevChain(author: false);

        var seal = (DigestItem.Seal)n.Header.Digest[^1];
        byte[] forged = (byte[])seal.Signature.Clone();
        forged[0] ^= 1;
        Header badSeal = n.Header with { Digest = [.. n.Header.Digest[..^1], new DigestItem.Seal(seal.EngineId, forged)] };
        var error = Assert.Throws<BlockImportException>(() => follower.Importer.Import(new Block(badSeal, n.Body), BlockOrigin.NetworkBroadcast));
        Assert.Contains("seal", error.Message);
        Assert.Equal(ImportResult.KnownBad, follower.Importer.Import(new Block(badSeal, n.Body), BlockOrigin.NetworkBroadcast));

        // A correctly sealed block whose state root lies: execution refuses it.
        Header preHeader = n.Header with { Digest = n.Header.Digest[..^1], StateRoot = Hash256.Zero };
        Header lying = preHeader with { Digest = [.. preHeader.Digest, new DigestItem.Seal(seal.EngineId, DevChain.Alice.Sign(preHeader.Hash().Bytes))] };
        error = Assert.Throws<BlockImportException>(() => follower.Importer.Import(new Block(lying, n.Body), BlockOrigin.NetworkBroadcast));
        Assert.Contains("storage root", error.Message);

        // An unsigned header, and a block from another key.
        Assert.Throws<BlockImportException>(() => follower.Importer.Import(new Block(preHeader, n.Body), BlockOrigin.NetworkBroadcast));
        Header byBob = preHeader with { Digest = [.. preHeader.Digest, new DigestItem.Seal(seal.EngineId, DevChain.Bob.Sign(preHeader.Hash().Bytes))] };
        Assert.Throws<BlockImportException>(() => follower.Importer.Import(new Block(byBob, n.Body), BlockOrigin.NetworkBroadcast));

        Assert.Equal(0u, follower.Tree.Best.Number);
        Assert.Equal(ImportResult.Imported, follower.Importer.Import(new Block(n.Header, n.Body), BlockOrigin.NetworkBroadcast));
    }

    [Fact]
    public void A_block_whose_parent_is_unknown_is_not_imported()
    {
        using var author = new DevChain();
        author.AuthorNext();
        BlockImportNotification second = author.AuthorNext();
        using var follower = new DevChain(author: false);

        Assert.Equal(ImportResult.UnknownParent, follower.Importer.Import(new Block(second.Header, second.Body), BlockOrigin.NetworkBroadcast));
        Assert.Equal(0u, follower.Tree.Best.Number);
    }
}
