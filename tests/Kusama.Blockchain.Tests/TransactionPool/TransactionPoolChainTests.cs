using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Frame.Transactions;
using static Kusama.Blockchain.Tests.TransactionPool.PoolFixture;

namespace Kusama.Blockchain.Tests.TransactionPool;

public class TransactionPoolChainTests
{
    [Fact]
    public void Watcher_sees_ready_in_block_with_its_index_then_finalized_and_ends()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(1, [], ["a0"]));
        TransactionWatcher watcher = f.Watch(Tx(2), Valid(1, [], ["b0"]));

        f.Enact(1, Tx(1), Tx(2));
        f.Pool.OnFinalized([BlockHash(1)]);

        Assert.Equal(
            [TransactionStatus.Ready, TransactionStatus.InBlock(BlockHash(1), 1), TransactionStatus.Finalized(BlockHash(1), 1)],
            Drain(watcher));
        Assert.True(watcher.Statuses.Completion.IsCompleted);
        Assert.Equal(new TransactionPoolStatus(0, 0, 0, 0), f.Pool.Status);
        Assert.Equal(0, f.Pool.WatchedCount);
    }

    [Fact]
    public void Included_transactions_leave_the_pool_by_their_tags_and_are_banned()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(1, [], ["a0"]));
        f.Submit(Tx(2), Valid(1, ["a0"], ["a1"]));
        f.Submit(Tx(3), Valid(1, [], ["b0"]));

        f.Enact(1, Tx(1));

        Assert.Null(f.Pool.Get(HashOf(Tx(1))));
        Assert.True(f.Pool.IsBanned(HashOf(Tx(1))));
        // Tx(2) now needs nothing from the pool: it is first in line.
        Assert.Equal(HashOf(Tx(2)), ReadyOrder(f.Pool)[0].Hash);
        Assert.Equal(2, f.Pool.Status.Ready);
        Assert.Equal(TransactionPoolError.TemporarilyBannedCode, f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue.Code);
    }

    [Fact]
    public void Retracted_block_gives_retracted_and_its_transactions_come_back_to_the_pool()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(1), Valid(1, [], ["a0"]));
        f.Enact(1, Tx(1));
        Assert.Equal(0, f.Pool.Status.Ready);

        // A fork at height 1 without Tx(1), then height 2 on it, becomes best.
        Hash256 fork1 = BlockHash(1, fork: 1);
        Hash256 fork2 = BlockHash(2, fork: 1);
        f.Pool.OnNewBestBlock(new NewBestBlock(fork2, 2,
            [new RetractedBlock(BlockHash(1), [Tx(1)])],
            [new EnactedBlock(fork1, 1, []), new EnactedBlock(fork2, 2, [])]));

        Assert.Equal(1, f.Pool.Status.Ready);
        Assert.Equal(
            [TransactionStatus.Ready, TransactionStatus.InBlock(BlockHash(1), 0), TransactionStatus.Retracted(BlockHash(1)), TransactionStatus.Ready],
            Drain(watcher));

        f.Enact(3, Tx(1));
        Assert.Equal([TransactionStatus.InBlock(BlockHash(3), 0)], Drain(watcher));
    }

    [Fact]
    public void Retracted_transaction_also_in_the_new_chain_is_not_resubmitted()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(1, [], ["a0"]));
        f.Enact(1, Tx(1));

        Hash256 fork1 = BlockHash(1, fork: 1);
        f.Pool.OnNewBestBlock(new NewBestBlock(fork1, 1, [new RetractedBlock(BlockHash(1), [Tx(1)])], [new EnactedBlock(fork1, 1, [Tx(1)])]));

        Assert.Equal(0, f.Pool.Status.Ready);
    }

    [Fact]
    public void Revalidation_at_the_new_best_block_removes_transactions_that_became_invalid()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(1), Valid(1, [], ["a0"]));
        f.Submit(Tx(2), Valid(1, [], ["b0"]));
        f.Validator.Set(Tx(1), InvalidTransaction.Stale);

        f.Enact(1);

        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Invalid], Drain(watcher));
        Assert.Null(f.Pool.Get(HashOf(Tx(1))));
        Assert.True(f.Pool.IsBanned(HashOf(Tx(1))));
        Assert.NotNull(f.Pool.Get(HashOf(Tx(2))));
    }

    [Fact]
    public void Future_transaction_becomes_ready_when_a_block_includes_its_dependency_unknown_to_the_pool()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(2), Valid(1, ["n0"], ["n1"]));
        // At block 1 the nonce the transaction needed is used up on chain: the runtime no longer asks for n0.
        f.Validator.Set(Tx(2), at => at == BlockHash(1)
            ? Result<ValidTransaction, TransactionValidityError>.Ok(Valid(1, [], ["n1"]))
            : Result<ValidTransaction, TransactionValidityError>.Ok(Valid(1, ["n0"], ["n1"])));

        f.Enact(1, Tx(1));

        Assert.Equal([TransactionStatus.Future, TransactionStatus.Ready], Drain(watcher));
        Assert.Equal(new TransactionPoolStatus(1, 5, 0, 0), f.Pool.Status);
    }

    [Fact]
    public void Revalidation_that_changes_nothing_sends_no_status()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(1), Valid(1, [], ["a0"]));
        f.Submit(Tx(2), Valid(1, ["a0"], ["a1"]));

        f.Enact(1);
        f.Enact(2);

        Assert.Equal([TransactionStatus.Ready], Drain(watcher));
        Assert.Equal(2, f.Pool.Status.Ready);
        Assert.Equal(2UL, f.Pool.Get(HashOf(Tx(1)))!.ValidatedAt);
    }

    [Fact]
    public void Transaction_past_its_longevity_is_removed_as_invalid()
    {
        // Re-validation off, so only the longevity given at submission counts.
        var f = new PoolFixture(new TransactionPoolOptions { MaxRevalidationsPerBlock = 0 });
        TransactionWatcher shortLived = f.Watch(Tx(1), Valid(1, [], ["a0"], longevity: 2));
        f.Submit(Tx(2), Valid(1, [], ["b0"], longevity: 64));

        f.Enact(1);
        Assert.Equal(2, f.Pool.Status.Ready);
        f.Enact(2);

        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Invalid], Drain(shortLived));
        Assert.Equal(1, f.Pool.Status.Ready);
        Assert.True(f.Pool.IsBanned(HashOf(Tx(1))));
    }

    [Fact]
    public void Block_waiting_for_finality_longer_than_the_watch_limit_gives_finality_timeout()
    {
        var f = new PoolFixture(new TransactionPoolOptions { MaxFinalityWatchedBlocks = 2 });
        TransactionWatcher first = f.Watch(Tx(1), Valid(1, [], ["a"]));
        TransactionWatcher second = f.Watch(Tx(2), Valid(1, [], ["b"]));
        TransactionWatcher third = f.Watch(Tx(3), Valid(1, [], ["c"]));

        f.Enact(1, Tx(1));
        f.Enact(2, Tx(2));
        f.Enact(3, Tx(3));

        Assert.Equal(
            [TransactionStatus.Ready, TransactionStatus.InBlock(BlockHash(1), 0), TransactionStatus.FinalityTimeout(BlockHash(1))],
            Drain(first));
        Assert.True(first.Statuses.Completion.IsCompleted);
        f.Pool.OnFinalized([BlockHash(2), BlockHash(3)]);
        Assert.Equal(TransactionStatus.Finalized(BlockHash(2), 0), Drain(second)[^1]);
        Assert.Equal(TransactionStatus.Finalized(BlockHash(3), 0), Drain(third)[^1]);
    }

    [Fact]
    public void Broadcast_reaches_the_watcher_with_the_peers()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(1), Valid(1, [], ["a"]));

        f.Pool.Broadcasted([HashOf(Tx(1))], ["12D3KooWPeer"]);

        List<TransactionStatus> statuses = Drain(watcher);
        Assert.Equal(TransactionStatusKind.Broadcast, statuses[1].Kind);
        Assert.Equal(["12D3KooWPeer"], statuses[1].Peers!);
    }

    [Fact]
    public async Task Disposed_watcher_completes_and_is_forgotten()
    {
        var f = new PoolFixture();
        TransactionWatcher watcher = f.Watch(Tx(1), Valid(1, [], ["a"]));

        watcher.Dispose();

        var seen = new List<TransactionStatus>();
        await foreach (TransactionStatus status in watcher.ReadAllAsync())
            seen.Add(status);
        Assert.Equal([TransactionStatus.Ready], seen);
        Assert.Equal(0, f.Pool.WatchedCount);
    }
}
