using Kusama.Core;
using Kusama.Scale.Codecs;
using Kusama.Frame.Primitives;
using Kusama.Scale.Tests.Examples;

namespace Kusama.Scale.Tests;

public class FuzzTests
{
    private const int Iterations = 1_000_000;

    private delegate void Decoder(ReadOnlySpan<byte> input);

    // Decoding a prefix (no EnsureEnd) lets random input succeed often enough to reach the deeper paths.
    private static readonly Decoder[] Decoders =
    [
        Prefix<UInt128, CompactU128Codec>,
        Prefix<uint, CompactU32Codec>,
        Prefix<Option<uint>, OptionCodec<uint, U32Codec>>,
        Prefix<Result<byte, string>, ResultCodec<byte, string, U8Codec, StringCodec>>,
        Prefix<uint[], VecCodec<uint, U32Codec>>,
        Prefix<string, StringCodec>,
        Prefix<SortedDictionary<uint, string>, BTreeMapCodec<uint, string, U32Codec, StringCodec>>,
        Prefix<BitVec, BitVec>,
        Prefix<RuntimeCall, RuntimeCall>,
        Prefix<DigestItem[], VecCodec<DigestItem, DigestItem>>,
        Prefix<Header, Header>,
        Prefix<OptionBool, OptionBool>,
        Prefix<Perbill, PerbillCodec>,
        input => ScaleCodec.Decode<Option<Hash256>, OptionCodec<Hash256, Hash256Codec>>(input),
    ];

    [Fact]
    public void Random_input_makes_decoders_throw_nothing_but_ScaleDecodeException()
    {
        // Two fixed-seed halves run in parallel (the machine has two cores); together they feed 1,000,000 inputs.
        int[] decoded = new int[2];
        Parallel.For(0, 2, half => decoded[half] = Fuzz(seed: 20261123 + half, Iterations / 2));
        int total = decoded[0] + decoded[1];
        // Some inputs must decode, or the fuzzer only ever exercised the first check.
        Assert.True(total > Iterations / 10, $"only {total} of {Iterations} random inputs decoded");
    }

    private static int Fuzz(int seed, int iterations)
    {
        var random = new Random(seed);
        Span<byte> buffer = stackalloc byte[64];
        int decoded = 0;
        for (int i = 0; i < iterations; i++)
        {
            int length = random.Next(0, 65);
            Span<byte> input = buffer[..length];
            random.NextBytes(input);
            // In three inputs of four the first byte is 0..3, so tags, lengths and compact modes are often valid
            // and the decoders get past their first check.
            if (length > 0 && (i & 3) != 3)
                input[0] = (byte)random.Next(0, 4);
            int which = i % Decoders.Length;
            try
            {
                Decoders[which](input);
                decoded++;
            }
            catch (ScaleDecodeException)
            {
            }
            catch (Exception ex)
            {
                Assert.Fail($"decoder {which} threw {ex.GetType().Name} for {Convert.ToHexStringLower(input)}: {ex.Message}");
            }
        }
        return decoded;
    }

    private static void Prefix<T, TCodec>(ReadOnlySpan<byte> input) where TCodec : ICodec<T>
    {
        var reader = new ScaleReader(input);
        TCodec.Decode(ref reader);
    }
}
