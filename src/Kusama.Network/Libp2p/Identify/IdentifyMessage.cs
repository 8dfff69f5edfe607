using System.Text;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Protocols;

namespace Kusama.Network.Libp2p.Identify;

/// <summary>The libp2p Identify protobuf message, hand-encoded (fields 1–6; signedPeerRecord and unknown fields are skipped).</summary>
public sealed record IdentifyMessage
{
    /// <summary>Field 5, e.g. <c>/substrate/1.0</c>.</summary>
    public string? ProtocolVersion { get; init; }

    /// <summary>Field 6, e.g. <c>Kusama.NET/0.1.0</c>.</summary>
    public string? AgentVersion { get; init; }

    /// <summary>Field 1: the sender's libp2p public key.</summary>
    public PublicKey? PublicKey { get; init; }

    /// <summary>Field 2: the addresses the sender listens on.</summary>
    public IReadOnlyList<Multiaddr> ListenAddrs { get; init; } = [];

    /// <summary>Field 4: the address the sender sees us at.</summary>
    public Multiaddr? ObservedAddr { get; init; }

    /// <summary>Field 3: the protocols the sender accepts inbound.</summary>
    public IReadOnlyList<string> Protocols { get; init; } = [];

    /// <summary>The protobuf encoding (without the length prefix).</summary>
    public byte[] Encode()
    {
        using var output = new MemoryStream();
        if (PublicKey is not null) WriteField(output, 1, PublicKey.Encode());
        foreach (Multiaddr address in ListenAddrs) WriteField(output, 2, address.Bytes);
        foreach (string protocol in Protocols) WriteField(output, 3, Encoding.UTF8.GetBytes(protocol));
        if (ObservedAddr is not null) WriteField(output, 4, ObservedAddr.Bytes);
        if (ProtocolVersion is not null) WriteField(output, 5, Encoding.UTF8.GetBytes(ProtocolVersion));
        if (AgentVersion is not null) WriteField(output, 6, Encoding.UTF8.GetBytes(AgentVersion));
        return output.ToArray();
    }

    /// <summary>Decodes the protobuf; a field that does not parse (bad key, address, UTF-8) fails the whole message.</summary>
    /// <exception cref="Libp2pProtocolException">The message is malformed.</exception>
    public static IdentifyMessage Decode(ReadOnlySpan<byte> data)
    {
        var reader = new ProtobufReader(data);
        var listenAddrs = new List<Multiaddr>();
        var protocols = new List<string>();
        PublicKey? publicKey = null;
        Multiaddr? observed = null;
        string? protocolVersion = null, agentVersion = null;
        var strict = new UTF8Encoding(false, true);
        try
        {
            while (reader.TryReadKey(out int field, out ProtobufWireType wireType))
            {
                if (field is >= 1 and <= 6 && wireType != ProtobufWireType.LengthDelimited)
                    throw new Libp2pProtocolException($"identify field {field} has wire type {(int)wireType}, expected length-delimited");
                switch (field)
                {
                    case 1: publicKey = PublicKey.Decode(reader.ReadLengthDelimited()); break;
                    case 2: listenAddrs.Add(Multiaddr.FromBytes(reader.ReadLengthDelimited())); break;
                    case 3: protocols.Add(strict.GetString(reader.ReadLengthDelimited())); break;
                    case 4: observed = Multiaddr.FromBytes(reader.ReadLengthDelimited()); break;
                    case 5: protocolVersion = strict.GetString(reader.ReadLengthDelimited()); break;
                    case 6: agentVersion = strict.GetString(reader.ReadLengthDelimited()); break;
                    default: reader.Skip(wireType); break;
                }
            }
        }
        catch (Exception e) when (e is not Libp2pProtocolException)
        {
            throw new Libp2pProtocolException($"malformed identify message: {e.Message}", e);
        }
        return new IdentifyMessage
        {
            PublicKey = publicKey,
            ListenAddrs = listenAddrs,
            Protocols = protocols,
            ObservedAddr = observed,
            ProtocolVersion = protocolVersion,
            AgentVersion = agentVersion,
        };
    }

    private static void WriteField(MemoryStream output, int field, ReadOnlySpan<byte> value)
    {
        Span<byte> prefix = stackalloc byte[UnsignedVarint.MaxLength];
        output.Write(prefix[..UnsignedVarint.Write((ulong)(field << 3 | 2), prefix)]);
        output.Write(prefix[..UnsignedVarint.Write((ulong)value.Length, prefix)]);
        output.Write(value);
    }
}
