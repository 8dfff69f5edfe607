using Kusama.Blockchain.Blocks;
using Kusama.Core;

namespace Kusama.Blockchain.Tests.Blocks;

public class BlockTreeTests
{
    [Fact]
    public void A_new_database_holds_only_genesis_as_best_finalized_and_leaf()
    {
        var chain = new TestChain();
        BlockTree tree = chain.Tree;

        Assert.Equal(new BlockInfo(chain.GenesisBlock.Hash, 0), tree.Best);
        Assert.Equal(tree.Best, tree.FinalizedBlock);
        Assert.Equal([tree.Best], tree.Leaves);
        Assert.Equal(chain.GenesisBlock.Hash, tree.GetHash(0));
        Assert.Empty(tree.GetBody(chain.GenesisBlock.Hash)!);
    }

    [Fact]
    public void Imported_blocks_extend_the_best_chain_and_replace_their_parent_as_leaf()
    {
        var chain = new TestChain();
        List<Hash256> blocks = chain.Extend(chain.GenesisBlock.Hash, 3);

        Assert.Equal(new BlockInfo(blocks[2], 3), chain.Tree.Best);
        Assert.Equal([new BlockInfo(blocks[2], 3)], chain.Tree.Leaves);
        Assert.Equal(blocks[1], chain.Tree.GetHash(2));
        Assert.Null(chain.Tree.GetHash(4));
        Assert.True(chain.Tree.Contains(blocks[0]));
        Assert.Equal([new byte[] { 0x04, 0 }], chain.Tree.GetBody(blocks[0]));
    }

    [Fact]
    public void A_fork_of_equal_length_does_not_take_over_but_a_longer_one_does_with_a_reorg_route()
    {
        var chain = new TestChain();
        List<Hash256> main = chain.Extend(chain.GenesisBlock.Hash, 2);
        List<Hash256> fork = chain.Extend(main[0], 1, salt: 1);
        Assert.Equal(main[1], chain.Tree.Best.Hash);
        Assert.Equal(2, chain.Tree.Leaves.Count);

        BlockImportNotification? reorg = null;
        chain.Tree.BlockImported += n => reorg = n;
        Hash256 longer = chain.Add(fork[0], salt: 1);

        Assert.Equal(new BlockInfo(longer, 3), chain.Tree.Best);
        Assert.True(reorg!.IsNewBest);
        Assert.Equal([new BlockInfo(main[1], 2)], reorg.TreeRoute!.Retracted);
        Assert.Equal(new BlockInfo(main[0], 1), reorg.TreeRoute.CommonBlock);
        Assert.Equal([new BlockInfo(fork[0], 2), new BlockInfo(longer, 3)], reorg.TreeRoute.Enacted);
        Assert.Equal(fork[0], chain.Tree.GetHash(2));
        Assert.Equal([longer, main[1]], chain.Tree.Leaves.Select(l => l.Hash));
    }

    [Fact]
    public void Tree_routes_and_ancestry_follow_parents_across_forks()
    {
        var chain = new TestChain();
        List<Hash256> main = chain.Extend(chain.GenesisBlock.Hash, 3);
        List<Hash256> fork = chain.Extend(main[0], 2, salt: 7);

        TreeRoute route = chain.Tree.TreeRouteBetween(main[2], fork[1]);

        Assert.Equal([main[2], main[1]], route.Retracted.Select(b => b.Hash));
        Assert.Equal(main[0], route.CommonBlock.Hash);
        Assert.Equal([fork[0], fork[1]], route.Enacted.Select(b => b.Hash));
        Assert.True(chain.Tree.IsDescendantOf(fork[1], main[0]));
        Assert.False(chain.Tree.IsDescendantOf(fork[1], main[1]));
        Assert.Throws<ArgumentException>(() => chain.Tree.TreeRouteBetween(main[0], Hash256.Zero));
    }

    [Fact]
    public void Finality_drops_forks_that_no_longer_lead_from_the_finalized_block_and_their_bodies()
    {
        var chain = new TestChain();
        List<Hash256> main = chain.Extend(chain.GenesisBlock.Hash, 3);
        List<Hash256> fork = chain.Extend(main[0], 1, salt: 2);

        FinalityNotification notification = chain.Tree.Finalize(main[1])!;

        Assert.Equal([main[0], main[1]], notification.Finalized);
        Assert.Equal([fork[0]], notification.Pruned);
        Assert.Equal([new BlockInfo(main[2], 3)], chain.Tree.Leaves);
        Assert.Equal(new BlockInfo(main[1], 2), chain.Tree.FinalizedBlock);
        Assert.Null(chain.Tree.GetBody(fork[0]));
        Assert.NotNull(chain.Tree.GetBody(main[0]));
        Assert.Throws<InvalidOperationException>(() => chain.Tree.Finalize(fork[0]));
    }

    [Fact]
    public void Archive_pruning_keeps_the_bodies_of_forks_finality_rules_out()
    {
        var chain = new TestChain(BlocksPruning.Archive);
        List<Hash256> main = chain.Extend(chain.GenesisBlock.Hash, 2);
        Hash256 fork = chain.Add(main[0], salt: 3);

        chain.Tree.Finalize(main[1]);

        Assert.NotNull(chain.Tree.GetBody(fork));
        Assert.DoesNotContain(chain.Tree.Leaves, l => l.Hash == fork);
    }

    [Fact]
    public void Keeping_n_finalized_blocks_prunes_older_bodies_but_keeps_headers_and_genesis()
    {
        var chain = new TestChain(BlocksPruning.KeepFinalized(2));
        List<Hash256> blocks = chain.Extend(chain.GenesisBlock.Hash, 6);

        chain.Tree.Finalize(blocks[2]);
        chain.Tree.Finalize(blocks[4]);

        Assert.Null(chain.Tree.GetBody(blocks[0]));
        Assert.Null(chain.Tree.GetBody(blocks[2]));
        Assert.NotNull(chain.Tree.GetBody(blocks[3]));
        Assert.NotNull(chain.Tree.GetBody(blocks[4]));
        Assert.NotNull(chain.Tree.GetBody(blocks[5]));
        Assert.NotNull(chain.Tree.GetHeader(blocks[0]));
        Assert.NotNull(chain.Tree.GetBody(chain.GenesisBlock.Hash));
    }

    [Fact]
    public void Reopening_the_database_restores_best_finalized_leaves_and_unfinalized_forks()
    {
        var chain = new TestChain();
        List<Hash256> main = chain.Extend(chain.GenesisBlock.Hash, 4);
        List<Hash256> fork = chain.Extend(main[1], 1, salt: 5);
        chain.Tree.Finalize(main[0]);
        BlockTree before = chain.Tree;

        BlockTree reopened = chain.Open();

        Assert.Equal(before.Best, reopened.Best);
        Assert.Equal(before.FinalizedBlock, reopened.FinalizedBlock);
        Assert.Equal(before.Leaves, reopened.Leaves);
        Assert.Equal(main[2], reopened.GetHash(3));
        // The fork survives the restart and can still be extended and finalized past.
        Hash256 child = chain.Add(fork[0], salt: 5);
        Assert.Equal(main[1], reopened.TreeRouteBetween(main[3], child).CommonBlock.Hash);
        reopened.Finalize(main[3]);
        Assert.Equal([new BlockInfo(main[3], 4)], reopened.Leaves);
    }

    [Fact]
    public void Inserting_a_known_block_or_an_orphan_is_refused()
    {
        var chain = new TestChain();
        Hash256 first = chain.Add(chain.GenesisBlock.Hash);

        Assert.Throws<InvalidOperationException>(() => chain.Add(chain.GenesisBlock.Hash));
        Assert.Equal(new BlockInfo(first, 1), chain.Tree.Best);
    }
}
