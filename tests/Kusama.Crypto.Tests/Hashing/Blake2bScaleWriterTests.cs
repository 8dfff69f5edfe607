using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Scale;

namespace Kusama.Crypto.Tests.Hashing;

public class Blake2bScaleWriterTests
{
    [Fact]
    public void Hashing_an_encoding_equals_hashing_its_bytes()
    {
        var pooled = new PooledScaleWriter();
        var hashing = new Blake2bScaleWriter();
        var random = new Random(3);
        byte[] blob = new byte[700];
        random.NextBytes(blob);
        for (int i = 0; i < 40; i++)
        {
            ulong value = (ulong)random.NextInt64();
            ScaleWriter.WriteCompact(ref pooled, value);
            ScaleWriter.WriteCompact(ref hashing, value);
            ScaleWriter.WriteUInt32(ref pooled, (uint)i);
            ScaleWriter.WriteUInt32(ref hashing, (uint)i);
            ScaleWriter.WriteLengthPrefixedBytes(ref pooled, blob.AsSpan(0, i * 17));
            ScaleWriter.WriteLengthPrefixedBytes(ref hashing, blob.AsSpan(0, i * 17));
        }
        Assert.Equal(Blake2b.Hash256(pooled.WrittenSpan), hashing.FinishHash256());
        pooled.Dispose();
    }

    [Fact]
    public void Kusama_genesis_header_hashes_to_the_real_genesis_hash()
    {
        // client-interop.md §3.3: blake2_256(zero parent ++ compact 0 ++ state root ++ empty-trie root ++ empty digest).
        var writer = new Blake2bScaleWriter();
        writer.Write(new byte[32]);
        ScaleWriter.WriteCompact(ref writer, 0u);
        writer.Write(Hex.Decode("0xb0006203c3a6e6bd2c6a17b1d4ae8ca49a31da0f4579da950b127774b44aef6b"));
        writer.Write(Hex.Decode("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314"));
        ScaleWriter.WriteCompact(ref writer, 0u);
        Assert.Equal("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe", writer.FinishHash256().ToString());
    }
}
