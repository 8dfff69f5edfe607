using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Apis;

/// <summary>frame-system-rpc-runtime-api <c>AccountNonceApi</c> (version 1): account_nonce.</summary>
public static class AccountNonceApi
{
    /// <summary><c>AccountNonceApi_account_nonce</c>: AccountId32 → u32.</summary>
    public static byte[] AccountNonce(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        AccountId32 who = ScaleCodec.Decode<AccountId32, AccountId32Codec>(args);
        return ScaleCodec.Encode<uint, U32Codec>(executive.Runtime.System.AccountNonce(who));
    }

    /// <summary>Registers the AccountNonceApi method.</summary>
    public static void Register(KusamaRuntimeApi api) => api.Register("AccountNonceApi_account_nonce", AccountNonce);
}
