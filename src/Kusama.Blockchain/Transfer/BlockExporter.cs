using System.Buffers.Binary;
using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Blockchain.Transfer;

/// <summary>
/// Writes best-chain blocks to a file as sc-service's <c>export_blocks</c> does: binary is the block count (u64 LE)
/// followed by each SCALE <c>SignedBlock</c>; JSON is each <c>SignedBlock</c> object written back to back.
/// </summary>
public static class BlockExporter
{
    /// <summary>
    /// The blocks <c>--from</c>/<c>--to</c> select: from <paramref name="from"/> to <paramref name="to"/>, or to the best
    /// block when it is null (a <c>--to</c> of 0 means 1, as in Substrate).
    /// </summary>
    /// <exception cref="BlockFileException">The range is empty or goes past the best block.</exception>
    public static BlockRange ResolveRange(BlockTree tree, uint from, uint? to)
    {
        ArgumentNullException.ThrowIfNull(tree);
        uint best = tree.Best.Number;
        uint last = to switch
        {
            0 => 1,
            { } value => value,
            null => best,
        };
        if (last < from) throw new BlockFileException($"Invalid block range specified: #{from} to #{last}.");
        if (last > best) throw new BlockFileException($"Invalid block range specified: #{last} is above the best block #{best}.");
        return new BlockRange(from, last);
    }

    /// <summary>Writes the blocks of <paramref name="range"/> to <paramref name="output"/>; returns how many were written.</summary>
    /// <exception cref="BlockFileException">A block of the range is missing or its body was pruned (<c>--blocks-pruning</c>).</exception>
    public static ulong Export(BlockTree tree, Stream output, BlockRange range, BlockFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        if (format == BlockFileFormat.Binary)
        {
            Span<byte> count = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(count, range.Count);
            output.Write(count);
        }
        using var json = new Utf8JsonWriter(output);
        ulong written = 0;
        for (ulong number = range.First; number <= range.Last; number++)
        {
            SignedBlock block = Read(tree, (uint)number);
            if (format == BlockFileFormat.Binary)
            {
                output.Write(ScaleCodec.Encode(block));
            }
            else
            {
                SignedBlockJson.Write(json, block);
                json.Flush();
                // Each block is a top-level value of its own: a fresh writer state per block.
                json.Reset(output);
            }
            written++;
        }
        output.Flush();
        return written;
    }

    /// <summary>Block <paramref name="number"/> of the best chain with its justifications.</summary>
    /// <exception cref="BlockFileException">It is missing or its body was pruned.</exception>
    public static SignedBlock Read(BlockTree tree, uint number)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Hash256 hash = tree.GetHash(number) ?? throw new BlockFileException($"Block #{number} is not on the best chain.");
        Header header = tree.GetHeader(hash) ?? throw new BlockFileException($"Block #{number} {hash} has no header; the database is damaged.");
        byte[][] body = tree.GetBody(hash)
            ?? throw new BlockFileException($"Block #{number} {hash} has no body: it was pruned (--blocks-pruning); export from a later block with --from.");
        return new SignedBlock(new Block(header, body), tree.GetJustifications(hash));
    }
}
