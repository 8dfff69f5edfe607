using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Tests.Sr25519;

public class Sr25519BatchVerifierTests
{
    private static (Sr25519KeyPair[] Pairs, byte[][] Messages, byte[][] Signatures) Signed(int count)
    {
        var pairs = new Sr25519KeyPair[count];
        var messages = new byte[count][];
        var signatures = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            byte[] seed = new byte[32];
            seed[0] = (byte)i;
            seed[1] = 0x5a;
            pairs[i] = Sr25519KeyPair.FromMiniSecret(seed);
            messages[i] = [(byte)i, 1, 2, 3, (byte)(i * 7)];
            signatures[i] = pairs[i].Sign(messages[i]);
        }
        return (pairs, messages, signatures);
    }

    private static bool VerifyAll(Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures, Sr25519BatchVerifier? verifier = null)
    {
        verifier ??= new Sr25519BatchVerifier();
        verifier.Clear();
        for (int i = 0; i < pairs.Length; i++) verifier.Add(signatures[i], messages[i], pairs[i].PublicKey);
        return verifier.Verify();
    }

    [Fact]
    public void A_batch_of_valid_signatures_verifies()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(33);
        Assert.True(VerifyAll(pairs, messages, signatures));
    }

    [Fact]
    public void A_single_valid_signature_verifies_as_a_batch()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(1);
        Assert.True(VerifyAll(pairs, messages, signatures));
    }

    [Fact]
    public void An_empty_batch_does_not_verify()
    {
        Assert.False(new Sr25519BatchVerifier().Verify());
    }

    [Fact]
    public void One_signature_over_another_message_fails_the_batch()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(16);
        messages[9] = [.. messages[9], 0];
        Assert.False(Sr25519Signature.Verify(signatures[9], messages[9], pairs[9].PublicKey));
        Assert.False(VerifyAll(pairs, messages, signatures));
    }

    [Fact]
    public void A_signature_with_a_changed_s_fails_the_batch()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(8);
        signatures[3][40] ^= 0x01;
        Assert.False(VerifyAll(pairs, messages, signatures));
    }

    [Fact]
    public void Swapped_signatures_fail_the_batch_although_their_sum_is_unchanged()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(4);
        (signatures[0], signatures[1]) = (signatures[1], signatures[0]);
        Assert.False(VerifyAll(pairs, messages, signatures));
    }

    [Fact]
    public void A_malformed_signature_is_refused_on_add_and_fails_the_batch()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(3);
        signatures[1][63] &= 0x7f; // no schnorrkel marker
        var verifier = new Sr25519BatchVerifier();
        Assert.True(verifier.Add(signatures[0], messages[0], pairs[0].PublicKey));
        Assert.False(verifier.Add(signatures[1], messages[1], pairs[1].PublicKey));
        Assert.False(verifier.Verify());
    }

    [Fact]
    public void A_verifier_is_reusable_after_clear()
    {
        (Sr25519KeyPair[] pairs, byte[][] messages, byte[][] signatures) = Signed(5);
        var verifier = new Sr25519BatchVerifier();
        byte[] bad = (byte[])signatures[2].Clone();
        bad[0] ^= 0x02;
        byte[][] tampered = [signatures[0], signatures[1], bad, signatures[3], signatures[4]];
        Assert.False(VerifyAll(pairs, messages, tampered, verifier));
        Assert.True(VerifyAll(pairs, messages, signatures, verifier));
        Assert.Equal(5, verifier.Count);
    }
}
