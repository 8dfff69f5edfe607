using BenchmarkDotNet.Attributes;
using Kusama.Crypto.Hashing;

namespace Kusama.Benchmarks.Crypto;

/// <summary>BLAKE2b-256, twox128 and Keccak-256 over the input sizes a node hashes: 32-byte keys, 1 KiB nodes, 1 MiB blobs.</summary>
/// <remarks>References (crypto.md §3, same VM class): blake2b-256 ~270 ns at 32 B and ~0.6 GB/s at 1 MiB; twox128 ~27 ns
/// at 32 B and ~6.4 GB/s; Keccak-256 ~530 ns at 32 B and ~350 MB/s.</remarks>
[MemoryDiagnoser]
public class HashingBenchmarks
{
    private readonly byte[] _output = new byte[32];
    private byte[] _input32 = [];
    private byte[] _input1KiB = [];
    private byte[] _input1MiB = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _input32 = new byte[32];
        _input1KiB = new byte[1024];
        _input1MiB = new byte[1 << 20];
        random.NextBytes(_input32);
        random.NextBytes(_input1KiB);
        random.NextBytes(_input1MiB);
    }

    [Benchmark]
    public void Blake2b256_32B() => Blake2b.Hash256(_input32, _output);

    [Benchmark]
    public void Blake2b256_1KiB() => Blake2b.Hash256(_input1KiB, _output);

    [Benchmark]
    public void Blake2b256_1MiB() => Blake2b.Hash256(_input1MiB, _output);

    [Benchmark]
    public void Twox128_32B() => Twox.Hash128(_input32, _output.AsSpan(0, 16));

    [Benchmark]
    public void Twox128_1MiB() => Twox.Hash128(_input1MiB, _output.AsSpan(0, 16));

    [Benchmark]
    public void Keccak256_32B() => Keccak.Keccak256(_input32, _output);

    [Benchmark]
    public void Keccak256_1KiB() => Keccak.Keccak256(_input1KiB, _output);
}
