using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// Where a ready transaction stands in block-building order (sc-transaction-pool <c>TransactionRef</c>'s Ord): higher
/// priority first, then the one valid for a shorter time, then the one inserted earlier. Sorts best first.
/// </summary>
internal readonly record struct ReadyOrder(ulong Priority, ulong ValidTill, ulong InsertionId, Hash256 Hash) : IComparable<ReadyOrder>
{
    public int CompareTo(ReadyOrder other)
    {
        int byPriority = other.Priority.CompareTo(Priority);
        if (byPriority != 0)
            return byPriority;
        int byValidity = ValidTill.CompareTo(other.ValidTill);
        return byValidity != 0 ? byValidity : InsertionId.CompareTo(other.InsertionId);
    }
}
