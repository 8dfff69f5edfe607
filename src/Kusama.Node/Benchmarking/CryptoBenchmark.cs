using System.Security.Cryptography;
using Kusama.Crypto.Hashing;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Sr25519;
using EcdsaAlgorithm = Kusama.Crypto.Ecdsa.EcdsaSignature;

namespace Kusama.Node.Benchmarking;

/// <summary>Node-level crypto speed check (<c>kusama benchmark crypto</c>): signatures, VRF, recovery and hashing.</summary>
/// <remarks>Not BenchmarkDotNet: a quick, honest rate per core and for all cores, each thread with its own keys and inputs.</remarks>
public sealed class CryptoBenchmark(TimeSpan duration, int cores)
{
    private const int MessageLength = 128;
    private const int InputsPerThread = 16;
    private const int LargeInput = 1 << 20;
    private const int SmallInput = 32;
    private const int SmallBatch = 256;

    private static ReadOnlySpan<byte> VrfContext => "kusama-benchmark"u8;

    public TimeSpan Duration { get; } = duration;

    public int Cores { get; } = cores;

    /// <summary>Runs every measurement in turn; <paramref name="progress"/> hears each row as it completes.</summary>
    public IReadOnlyList<BenchmarkResult> Run(Action<BenchmarkResult>? progress = null)
    {
        var results = new List<BenchmarkResult>();

        void Rate(string name, Func<Func<long>> workload)
        {
            var result = new BenchmarkResult(name, "ops/s", Throughput.OneThread(workload, Duration), Throughput.ManyThreads(workload, Duration, Cores));
            results.Add(result);
            progress?.Invoke(result);
        }

        void Hash(string name, Func<int, int, Func<long>> step)
        {
            var large = new BenchmarkResult($"{name}-1MiB", "MB/s",
                Throughput.OneThread(() => step(LargeInput, 1), Duration) / 1e6,
                Throughput.ManyThreads(() => step(LargeInput, 1), Duration, Cores) / 1e6);
            results.Add(large);
            progress?.Invoke(large);

            var perSecond = Throughput.OneThread(() => step(SmallInput, SmallBatch), Duration) / SmallInput;
            var small = new BenchmarkResult($"{name}-32B", "ns/op", 1e9 / perSecond, null);
            results.Add(small);
            progress?.Invoke(small);
        }

        Rate("sr25519-sign", Sr25519Sign);
        Rate("sr25519-verify", () => VerifyStep(KeyScheme.Sr25519));
        Rate("sr25519-vrf-sign", VrfSign);
        Rate("sr25519-vrf-verify", VrfVerify);
        Rate("ed25519-verify", () => VerifyStep(KeyScheme.Ed25519));
        Rate("ecdsa-recover", EcdsaRecover);
        Hash("blake2b-256", Blake2b256Step);
        Hash("twox128", Twox128Step);
        return results;
    }

    private static Func<long> Sr25519Sign()
    {
        var pair = KeyPair.FromSeed(KeyScheme.Sr25519, RandomNumberGenerator.GetBytes(32));
        var message = RandomNumberGenerator.GetBytes(MessageLength);
        var signature = new byte[64];
        return () =>
        {
            pair.Sign(message, signature);
            return 1;
        };
    }

    private static Func<long> VerifyStep(KeyScheme scheme)
    {
        var pair = KeyPair.FromSeed(scheme, RandomNumberGenerator.GetBytes(32));
        var publicKey = pair.PublicKey.ToArray();
        var messages = new byte[InputsPerThread][];
        var signatures = new byte[InputsPerThread][];
        for (var i = 0; i < InputsPerThread; i++)
        {
            messages[i] = RandomNumberGenerator.GetBytes(MessageLength);
            signatures[i] = pair.Sign(messages[i]);
        }

        var next = 0;
        return () =>
        {
            var i = next++ % InputsPerThread;
            if (!KeyPair.Verify(scheme, signatures[i], messages[i], publicKey))
            {
                throw new InvalidOperationException($"benchmark self-check failed: a fresh {scheme.Name()} signature did not verify");
            }

            return 1;
        };
    }

    private static Func<long> VrfSign()
    {
        var pair = Sr25519KeyPair.FromMiniSecret(RandomNumberGenerator.GetBytes(32));
        var message = RandomNumberGenerator.GetBytes(MessageLength);
        var preOutput = new byte[Sr25519Vrf.PreOutputLength];
        var proof = new byte[Sr25519Vrf.ProofLength];
        return () =>
        {
            pair.VrfSign(new SigningContext(VrfContext).Bytes(message), preOutput, proof);
            return 1;
        };
    }

    private static Func<long> VrfVerify()
    {
        var pair = Sr25519KeyPair.FromMiniSecret(RandomNumberGenerator.GetBytes(32));
        var publicKey = pair.PublicKey.ToArray();
        var messages = new byte[InputsPerThread][];
        var preOutputs = new byte[InputsPerThread][];
        var proofs = new byte[InputsPerThread][];
        for (var i = 0; i < InputsPerThread; i++)
        {
            messages[i] = RandomNumberGenerator.GetBytes(MessageLength);
            preOutputs[i] = new byte[Sr25519Vrf.PreOutputLength];
            proofs[i] = new byte[Sr25519Vrf.ProofLength];
            pair.VrfSign(new SigningContext(VrfContext).Bytes(messages[i]), preOutputs[i], proofs[i]);
        }

        var next = 0;
        return () =>
        {
            var i = next++ % InputsPerThread;
            if (!Sr25519Vrf.Verify(publicKey, new SigningContext(VrfContext).Bytes(messages[i]), preOutputs[i], proofs[i]))
            {
                throw new InvalidOperationException("benchmark self-check failed: a fresh VRF proof did not verify");
            }

            return 1;
        };
    }

    private static Func<long> EcdsaRecover()
    {
        var pair = KeyPair.FromSeed(KeyScheme.Ecdsa, RandomNumberGenerator.GetBytes(32));
        var hashes = new byte[InputsPerThread][];
        var signatures = new byte[InputsPerThread][];
        for (var i = 0; i < InputsPerThread; i++)
        {
            var message = RandomNumberGenerator.GetBytes(MessageLength);
            hashes[i] = Blake2b.Hash256(message).Bytes.ToArray();
            signatures[i] = pair.Sign(message);
        }

        var recovered = new byte[33];
        var next = 0;
        return () =>
        {
            var i = next++ % InputsPerThread;
            if (!EcdsaAlgorithm.RecoverCompressed(signatures[i], hashes[i], recovered))
            {
                throw new InvalidOperationException("benchmark self-check failed: a fresh ecdsa signature did not recover");
            }

            return 1;
        };
    }

    // One loop per hash, not a delegate per call: at ~30 ns per twox128 a delegate call would be a visible share.
    private static Func<long> Blake2b256Step(int inputLength, int batch)
    {
        var input = RandomNumberGenerator.GetBytes(inputLength);
        var output = new byte[32];
        return () =>
        {
            for (var i = 0; i < batch; i++)
            {
                Blake2b.Hash256(input, output);
            }

            return (long)inputLength * batch;
        };
    }

    private static Func<long> Twox128Step(int inputLength, int batch)
    {
        var input = RandomNumberGenerator.GetBytes(inputLength);
        var output = new byte[16];
        return () =>
        {
            for (var i = 0; i < batch; i++)
            {
                Twox.Hash128(input, output);
            }

            return (long)inputLength * batch;
        };
    }
}
