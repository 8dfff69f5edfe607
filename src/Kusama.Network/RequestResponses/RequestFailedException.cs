namespace Kusama.Network.RequestResponses;

/// <summary>An outbound request failed; <see cref="Failure"/> says how.</summary>
public sealed class RequestFailedException : Exception
{
    /// <summary>A failure of kind <paramref name="failure"/> with a message naming the peer and protocol.</summary>
    public RequestFailedException(RequestFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>The kind of failure.</summary>
    public RequestFailure Failure { get; }
}
