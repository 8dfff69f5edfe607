using Kusama.Blockchain.Blocks;
using Microsoft.Extensions.Logging;

namespace Kusama.Consensus.Finality;

/// <summary>
/// Finality of a chain with one authority (the dev chain until GRANDPA arrives): its author's vote alone is a
/// supermajority, so every new best block is final as soon as it is imported. It finalizes through
/// <see cref="BlockTree.Finalize"/>, the path GRANDPA's justifications will take.
/// </summary>
public sealed class SingleAuthorityFinality : IDisposable
{
    private readonly BlockTree _tree;
    private readonly ILogger _logger;

    public SingleAuthorityFinality(BlockTree tree, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(logger);
        _tree = tree;
        _logger = logger;
        _tree.BlockImported += OnBlockImported;
    }

    public void Dispose() => _tree.BlockImported -= OnBlockImported;

    private void OnBlockImported(BlockImportNotification notification)
    {
        if (!notification.IsNewBest) return;
        try
        {
            _tree.Finalize(notification.Hash);
        }
        catch (InvalidOperationException exception)
        {
            // A block that stopped being best before we got to it: the next one finalizes past it.
            _logger.LogDebug("Not finalizing #{Number} {Hash}: {Message}", notification.Number, notification.Hash, exception.Message);
        }
    }
}
