using System.Text;
using System.Text.Json;

namespace Kusama.Rpc.Tests;

/// <summary>Serializes an <see cref="RpcResult"/> to a string for assertions.</summary>
internal static class RpcTestJson
{
    public static string Write(RpcResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
