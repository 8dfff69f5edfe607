using Kusama.Core;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using static Kusama.Frame.Tests.Extrinsics.PolkadotJsExtrinsics;

namespace Kusama.Frame.Tests.Extrinsics;

public class UncheckedExtrinsicTests
{
    private const string AliceSr25519 = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
    private const string BobSr25519 = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";

    private static byte[] Implicit(string birthBlockHash)
    {
        var data = new KusamaSignedExtraImplicit(1_009_002, 26, Hash256.Parse(KusamaGenesis), Hash256.Parse(birthBlockHash), Option<Hash256>.None);
        return ScaleCodec.Encode(data);
    }

    [Fact]
    public void The_polkadot_js_transfer_keep_alive_decodes_field_by_field()
    {
        byte[] bytes = Hex.Decode(Sr25519Transfer);
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes);

        Assert.Equal(143, extrinsic.Encoded.Length);
        Assert.Equal(UncheckedExtrinsic.Version4, extrinsic.Version);
        Assert.Equal(ExtrinsicType.Signed, extrinsic.Type);
        Assert.Equal("0x00" + AliceSr25519[2..], Hex.Encode(extrinsic.Address));
        Assert.Equal(new MultiAddress.Id(AccountId32.Parse(AliceSr25519)), extrinsic.DecodeAddress());
        Assert.True(extrinsic.TryGetAccountId(out AccountId32 signer));
        Assert.Equal(AccountId32.Parse(AliceSr25519), signer);
        Assert.Equal(MultiSignatureKind.Sr25519, extrinsic.SignatureKind);
        Assert.Equal(64, extrinsic.Signature.Length);
        Assert.Equal("0x1500000000", Hex.Encode(extrinsic.Extensions));
        Assert.Equal(new KusamaSignedExtra(Era.Mortal(64, 1), 0, Balance.Zero, MetadataHashMode.Disabled),
            ScaleCodec.Decode<KusamaSignedExtra>(extrinsic.Extensions));
        Assert.Equal("0x040300" + BobSr25519[2..] + "e5c0", Hex.Encode(extrinsic.Call));
    }

    [Fact]
    public void The_rebuilt_signing_payload_equals_polkadot_js_and_verifies_with_sr25519()
    {
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(Hex.Decode(Sr25519Transfer));
        byte[] implicitData = Implicit("0x" + new string('1', 64));

        Assert.Equal(Sr25519TransferPayload, Hex.Encode(SignedPayload.ToArray(extrinsic.Call, extrinsic.Extensions, implicitData)));
        Assert.True(extrinsic.VerifySignature(implicitData, AccountId32.Parse(AliceSr25519)));
        Assert.False(extrinsic.VerifySignature(implicitData, AccountId32.Parse(BobSr25519)));
        Assert.False(extrinsic.VerifySignature(Implicit(KusamaGenesis), AccountId32.Parse(AliceSr25519)));
    }

    [Fact]
    public void A_payload_longer_than_256_bytes_is_signed_as_its_blake2_256()
    {
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(Hex.Decode(Ed25519Remark));
        byte[] implicitData = Implicit(KusamaGenesis);
        byte[] raw = [.. extrinsic.Call, .. extrinsic.Extensions, .. implicitData];

        Assert.Equal(Ed25519RemarkPayload, Hex.Encode(raw));
        Assert.Equal(382, SignedPayload.RawLength(extrinsic.Call, extrinsic.Extensions, implicitData));
        Assert.Equal(Kusama.Crypto.Hashing.Blake2b.Hash256(raw).ToArray(), SignedPayload.ToArray(extrinsic.Call, extrinsic.Extensions, implicitData));
        Assert.Equal(MultiSignatureKind.Ed25519, extrinsic.SignatureKind);
        Assert.Equal(new KusamaSignedExtra(Era.Immortal, 7, new Balance(1000), MetadataHashMode.Disabled),
            ScaleCodec.Decode<KusamaSignedExtra>(extrinsic.Extensions));
        Assert.True(extrinsic.VerifySignature(implicitData, AccountId32.Parse(Ed25519AlicePublic)));
    }

    [Fact]
    public void An_ecdsa_signer_is_the_blake2_256_of_its_compressed_key()
    {
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(Hex.Decode(EcdsaRemark));
        byte[] implicitData = Implicit("0x" + new string('2', 64));

        Assert.Equal(EcdsaRemarkPayload, Hex.Encode(SignedPayload.ToArray(extrinsic.Call, extrinsic.Extensions, implicitData)));
        Assert.Equal(MultiSignatureKind.Ecdsa, extrinsic.SignatureKind);
        Assert.Equal(65, extrinsic.Signature.Length);
        Assert.Equal(new KusamaSignedExtra(Era.Mortal(4096, 10_000_000), 70_000, new Balance(1_000_000_000_000_000_000), MetadataHashMode.Disabled),
            ScaleCodec.Decode<KusamaSignedExtra>(extrinsic.Extensions));
        Assert.Equal(AccountId32.Parse(EcdsaAliceAccount), Kusama.Crypto.Ecdsa.EcdsaSignature.ToAccountId(Hex.Decode(EcdsaAlicePublic)));
        Assert.True(extrinsic.VerifySignature(implicitData, AccountId32.Parse(EcdsaAliceAccount)));
        Assert.False(extrinsic.VerifySignature(implicitData, AccountId32.Parse(AliceSr25519)));
    }

    [Fact]
    public void EncodeSigned_rebuilds_the_polkadot_js_bytes()
    {
        byte[] bytes = Hex.Decode(Sr25519Transfer);
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes);

        byte[] rebuilt = UncheckedExtrinsic.EncodeSigned(extrinsic.DecodeAddress(), extrinsic.GetSignature(), extrinsic.Extensions, extrinsic.Call);

        Assert.Equal(bytes, rebuilt);
    }

    [Fact]
    public void A_bare_v4_inherent_decodes_and_encodes()
    {
        byte[] bytes = Hex.Decode(BareTimestampSet);
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes);

        Assert.Equal(ExtrinsicType.Bare, extrinsic.Type);
        Assert.Equal(UncheckedExtrinsic.Version4, extrinsic.Version);
        Assert.False(extrinsic.IsSigned);
        Assert.True(extrinsic.Address.IsEmpty);
        Assert.True(extrinsic.Extensions.IsEmpty);
        Assert.Equal("0x02000b0068e5cf8b01", Hex.Encode(extrinsic.Call));
        Assert.False(extrinsic.VerifySignature([], default));
        Assert.Equal(bytes, UncheckedExtrinsic.EncodeBare(extrinsic.Call));
    }

    [Fact]
    public void V5_bare_and_general_extrinsics_decode_for_forward_compatibility()
    {
        byte[] bare = UncheckedExtrinsic.EncodeBare([0x00, 0x00, 0x00], UncheckedExtrinsic.Version5);
        Assert.Equal("0x100500" + "0000", Hex.Encode(bare));
        var decodedBare = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bare);
        Assert.Equal(UncheckedExtrinsic.Version5, decodedBare.Version);
        Assert.Equal(ExtrinsicType.Bare, decodedBare.Type);

        byte[] general = UncheckedExtrinsic.EncodeGeneral(0, Hex.Decode("0x1500040000"), [0x00, 0x00, 0x00]);
        Assert.Equal("0x2845001500040000000000", Hex.Encode(general));
        var decoded = UncheckedExtrinsic.Decode<KusamaSignedExtra>(general);
        Assert.Equal(ExtrinsicType.General, decoded.Type);
        Assert.Equal(UncheckedExtrinsic.Version5, decoded.Version);
        Assert.Equal(0, decoded.ExtensionVersion);
        Assert.Equal("0x1500040000", Hex.Encode(decoded.Extensions));
        Assert.Equal("0x000000", Hex.Encode(decoded.Call));
        Assert.False(decoded.IsSigned);
    }

    [Fact]
    public void The_transaction_hash_covers_the_length_prefix()
    {
        byte[] bytes = Hex.Decode(Sr25519Transfer);

        Assert.Equal(Kusama.Crypto.Hashing.Blake2b.Hash256(bytes), UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes).Hash());
    }

    [Fact]
    public void Read_takes_one_extrinsic_from_a_stream_and_leaves_the_next()
    {
        byte[] first = Hex.Decode(BareTimestampSet);
        byte[] second = Hex.Decode(Sr25519Transfer);
        byte[] stream = [.. first, .. second];
        var reader = new ScaleReader(stream);

        var a = UncheckedExtrinsic.Read<KusamaSignedExtra>(ref reader);
        Assert.Equal(first, a.Encoded.ToArray());
        var b = UncheckedExtrinsic.Read<KusamaSignedExtra>(ref reader);
        Assert.Equal(second, b.Encoded.ToArray());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Decoding_and_building_the_signing_payload_allocate_nothing()
    {
        byte[] bytes = Hex.Decode(Ed25519Remark);
        byte[] implicitData = Implicit(KusamaGenesis);
        Span<byte> payload = stackalloc byte[SignedPayload.MaxUnhashedLength];
        int total = Measure(bytes, implicitData, payload);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
            total += Measure(bytes, implicitData, payload);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(101 * (32 + 300), total);
    }

    private static int Measure(byte[] bytes, byte[] implicitData, Span<byte> payload)
    {
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes);
        return SignedPayload.Write(extrinsic.Call, extrinsic.Extensions, implicitData, payload) + extrinsic.Call.Length - 4;
    }

    public static TheoryData<string, string> Malformed()
    {
        string signed = Sr25519Transfer[2..];
        return new TheoryData<string, string>
        {
            { "length prefix one short", "0x3102" + signed[4..] },
            { "length prefix one long", "0x3902" + signed[4..] },
            { "trailing byte", Sr25519Transfer + "00" },
            { "truncated", Sr25519Transfer[..^2] },
            { "empty", "0x" },
            { "zero length", "0x00" },
            { "unknown version 3", "0x0c030000" },
            { "unknown version 0x85 (signed v5)", "0x3502" + "85" + signed[6..] },
            { "unknown version 0x44 (general v4)", "0x0c440000" },
            { "unknown signature tag 3", "0x3502" + signed[4..72] + "03" + signed[74..] },
            { "unknown address tag 5", "0x3502" + "8405" + signed[8..] },
            { "bare without a call", "0x0404" },
            { "signed without a call", "0x" + Hex.Encode(UncheckedExtrinsic.EncodeSigned(
                new MultiAddress.Id(default), MultiSignature.Sr25519(new byte[64]), Hex.Decode("0x1500000000"), []))[2..] },
            { "bad metadata hash mode", "0x3502" + signed[4..210] + "02" + signed[212..] },
            { "bad era", "0x3502" + signed[4..202] + "1000" + signed[206..] },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_extrinsics_are_rejected_with_a_decode_exception(string what, string hex)
    {
        byte[] bytes = Hex.Decode(hex);
        var exception = Assert.Throws<ScaleDecodeException>(() => UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes));
        Assert.False(string.IsNullOrEmpty(exception.Message), what);
    }
}
