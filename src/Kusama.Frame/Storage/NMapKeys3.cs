using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>Three map keys hashed one after the other (an N-map's key).</summary>
public readonly struct NMapKeys<TKey1, TKey2, TKey3, TPart1, TPart2, TPart3> : IStorageKey<(TKey1, TKey2, TKey3)>
    where TPart1 : IStorageKey<TKey1>
    where TPart2 : IStorageKey<TKey2>
    where TPart3 : IStorageKey<TKey3>
{
    private static readonly StorageHasher[] s_hashers = [.. TPart1.Hashers, .. TPart2.Hashers, .. TPart3.Hashers];

    public static StorageHasher[] Hashers => s_hashers;

    public static int HashedLength(in (TKey1, TKey2, TKey3) key) =>
        TPart1.HashedLength(key.Item1) + TPart2.HashedLength(key.Item2) + TPart3.HashedLength(key.Item3);

    public static int WriteHashed(in (TKey1, TKey2, TKey3) key, Span<byte> destination)
    {
        int written = TPart1.WriteHashed(key.Item1, destination);
        written += TPart2.WriteHashed(key.Item2, destination[written..]);
        return written + TPart3.WriteHashed(key.Item3, destination[written..]);
    }

    public static (TKey1, TKey2, TKey3) ReadHashed(ref ScaleReader reader)
    {
        TKey1 first = TPart1.ReadHashed(ref reader);
        TKey2 second = TPart2.ReadHashed(ref reader);
        return (first, second, TPart3.ReadHashed(ref reader));
    }
}
