using Kusama.Scale;

namespace Kusama.Frame.Dispatch;

/// <summary>SCALE codec of <see cref="DispatchError"/>: the variant byte, then the variant's payload (module: index u8 ++ [u8; 4]; token, arithmetic, transactional: one byte).</summary>
public readonly struct DispatchErrorCodec : ICodec<DispatchError>
{
    public static DispatchError Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var kind = (DispatchErrorKind)reader.ReadByte();
        switch (kind)
        {
            case DispatchErrorKind.Other: return DispatchError.Other();
            case DispatchErrorKind.CannotLookup: return DispatchError.CannotLookup;
            case DispatchErrorKind.BadOrigin: return DispatchError.BadOrigin;
            case DispatchErrorKind.Module:
                {
                    byte index = reader.ReadByte();
                    return DispatchError.Module(new ModuleError(index, reader.ReadUInt32()));
                }
            case DispatchErrorKind.ConsumerRemaining: return DispatchError.ConsumerRemaining;
            case DispatchErrorKind.NoProviders: return DispatchError.NoProviders;
            case DispatchErrorKind.TooManyConsumers: return DispatchError.TooManyConsumers;
            case DispatchErrorKind.Token:
                {
                    byte token = reader.ReadByte();
                    if (token > (byte)TokenError.Blocked) ScaleReader.Throw($"Unknown TokenError variant {token}.", start + 1);
                    return DispatchError.Token((TokenError)token);
                }
            case DispatchErrorKind.Arithmetic:
                {
                    byte arithmetic = reader.ReadByte();
                    if (arithmetic > (byte)ArithmeticError.DivisionByZero) ScaleReader.Throw($"Unknown ArithmeticError variant {arithmetic}.", start + 1);
                    return DispatchError.Arithmetic((ArithmeticError)arithmetic);
                }
            case DispatchErrorKind.Transactional:
                {
                    byte transactional = reader.ReadByte();
                    if (transactional > (byte)TransactionalError.NoLayer) ScaleReader.Throw($"Unknown TransactionalError variant {transactional}.", start + 1);
                    return DispatchError.Transactional((TransactionalError)transactional);
                }
            case DispatchErrorKind.Exhausted: return DispatchError.Exhausted;
            case DispatchErrorKind.Corruption: return DispatchError.Corruption;
            case DispatchErrorKind.Unavailable: return DispatchError.Unavailable;
            case DispatchErrorKind.RootNotAllowed: return DispatchError.RootNotAllowed;
            default:
                ScaleReader.Throw($"Unknown DispatchError variant {(byte)kind}.", start);
                return default;
        }
    }

    public static void Encode<TWriter>(in DispatchError value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, (byte)value.Kind);
        switch (value.Kind)
        {
            case DispatchErrorKind.Module:
                ScaleWriter.WriteByte(ref writer, value.ModuleError.Index);
                ScaleWriter.WriteUInt32(ref writer, value.ModuleError.Error);
                break;
            case DispatchErrorKind.Token:
                ScaleWriter.WriteByte(ref writer, (byte)value.TokenError);
                break;
            case DispatchErrorKind.Arithmetic:
                ScaleWriter.WriteByte(ref writer, (byte)value.ArithmeticError);
                break;
            case DispatchErrorKind.Transactional:
                ScaleWriter.WriteByte(ref writer, (byte)value.TransactionalError);
                break;
        }
    }

    public static int GetEncodedSize(in DispatchError value) => value.Kind switch
    {
        DispatchErrorKind.Module => 6,
        DispatchErrorKind.Token or DispatchErrorKind.Arithmetic or DispatchErrorKind.Transactional => 2,
        _ => 1,
    };
}
