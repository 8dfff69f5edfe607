using System.Security.Cryptography;

namespace Kusama.Rpc;

/// <summary>Subscription ids as Substrate makes them: random 16-character alphanumeric strings (jsonrpsee's RandomStringIdProvider).</summary>
internal static class RpcSubscriptionIds
{
    public const int Length = 16;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Next() => RandomNumberGenerator.GetString(Alphabet, Length);
}
