namespace Kusama.Frame.Dispatch;

/// <summary>
/// sp-runtime's <c>DispatchError</c>: why a call failed. A value type, so failing costs no allocation on the dispatch path.
/// </summary>
public readonly struct DispatchError : IEquatable<DispatchError>
{
    private readonly byte _detail;
    private readonly uint _moduleError;

    private DispatchError(DispatchErrorKind kind, byte detail = 0, uint moduleError = 0, string? message = null)
    {
        Kind = kind;
        _detail = detail;
        _moduleError = moduleError;
        Message = message;
    }

    public DispatchErrorKind Kind { get; }

    /// <summary>For <see cref="DispatchErrorKind.Other"/>: the reason, for logs only (Substrate does not encode it).</summary>
    public string? Message { get; }

    public static DispatchError Other(string? message = null) => new(DispatchErrorKind.Other, message: message);

    public static DispatchError CannotLookup => new(DispatchErrorKind.CannotLookup);

    public static DispatchError BadOrigin => new(DispatchErrorKind.BadOrigin);

    public static DispatchError ConsumerRemaining => new(DispatchErrorKind.ConsumerRemaining);

    public static DispatchError NoProviders => new(DispatchErrorKind.NoProviders);

    public static DispatchError TooManyConsumers => new(DispatchErrorKind.TooManyConsumers);

    public static DispatchError Exhausted => new(DispatchErrorKind.Exhausted);

    public static DispatchError Corruption => new(DispatchErrorKind.Corruption);

    public static DispatchError Unavailable => new(DispatchErrorKind.Unavailable);

    public static DispatchError RootNotAllowed => new(DispatchErrorKind.RootNotAllowed);

    /// <summary>A pallet's error: <paramref name="palletIndex"/> and the error variant <paramref name="errorIndex"/>.</summary>
    public static DispatchError Module(byte palletIndex, byte errorIndex) => new(DispatchErrorKind.Module, palletIndex, errorIndex);

    /// <summary>A pallet's error with all four error bytes (a little-endian u32).</summary>
    public static DispatchError Module(ModuleError error) => new(DispatchErrorKind.Module, error.Index, error.Error);

    public static DispatchError Token(TokenError error) => new(DispatchErrorKind.Token, (byte)error);

    public static DispatchError Arithmetic(ArithmeticError error) => new(DispatchErrorKind.Arithmetic, (byte)error);

    public static DispatchError Transactional(TransactionalError error) => new(DispatchErrorKind.Transactional, (byte)error);

    /// <summary>The module error; only meaningful when <see cref="Kind"/> is <see cref="DispatchErrorKind.Module"/>.</summary>
    public ModuleError ModuleError => Kind == DispatchErrorKind.Module ? new ModuleError(_detail, _moduleError) : throw WrongKind(DispatchErrorKind.Module);

    public TokenError TokenError => Kind == DispatchErrorKind.Token ? (TokenError)_detail : throw WrongKind(DispatchErrorKind.Token);

    public ArithmeticError ArithmeticError => Kind == DispatchErrorKind.Arithmetic ? (ArithmeticError)_detail : throw WrongKind(DispatchErrorKind.Arithmetic);

    public TransactionalError TransactionalError => Kind == DispatchErrorKind.Transactional ? (TransactionalError)_detail : throw WrongKind(DispatchErrorKind.Transactional);

    /// <summary>True for the module error <paramref name="errorIndex"/> of pallet <paramref name="palletIndex"/>.</summary>
    public bool IsModule(byte palletIndex, byte errorIndex) =>
        Kind == DispatchErrorKind.Module && _detail == palletIndex && _moduleError == errorIndex;

    // Equality follows the encoding: the Other message is not part of it.
    public bool Equals(DispatchError other) => Kind == other.Kind && _detail == other._detail && _moduleError == other._moduleError;

    public override bool Equals(object? obj) => obj is DispatchError other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _detail, _moduleError);

    public static bool operator ==(DispatchError left, DispatchError right) => left.Equals(right);

    public static bool operator !=(DispatchError left, DispatchError right) => !left.Equals(right);

    public override string ToString() => Kind switch
    {
        DispatchErrorKind.Other => Message is null ? "Other" : $"Other(\"{Message}\")",
        DispatchErrorKind.Module => $"Module {{ index: {_detail}, error: {_moduleError} }}",
        DispatchErrorKind.Token => $"Token({(TokenError)_detail})",
        DispatchErrorKind.Arithmetic => $"Arithmetic({(ArithmeticError)_detail})",
        DispatchErrorKind.Transactional => $"Transactional({(TransactionalError)_detail})",
        _ => Kind.ToString(),
    };

    private InvalidOperationException WrongKind(DispatchErrorKind wanted) => new($"This DispatchError is {Kind}, not {wanted}.");
}
