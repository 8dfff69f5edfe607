using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Extrinsics;
using Kusama.Runtime.Executive;

namespace Kusama.Runtime.Tests.Executive;

public class SignatureBatchTests
{
    private static readonly KeyPair[] Sr25519Keys = [.. Enumerable.Range(0, 8).Select(i => KeyPair.FromSuri(KeyScheme.Sr25519, $"//batch//{i}"))];
    private static readonly KeyPair Ed25519Key = KeyPair.FromSuri(KeyScheme.Ed25519, "//batch//ed");

    /// <summary>Queues <paramref name="count"/> checks (every fifth one ed25519); the indices in <paramref name="bad"/> sign another message.</summary>
    private static SignatureBatch Batch(int count, params int[] bad)
    {
        var batch = new SignatureBatch(parallelism: 2);
        for (int i = 0; i < count; i++)
        {
            byte[] message = [(byte)i, (byte)(i >> 8), 0x42];
            byte[] signed = bad.Contains(i) ? [.. message, 0] : message;
            bool ed = i % 5 == 4;
            KeyPair key = ed ? Ed25519Key : Sr25519Keys[i % Sr25519Keys.Length];
            batch.Add(i, ed ? MultiSignatureKind.Ed25519 : MultiSignatureKind.Sr25519, key.Sign(signed), message, key.AccountId);
        }
        return batch;
    }

    [Fact]
    public void A_batch_of_valid_sr25519_and_ed25519_signatures_finds_nothing_bad()
    {
        SignatureBatch batch = Batch(100);
        Assert.Null(batch.Finish());
        Assert.Equal(100, batch.Count);
    }

    [Fact]
    public void One_bad_sr25519_signature_among_many_is_named()
    {
        Assert.Equal(57, Batch(100, 57).Finish());
    }

    [Fact]
    public void The_lowest_of_several_bad_signatures_is_named_whatever_chunk_holds_it()
    {
        Assert.Equal(9, Batch(100, 90, 33, 9, 70).Finish());
    }

    [Fact]
    public void A_bad_ed25519_signature_is_named_too()
    {
        Assert.Equal(14, Batch(40, 14).Finish());
    }

    [Fact]
    public void A_signature_by_another_account_is_bad()
    {
        var batch = new SignatureBatch(parallelism: 1);
        byte[] message = [1, 2, 3];
        batch.Add(0, MultiSignatureKind.Sr25519, Sr25519Keys[0].Sign(message), message, Sr25519Keys[0].AccountId);
        batch.Add(1, MultiSignatureKind.Sr25519, Sr25519Keys[1].Sign(message), message, Sr25519Keys[2].AccountId);
        Assert.Equal(1, batch.Finish());
    }
}
