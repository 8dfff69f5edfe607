namespace Kusama.Network.Protocols;

/// <summary>
/// A <c>/light/2</c> response (<c>api.v1.light.Response</c>): a call proof (member 1) or a read proof (member 2). A null
/// proof means the responder could not answer; a proof is a SCALE <c>StorageProof</c> (<c>Vec&lt;Vec&lt;u8&gt;&gt;</c>).
/// </summary>
public sealed record LightResponse(LightResponseKind Kind, byte[]? Proof)
{
    /// <summary>The protobuf encoding.</summary>
    public byte[] Encode()
    {
        var inner = new ProtobufWriter(Proof is null ? 8 : Proof.Length + 8);
        if (Proof is not null)
            inner.WriteBytesField(2, Proof);
        var writer = new ProtobufWriter(inner.WrittenSpan.Length + 8);
        writer.WriteBytesField(Kind == LightResponseKind.RemoteCall ? 1 : 2, inner.WrittenSpan);
        return writer.ToArray();
    }

    /// <summary>Decodes a response of at most <see cref="ProtocolLimits.MaxResponseSize"/> bytes; it must carry a member.</summary>
    public static LightResponse Decode(ReadOnlySpan<byte> response)
    {
        ProtocolLimits.Check(response.Length, ProtocolLimits.MaxResponseSize, "light response");
        var reader = new ProtobufReader(response);
        LightResponse? result = null;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is not (1 or 2))
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            var inner = new ProtobufReader(reader.ReadLengthDelimited());
            byte[]? proof = null;
            while (inner.TryReadKey(out int innerField, out ProtobufWireType innerType))
            {
                if (innerField != 2)
                {
                    inner.Skip(innerType);
                    continue;
                }
                ProtobufReader.Expect(innerField, innerType, ProtobufWireType.LengthDelimited);
                proof = inner.ReadLengthDelimited().ToArray();
            }
            result = new LightResponse(field == 1 ? LightResponseKind.RemoteCall : LightResponseKind.RemoteRead, proof);
        }
        return result ?? throw new ProtocolDecodeException("light response carries no response");
    }
}
