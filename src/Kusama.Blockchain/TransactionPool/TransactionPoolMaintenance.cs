using Kusama.Blockchain.Blocks;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// Keeps the pool in step with the chain (sc-transaction-pool's <c>maintain</c>): every new best block tells it which
/// blocks were retracted and enacted; every finalization which blocks became final.
/// </summary>
public sealed class TransactionPoolMaintenance : IDisposable
{
    private readonly BlockTree _tree;
    private readonly TransactionPool _pool;

    public TransactionPoolMaintenance(BlockTree tree, TransactionPool pool)
    {
        _tree = tree;
        _pool = pool;
        _tree.BlockImported += OnBlockImported;
        _tree.Finalized += OnFinalized;
    }

    public void Dispose()
    {
        _tree.BlockImported -= OnBlockImported;
        _tree.Finalized -= OnFinalized;
    }

    private void OnBlockImported(BlockImportNotification notification)
    {
        if (!notification.IsNewBest || notification.TreeRoute is not { } route) return;
        var retracted = new List<RetractedBlock>(route.Retracted.Count);
        foreach (BlockInfo block in route.Retracted)
            retracted.Add(new RetractedBlock(block.Hash, _tree.GetBody(block.Hash) ?? []));
        var enacted = new List<EnactedBlock>(route.Enacted.Count);
        foreach (BlockInfo block in route.Enacted)
        {
            byte[][] body = block.Hash == notification.Hash ? notification.Body : _tree.GetBody(block.Hash) ?? [];
            enacted.Add(new EnactedBlock(block.Hash, block.Number, body));
        }
        _pool.OnNewBestBlock(new NewBestBlock(notification.Hash, notification.Number, retracted, enacted));
    }

    private void OnFinalized(FinalityNotification notification) => _pool.OnFinalized(notification.Finalized);
}
