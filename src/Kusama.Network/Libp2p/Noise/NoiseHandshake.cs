using Kusama.Crypto.Ed25519;
using NSec.Cryptography;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>
/// The libp2p <c>/noise</c> secure channel handshake, Noise_XX_25519_ChaChaPoly_SHA256 with an empty prologue: authenticates
/// both ed25519 identities and returns the encrypted <see cref="NoiseTransportStream"/>.
/// </summary>
public static class NoiseHandshake
{
    /// <summary>The multistream-select protocol id of this channel.</summary>
    public const string ProtocolId = "/noise";

    private const int KeySize = 32;
    private const int TagSize = NoiseCipherState.TagSize;

    private static readonly KeyAgreementAlgorithm X25519 = KeyAgreementAlgorithm.X25519;

    /// <summary>Runs the handshake as the dialer over <paramref name="stream"/>, with a fresh static key for this connection.</summary>
    /// <exception cref="NoiseProtocolException">The remote sent something malformed, unauthenticated or wrongly signed.</exception>
    public static Task<NoiseTransportStream> InitiateAsync(Stream stream, Ed25519KeyPair identity, CancellationToken cancellationToken = default) =>
        RunAsync(stream, identity, initiator: true, staticKey: null, ephemeralKey: null, cancellationToken);

    /// <summary>Runs the handshake as the listener over <paramref name="stream"/>, with a fresh static key for this connection.</summary>
    /// <exception cref="NoiseProtocolException">The remote sent something malformed, unauthenticated or wrongly signed.</exception>
    public static Task<NoiseTransportStream> RespondAsync(Stream stream, Ed25519KeyPair identity, CancellationToken cancellationToken = default) =>
        RunAsync(stream, identity, initiator: false, staticKey: null, ephemeralKey: null, cancellationToken);

    /// <summary>The handshake with fixed X25519 secrets (32 bytes each), for deterministic transcripts in tests.</summary>
    internal static Task<NoiseTransportStream> RunAsync(
        Stream stream, Ed25519KeyPair identity, bool initiator, byte[]? staticKey, byte[]? ephemeralKey, CancellationToken cancellationToken) =>
        RunCoreAsync(stream, identity, initiator, ImportOrCreate(staticKey), ImportOrCreate(ephemeralKey), cancellationToken);

    private static async Task<NoiseTransportStream> RunCoreAsync(
        Stream stream, Ed25519KeyPair identity, bool initiator, Key staticKey, Key ephemeralKey, CancellationToken cancellationToken)
    {
        using Key s = staticKey;
        using Key e = ephemeralKey;
        using var state = new NoiseSymmetricState();
        byte[] sPublic = s.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        byte[] ePublic = e.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        byte[] payload = NoiseHandshakePayload.Create(identity, sPublic).Encode();
        var buffer = new byte[NoiseFraming.MaxMessageLength];
        var plaintext = new byte[NoiseFraming.MaxMessageLength];
        state.MixHash(ReadOnlySpan<byte>.Empty);

        PublicKey remoteEphemeral;
        PublicKey remoteStatic;
        NoiseHandshakePayload remotePayload;
        if (initiator)
        {
            // -> e
            state.MixHash(ePublic);
            state.EncryptAndHash(ReadOnlySpan<byte>.Empty, Span<byte>.Empty);
            await NoiseFraming.WriteFrameAsync(stream, ePublic, cancellationToken).ConfigureAwait(false);

            // <- e, ee, s, es
            int length = await ReadHandshakeMessageAsync(stream, buffer, KeySize + KeySize + TagSize + TagSize, "second", cancellationToken).ConfigureAwait(false);
            remoteEphemeral = ImportPublic(buffer.AsSpan(0, KeySize));
            state.MixHash(buffer.AsSpan(0, KeySize));
            MixDh(state, e, remoteEphemeral);
            state.DecryptAndHash(buffer.AsSpan(KeySize, KeySize + TagSize), plaintext);
            byte[] rs = plaintext.AsSpan(0, KeySize).ToArray();
            remoteStatic = ImportPublic(rs);
            MixDh(state, e, remoteStatic);
            int payloadLength = state.DecryptAndHash(buffer.AsSpan(KeySize + KeySize + TagSize, length - KeySize - KeySize - TagSize), plaintext);
            remotePayload = VerifyPayload(plaintext.AsSpan(0, payloadLength), rs);

            // -> s, se
            int written = state.EncryptAndHash(sPublic, buffer);
            MixDh(state, s, remoteEphemeral);
            written += state.EncryptAndHash(payload, buffer.AsSpan(written));
            await NoiseFraming.WriteFrameAsync(stream, buffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // -> e (a libp2p initiator sends no payload; anything after the key is mixed in and ignored, as the spec allows)
            int length = await ReadHandshakeMessageAsync(stream, buffer, KeySize, "first", cancellationToken).ConfigureAwait(false);
            remoteEphemeral = ImportPublic(buffer.AsSpan(0, KeySize));
            state.MixHash(buffer.AsSpan(0, KeySize));
            state.DecryptAndHash(buffer.AsSpan(KeySize, length - KeySize), plaintext);

            // <- e, ee, s, es
            ePublic.CopyTo(buffer, 0);
            state.MixHash(ePublic);
            MixDh(state, e, remoteEphemeral);
            int written = KeySize;
            written += state.EncryptAndHash(sPublic, buffer.AsSpan(written));
            MixDh(state, s, remoteEphemeral);
            written += state.EncryptAndHash(payload, buffer.AsSpan(written));
            await NoiseFraming.WriteFrameAsync(stream, buffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);

            // -> s, se
            length = await ReadHandshakeMessageAsync(stream, buffer, KeySize + TagSize + TagSize, "third", cancellationToken).ConfigureAwait(false);
            state.DecryptAndHash(buffer.AsSpan(0, KeySize + TagSize), plaintext);
            byte[] rs = plaintext.AsSpan(0, KeySize).ToArray();
            remoteStatic = ImportPublic(rs);
            MixDh(state, e, remoteStatic);
            int payloadLength = state.DecryptAndHash(buffer.AsSpan(KeySize + TagSize, length - KeySize - TagSize), plaintext);
            remotePayload = VerifyPayload(plaintext.AsSpan(0, payloadLength), rs);
        }

        // Dialing ourselves (e.g. our own address learnt from a peer) must not yield a connection to ourselves.
        if (identity.PublicKey.SequenceEqual(remotePayload.IdentityKey))
        {
            throw new NoiseProtocolException("The remote authenticated with our own identity key (self-dial).");
        }

        (NoiseCipherState first, NoiseCipherState second) = state.Split();
        return initiator
            ? new NoiseTransportStream(stream, first, second, remotePayload.IdentityKey, state.Hash.ToArray())
            : new NoiseTransportStream(stream, second, first, remotePayload.IdentityKey, state.Hash.ToArray());
    }

    private static async ValueTask<int> ReadHandshakeMessageAsync(Stream stream, byte[] buffer, int minimum, string which, CancellationToken cancellationToken)
    {
        int length = await NoiseFraming.ReadFrameAsync(stream, buffer, cancellationToken).ConfigureAwait(false);
        if (length < 0) throw new NoiseProtocolException($"Connection closed before the {which} Noise handshake message.");
        if (length < minimum) throw new NoiseProtocolException($"The {which} Noise handshake message is {length} bytes; at least {minimum} expected.");
        return length;
    }

    private static NoiseHandshakePayload VerifyPayload(ReadOnlySpan<byte> plaintext, byte[] remoteStatic)
    {
        NoiseHandshakePayload payload = NoiseHandshakePayload.Decode(plaintext);
        if (!payload.Verify(remoteStatic))
        {
            throw new NoiseProtocolException("Noise identity_sig does not sign the remote's static key with its identity key.");
        }

        return payload;
    }

    private static void MixDh(NoiseSymmetricState state, Key local, PublicKey remote)
    {
        using SharedSecret? shared = X25519.Agree(local, remote);
        // libsodium refuses low-order points (an all-zero result): a remote forcing a known key is hostile.
        if (shared is null) throw new NoiseProtocolException("Noise Diffie-Hellman with the remote's key failed (low-order point).");
        state.MixKey(shared);
    }

    private static PublicKey ImportPublic(ReadOnlySpan<byte> key)
    {
        if (!PublicKey.TryImport(X25519, key, KeyBlobFormat.RawPublicKey, out PublicKey? publicKey) || publicKey is null)
        {
            throw new NoiseProtocolException("The remote's X25519 key is not a valid public key.");
        }

        return publicKey;
    }

    private static Key ImportOrCreate(byte[]? secret) =>
        secret is null ? Key.Create(X25519) : Key.Import(X25519, secret, KeyBlobFormat.RawPrivateKey);
}
