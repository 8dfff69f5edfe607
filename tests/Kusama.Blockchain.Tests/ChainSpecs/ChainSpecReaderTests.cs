using System.Text;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Core;

namespace Kusama.Blockchain.Tests.ChainSpecs;

public class ChainSpecReaderTests
{
    private const string RawSpec = """
        {
          "name": "Kusama",
          "id": "ksmcc3",
          "bootNodes": ["/dns/a/tcp/30333/p2p/12D3KooWSueCPH3puP2PcvqPJdNaDNF3jMZjtJtDiSy35pWrbt5h"],
          "telemetryEndpoints": [["wss://telemetry.polkadot.io/submit/", 0]],
          "protocolId": "ksmcc3",
          "properties": {"ss58Format": 2, "tokenDecimals": 12, "tokenSymbol": "KSM"},
          "consensusEngine": null,
          "forkBlocks": null,
          "badBlocks": ["0x15b1b925b0aa5cfe43c88cd024f74258cb5cfe3af424882c901014e8acd0d241"],
          "codeSubstitutes": {"1000": "0x0061736d01000000"},
          "genesis": {"raw": {"top": {"0x3a636f6465": "0x0102", "0x0a": "0x", "0x3a68656170706167657301": "0x20"},
                              "childrenDefault": {"0x6368696c64": {"0x01": "0x02"}}}}
        }
        """;

    private static ChainSpec Read(string json) => ChainSpecReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_every_field_of_a_raw_spec_and_sorts_the_genesis_keys()
    {
        ChainSpec spec = Read(RawSpec);
        Assert.Equal("Kusama", spec.Name);
        Assert.Equal("ksmcc3", spec.Id);
        Assert.Equal(ChainType.Live, spec.ChainType);
        Assert.Single(spec.BootNodes);
        Assert.Equal(new TelemetryEndpoint("wss://telemetry.polkadot.io/submit/", 0), Assert.Single(spec.TelemetryEndpoints!));
        Assert.Equal("ksmcc3", spec.ProtocolId);
        Assert.Equal(2, (int)spec.Properties!["ss58Format"]!);
        Assert.Null(spec.ForkBlocks);
        Assert.Equal(Hash256.Parse("0x15b1b925b0aa5cfe43c88cd024f74258cb5cfe3af424882c901014e8acd0d241"), Assert.Single(spec.BadBlocks!));
        Assert.Equal("1000", Assert.Single(spec.CodeSubstitutes).Key);

        RawGenesis raw = spec.RawGenesis;
        Assert.Equal(["0x0a", "0x3a636f6465", "0x3a68656170706167657301"], raw.Top.Select(e => Hex.Encode(e.Key)));
        Assert.Equal([0x01, 0x02], raw.GetTop(":code"u8));
        Assert.Null(raw.GetTop(":missing"u8));
        var child = Assert.Single(raw.ChildrenDefault);
        Assert.Equal("child"u8.ToArray(), child.Key);
        Assert.Equal(4, raw.EntryCount);
    }

    [Fact]
    public void Reads_the_2019_array_form_of_genesis_raw()
    {
        ChainSpec spec = Read("""{"name":"K","id":"k","genesis":{"raw":[{"0x01":"0x02"},{}]}}""");
        Assert.Equal("0x01", Hex.Encode(Assert.Single(spec.RawGenesis.Top).Key));
        Assert.Empty(spec.RawGenesis.ChildrenDefault);
    }

    [Fact]
    public void Reads_custom_chain_types_and_state_root_only_specs()
    {
        ChainSpec spec = Read("""{"name":"L","id":"l","chainType":{"Custom":"Canary"},"genesis":{"stateRootHash":"0xb0006203c3a6e6bd2c6a17b1d4ae8ca49a31da0f4579da950b127774b44aef6b"}}""");
        Assert.Equal(new ChainType("Canary", IsCustom: true), spec.ChainType);
        var root = Assert.IsType<ChainSpecGenesis.StateRootHash>(spec.Genesis);
        Assert.Equal("0xb0006203c3a6e6bd2c6a17b1d4ae8ca49a31da0f4579da950b127774b44aef6b", root.Root.ToString());
        var error = Assert.Throws<ChainSpecException>(() => spec.RawGenesis);
        Assert.Contains("light clients", error.Message);
    }

    [Theory]
    [InlineData("""{"name":"K","id":"k","surprise":1,"genesis":{"raw":{"top":{}}}}""", "unknown field 'surprise'")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{"0x0g":"0x00"}}}}""", "invalid hex digit")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{"0x01":"0x0"}}}}""", "odd number of digits")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{"0x01":"0x00","0x01":"0x01"}}}}""", "duplicate key 0x01")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{"01":"0x00"}}}}""", "expected 0x-prefixed hex")]
    [InlineData("""{"id":"k","genesis":{"raw":{"top":{}}}}""", "missing field 'name'")]
    [InlineData("""{"name":"K","id":"k"}""", "missing field 'genesis'")]
    [InlineData("""{"name":"K","id":"k","chainType":"Beta","genesis":{"raw":{"top":{}}}}""", "chainType 'Beta'")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{}}}""", "not valid JSON")]
    [InlineData("""{"name":"K","id":"k","genesis":{"raw":{"top":{"0x01":5}}}}""", "expected a hex string value")]
    [InlineData("""{"name":7,"id":"k","genesis":{"raw":{"top":{}}}}""", "'name' must be a string")]
    public void Rejects_a_bad_spec_with_a_message_naming_the_problem(string json, string expected)
    {
        var error = Assert.Throws<ChainSpecException>(() => Read(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Any_truncation_or_byte_flip_of_a_valid_spec_gives_only_ChainSpecException()
    {
        byte[] valid = Encoding.UTF8.GetBytes(RawSpec);
        var random = new Random(5);
        for (int i = 0; i < 3000; i++)
        {
            byte[] mutated = valid.AsSpan(0, random.Next(valid.Length)).ToArray();
            if (i % 2 == 0 && mutated.Length > 0) mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            try
            {
                ChainSpecReader.Read(mutated);
            }
            catch (ChainSpecException)
            {
            }
        }
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_spec()
    {
        ChainSpec spec = Read(RawSpec);
        using var buffer = new MemoryStream();
        ChainSpecWriter.Write(spec, buffer);
        ChainSpec again = ChainSpecReader.Read(buffer.ToArray());

        Assert.Equal(spec.Name, again.Name);
        Assert.Equal(spec.ProtocolId, again.ProtocolId);
        Assert.Equal(spec.BadBlocks, again.BadBlocks);
        Assert.Equal(spec.Properties!.ToJsonString(), again.Properties!.ToJsonString());
        Assert.Equal(spec.RawGenesis.Top.Select(e => Hex.Encode(e.Key) + Hex.Encode(e.Value)),
                     again.RawGenesis.Top.Select(e => Hex.Encode(e.Key) + Hex.Encode(e.Value)));
        Assert.Equal(spec.RawGenesis.ChildrenDefault.Count, again.RawGenesis.ChildrenDefault.Count);
        Assert.Equal(spec.CodeSubstitutes.Single().Value, again.CodeSubstitutes.Single().Value);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<ChainSpecException>(() => ChainSpecReader.ReadFile("/nonexistent/spec.json"));
        Assert.Contains("does not exist", error.Message);
    }
}
