using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Primitives;

/// <summary>sp-runtime's <c>DigestItem</c> (tags 2 and 7 were removed and must stay unused).</summary>
public abstract record DigestItem : IScaleCodec<DigestItem>
{
    private DigestItem()
    {
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Other(byte[] Data) : DigestItem
    {
        public const byte VariantIndex = 0;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Consensus(byte[] EngineId, byte[] Data) : DigestItem
    {
        public const byte VariantIndex = 4;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Seal(byte[] EngineId, byte[] Signature) : DigestItem
    {
        public const byte VariantIndex = 5;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record PreRuntime(byte[] EngineId, byte[] Data) : DigestItem
    {
        public const byte VariantIndex = 6;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record RuntimeEnvironmentUpdated : DigestItem
    {
        public const byte VariantIndex = 8;
    }

    public static DigestItem Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case Other.VariantIndex:
                return new Other(BytesCodec.Decode(ref reader));
            case Consensus.VariantIndex:
                {
                    byte[] engine = FixedBytesCodec<ConsensusEngineIdLength>.Decode(ref reader);
                    return new Consensus(engine, BytesCodec.Decode(ref reader));
                }
            case Seal.VariantIndex:
                {
                    byte[] engine = FixedBytesCodec<ConsensusEngineIdLength>.Decode(ref reader);
                    return new Seal(engine, BytesCodec.Decode(ref reader));
                }
            case PreRuntime.VariantIndex:
                {
                    byte[] engine = FixedBytesCodec<ConsensusEngineIdLength>.Decode(ref reader);
                    return new PreRuntime(engine, BytesCodec.Decode(ref reader));
                }
            case RuntimeEnvironmentUpdated.VariantIndex:
                return new RuntimeEnvironmentUpdated();
            default:
                throw new ScaleDecodeException($"unknown DigestItem variant index {index}", start);
        }
    }

    public static void Encode<TWriter>(in DigestItem value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Other other:
                writer.WriteByte(Other.VariantIndex);
                BytesCodec.Encode(other.Data, ref writer);
                break;
            case Consensus consensus:
                writer.WriteByte(Consensus.VariantIndex);
                FixedBytesCodec<ConsensusEngineIdLength>.Encode(consensus.EngineId, ref writer);
                BytesCodec.Encode(consensus.Data, ref writer);
                break;
            case Seal seal:
                writer.WriteByte(Seal.VariantIndex);
                FixedBytesCodec<ConsensusEngineIdLength>.Encode(seal.EngineId, ref writer);
                BytesCodec.Encode(seal.Signature, ref writer);
                break;
            case PreRuntime pre:
                writer.WriteByte(PreRuntime.VariantIndex);
                FixedBytesCodec<ConsensusEngineIdLength>.Encode(pre.EngineId, ref writer);
                BytesCodec.Encode(pre.Data, ref writer);
                break;
            case RuntimeEnvironmentUpdated:
                writer.WriteByte(RuntimeEnvironmentUpdated.VariantIndex);
                break;
            default:
                throw new ArgumentException($"unknown DigestItem variant {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in DigestItem value) => value switch
    {
        Other other => 1 + BytesCodec.GetEncodedSize(other.Data),
        Consensus consensus => 5 + BytesCodec.GetEncodedSize(consensus.Data),
        Seal seal => 5 + BytesCodec.GetEncodedSize(seal.Signature),
        PreRuntime pre => 5 + BytesCodec.GetEncodedSize(pre.Data),
        RuntimeEnvironmentUpdated => 1,
        _ => throw new ArgumentException($"unknown DigestItem variant {value.GetType().Name}", nameof(value)),
    };
}
