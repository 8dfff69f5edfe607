using Kusama.Scale;

namespace Kusama.Frame.Transactions;

/// <summary>sp-runtime <c>InvalidTransaction</c>: the variant byte, plus a u8 for <see cref="InvalidTransactionKind.Custom"/>.</summary>
public readonly record struct InvalidTransaction : IScaleCodec<InvalidTransaction>
{
    private InvalidTransaction(InvalidTransactionKind kind, byte customCode)
    {
        Kind = kind;
        CustomCode = customCode;
    }

    public InvalidTransactionKind Kind { get; }

    /// <summary>The runtime's code for <see cref="InvalidTransactionKind.Custom"/>; 0 otherwise.</summary>
    public byte CustomCode { get; }

    /// <exception cref="ArgumentException">An unknown kind, or <see cref="InvalidTransactionKind.Custom"/> (use <see cref="Custom"/>).</exception>
    public static InvalidTransaction Of(InvalidTransactionKind kind) =>
        kind is > InvalidTransactionKind.UnknownOrigin or InvalidTransactionKind.Custom
            ? throw new ArgumentException($"{kind} is not a field-less InvalidTransaction variant", nameof(kind))
            : new InvalidTransaction(kind, 0);

    public static InvalidTransaction Call => new(InvalidTransactionKind.Call, 0);

    public static InvalidTransaction Payment => new(InvalidTransactionKind.Payment, 0);

    public static InvalidTransaction Future => new(InvalidTransactionKind.Future, 0);

    public static InvalidTransaction Stale => new(InvalidTransactionKind.Stale, 0);

    public static InvalidTransaction BadProof => new(InvalidTransactionKind.BadProof, 0);

    public static InvalidTransaction AncientBirthBlock => new(InvalidTransactionKind.AncientBirthBlock, 0);

    public static InvalidTransaction ExhaustsResources => new(InvalidTransactionKind.ExhaustsResources, 0);

    public static InvalidTransaction Custom(byte code) => new(InvalidTransactionKind.Custom, code);

    public static InvalidTransaction BadMandatory => new(InvalidTransactionKind.BadMandatory, 0);

    public static InvalidTransaction MandatoryValidation => new(InvalidTransactionKind.MandatoryValidation, 0);

    public static InvalidTransaction BadSigner => new(InvalidTransactionKind.BadSigner, 0);

    public static InvalidTransaction IndeterminateImplicit => new(InvalidTransactionKind.IndeterminateImplicit, 0);

    public static InvalidTransaction UnknownOrigin => new(InvalidTransactionKind.UnknownOrigin, 0);

    /// <summary>sp-runtime <c>exhausted_resources</c>: the block was full, the transaction may fit in a later one.</summary>
    public bool ExhaustedResources => Kind == InvalidTransactionKind.ExhaustsResources;

    /// <summary>sp-runtime <c>was_mandatory</c>: a mandatory dispatch failed.</summary>
    public bool WasMandatory => Kind == InvalidTransactionKind.BadMandatory;

    public static InvalidTransaction Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var kind = (InvalidTransactionKind)reader.ReadByte();
        if (kind > InvalidTransactionKind.UnknownOrigin)
            ScaleReader.Throw($"unknown InvalidTransaction variant index {(byte)kind}", start);
        return new InvalidTransaction(kind, kind == InvalidTransactionKind.Custom ? reader.ReadByte() : (byte)0);
    }

    public static void Encode<TWriter>(in InvalidTransaction value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.WriteByte((byte)value.Kind);
        if (value.Kind == InvalidTransactionKind.Custom)
            writer.WriteByte(value.CustomCode);
    }

    public static int GetEncodedSize(in InvalidTransaction value) => value.Kind == InvalidTransactionKind.Custom ? 2 : 1;

    public override string ToString() => Kind == InvalidTransactionKind.Custom ? $"Custom({CustomCode})" : Kind.ToString();
}
