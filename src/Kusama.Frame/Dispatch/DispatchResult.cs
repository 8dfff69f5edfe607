namespace Kusama.Frame.Dispatch;

/// <summary>
/// What a call returns (FRAME <c>DispatchResultWithPostInfo</c>): success or a <see cref="DispatchError"/>, with the post-dispatch
/// info either way. A value type: calls return user errors, they do not throw.
/// </summary>
public readonly struct DispatchResult
{
    private DispatchResult(bool isOk, DispatchError error, PostDispatchInfo postInfo)
    {
        IsOk = isOk;
        Error = error;
        PostInfo = postInfo;
    }

    /// <summary>Success with the declared weight.</summary>
    public static DispatchResult Ok => new(true, default, default);

    public bool IsOk { get; }

    public bool IsError => !IsOk;

    /// <summary>The error; meaningful only when <see cref="IsError"/>.</summary>
    public DispatchError Error { get; }

    /// <summary>Actual weight and fee correction reported by the call.</summary>
    public PostDispatchInfo PostInfo { get; }

    /// <summary>Success with a corrected weight or fee.</summary>
    public static DispatchResult Success(PostDispatchInfo postInfo) => new(true, default, postInfo);

    /// <summary>Failure with post-dispatch info (e.g. the weight used before failing).</summary>
    public static DispatchResult Failure(DispatchError error, PostDispatchInfo postInfo = default) => new(false, error, postInfo);

    /// <summary>The same outcome with <paramref name="postInfo"/>.</summary>
    public DispatchResult WithPostInfo(PostDispatchInfo postInfo) => new(IsOk, Error, postInfo);

    public static implicit operator DispatchResult(DispatchError error) => Failure(error);

    public override string ToString() => IsOk ? "Ok" : $"Err({Error})";
}
