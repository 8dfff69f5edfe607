using System.Diagnostics.CodeAnalysis;

namespace Kusama.Core;

/// <summary>A success value or an error (Rust's <c>Result&lt;T, E&gt;</c>).</summary>
public readonly struct Result<TOk, TErr> : IEquatable<Result<TOk, TErr>>
{
    private readonly TOk _ok;
    private readonly TErr _err;

    private Result(bool isOk, TOk ok, TErr err)
    {
        IsOk = isOk;
        _ok = ok;
        _err = err;
    }

    public static Result<TOk, TErr> Ok(TOk value) => new(true, value, default!);

    public static Result<TOk, TErr> Err(TErr error) => new(false, default!, error);

    public bool IsOk { get; }

    public bool IsErr => !IsOk;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">This is an error.</exception>
    public TOk OkValue => IsOk ? _ok : throw new InvalidOperationException($"Result is Err({_err})");

    /// <summary>The error.</summary>
    /// <exception cref="InvalidOperationException">This is a success.</exception>
    public TErr ErrValue => IsOk ? throw new InvalidOperationException("Result is Ok") : _err;

    public bool TryGetOk([MaybeNullWhen(false)] out TOk value)
    {
        value = _ok;
        return IsOk;
    }

    public bool TryGetErr([MaybeNullWhen(false)] out TErr error)
    {
        error = _err;
        return !IsOk;
    }

    public static bool operator ==(Result<TOk, TErr> left, Result<TOk, TErr> right) => left.Equals(right);

    public static bool operator !=(Result<TOk, TErr> left, Result<TOk, TErr> right) => !left.Equals(right);

    public bool Equals(Result<TOk, TErr> other) =>
        IsOk == other.IsOk && (IsOk
            ? EqualityComparer<TOk>.Default.Equals(_ok, other._ok)
            : EqualityComparer<TErr>.Default.Equals(_err, other._err));

    public override bool Equals(object? obj) => obj is Result<TOk, TErr> other && Equals(other);

    public override int GetHashCode() => IsOk ? HashCode.Combine(true, _ok) : HashCode.Combine(false, _err);

    public override string ToString() => IsOk ? $"Ok({_ok})" : $"Err({_err})";
}
