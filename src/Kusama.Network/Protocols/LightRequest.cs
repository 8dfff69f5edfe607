using System.Text;
using System.Text.Unicode;

namespace Kusama.Network.Protocols;

/// <summary>
/// A <c>/light/2</c> request (<c>api.v1.light.Request</c>, proto2): a oneof of which exactly one member is set. Field numbers
/// of the inner messages start at 2, as in the schema.
/// </summary>
public sealed record LightRequest
{
    /// <summary>A request for a call proof, or null.</summary>
    public RemoteCallRequest? RemoteCall { get; init; }

    /// <summary>A request for a read proof, or null.</summary>
    public RemoteReadRequest? RemoteRead { get; init; }

    /// <summary>A request for a child read proof, or null.</summary>
    public RemoteReadChildRequest? RemoteReadChild { get; init; }

    /// <summary>The protobuf encoding.</summary>
    /// <exception cref="InvalidOperationException">Not exactly one member is set.</exception>
    public byte[] Encode()
    {
        int set = (RemoteCall is null ? 0 : 1) + (RemoteRead is null ? 0 : 1) + (RemoteReadChild is null ? 0 : 1);
        if (set != 1)
            throw new InvalidOperationException("a light request carries exactly one request");
        var inner = new ProtobufWriter(128);
        int field;
        if (RemoteCall is { } call)
        {
            field = 1;
            inner.WriteBytesField(2, call.Block);
            inner.WriteBytesField(3, Encoding.UTF8.GetBytes(call.Method));
            inner.WriteBytesField(4, call.Data);
        }
        else if (RemoteRead is { } read)
        {
            field = 2;
            inner.WriteBytesField(2, read.Block);
            foreach (byte[] key in read.Keys)
                inner.WriteBytesField(3, key);
        }
        else
        {
            RemoteReadChildRequest child = RemoteReadChild!;
            field = 4;
            inner.WriteBytesField(2, child.Block);
            inner.WriteBytesField(3, child.StorageKey);
            foreach (byte[] key in child.Keys)
                inner.WriteBytesField(6, key);
        }
        var writer = new ProtobufWriter(inner.WrittenSpan.Length + 8);
        writer.WriteBytesField(field, inner.WrittenSpan);
        return writer.ToArray();
    }

    /// <summary>
    /// Decodes a request of at most <see cref="ProtocolLimits.MaxRequestSize"/> bytes. Missing required fields, no supported
    /// member (e.g. only the RFC-0009 <c>RemoteReadRequestV2</c>) and non-UTF-8 method names are errors.
    /// </summary>
    public static LightRequest Decode(ReadOnlySpan<byte> request)
    {
        ProtocolLimits.Check(request.Length, ProtocolLimits.MaxRequestSize, "light request");
        var reader = new ProtobufReader(request);
        LightRequest? result = null;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is not (1 or 2 or 4))
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            ReadOnlySpan<byte> message = reader.ReadLengthDelimited();
            // A oneof keeps the last member seen.
            result = field switch
            {
                1 => new LightRequest { RemoteCall = DecodeCall(message) },
                2 => new LightRequest { RemoteRead = DecodeRead(message) },
                _ => new LightRequest { RemoteReadChild = DecodeReadChild(message) },
            };
        }
        return result ?? throw new ProtocolDecodeException("light request carries no supported request");
    }

    private static RemoteCallRequest DecodeCall(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        byte[]? block = null, data = null;
        string? method = null;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is not (2 or 3 or 4))
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            ReadOnlySpan<byte> value = reader.ReadLengthDelimited();
            switch (field)
            {
                case 2: block = value.ToArray(); break;
                case 3:
                    if (!Utf8.IsValid(value))
                        throw new ProtocolDecodeException("remote call method is not valid UTF-8");
                    method = Encoding.UTF8.GetString(value);
                    break;
                default: data = value.ToArray(); break;
            }
        }
        return new RemoteCallRequest(
            block ?? throw Missing("RemoteCallRequest.block"),
            method ?? throw Missing("RemoteCallRequest.method"),
            data ?? throw Missing("RemoteCallRequest.data"));
    }

    private static RemoteReadRequest DecodeRead(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        byte[]? block = null;
        var keys = new List<byte[]>();
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is not (2 or 3))
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            byte[] value = reader.ReadLengthDelimited().ToArray();
            if (field == 2) block = value;
            else keys.Add(value);
        }
        return new RemoteReadRequest(block ?? throw Missing("RemoteReadRequest.block"), keys);
    }

    private static RemoteReadChildRequest DecodeReadChild(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        byte[]? block = null, storageKey = null;
        var keys = new List<byte[]>();
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is not (2 or 3 or 6))
            {
                reader.Skip(type);
                continue;
            }
            ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
            byte[] value = reader.ReadLengthDelimited().ToArray();
            switch (field)
            {
                case 2: block = value; break;
                case 3: storageKey = value; break;
                default: keys.Add(value); break;
            }
        }
        return new RemoteReadChildRequest(
            block ?? throw Missing("RemoteReadChildRequest.block"),
            storageKey ?? throw Missing("RemoteReadChildRequest.storage_key"),
            keys);
    }

    private static ProtocolDecodeException Missing(string field) => new($"light request lacks the required field {field}");
}
