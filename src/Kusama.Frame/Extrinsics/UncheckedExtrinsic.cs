using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// sp-runtime <c>generic::UncheckedExtrinsic</c> as a view over its encoded bytes (nothing is copied): compact length,
/// version byte, then by type — v4 signed: address, signature, explicit extensions; v5 general: extension version,
/// extensions; bare: nothing — then the call, kept opaque. <see cref="Call"/> is everything the length prefix leaves, so
/// the runtime's call decoder must consume it exactly (that is sp-runtime's "length prefix equals bytes consumed" check).
/// </summary>
public readonly ref partial struct UncheckedExtrinsic
{
    /// <summary>The current format version (sp-runtime <c>EXTRINSIC_FORMAT_VERSION</c>): bare and general.</summary>
    public const byte Version5 = 5;

    /// <summary>The legacy format version every current client sends (<c>LEGACY_EXTRINSIC_FORMAT_VERSION</c>): bare and signed.</summary>
    public const byte Version4 = 4;

    private const byte VersionMask = 0b0011_1111;
    private const byte TypeMask = 0b1100_0000;

    // Address32 and Address20 are fixed-size variants of sp-runtime MultiAddress; the view skips them without decoding.
    private const byte AddressIdTag = 0;
    private const byte AddressIndexTag = 1;
    private const byte AddressRawTag = 2;
    private const byte Address32Tag = 3;
    private const byte Address20Tag = 4;

    private UncheckedExtrinsic(
        ReadOnlySpan<byte> encoded, byte version, ExtrinsicType type, ReadOnlySpan<byte> address, MultiSignatureKind signatureKind,
        ReadOnlySpan<byte> signature, byte extensionVersion, ReadOnlySpan<byte> extensions, ReadOnlySpan<byte> call)
    {
        Encoded = encoded;
        Version = version;
        Type = type;
        Address = address;
        SignatureKind = signatureKind;
        Signature = signature;
        ExtensionVersion = extensionVersion;
        Extensions = extensions;
        Call = call;
    }

    /// <summary>The whole extrinsic including its compact length prefix (what the transaction hash and the extrinsics root cover).</summary>
    public ReadOnlySpan<byte> Encoded { get; }

    /// <summary>The format version: 4 or 5.</summary>
    public byte Version { get; }

    public ExtrinsicType Type { get; }

    public bool IsSigned => Type == ExtrinsicType.Signed;

    /// <summary>The encoded <c>MultiAddress</c> of the signer, variant byte included (signed only; empty otherwise).</summary>
    public ReadOnlySpan<byte> Address { get; }

    /// <summary>The signature's variant (signed only).</summary>
    public MultiSignatureKind SignatureKind { get; }

    /// <summary>The raw signature without its variant byte (signed only; empty otherwise).</summary>
    public ReadOnlySpan<byte> Signature { get; }

    /// <summary>The transaction extension version (general only; 0 otherwise).</summary>
    public byte ExtensionVersion { get; }

    /// <summary>The explicit extension bytes (the v4 "extra" or the v5 general extensions; empty for bare).</summary>
    public ReadOnlySpan<byte> Extensions { get; }

    /// <summary>The encoded runtime call.</summary>
    public ReadOnlySpan<byte> Call { get; }

    /// <summary>Decodes one extrinsic that must fill <paramref name="encoded"/> exactly.</summary>
    public static UncheckedExtrinsic Decode<TExtensions>(ReadOnlySpan<byte> encoded) where TExtensions : ITransactionExtensionFormat
    {
        var reader = new ScaleReader(encoded);
        UncheckedExtrinsic extrinsic = Read<TExtensions>(ref reader);
        reader.EnsureEnd();
        return extrinsic;
    }

    /// <summary>Reads one extrinsic (length prefix and body) from <paramref name="reader"/>.</summary>
    public static UncheckedExtrinsic Read<TExtensions>(scoped ref ScaleReader reader) where TExtensions : ITransactionExtensionFormat
    {
        ReadOnlySpan<byte> rest = reader.RemainingSpan;
        int start = reader.Position;
        // The prefix is checked against what remains before anything else, so a huge length costs nothing.
        int length = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "extrinsic");
        int bodyStart = reader.Position;
        ReadOnlySpan<byte> body = reader.ReadBytes(length);
        ReadOnlySpan<byte> encoded = rest[..(bodyStart - start + length)];
        try
        {
            return ReadBody<TExtensions>(encoded, body);
        }
        catch (ScaleDecodeException exception)
        {
            // The body is read by its own reader (bounded by the prefix); report the offset in the caller's input.
            throw new ScaleDecodeException(exception.Message, bodyStart + exception.Offset, exception);
        }
    }

    private static UncheckedExtrinsic ReadBody<TExtensions>(ReadOnlySpan<byte> encoded, ReadOnlySpan<byte> body)
        where TExtensions : ITransactionExtensionFormat
    {
        var reader = new ScaleReader(body);
        byte versionAndType = reader.ReadByte();
        byte version = (byte)(versionAndType & VersionMask);
        var type = (ExtrinsicType)(versionAndType & TypeMask);
        ReadOnlySpan<byte> address = default;
        ReadOnlySpan<byte> signature = default;
        MultiSignatureKind signatureKind = default;
        byte extensionVersion = 0;
        ReadOnlySpan<byte> extensions = default;
        switch (type)
        {
            case ExtrinsicType.Bare when version is Version4 or Version5:
                break;
            case ExtrinsicType.Signed when version == Version4:
                {
                    int addressStart = reader.Position;
                    SkipAddress(ref reader);
                    address = body[addressStart..reader.Position];
                    signature = MultiSignature.ReadSlice(ref reader, out signatureKind);
                    int extensionsStart = reader.Position;
                    TExtensions.Skip(ref reader);
                    extensions = body[extensionsStart..reader.Position];
                    break;
                }
            case ExtrinsicType.General when version == Version5:
                {
                    extensionVersion = reader.ReadByte();
                    int extensionsStart = reader.Position;
                    TExtensions.Skip(ref reader);
                    extensions = body[extensionsStart..reader.Position];
                    break;
                }
            default:
                ScaleReader.Throw($"unsupported extrinsic version byte 0x{versionAndType:x2}", 0);
                break;
        }

        // A runtime call is an enum, so it takes at least its variant byte.
        if (reader.IsAtEnd)
            ScaleReader.Throw("extrinsic has no call", reader.Position);
        return new UncheckedExtrinsic(encoded, version, type, address, signatureKind, signature, extensionVersion, extensions, reader.RemainingSpan);
    }

    /// <summary>Skips a <c>MultiAddress&lt;AccountId32, u32&gt;</c> (variants 0 Id, 1 Index, 2 Raw, 3 Address32, 4 Address20).</summary>
    private static void SkipAddress(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        switch (tag)
        {
            case AddressIdTag or Address32Tag: reader.Skip(32); break;
            case AddressIndexTag: reader.ReadCompactU32(); break;
            case AddressRawTag: reader.ReadLengthPrefixedBytes(ScaleLimits.UnboundedLength); break;
            case Address20Tag: reader.Skip(20); break;
            default: ScaleReader.Throw($"unknown MultiAddress variant index {tag}", start); break;
        }
    }

    /// <summary>The signer when the address is <c>MultiAddress::Id</c> (the form every current client sends); other forms need the runtime's lookup.</summary>
    public bool TryGetAccountId(out AccountId32 account)
    {
        if (Address.Length == 1 + AccountId32.Length && Address[0] == AddressIdTag)
        {
            account = new AccountId32(Address[1..]);
            return true;
        }
        account = default;
        return false;
    }

    /// <summary>The address as a <see cref="MultiAddress"/> (allocates; signed only).</summary>
    public MultiAddress DecodeAddress() =>
        IsSigned ? ScaleCodec.Decode<MultiAddress>(Address) : throw new InvalidOperationException($"a {Type} extrinsic has no address");

    /// <summary>The signature as a value (signed only).</summary>
    public MultiSignature GetSignature() =>
        IsSigned ? new MultiSignature(SignatureKind, Signature) : throw new InvalidOperationException($"a {Type} extrinsic has no signature");

    /// <summary>
    /// Checks the signature over <see cref="SignedPayload"/> (call ++ explicit extensions ++ <paramref name="implicitData"/>)
    /// against <paramref name="signer"/>, the account the runtime looked the address up to. False for unsigned extrinsics.
    /// </summary>
    public bool VerifySignature(ReadOnlySpan<byte> implicitData, AccountId32 signer)
    {
        if (!IsSigned)
            return false;
        Span<byte> payload = stackalloc byte[SignedPayload.MaxUnhashedLength];
        int length = SignedPayload.Write(Call, Extensions, implicitData, payload);
        return MultiSignature.Verify(SignatureKind, Signature, payload[..length], signer);
    }

    /// <summary>The transaction hash: blake2_256 of <see cref="Encoded"/> (what <c>author_submitExtrinsic</c> returns).</summary>
    public Hash256 Hash() => Blake2b.Hash256(Encoded);
}
