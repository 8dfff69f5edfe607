using System.Globalization;

namespace Kusama.Blockchain.Blocks;

/// <summary>
/// <c>--blocks-pruning</c>: which block bodies (and justifications) are kept. <c>archive</c> keeps every body, forks
/// included; <c>archive-canonical</c> (the default) keeps the bodies of finalized blocks and drops those of forks
/// finality rules out; a number N keeps only the last N finalized bodies. Headers are always kept.
/// </summary>
public readonly record struct BlocksPruning(BlocksPruningKind Kind, uint Blocks)
{
    /// <summary>Every body, forks included.</summary>
    public static BlocksPruning Archive => new(BlocksPruningKind.Archive, 0);

    /// <summary>Every finalized body (polkadot's default).</summary>
    public static BlocksPruning ArchiveCanonical => new(BlocksPruningKind.ArchiveCanonical, 0);

    /// <summary>The last <paramref name="blocks"/> finalized bodies.</summary>
    public static BlocksPruning KeepFinalized(uint blocks)
    {
        ArgumentOutOfRangeException.ThrowIfZero(blocks);
        return new(BlocksPruningKind.KeepFinalized, blocks);
    }

    /// <summary>Parses the flag's value: <c>archive</c>, <c>archive-canonical</c> or a positive block count.</summary>
    /// <exception cref="FormatException">Anything else.</exception>
    public static BlocksPruning Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == "archive") return Archive;
        if (value == "archive-canonical") return ArchiveCanonical;
        if (uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out uint blocks) && blocks > 0) return KeepFinalized(blocks);
        throw new FormatException($"Invalid --blocks-pruning value '{value}': expected archive, archive-canonical or a positive number of blocks.");
    }

    public override string ToString() => Kind switch
    {
        BlocksPruningKind.Archive => "archive",
        BlocksPruningKind.ArchiveCanonical => "archive-canonical",
        _ => Blocks.ToString(CultureInfo.InvariantCulture),
    };
}
