using System.Text;
using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Tests.Blocks;
using Kusama.Blockchain.Transfer;
using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Blockchain.Tests.Transfer;

public class BlockFileTests
{
    private static readonly byte[] Grandpa = "FRNK"u8.ToArray();

    private static (TestChain Chain, List<Hash256> Blocks) ChainOf(int blocks)
    {
        var chain = new TestChain();
        return (chain, chain.Extend(chain.GenesisBlock.Hash, blocks));
    }

    private static byte[] Export(BlockTree tree, BlockRange range, BlockFileFormat format)
    {
        using var output = new MemoryStream();
        BlockExporter.Export(tree, output, range, format);
        return output.ToArray();
    }

    private static List<SignedBlock> ReadAll(Stream input, BlockFileFormat format)
    {
        var reader = new BlockFileReader(input, format);
        var blocks = new List<SignedBlock>();
        while (reader.TryRead(out SignedBlock block)) blocks.Add(block);
        return blocks;
    }

    [Fact]
    public void Binary_export_starts_with_the_block_count_and_holds_each_scale_signed_block()
    {
        var (chain, blocks) = ChainOf(3);

        byte[] file = Export(chain.Tree, new BlockRange(1, 3), BlockFileFormat.Binary);

        Assert.Equal(3UL, BitConverter.ToUInt64(file, 0));
        var reader = new ScaleReader(file.AsSpan(8));
        for (int i = 0; i < 3; i++)
        {
            SignedBlock block = SignedBlock.Decode(ref reader);
            Assert.Equal(blocks[i], block.Block.Hash());
            Assert.Null(block.Justifications);
        }
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [InlineData(BlockFileFormat.Binary)]
    [InlineData(BlockFileFormat.Json)]
    public void Either_format_reads_back_the_same_blocks_even_a_few_bytes_at_a_time(BlockFileFormat format)
    {
        var (chain, blocks) = ChainOf(4);
        chain.Tree.Finalize(blocks[1], new Justification(Grandpa, [1, 2, 3]));
        byte[] file = Export(chain.Tree, new BlockRange(1, 4), format);

        List<SignedBlock> read = ReadAll(new TricklingStream(file, 5), format);

        Assert.Equal(blocks, read.Select(b => b.Block.Hash()));
        Assert.Equal([1, 2, 3], read[1].Justifications!.Get(Grandpa));
        Assert.Null(read[0].Justifications);
        Assert.Equal(chain.Tree.GetBody(blocks[3]), read[3].Block.Extrinsics);
    }

    [Fact]
    public void Json_export_is_substrates_signed_block_stream()
    {
        var (chain, blocks) = ChainOf(2);
        chain.Tree.Finalize(blocks[1], new Justification(Grandpa, [9]));

        string text = Encoding.UTF8.GetString(Export(chain.Tree, new BlockRange(1, 2), BlockFileFormat.Json));

        var values = new List<JsonElement>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read()) values.Add(JsonElement.ParseValue(ref reader));
        Assert.Equal(2, values.Count);
        JsonElement header = values[0].GetProperty("block").GetProperty("header");
        Assert.Equal(Hex.Encode(chain.GenesisBlock.Hash.Bytes), header.GetProperty("parentHash").GetString());
        Assert.Equal("0x1", header.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Array, header.GetProperty("digest").GetProperty("logs").ValueKind);
        Assert.Equal(["0x0400"], values[0].GetProperty("block").GetProperty("extrinsics").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, values[0].GetProperty("justifications").ValueKind);
        Assert.Equal("[[[70,82,78,75],[9]]]", values[1].GetProperty("justifications").GetRawText());
        Assert.StartsWith("{\"block\":{\"header\":{\"parentHash\":", text);
    }

    [Fact]
    public void Json_blocks_may_be_separated_by_whitespace_and_carry_decimal_numbers()
    {
        var (chain, blocks) = ChainOf(2);
        string[] exported = [.. Enumerable.Range(1, 2).Select(n =>
        {
            using var output = new MemoryStream();
            using (var writer = new Utf8JsonWriter(output)) SignedBlockJson.Write(writer, BlockExporter.Read(chain.Tree, (uint)n));
            return Encoding.UTF8.GetString(output.ToArray());
        })];
        string text = "\n " + exported[0].Replace("\"number\":\"0x1\"", "\"number\":1") + "\r\n\t" + exported[1] + "\n\n";

        List<SignedBlock> read = ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), BlockFileFormat.Json);

        Assert.Equal(blocks, read.Select(b => b.Block.Hash()));
    }

    [Fact]
    public void A_truncated_binary_file_names_the_block_that_cannot_be_read()
    {
        var (chain, _) = ChainOf(3);
        byte[] file = Export(chain.Tree, new BlockRange(1, 3), BlockFileFormat.Binary);
        var reader = new BlockFileReader(new MemoryStream(file[..^10]), BlockFileFormat.Binary);

        Assert.True(reader.TryRead(out _));
        Assert.True(reader.TryRead(out _));
        var error = Assert.Throws<BlockFileException>(() => reader.TryRead(out _));
        Assert.StartsWith("Error reading block #3:", error.Message);
    }

    [Fact]
    public void A_malformed_json_block_is_a_clear_error()
    {
        string text = "{\"block\":{\"header\":{\"parentHash\":\"0x12\"},\"extrinsics\":[]},\"justifications\":null}";
        var reader = new BlockFileReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), BlockFileFormat.Json);

        var error = Assert.Throws<BlockFileException>(() => reader.TryRead(out _));
        Assert.Contains("Error reading block #1", error.Message);
        Assert.Contains("digest", error.Message);
    }

    [Fact]
    public void An_extrinsic_whose_length_prefix_lies_is_refused()
    {
        var (chain, _) = ChainOf(1);
        string text = Encoding.UTF8.GetString(Export(chain.Tree, new BlockRange(1, 1), BlockFileFormat.Json)).Replace("\"0x0400\"", "\"0x0800\"");

        var error = Assert.Throws<BlockFileException>(() => ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), BlockFileFormat.Json));
        Assert.Contains("length prefix", error.Message);
    }

    [Fact]
    public void Ranges_default_to_the_best_block_and_refuse_what_the_chain_does_not_have()
    {
        var (chain, _) = ChainOf(3);

        Assert.Equal(new BlockRange(1, 3), BlockExporter.ResolveRange(chain.Tree, 1, null));
        Assert.Equal(new BlockRange(0, 1), BlockExporter.ResolveRange(chain.Tree, 0, 0));
        Assert.Throws<BlockFileException>(() => BlockExporter.ResolveRange(chain.Tree, 3, 2));
        Assert.Throws<BlockFileException>(() => BlockExporter.ResolveRange(chain.Tree, 1, 4));
    }

    [Fact]
    public void Exporting_a_pruned_body_fails_and_says_so()
    {
        var chain = new TestChain(BlocksPruning.KeepFinalized(1));
        List<Hash256> blocks = chain.Extend(chain.GenesisBlock.Hash, 3);
        chain.Tree.Finalize(blocks[2]);

        var error = Assert.Throws<BlockFileException>(() => Export(chain.Tree, new BlockRange(1, 3), BlockFileFormat.Binary));
        Assert.Contains("pruned", error.Message);
    }
}
