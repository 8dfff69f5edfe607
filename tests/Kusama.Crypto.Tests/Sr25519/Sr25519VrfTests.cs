using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Tests.Sr25519;

public class Sr25519VrfTests
{
    public static TheoryData<int> VrfIndices() => Sr25519KeyTests.Indices(TestVectors.Array("sr25519", "vrf").Length);

    private sealed record VrfVector(Sr25519KeyPair Pair, MerlinTranscript Input, MerlinTranscript Extra, byte[] Rng32, byte[] Output96);

    /// <summary>The vector file's convention: input = SigningContext(ctx).bytes(msg); extra = Transcript("VRF") + ("", extra) if non-empty.</summary>
    private static VrfVector Vector(int i)
    {
        JsonElement v = TestVectors.Array("sr25519", "vrf")[i];
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(v.Bytes("miniSecret"));
        Assert.Equal(v.String("publicKey"), Hex.Encode(pair.PublicKey));
        MerlinTranscript input = new SigningContext(v.Bytes("ctx")).Bytes(v.Bytes("message"));
        var extra = new MerlinTranscript("VRF"u8);
        byte[] extraData = v.Bytes("extra");
        if (extraData.Length > 0) extra.AppendMessage(""u8, extraData);
        return new VrfVector(pair, input, extra, v.Bytes("rng32"), v.Bytes("output96"));
    }

    [Theory, MemberData(nameof(VrfIndices))]
    public void VrfSign_with_the_vectors_rng_reproduces_the_polkadot_js_output(int i)
    {
        VrfVector v = Vector(i);
        byte[] preOutput = new byte[32], proof = new byte[64];
        v.Pair.VrfSign(v.Input, v.Extra, preOutput, proof, v.Rng32);
        Assert.Equal(Hex.Encode(v.Output96), Hex.Encode([.. preOutput, .. proof]));

        byte[] preOutputOnly = new byte[32];
        v.Pair.VrfPreOutput(v.Input, preOutputOnly);
        Assert.Equal(preOutput, preOutputOnly);
    }

    [Theory, MemberData(nameof(VrfIndices))]
    public void VrfVerify_accepts_the_polkadot_js_output_and_rejects_other_inputs(int i)
    {
        VrfVector v = Vector(i);
        byte[] preOutput = v.Output96[..32], proof = v.Output96[32..];
        Assert.True(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, preOutput, proof));

        MerlinTranscript otherInput = v.Input;
        otherInput.AppendMessage("x"u8, "y"u8);
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, otherInput, v.Extra, preOutput, proof));
        MerlinTranscript otherExtra = v.Extra;
        otherExtra.AppendMessage("x"u8, "y"u8);
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, otherExtra, preOutput, proof));
        Assert.False(Sr25519Vrf.Verify(Vector((i + 1) % 8).Pair.PublicKey, v.Input, v.Extra, preOutput, proof));
    }

    [Fact]
    public void VrfVerify_rejects_every_single_bit_flip_of_pre_output_and_proof()
    {
        VrfVector v = Vector(0);
        for (int bit = 0; bit < 96 * 8; bit++)
        {
            byte[] tampered = (byte[])v.Output96.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, tampered[..32], tampered[32..]), $"bit {bit}");
        }
    }

    [Fact]
    public void VrfVerify_returns_false_for_hostile_lengths_identity_and_invalid_points()
    {
        VrfVector v = Vector(1);
        byte[] preOutput = v.Output96[..32], proof = v.Output96[32..];
        byte[] invalidPoint = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, preOutput[..31], proof));
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, preOutput, proof[..63]));
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey[..31], v.Input, v.Extra, preOutput, proof));
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, new byte[32], proof));
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, invalidPoint, proof));
        Assert.False(Sr25519Vrf.Verify(invalidPoint, v.Input, v.Extra, preOutput, proof));
        byte[] nonCanonical = (byte[])proof.Clone();
        Array.Fill(nonCanonical, (byte)0xff, 32, 32);
        Assert.False(Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, preOutput, nonCanonical));
    }

    [Fact]
    public void Own_VRF_with_the_default_extra_verifies_and_is_deterministic_in_its_pre_output()
    {
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        var input = new MerlinTranscript("BABE"u8);
        input.AppendU64("slot number"u8, 42);
        input.AppendU64("current epoch"u8, 7);
        input.AppendMessage("chain randomness"u8, new byte[32]);

        byte[] preOutput1 = new byte[32], proof1 = new byte[64], preOutput2 = new byte[32], proof2 = new byte[64];
        pair.VrfSign(input, preOutput1, proof1);
        pair.VrfSign(input, preOutput2, proof2);
        Assert.Equal(preOutput1, preOutput2);
        Assert.NotEqual(proof1, proof2);
        Assert.True(Sr25519Vrf.Verify(pair.PublicKey, input, preOutput1, proof1));
        Assert.True(Sr25519Vrf.Verify(pair.PublicKey, input, preOutput2, proof2));
        Assert.False(Sr25519Vrf.Verify(pair.PublicKey, input, new MerlinTranscript("other"u8), preOutput1, proof1));
    }

    [Fact]
    public void MakeBytes_and_verify_match_a_schnorrkel_generated_vector()
    {
        // ChainSafe go-schnorrkel TestVrfInOut_MakeBytes: data produced by schnorrkel (Kusama ordering) for
        // SigningContext("yo!").bytes("meow"), default extra "VRF", make_bytes::<[u8; 16]>(b"substrate-babe-vrf").
        byte[] publicKey = [12, 132, 183, 11, 234, 190, 96, 172, 111, 239, 163, 137, 148, 163, 69, 79, 230, 61, 134, 41, 69, 90, 134, 229, 132, 128, 6, 63, 139, 220, 202, 0];
        byte[] inputPoint = [188, 162, 182, 161, 195, 26, 55, 223, 166, 205, 136, 92, 211, 130, 184, 194, 183, 81, 215, 192, 168, 12, 39, 55, 218, 165, 8, 105, 155, 73, 128, 68];
        byte[] preOutput = [214, 40, 153, 246, 88, 74, 127, 242, 54, 193, 7, 5, 90, 51, 45, 5, 207, 59, 64, 68, 134, 232, 19, 223, 249, 88, 74, 125, 64, 74, 220, 48];
        byte[] proof = [144, 199, 179, 5, 250, 199, 220, 177, 12, 220, 242, 196, 168, 237, 106, 3, 62, 195, 74, 127, 134, 107, 137, 91, 165, 104, 223, 244, 3, 4, 141, 10,
            129, 54, 134, 31, 49, 250, 205, 203, 254, 142, 87, 123, 216, 108, 190, 112, 204, 204, 188, 30, 84, 36, 247, 217, 59, 125, 45, 56, 112, 195, 84, 15];
        byte[] expected = [169, 57, 149, 50, 0, 243, 120, 138, 25, 250, 74, 235, 247, 137, 228, 40];
        MerlinTranscript input = new SigningContext("yo!"u8).Bytes("meow"u8);

        byte[] hashed = new byte[32];
        Sr25519Vrf.HashInput(publicKey, input, hashed);
        Assert.Equal(inputPoint, hashed);
        Assert.True(Sr25519Vrf.Verify(publicKey, input, preOutput, proof));

        byte[] output = new byte[16];
        Sr25519Vrf.MakeBytes("substrate-babe-vrf"u8, inputPoint, preOutput, output);
        Assert.Equal(expected, output);
        Array.Clear(output);
        Assert.True(Sr25519Vrf.MakeBytes(publicKey, input, preOutput, "substrate-babe-vrf"u8, output));
        Assert.Equal(expected, output);
        Assert.False(Sr25519Vrf.MakeBytes(publicKey, input, new byte[32], "substrate-babe-vrf"u8, output));
    }

    [Fact]
    public void VrfVerify_is_thread_safe_under_parallel_load()
    {
        VrfVector[] vectors = [.. Enumerable.Range(0, TestVectors.Array("sr25519", "vrf").Length).Select(Vector)];
        int failures = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            VrfVector v = vectors[n % vectors.Length];
            if (!Sr25519Vrf.Verify(v.Pair.PublicKey, v.Input, v.Extra, v.Output96[..32], v.Output96[32..]))
                Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }
}
