using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>Two map keys hashed one after the other (a double map's key).</summary>
public readonly struct NMapKeys<TKey1, TKey2, TPart1, TPart2> : IStorageKey<(TKey1, TKey2)>
    where TPart1 : IStorageKey<TKey1>
    where TPart2 : IStorageKey<TKey2>
{
    private static readonly StorageHasher[] s_hashers = [.. TPart1.Hashers, .. TPart2.Hashers];

    public static StorageHasher[] Hashers => s_hashers;

    public static int HashedLength(in (TKey1, TKey2) key) => TPart1.HashedLength(key.Item1) + TPart2.HashedLength(key.Item2);

    public static int WriteHashed(in (TKey1, TKey2) key, Span<byte> destination)
    {
        int written = TPart1.WriteHashed(key.Item1, destination);
        return written + TPart2.WriteHashed(key.Item2, destination[written..]);
    }

    public static (TKey1, TKey2) ReadHashed(ref ScaleReader reader)
    {
        TKey1 first = TPart1.ReadHashed(ref reader);
        return (first, TPart2.ReadHashed(ref reader));
    }
}
