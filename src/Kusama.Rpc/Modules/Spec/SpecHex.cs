using Kusama.Core;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>Hex parameters as sc-rpc-spec-v2 reads them: an empty string is no bytes, anything not hex is an invalid parameter.</summary>
public static class SpecHex
{
    public static byte[] Parse(string value)
    {
        if (value.Length == 0) return [];
        try
        {
            return Hex.Decode(value);
        }
        catch (FormatException)
        {
            throw SpecErrors.InvalidParameter(value);
        }
        catch (ArgumentException)
        {
            throw SpecErrors.InvalidParameter(value);
        }
    }
}
