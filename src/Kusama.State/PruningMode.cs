using System.Globalization;

namespace Kusama.State;

/// <summary>How much old state the node keeps (<c>--state-pruning</c>): a window of finalized blocks, or everything.</summary>
public sealed record PruningMode
{
    /// <summary>Substrate's default window: the state of the last 256 finalized blocks.</summary>
    public const uint DefaultBlocks = 256;

    private PruningMode(PruningKind kind, uint blocks)
    {
        Kind = kind;
        Blocks = blocks;
    }

    /// <summary>Whether states are pruned and which forks are kept.</summary>
    public PruningKind Kind { get; }

    /// <summary>For <see cref="PruningKind.Constrained"/>: how many finalized states stay readable (the finalized one included).</summary>
    public uint Blocks { get; }

    /// <summary>Keep every state, forks included (<c>archive</c>).</summary>
    public static PruningMode ArchiveAll { get; } = new(PruningKind.ArchiveAll, 0);

    /// <summary>Keep every canonical state; drop forks once finality rules them out (<c>archive-canonical</c>).</summary>
    public static PruningMode ArchiveCanonical { get; } = new(PruningKind.ArchiveCanonical, 0);

    /// <summary>The default: the last 256 finalized states.</summary>
    public static PruningMode Default { get; } = Constrained(DefaultBlocks);

    /// <summary>Keep the state of the last <paramref name="blocks"/> finalized blocks (at least 1).</summary>
    public static PruningMode Constrained(uint blocks)
    {
        if (blocks == 0) throw new ArgumentOutOfRangeException(nameof(blocks), blocks, "The pruning window must keep at least one finalized block.");
        return new PruningMode(PruningKind.Constrained, blocks);
    }

    /// <summary>Parses a <c>--state-pruning</c> value: <c>archive</c>, <c>archive-canonical</c> or a block count.</summary>
    /// <exception cref="FormatException">The text is none of those.</exception>
    public static PruningMode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out PruningMode? mode)) return mode;
        throw new FormatException($"Invalid --state-pruning value '{text}': expected 'archive', 'archive-canonical' or a number of blocks (at least 1).");
    }

    /// <summary>Parses a <c>--state-pruning</c> value; false when it is not valid.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PruningMode? mode)
    {
        mode = null;
        if (text is null) return false;
        string trimmed = text.Trim();
        if (trimmed == "archive") mode = ArchiveAll;
        else if (trimmed == "archive-canonical") mode = ArchiveCanonical;
        else if (uint.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out uint blocks) && blocks > 0) mode = Constrained(blocks);
        return mode is not null;
    }

    /// <summary>The <c>--state-pruning</c> spelling of this mode.</summary>
    public override string ToString() => Kind switch
    {
        PruningKind.ArchiveAll => "archive",
        PruningKind.ArchiveCanonical => "archive-canonical",
        _ => Blocks.ToString(CultureInfo.InvariantCulture),
    };
}
