using System.Text.Json;

namespace Kusama.Network.Tests.Protocols;

/// <summary>The <c>substrate</c> section of <c>net-vectors.json</c>.</summary>
internal static class SubstrateVectors
{
    public static JsonElement Section => NetVectors.Net.GetProperty("substrate");

    public static string[] Strings(string name)
    {
        JsonElement array = Section.GetProperty(name);
        var result = new string[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
            result[i++] = item.GetString()!;
        return result;
    }

    public static byte[] Bytes(string name, string? property = null)
    {
        JsonElement element = Section.GetProperty(name);
        if (property is not null) element = element.GetProperty(property);
        return Convert.FromHexString(element.GetString()!);
    }
}
