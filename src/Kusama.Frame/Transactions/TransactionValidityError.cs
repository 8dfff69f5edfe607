using Kusama.Scale;

namespace Kusama.Frame.Transactions;

/// <summary>sp-runtime <c>TransactionValidityError</c>: 0 Invalid(<see cref="InvalidTransaction"/>) or 1 Unknown(<see cref="UnknownTransaction"/>).</summary>
public readonly record struct TransactionValidityError : IScaleCodec<TransactionValidityError>
{
    private const byte InvalidIndex = 0;
    private const byte UnknownIndex = 1;

    private readonly InvalidTransaction _invalid;
    private readonly UnknownTransaction _unknown;

    private TransactionValidityError(bool isInvalid, InvalidTransaction invalid, UnknownTransaction unknown)
    {
        IsInvalid = isInvalid;
        _invalid = invalid;
        _unknown = unknown;
    }

    public static TransactionValidityError Invalid(InvalidTransaction error) => new(true, error, default);

    public static TransactionValidityError Unknown(UnknownTransaction error) => new(false, default, error);

    public static implicit operator TransactionValidityError(InvalidTransaction error) => Invalid(error);

    public static implicit operator TransactionValidityError(UnknownTransaction error) => Unknown(error);

    public bool IsInvalid { get; }

    public bool IsUnknown => !IsInvalid;

    public InvalidTransaction InvalidError => IsInvalid ? _invalid : throw new InvalidOperationException("the error is Unknown");

    public UnknownTransaction UnknownError => IsInvalid ? throw new InvalidOperationException("the error is Invalid") : _unknown;

    /// <summary>sp-runtime <c>exhausted_resources</c>.</summary>
    public bool ExhaustedResources => IsInvalid && _invalid.ExhaustedResources;

    /// <summary>sp-runtime <c>was_mandatory</c>.</summary>
    public bool WasMandatory => IsInvalid && _invalid.WasMandatory;

    public static TransactionValidityError Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        return index switch
        {
            InvalidIndex => Invalid(InvalidTransaction.Decode(ref reader)),
            UnknownIndex => Unknown(UnknownTransaction.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"unknown TransactionValidityError variant index {index}", start),
        };
    }

    public static void Encode<TWriter>(in TransactionValidityError value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.IsInvalid)
        {
            writer.WriteByte(InvalidIndex);
            InvalidTransaction.Encode(value._invalid, ref writer);
        }
        else
        {
            writer.WriteByte(UnknownIndex);
            UnknownTransaction.Encode(value._unknown, ref writer);
        }
    }

    public static int GetEncodedSize(in TransactionValidityError value) =>
        1 + (value.IsInvalid ? InvalidTransaction.GetEncodedSize(value._invalid) : UnknownTransaction.GetEncodedSize(value._unknown));

    public static int MinEncodedSize => 2;

    public override string ToString() => IsInvalid ? $"Invalid({_invalid})" : $"Unknown({_unknown})";
}
