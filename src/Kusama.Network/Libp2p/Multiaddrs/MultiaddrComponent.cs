using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Libp2p.Multiaddrs;

/// <summary>One <c>/protocol/value</c> part of a multiaddr; <see cref="Value"/> is the binary value (empty for ws, wss, ...).</summary>
public readonly struct MultiaddrComponent : IEquatable<MultiaddrComponent>
{
    // DNS names are at most 253 characters; the cap only keeps hostile input from allocating.
    private const int MaxDnsNameLength = 255;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[]? _value;

    private MultiaddrComponent(MultiaddrProtocol protocol, byte[] value)
    {
        Protocol = protocol;
        _value = value;
    }

    /// <summary>The protocol.</summary>
    public MultiaddrProtocol Protocol { get; }

    /// <summary>The binary value.</summary>
    public ReadOnlySpan<byte> Value => _value;

    /// <summary><c>/ip4/…</c> or <c>/ip6/…</c> for <paramref name="address"/>.</summary>
    public static MultiaddrComponent Ip(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => new(MultiaddrProtocol.Ip4, address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => new(MultiaddrProtocol.Ip6, address.GetAddressBytes()),
            _ => throw new ArgumentException($"{address.AddressFamily} is not an IP address family", nameof(address)),
        };
    }

    /// <summary><c>/tcp/port</c>.</summary>
    public static MultiaddrComponent Tcp(ushort port) => Port(MultiaddrProtocol.Tcp, port);

    /// <summary><c>/udp/port</c>.</summary>
    public static MultiaddrComponent Udp(ushort port) => Port(MultiaddrProtocol.Udp, port);

    /// <summary><c>/dns/name</c>, <c>/dns4/name</c> or <c>/dns6/name</c>.</summary>
    public static MultiaddrComponent Dns(MultiaddrProtocol protocol, string name)
    {
        if (protocol is not (MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6))
            throw new ArgumentException($"{protocol} is not a DNS protocol", nameof(protocol));
        if (!IsDnsName(name)) throw new ArgumentException($"'{name}' is not a DNS name", nameof(name));
        return new(protocol, StrictUtf8.GetBytes(name));
    }

    /// <summary><c>/p2p/peer-id</c>.</summary>
    public static MultiaddrComponent P2p(PeerId peerId)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        return new(MultiaddrProtocol.P2p, peerId.Bytes.ToArray());
    }

    /// <summary>A protocol without a value: ws, wss, quic-v1, webrtc-direct.</summary>
    public static MultiaddrComponent Flag(MultiaddrProtocol protocol)
    {
        if (ValueKind(protocol) != Kind.None) throw new ArgumentException($"{protocol} takes a value", nameof(protocol));
        return new(protocol, []);
    }

    /// <summary>The address of an ip4/ip6 component.</summary>
    public IPAddress? IpAddress => Protocol is MultiaddrProtocol.Ip4 or MultiaddrProtocol.Ip6 ? new IPAddress(Value) : null;

    /// <summary>The port of a tcp/udp component.</summary>
    public ushort? PortNumber => Protocol is MultiaddrProtocol.Tcp or MultiaddrProtocol.Udp ? BinaryPrimitives.ReadUInt16BigEndian(Value) : null;

    /// <summary>The name of a dns/dns4/dns6 component.</summary>
    public string? DnsName => Protocol is MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6 ? Encoding.UTF8.GetString(Value) : null;

    /// <summary>The peer id of a p2p component.</summary>
    public PeerId? PeerId => Protocol == MultiaddrProtocol.P2p ? Identity.PeerId.FromBytes(Value) : null;

    /// <summary>The protocol's text name as in multiaddr text.</summary>
    public static string Name(MultiaddrProtocol protocol) => protocol switch
    {
        MultiaddrProtocol.Ip4 => "ip4",
        MultiaddrProtocol.Tcp => "tcp",
        MultiaddrProtocol.Ip6 => "ip6",
        MultiaddrProtocol.Dns => "dns",
        MultiaddrProtocol.Dns4 => "dns4",
        MultiaddrProtocol.Dns6 => "dns6",
        MultiaddrProtocol.Udp => "udp",
        MultiaddrProtocol.WebRtcDirect => "webrtc-direct",
        MultiaddrProtocol.P2p => "p2p",
        MultiaddrProtocol.QuicV1 => "quic-v1",
        MultiaddrProtocol.Ws => "ws",
        MultiaddrProtocol.Wss => "wss",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown multiaddr protocol"),
    };

    /// <summary>Writes <c>uvarint(code) ‖ value</c> (value length-prefixed for dns and p2p).</summary>
    public void WriteTo(Stream destination)
    {
        Span<byte> varint = stackalloc byte[UnsignedVarint.MaxLength];
        destination.Write(varint[..UnsignedVarint.Write((ulong)Protocol, varint)]);
        if (ValueKind(Protocol) == Kind.LengthPrefixed) destination.Write(varint[..UnsignedVarint.Write((ulong)Value.Length, varint)]);
        destination.Write(Value);
    }

    /// <summary>The text <c>/name/value</c>.</summary>
    public override string ToString()
    {
        string name = Name(Protocol);
        return Protocol switch
        {
            MultiaddrProtocol.Ip4 or MultiaddrProtocol.Ip6 => $"/{name}/{IpAddress}",
            MultiaddrProtocol.Tcp or MultiaddrProtocol.Udp => $"/{name}/{PortNumber!.Value.ToString(CultureInfo.InvariantCulture)}",
            MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6 => $"/{name}/{DnsName}",
            MultiaddrProtocol.P2p => $"/{name}/{PeerId}",
            _ => $"/{name}",
        };
    }

    /// <inheritdoc />
    public bool Equals(MultiaddrComponent other) => Protocol == other.Protocol && Value.SequenceEqual(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MultiaddrComponent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Protocol);
        hash.AddBytes(Value);
        return hash.ToHashCode();
    }

    /// <summary>Reads one component from the start of <paramref name="source"/>; false (with a reason) on anything malformed.</summary>
    internal static bool TryRead(ref ReadOnlySpan<byte> source, out MultiaddrComponent component, [NotNullWhen(false)] out string? error)
    {
        component = default;
        if (UnsignedVarint.TryRead(source, out ulong code, out int consumed) != VarintStatus.Done)
        {
            error = "malformed protocol code";
            return false;
        }
        if (code > int.MaxValue || !Enum.IsDefined((MultiaddrProtocol)(int)code))
        {
            error = $"unknown protocol code 0x{code:x}";
            return false;
        }
        var protocol = (MultiaddrProtocol)(int)code;
        source = source[consumed..];
        int length;
        switch (ValueKind(protocol))
        {
            case Kind.None:
                length = 0;
                break;
            case Kind.LengthPrefixed:
                if (UnsignedVarint.TryRead(source, out ulong declared, out consumed) != VarintStatus.Done || declared > (ulong)(source.Length - consumed))
                {
                    error = $"{Name(protocol)} value length is malformed or runs past the end";
                    return false;
                }
                source = source[consumed..];
                length = (int)declared;
                break;
            default:
                length = FixedLength(protocol);
                break;
        }
        if (source.Length < length)
        {
            error = $"{Name(protocol)} value runs past the end";
            return false;
        }
        ReadOnlySpan<byte> value = source[..length];
        source = source[length..];
        if (protocol is MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6)
        {
            string name;
            try
            {
                name = StrictUtf8.GetString(value);
            }
            catch (DecoderFallbackException)
            {
                error = $"{Name(protocol)} name is not UTF-8";
                return false;
            }
            if (!IsDnsName(name))
            {
                error = $"{Name(protocol)} name is empty, too long or contains '/'";
                return false;
            }
        }
        else if (protocol == MultiaddrProtocol.P2p && !Identity.PeerId.TryFromBytes(value, out _))
        {
            error = "p2p value is not a peer id multihash";
            return false;
        }
        component = new(protocol, value.ToArray());
        error = null;
        return true;
    }

    /// <summary>Parses the component whose name is <paramref name="name"/>, taking its value from <paramref name="parts"/>.</summary>
    internal static bool TryParse(string name, ref int index, string[] parts, out MultiaddrComponent component, [NotNullWhen(false)] out string? error)
    {
        component = default;
        MultiaddrProtocol? found = name switch
        {
            "ip4" => MultiaddrProtocol.Ip4,
            "tcp" => MultiaddrProtocol.Tcp,
            "ip6" => MultiaddrProtocol.Ip6,
            "dns" => MultiaddrProtocol.Dns,
            "dns4" => MultiaddrProtocol.Dns4,
            "dns6" => MultiaddrProtocol.Dns6,
            "udp" => MultiaddrProtocol.Udp,
            "webrtc-direct" => MultiaddrProtocol.WebRtcDirect,
            "p2p" or "ipfs" => MultiaddrProtocol.P2p,
            "quic-v1" => MultiaddrProtocol.QuicV1,
            "ws" => MultiaddrProtocol.Ws,
            "wss" => MultiaddrProtocol.Wss,
            _ => null,
        };
        if (found is not { } protocol)
        {
            error = $"unknown protocol '{name}'";
            return false;
        }
        if (ValueKind(protocol) == Kind.None)
        {
            component = new(protocol, []);
            error = null;
            return true;
        }
        if (index >= parts.Length)
        {
            error = $"{name} needs a value";
            return false;
        }
        string text = parts[index++];
        error = null;
        switch (protocol)
        {
            case MultiaddrProtocol.Ip4:
                if (TryParseIp4(text, out byte[] ip4)) component = new(protocol, ip4);
                else error = $"'{text}' is not an IPv4 address";
                break;
            case MultiaddrProtocol.Ip6:
                if (IsIp6Text(text) && IPAddress.TryParse(text, out IPAddress? ip6) && ip6.AddressFamily == AddressFamily.InterNetworkV6)
                    component = new(protocol, ip6.GetAddressBytes());
                else error = $"'{text}' is not an IPv6 address";
                break;
            case MultiaddrProtocol.Tcp or MultiaddrProtocol.Udp:
                if (IsDecimal(text) && ushort.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ushort port)) component = Port(protocol, port);
                else error = $"'{text}' is not a port";
                break;
            case MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6:
                if (IsDnsName(text)) component = new(protocol, StrictUtf8.GetBytes(text));
                else error = $"'{text}' is not a DNS name";
                break;
            case MultiaddrProtocol.P2p:
                if (Identity.PeerId.TryParse(text, out PeerId? peerId)) component = P2p(peerId);
                else error = $"'{text}' is not a peer id";
                break;
        }
        return error is null;
    }

    private static MultiaddrComponent Port(MultiaddrProtocol protocol, ushort port)
    {
        byte[] value = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(value, port);
        return new(protocol, value);
    }

    private static bool TryParseIp4(string text, out byte[] address)
    {
        // Strict dotted quad as rust's Ipv4Addr: IPAddress.TryParse would also take "1", "1.2" or octal-looking parts.
        address = new byte[4];
        string[] octets = text.Split('.');
        if (octets.Length != 4) return false;
        for (int i = 0; i < 4; i++)
        {
            string octet = octets[i];
            if (octet.Length is 0 or > 3 || !IsDecimal(octet) || (octet.Length > 1 && octet[0] == '0')) return false;
            int value = int.Parse(octet, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value > 255) return false;
            address[i] = (byte)value;
        }
        return true;
    }

    private static bool IsIp6Text(string text)
    {
        // IPAddress.TryParse also takes brackets, scope ids and prefix lengths, none of which a multiaddr carries.
        if (!text.Contains(':')) return false;
        foreach (char c in text)
            if (!char.IsAsciiHexDigit(c) && c is not (':' or '.')) return false;
        return true;
    }

    private static bool IsDecimal(string text)
    {
        if (text.Length == 0) return false;
        foreach (char c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }

    private static bool IsDnsName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxDnsNameLength && !name.Contains('/');

    private static int FixedLength(MultiaddrProtocol protocol) => protocol switch
    {
        MultiaddrProtocol.Ip4 => 4,
        MultiaddrProtocol.Ip6 => 16,
        MultiaddrProtocol.Tcp or MultiaddrProtocol.Udp => 2,
        _ => 0,
    };

    private static Kind ValueKind(MultiaddrProtocol protocol) => protocol switch
    {
        MultiaddrProtocol.Ip4 or MultiaddrProtocol.Ip6 or MultiaddrProtocol.Tcp or MultiaddrProtocol.Udp => Kind.Fixed,
        MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6 or MultiaddrProtocol.P2p => Kind.LengthPrefixed,
        _ => Kind.None,
    };

    private enum Kind
    {
        None,
        Fixed,
        LengthPrefixed,
    }
}
