using System.Text.Json;
using Kusama.Core;

namespace Kusama.Rpc.Tests;

public sealed class RpcParamsTests
{
    private static RpcParams Params(string json) => new(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_u32_is_read_from_a_number_or_a_hex_string_and_refused_above_u32_max()
    {
        Assert.Equal(16u, Params("[16]").GetU32(0, "n"));
        Assert.Equal(255u, Params("[\"0xff\"]").GetU32(0, "n"));
        RpcException error = Assert.Throws<RpcException>(() => Params("[4294967296]").GetU32(0, "n"));
        Assert.Equal(-32602, error.Error.Code);
        Assert.Contains("u32::MAX", (string)RpcTestJson.Write(error.Error.Data!.Value));
        Assert.Throws<RpcException>(() => Params("[-1]").GetU32(0, "n"));
        Assert.Throws<RpcException>(() => Params("[\"12\"]").GetU32(0, "n"));
    }

    [Fact]
    public void Optional_params_are_null_when_absent_or_null()
    {
        Assert.Null(Params("[]").GetOptionalHash(0, "at"));
        Assert.Null(Params("[null]").GetOptionalHash(0, "at"));
        Assert.Null(RpcParams.Empty.GetOptionalU32(0, "n"));
        Assert.Equal(Hash256.Zero, Params($"[\"0x{new string('0', 64)}\"]").GetOptionalHash(0, "at"));
    }

    [Fact]
    public void Hex_bytes_are_even_length_hex_with_an_optional_0x_prefix_as_impl_serde_reads_them()
    {
        Assert.Empty(Params("[\"0x\"]").GetHexBytes(0, "data"));
        // PAPI's legacy mode sends "" for no call data.
        Assert.Empty(Params("[\"\"]").GetHexBytes(0, "data"));
        Assert.Equal([0xab, 0xcd], Params("[\"0xabcd\"]").GetHexBytes(0, "data"));
        Assert.Equal([0xab, 0xcd], Params("[\"abcd\"]").GetHexBytes(0, "data"));
        Assert.Throws<RpcException>(() => Params("[\"0xabc\"]").GetHexBytes(0, "data"));
        Assert.Throws<RpcException>(() => Params("[\"0xzz\"]").GetHexBytes(0, "data"));
        RpcException error = Assert.Throws<RpcException>(() => Params("[[\"0x01\", 5]]").GetHexArray(0, "keys"));
        Assert.Contains("keys[1]", (string)RpcTestJson.Write(error.Error.Data!.Value));
    }

    [Fact]
    public void Named_params_are_found_by_name()
    {
        RpcParams p = Params("""{"flag":true,"name":"x"}""");
        Assert.True(p.IsNamed);
        Assert.True(p.GetBool(0, "flag"));
        Assert.Equal("x", p.GetString(1, "name"));
        Assert.Null(p.GetOptionalString(2, "other"));
    }
}
