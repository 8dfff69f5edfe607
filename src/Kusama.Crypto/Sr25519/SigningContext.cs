using Kusama.Crypto.Merlin;

namespace Kusama.Crypto.Sr25519;

/// <summary>schnorrkel's <c>SigningContext</c>: a transcript "SigningContext" bound to a context string, forked per message.</summary>
public readonly struct SigningContext
{
    private readonly MerlinTranscript _transcript;

    /// <summary>Substrate's context for every sr25519 account signature: <c>b"substrate"</c>.</summary>
    public static SigningContext Substrate { get; } = new("substrate"u8);

    /// <summary>Starts a context: transcript "SigningContext", then append_message("", context).</summary>
    public SigningContext(ReadOnlySpan<byte> context)
    {
        var transcript = new MerlinTranscript("SigningContext"u8);
        transcript.AppendMessage(""u8, context);
        _transcript = transcript;
    }

    /// <summary>The transcript for signing <paramref name="message"/> in this context: a fork plus append_message("sign-bytes", message).</summary>
    public MerlinTranscript Bytes(ReadOnlySpan<byte> message)
    {
        MerlinTranscript transcript = _transcript;
        transcript.AppendMessage("sign-bytes"u8, message);
        return transcript;
    }
}
