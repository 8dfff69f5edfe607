using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Storage.Tests;

/// <summary>A map caches the hashed storage keys of its recent keys; the cache must never hand out another key's bytes.</summary>
public class StorageKeyCacheTests
{
    private static byte[] ExpectedKey(AccountId32 who)
    {
        // twox128("Test") ++ twox128("Accounts") ++ blake2_128(who) ++ who, computed without the map.
        byte[] key = new byte[16 + 16 + 16 + 32];
        Twox.Hash128("Test"u8, key.AsSpan(0, 16));
        Twox.Hash128("Accounts"u8, key.AsSpan(16, 16));
        Blake2b.Hash128(who.Bytes, key.AsSpan(32, 16));
        who.Bytes.CopyTo(key.AsSpan(48));
        return key;
    }

    [Fact]
    public void Rotating_more_keys_than_the_cache_holds_keeps_every_key_and_value_right()
    {
        var state = new MemoryState();
        var storage = state.Storage();
        var map = new StorageMap<AccountId32, ulong, AccountId32Codec, U64Codec, Blake2_128Concat>(storage, "Test", "Accounts");
        var accounts = new AccountId32[20];
        for (int i = 0; i < accounts.Length; i++)
        {
            byte[] bytes = new byte[32];
            bytes[0] = (byte)i;
            bytes[31] = (byte)(255 - i);
            accounts[i] = new AccountId32(bytes);
        }

        for (int round = 0; round < 5; round++)
        {
            for (int i = 0; i < accounts.Length; i++) map.Set(accounts[(i * 7 + round) % accounts.Length], (ulong)(round * 100 + (i * 7 + round) % accounts.Length));
            for (int i = accounts.Length - 1; i >= 0; i--)
            {
                Assert.Equal((ulong)(round * 100 + i), map.Get(accounts[i]));
                Assert.Equal(ExpectedKey(accounts[i]), map.HashedKey(accounts[i]));
                Assert.Equal(BitConverter.GetBytes((ulong)(round * 100 + i)), storage.Get(ExpectedKey(accounts[i])));
            }
        }
    }
}
