using System.Diagnostics.CodeAnalysis;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Libp2p.Multiaddrs;

/// <summary>An immutable multiaddr: text <c>/ip4/1.2.3.4/tcp/30333/p2p/12D3KooW…</c> or binary <c>uvarint(code) ‖ value</c> per component.</summary>
public sealed class Multiaddr : IEquatable<Multiaddr>
{
    /// <summary>Longest binary or text form accepted; real addresses are a few dozen bytes.</summary>
    public const int MaxLength = 1024;

    private readonly MultiaddrComponent[] _components;
    private readonly byte[] _bytes;

    private Multiaddr(MultiaddrComponent[] components)
    {
        _components = components;
        var buffer = new MemoryStream();
        foreach (MultiaddrComponent component in components) component.WriteTo(buffer);
        _bytes = buffer.ToArray();
    }

    /// <summary>The multiaddr of <paramref name="components"/>, in order.</summary>
    public Multiaddr(params ReadOnlySpan<MultiaddrComponent> components)
        : this(components.ToArray())
    {
    }

    /// <summary>The components, in order.</summary>
    public IReadOnlyList<MultiaddrComponent> Components => Array.AsReadOnly(_components);

    /// <summary>The binary form.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The peer id of the last <c>/p2p</c> component, if it ends with one.</summary>
    public PeerId? PeerId =>
        _components.Length > 0 && _components[^1].Protocol == MultiaddrProtocol.P2p ? _components[^1].PeerId : null;

    /// <summary>This address with <paramref name="component"/> appended.</summary>
    public Multiaddr With(MultiaddrComponent component) => new([.. _components, component]);

    /// <summary>This address without a trailing <c>/p2p</c> component.</summary>
    public Multiaddr WithoutPeerId() =>
        _components.Length > 0 && _components[^1].Protocol == MultiaddrProtocol.P2p ? new(_components[..^1]) : this;

    /// <summary>Parses the text form; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static Multiaddr Parse(string text) =>
        TryParse(text, out Multiaddr? address, out string? error) ? address : throw new FormatException($"invalid multiaddr '{text}': {error}");

    /// <summary>Parses the text form; false when it is not a valid multiaddr.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Multiaddr? address) => TryParse(text, out address, out _);

    /// <summary>Reads the binary form; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static Multiaddr FromBytes(ReadOnlySpan<byte> bytes) =>
        TryFromBytes(bytes, out Multiaddr? address, out string? error) ? address : throw new FormatException($"invalid binary multiaddr: {error}");

    /// <summary>Reads the binary form; false when it is not a valid multiaddr.</summary>
    public static bool TryFromBytes(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out Multiaddr? address) => TryFromBytes(bytes, out address, out _);

    /// <summary>The text form.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        foreach (MultiaddrComponent component in _components) text.Append(component.ToString());
        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Multiaddr? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Multiaddr);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    private static bool TryParse(string? text, [NotNullWhen(true)] out Multiaddr? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        if (text is null || text.Length > MaxLength)
        {
            error = "missing or too long";
            return false;
        }
        if (text.Length == 0)
        {
            address = new Multiaddr([]);
            error = null;
            return true;
        }
        if (text[0] != '/')
        {
            error = "must start with '/'";
            return false;
        }
        string[] parts = text.Split('/');
        var components = new List<MultiaddrComponent>();
        int index = 1;
        while (index < parts.Length)
        {
            string name = parts[index++];
            if (!MultiaddrComponent.TryParse(name, ref index, parts, out MultiaddrComponent component, out error)) return false;
            components.Add(component);
        }
        address = new Multiaddr([.. components]);
        error = null;
        return true;
    }

    private static bool TryFromBytes(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out Multiaddr? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        if (bytes.Length > MaxLength)
        {
            error = $"longer than {MaxLength} bytes";
            return false;
        }
        var components = new List<MultiaddrComponent>();
        while (!bytes.IsEmpty)
        {
            if (!MultiaddrComponent.TryRead(ref bytes, out MultiaddrComponent component, out error)) return false;
            components.Add(component);
        }
        address = new Multiaddr([.. components]);
        error = null;
        return true;
    }
}
