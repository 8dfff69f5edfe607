using System.Diagnostics.CodeAnalysis;

namespace Kusama.Core;

/// <summary>An optional value (Rust's <c>Option&lt;T&gt;</c>), the same shape for reference and value types.</summary>
public readonly struct Option<T> : IEquatable<Option<T>>
{
    private readonly T _value;

    private Option(T value)
    {
        _value = value;
        HasValue = true;
    }

    public static Option<T> None => default;

    public static Option<T> Some(T value) => new(value);

    public bool HasValue { get; }

    /// <summary>The value of <c>Some</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>None</c>.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("Option is None");

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return HasValue;
    }

    public T ValueOr(T fallback) => HasValue ? _value : fallback;

    public static bool operator ==(Option<T> left, Option<T> right) => left.Equals(right);

    public static bool operator !=(Option<T> left, Option<T> right) => !left.Equals(right);

    public bool Equals(Option<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is Option<T> other && Equals(other);

    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    public override string ToString() => HasValue ? $"Some({_value})" : "None";
}
