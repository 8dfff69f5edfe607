using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Benchmarks.Scale;

/// <summary>SCALE encode/decode of a BABE block header (288 bytes) and a signed-extrinsic-sized struct (140 bytes).</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private Header _header = null!;
    private BenchExtrinsic _extrinsic = null!;
    private byte[] _headerBytes = null!;
    private byte[] _extrinsicBytes = null!;
    private readonly byte[] _buffer = new byte[1024];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        byte[] Bytes(int n)
        {
            byte[] b = new byte[n];
            random.NextBytes(b);
            return b;
        }

        _header = new Header(
            new Hash256(Bytes(32)),
            25_000_000,
            new Hash256(Bytes(32)),
            new Hash256(Bytes(32)),
            [
                // BABE PrimaryPreDigest: authority index, slot, VRF output and proof (1 + 4 + 8 + 32 + 64 bytes).
                new DigestItem.PreRuntime("BABE"u8.ToArray(), Bytes(109)),
                new DigestItem.Seal("BABE"u8.ToArray(), Bytes(64)),
            ]);
        _extrinsic = new BenchExtrinsic
        {
            Signer = new MultiAddress.Id(new AccountId32(Bytes(32))),
            Signature = Bytes(BenchExtrinsic.SignatureLength),
            Nonce = 1234,
            Tip = 1_000_000UL,
            Call = Bytes(36),
        };
        _headerBytes = ScaleCodec.Encode(_header);
        _extrinsicBytes = ScaleCodec.Encode(_extrinsic);
    }

    [Benchmark]
    public int EncodeHeader()
    {
        var writer = new SpanScaleWriter(_buffer);
        Header.Encode(_header, ref writer);
        return writer.Written;
    }

    [Benchmark]
    public int EncodeHeaderPooled()
    {
        var writer = new PooledScaleWriter(256);
        try
        {
            Header.Encode(_header, ref writer);
            return writer.Written;
        }
        finally
        {
            writer.Dispose();
        }
    }

    [Benchmark]
    public int HeaderEncodedSize() => Header.GetEncodedSize(_header);

    [Benchmark]
    public uint DecodeHeader()
    {
        var reader = new ScaleReader(_headerBytes);
        Header header = Header.Decode(ref reader);
        reader.EnsureEnd();
        return header.Number;
    }

    [Benchmark]
    public int EncodeExtrinsic()
    {
        var writer = new SpanScaleWriter(_buffer);
        BenchExtrinsic.Encode(_extrinsic, ref writer);
        return writer.Written;
    }

    [Benchmark]
    public uint DecodeExtrinsic()
    {
        var reader = new ScaleReader(_extrinsicBytes);
        BenchExtrinsic extrinsic = BenchExtrinsic.Decode(ref reader);
        reader.EnsureEnd();
        return extrinsic.Nonce;
    }
}
