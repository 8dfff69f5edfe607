using Kusama.Scale;

namespace Kusama.Frame.Transactions;

/// <summary>sp-runtime <c>UnknownTransaction</c>: the variant byte, plus a u8 for <see cref="UnknownTransactionKind.Custom"/>.</summary>
public readonly record struct UnknownTransaction : IScaleCodec<UnknownTransaction>
{
    private UnknownTransaction(UnknownTransactionKind kind, byte customCode)
    {
        Kind = kind;
        CustomCode = customCode;
    }

    public UnknownTransactionKind Kind { get; }

    /// <summary>The runtime's code for <see cref="UnknownTransactionKind.Custom"/>; 0 otherwise.</summary>
    public byte CustomCode { get; }

    public static UnknownTransaction CannotLookup => new(UnknownTransactionKind.CannotLookup, 0);

    public static UnknownTransaction NoUnsignedValidator => new(UnknownTransactionKind.NoUnsignedValidator, 0);

    public static UnknownTransaction Custom(byte code) => new(UnknownTransactionKind.Custom, code);

    public static UnknownTransaction Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var kind = (UnknownTransactionKind)reader.ReadByte();
        if (kind > UnknownTransactionKind.Custom)
            ScaleReader.Throw($"unknown UnknownTransaction variant index {(byte)kind}", start);
        return new UnknownTransaction(kind, kind == UnknownTransactionKind.Custom ? reader.ReadByte() : (byte)0);
    }

    public static void Encode<TWriter>(in UnknownTransaction value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.WriteByte((byte)value.Kind);
        if (value.Kind == UnknownTransactionKind.Custom)
            writer.WriteByte(value.CustomCode);
    }

    public static int GetEncodedSize(in UnknownTransaction value) => value.Kind == UnknownTransactionKind.Custom ? 2 : 1;

    public override string ToString() => Kind == UnknownTransactionKind.Custom ? $"Custom({CustomCode})" : Kind.ToString();
}
