namespace Kusama.Network.RequestResponses;

/// <summary>Why an outbound request got no response (sc-network <c>RequestFailure</c> / <c>OutboundFailure</c>).</summary>
public enum RequestFailure
{
    /// <summary>The remote closed the substream without writing a response.</summary>
    Refused,

    /// <summary>No complete response within the protocol's timeout.</summary>
    Timeout,

    /// <summary>The remote supports none of the protocol's names.</summary>
    UnsupportedProtocol,

    /// <summary>The response's length prefix exceeds the protocol's response limit.</summary>
    ResponseTooLarge,

    /// <summary>The connection or substream failed (reset, closed, transport error).</summary>
    Network,

    /// <summary>The response is malformed (bad length prefix, truncated body).</summary>
    BadResponse,
}
