namespace Kusama.Frame.RuntimeApis;

/// <summary>A runtime-API call that could not produce a result: unknown method, undecodable arguments or a failed execution (the RPC layer reports it as an error).</summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException(string method, string message, Exception? inner = null) : base($"{method}: {message}", inner)
    {
        Method = method;
    }

    /// <summary>The <c>state_call</c> method name that failed.</summary>
    public string Method { get; }
}
