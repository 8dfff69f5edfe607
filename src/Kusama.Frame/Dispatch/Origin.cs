using Kusama.Core;

namespace Kusama.Frame.Dispatch;

/// <summary>Who is calling (FRAME <c>RuntimeOrigin</c>): Root, a signed account, None, or a pallet-defined origin.</summary>
public readonly struct Origin : IEquatable<Origin>
{
    private readonly AccountId32 _signer;

    private Origin(OriginKind kind, AccountId32 signer, ICustomOrigin? custom)
    {
        Kind = kind;
        _signer = signer;
        Custom = custom;
    }

    public static Origin Root => new(OriginKind.Root, default, null);

    public static Origin None => new(OriginKind.None, default, null);

    public static Origin Signed(AccountId32 who) => new(OriginKind.Signed, who, null);

    public static Origin FromCustom(ICustomOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return new Origin(OriginKind.Custom, default, origin);
    }

    public OriginKind Kind { get; }

    /// <summary>The pallet-defined origin when <see cref="Kind"/> is <see cref="OriginKind.Custom"/>.</summary>
    public ICustomOrigin? Custom { get; }

    public bool IsRoot => Kind == OriginKind.Root;

    public bool IsNone => Kind == OriginKind.None;

    /// <summary>True and the account for a signed origin (FRAME <c>ensure_signed</c> without the error).</summary>
    public bool TryGetSigner(out AccountId32 who)
    {
        who = _signer;
        return Kind == OriginKind.Signed;
    }

    /// <summary>FRAME <c>ensure_signed</c>: the signer, or <see cref="DispatchError.BadOrigin"/>.</summary>
    public bool EnsureSigned(out AccountId32 who, out DispatchError error)
    {
        error = DispatchError.BadOrigin;
        return TryGetSigner(out who);
    }

    /// <summary>FRAME <c>ensure_root</c>: true for Root.</summary>
    public bool EnsureRoot(out DispatchError error)
    {
        error = DispatchError.BadOrigin;
        return IsRoot;
    }

    /// <summary>FRAME <c>ensure_none</c>: true for None.</summary>
    public bool EnsureNone(out DispatchError error)
    {
        error = DispatchError.BadOrigin;
        return IsNone;
    }

    public bool Equals(Origin other) => Kind == other.Kind && _signer == other._signer && Equals(Custom, other.Custom);

    public override bool Equals(object? obj) => obj is Origin other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _signer, Custom);

    public static bool operator ==(Origin left, Origin right) => left.Equals(right);

    public static bool operator !=(Origin left, Origin right) => !left.Equals(right);

    public override string ToString() => Kind switch
    {
        OriginKind.Signed => $"Signed({_signer})",
        OriginKind.Custom => $"Custom({Custom})",
        _ => Kind.ToString(),
    };
}
