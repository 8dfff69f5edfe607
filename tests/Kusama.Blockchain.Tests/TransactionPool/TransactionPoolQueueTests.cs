using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Frame.Transactions;
using static Kusama.Blockchain.Tests.TransactionPool.PoolFixture;

namespace Kusama.Blockchain.Tests.TransactionPool;

public class TransactionPoolQueueTests
{
    [Fact]
    public void Transaction_requiring_nothing_is_ready_and_one_requiring_a_missing_tag_waits_in_future()
    {
        var f = new PoolFixture();
        Assert.True(f.Submit(Tx(1), Valid(1, [], ["a0"])).IsOk);
        Assert.True(f.Submit(Tx(2), Valid(1, ["b0"], ["b1"])).IsOk);

        Assert.Equal(new TransactionPoolStatus(1, 5, 1, 5), f.Pool.Status);
        Assert.Equal([HashOf(Tx(1))], ReadyOrder(f.Pool).ConvertAll(t => t.Hash));
    }

    [Fact]
    public void Future_transaction_is_promoted_when_a_ready_one_provides_its_tag()
    {
        var f = new PoolFixture();
        TransactionWatcher second = f.Watch(Tx(2), Valid(1, ["n0"], ["n1"]));
        TransactionWatcher third = f.Watch(Tx(3), Valid(1, ["n1"], ["n2"]));
        Assert.Equal(2, f.Pool.Status.Future);

        f.Submit(Tx(1), Valid(1, [], ["n0"]));

        Assert.Equal(new TransactionPoolStatus(3, 15, 0, 0), f.Pool.Status);
        Assert.Equal([TransactionStatus.Future, TransactionStatus.Ready], Drain(second));
        Assert.Equal([TransactionStatus.Future, TransactionStatus.Ready], Drain(third));
        Assert.Equal([HashOf(Tx(1)), HashOf(Tx(2)), HashOf(Tx(3))], ReadyOrder(f.Pool).ConvertAll(t => t.Hash));
    }

    [Fact]
    public void Best_iterator_takes_highest_priority_first_ties_by_insertion_and_never_before_dependencies()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(5, [], ["alice0"]));
        f.Submit(Tx(2), Valid(50, ["alice0"], ["alice1"]));   // high priority but needs Tx(1)
        f.Submit(Tx(3), Valid(10, [], ["bob0"]));
        f.Submit(Tx(4), Valid(10, [], ["carol0"]));           // ties with Tx(3): inserted later
        f.Submit(Tx(5), Valid(1, [], ["dave0"]));

        List<Hash256> order = ReadyOrder(f.Pool).ConvertAll(t => t.Hash);

        Assert.Equal([HashOf(Tx(3)), HashOf(Tx(4)), HashOf(Tx(1)), HashOf(Tx(2)), HashOf(Tx(5))], order);
    }

    [Fact]
    public void Best_iterator_skips_everything_depending_on_a_transaction_reported_invalid()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(9, [], ["a0"]));
        f.Submit(Tx(2), Valid(9, ["a0"], ["a1"]));
        f.Submit(Tx(3), Valid(9, ["a1"], ["a2"]));
        f.Submit(Tx(4), Valid(1, [], ["b0"]));

        var taken = new List<Hash256>();
        BestIterator best = f.Pool.Ready();
        while (best.MoveNext())
        {
            taken.Add(best.Current.Hash);
            if (best.Current.Hash == HashOf(Tx(1)))
                best.ReportInvalid(best.Current);
        }

        Assert.Equal([HashOf(Tx(1)), HashOf(Tx(4))], taken);
        Assert.Equal(4, f.Pool.Status.Ready);
    }

    [Fact]
    public void Higher_priority_transaction_providing_the_same_tag_usurps_the_old_one()
    {
        var f = new PoolFixture();
        TransactionWatcher old = f.Watch(Tx(1), Valid(5, [], ["alice0"]));

        Assert.True(f.Submit(Tx(2), Valid(6, [], ["alice0"])).IsOk);

        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Usurped(HashOf(Tx(2)))], Drain(old));
        Assert.True(old.Statuses.Completion.IsCompleted);
        Assert.Null(f.Pool.Get(HashOf(Tx(1))));
        Assert.NotNull(f.Pool.Get(HashOf(Tx(2))));
    }

    [Fact]
    public void Replacement_with_priority_not_strictly_higher_is_refused_with_1014()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(5, [], ["alice0"]));

        TransactionPoolError error = f.Submit(Tx(2), Valid(5, [], ["alice0"])).ErrValue;

        Assert.Equal(1014, error.Code);
        Assert.Equal("Priority is too low: (5 vs 5)", error.Message);
        Assert.Equal("The transaction has too low priority to replace another transaction already in the pool.", error.Data);
        Assert.NotNull(f.Pool.Get(HashOf(Tx(1))));
    }

    [Fact]
    public void Duplicate_submission_is_refused_with_1013()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(5, [], ["alice0"]));

        TransactionPoolError error = f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue;

        Assert.Equal(1013, error.Code);
        Assert.Equal("Transaction Already Imported", error.Message);
        Assert.Equal(1, f.Validator.Calls);
    }

    [Fact]
    public void Invalid_transaction_is_refused_with_1010_and_its_reason_then_banned_until_the_ban_time_passes()
    {
        var f = new PoolFixture();
        f.Validator.Set(Tx(1), InvalidTransaction.BadProof);

        TransactionPoolError first = f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue;
        TransactionPoolError again = f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue;

        Assert.Equal((1010, "Invalid Transaction", "Transaction has a bad signature"), (first.Code, first.Message, first.Data));
        Assert.Equal((1012, "Transaction is temporarily banned", (string?)null), (again.Code, again.Message, again.Data));
        Assert.Equal(1, f.Validator.Calls);

        f.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1010, f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue.Code);
    }

    [Fact]
    public void Unknown_validity_is_refused_with_1011_and_not_banned()
    {
        var f = new PoolFixture();
        f.Validator.Set(Tx(1), UnknownTransaction.CannotLookup);

        TransactionPoolError error = f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue;

        Assert.Equal((1011, "Unknown Transaction Validity", "CannotLookup"), (error.Code, error.Message, error.Data));
        Assert.False(f.Pool.IsBanned(HashOf(Tx(1))));
    }

    [Fact]
    public void Transaction_providing_no_tag_is_refused_with_1019()
    {
        var f = new PoolFixture();
        Assert.Equal(1019, f.Submit(Tx(1), Valid(5, [], [])).ErrValue.Code);
    }

    [Fact]
    public void Validator_failure_is_a_verification_error_not_a_crash()
    {
        var f = new PoolFixture();
        f.Validator.Set(Tx(1), _ => throw new InvalidOperationException("runtime trapped"));

        TransactionPoolError error = f.Pool.Submit(TransactionSource.External, Tx(1)).ErrValue;

        Assert.Equal(1002, error.Code);
        Assert.Equal("Verification Error: runtime trapped", error.Message);
    }

    [Fact]
    public void Custom_invalid_reason_carries_its_code_as_substrate_formats_it()
    {
        TransactionPoolError error = TransactionPoolError.FromValidity(InvalidTransaction.Custom(7));
        Assert.Equal("Custom error: 7", error.Data);
        Assert.Equal("Transaction is outdated", TransactionPoolError.FromValidity(InvalidTransaction.Stale).Data);
    }

    [Fact]
    public void Over_the_ready_limit_the_lowest_priority_is_dropped_and_a_lowest_newcomer_is_immediately_dropped()
    {
        var f = new PoolFixture(new TransactionPoolOptions { ReadyCount = 2 });
        TransactionWatcher low = f.Watch(Tx(1), Valid(1, [], ["a"]));
        f.Submit(Tx(2), Valid(3, [], ["b"]));

        Assert.True(f.Submit(Tx(3), Valid(2, [], ["c"])).IsOk);
        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Dropped], Drain(low));
        Assert.True(f.Pool.IsBanned(HashOf(Tx(1))));

        TransactionPoolError error = f.Submit(Tx(4), Valid(1, [], ["d"])).ErrValue;
        Assert.Equal((1016, "Immediately Dropped", "The transaction couldn't enter the pool because of the limit"), (error.Code, error.Message, error.Data));
        Assert.Equal(2, f.Pool.Status.Ready);
    }

    [Fact]
    public void Among_equal_priorities_the_limit_drops_the_oldest_as_substrate_does()
    {
        var f = new PoolFixture(new TransactionPoolOptions { ReadyCount = 2 });
        f.Submit(Tx(1), Valid(1, [], ["a"]));
        f.Submit(Tx(2), Valid(1, [], ["b"]));
        f.Submit(Tx(3), Valid(1, [], ["c"]));

        Assert.Null(f.Pool.Get(HashOf(Tx(1))));
        Assert.NotNull(f.Pool.Get(HashOf(Tx(3))));
    }

    [Fact]
    public void Over_the_future_limit_the_longest_waiting_is_dropped()
    {
        var f = new PoolFixture(new TransactionPoolOptions { FutureCount = 1 });
        f.Submit(Tx(1), Valid(9, ["x"], ["a"]));
        f.Submit(Tx(2), Valid(1, ["y"], ["b"]));

        Assert.Equal(1, f.Pool.Status.Future);
        Assert.Null(f.Pool.Get(HashOf(Tx(1))));
    }

    [Fact]
    public void Remove_takes_the_dependents_too_bans_them_and_returns_their_hashes()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(1, [], ["a0"]));
        TransactionWatcher dependent = f.Watch(Tx(2), Valid(1, ["a0"], ["a1"]));
        f.Submit(Tx(3), Valid(1, [], ["b0"]));

        List<Hash256> removed = f.Pool.Remove([HashOf(Tx(1))]);

        Assert.Equal([HashOf(Tx(1)), HashOf(Tx(2))], removed);
        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Invalid], Drain(dependent));
        Assert.True(f.Pool.IsBanned(HashOf(Tx(2))));
        Assert.Equal(1, f.Pool.Status.Ready);
        Assert.Equal([HashOf(Tx(3))], f.Pool.RemoveProviding([Tag("b0")]));
    }

    [Fact]
    public void Pending_extrinsics_are_the_ready_encodings_in_block_order()
    {
        var f = new PoolFixture();
        f.Submit(Tx(1), Valid(1, [], ["a"]));
        f.Submit(Tx(2), Valid(2, [], ["b"]));
        f.Submit(Tx(3), Valid(2, ["zzz"], ["c"]));

        Assert.Equal([Tx(2), Tx(1)], f.Pool.PendingExtrinsics());
    }

    [Fact]
    public void Submit_many_returns_one_result_per_extrinsic_in_order_and_announces_the_ready_ones()
    {
        var f = new PoolFixture();
        var announced = new List<Hash256>();
        f.Pool.ReadyTransactionsImported += hashes => announced.AddRange(hashes);
        var batch = new List<byte[]>();
        for (int i = 0; i < 64; i++)
        {
            batch.Add(Tx(i));
            if (i == 10)
                f.Validator.Set(Tx(i), InvalidTransaction.Payment);
            else
                f.Validator.Set(Tx(i), Valid((ulong)i, [], [$"t{i}"]));
        }

        Result<Hash256, TransactionPoolError>[] results = f.Pool.SubmitMany(TransactionSource.External, batch);

        for (int i = 0; i < 64; i++)
        {
            if (i == 10)
                Assert.Equal("Inability to pay some fees (e.g. account balance too low)", results[i].ErrValue.Data);
            else
                Assert.Equal(HashOf(Tx(i)), results[i].OkValue);
        }
        Assert.Equal(63, announced.Count);
        Assert.Equal(63, f.Pool.Status.Ready);
    }
}
