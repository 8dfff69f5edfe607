using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime;

/// <summary>
/// The runtime's <c>OriginCaller</c> (<c>PalletsOrigin</c>): the pallet index of the origin's kind, then its value. Used by
/// <c>Utility.dispatch_as</c>.
/// </summary>
/// <remarks>
/// Kusama's variants are system 0, Void 4, Origins 43, ParachainsOrigin 50 and XcmPallet 99. Void wraps
/// <c>sp_core::Void</c>, which has no values, so it never decodes. Origins, ParachainsOrigin and XcmPallet arrive with
/// their pallets; until then decoding them is a <see cref="ScaleDecodeException"/>.
/// </remarks>
public abstract record OriginCaller : IScaleCodec<OriginCaller>
{
    public const byte SystemIndex = 0;
    public const byte VoidIndex = 4;
    public const byte OriginsIndex = 43;
    public const byte ParachainsOriginIndex = 50;
    public const byte XcmPalletIndex = 99;

    // frame_support's RawOrigin variants.
    private const byte RootIndex = 0;
    private const byte SignedIndex = 1;
    private const byte NoneIndex = 2;

    private OriginCaller()
    {
    }

    /// <summary>frame_system's <c>RawOrigin</c>: Root, Signed(account) or None.</summary>
    [ScaleIndex(SystemIndex)]
    public sealed record System : OriginCaller
    {
        public System(Origin rawOrigin)
        {
            if (rawOrigin.Kind is not (OriginKind.Root or OriginKind.Signed or OriginKind.None))
                throw new ArgumentException("A system origin is Root, Signed or None.", nameof(rawOrigin));
            RawOrigin = rawOrigin;
        }

        public Origin RawOrigin { get; }

        public override Origin ToOrigin() => RawOrigin;
    }

    /// <summary>The origin a call dispatched as this caller runs with.</summary>
    public abstract Origin ToOrigin();

    public static OriginCaller Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case SystemIndex:
                {
                    int rawAt = reader.Position;
                    byte raw = reader.ReadByte();
                    switch (raw)
                    {
                        case RootIndex: return new System(Origin.Root);
                        case SignedIndex: return new System(Origin.Signed(AccountId32Codec.Decode(ref reader)));
                        case NoneIndex: return new System(Origin.None);
                        default:
                            ScaleReader.Throw($"Unknown RawOrigin variant {raw}.", rawAt);
                            return null!;
                    }
                }
            case VoidIndex:
                ScaleReader.Throw("OriginCaller::Void holds sp_core::Void, which has no values.", at);
                return null!;
            case OriginsIndex:
            case ParachainsOriginIndex:
            case XcmPalletIndex:
                ScaleReader.Throw($"OriginCaller variant {index} belongs to a pallet this runtime does not have yet.", at);
                return null!;
            default:
                ScaleReader.Throw($"Unknown OriginCaller variant {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in OriginCaller value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case System s:
                ScaleWriter.WriteByte(ref writer, SystemIndex);
                switch (s.RawOrigin.Kind)
                {
                    case OriginKind.Root: ScaleWriter.WriteByte(ref writer, RootIndex); break;
                    case OriginKind.Signed:
                        ScaleWriter.WriteByte(ref writer, SignedIndex);
                        s.RawOrigin.TryGetSigner(out AccountId32 who);
                        AccountId32Codec.Encode(who, ref writer);
                        break;
                    default: ScaleWriter.WriteByte(ref writer, NoneIndex); break;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not an OriginCaller variant.");
        }
    }

    public static int GetEncodedSize(in OriginCaller value) => value switch
    {
        System s => s.RawOrigin.Kind == OriginKind.Signed ? 2 + AccountId32.Length : 2,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an OriginCaller variant."),
    };

    public static int MinEncodedSize => 2;
}
