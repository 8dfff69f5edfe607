using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.MultistreamSelect;
using Kusama.Network.Libp2p.Noise;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>
/// Upgrades a raw byte stream as Substrate does: multistream-select <c>/noise</c>, Noise XX, multistream-select
/// <c>/yamux/1.0.0</c> inside Noise, then a yamux session (the dialer is the yamux client), all within 20 s.
/// </summary>
public static class ConnectionUpgrader
{
    /// <summary>The yamux protocol id.</summary>
    public const string YamuxProtocolId = "/yamux/1.0.0";

    /// <summary>The whole-upgrade timeout (rust-libp2p's transport timeout in Substrate).</summary>
    public static readonly TimeSpan UpgradeTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Upgrades an outbound stream (within <paramref name="timeout"/>, default <see cref="UpgradeTimeout"/>); checks the remote against <paramref name="expectedPeerId"/> when given.</summary>
    /// <exception cref="Libp2pProtocolException">Any failure of the upgrade, including the timeout and a PeerId mismatch.</exception>
    public static Task<Libp2pConnection> UpgradeOutboundAsync(
        Stream stream, Ed25519KeyPair identity, PeerId? expectedPeerId, Multiaddr? remoteAddress, ProtocolHandlers handlers,
        CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        UpgradeAsync(stream, identity, true, expectedPeerId, remoteAddress, handlers, timeout ?? UpgradeTimeout, cancellationToken);

    /// <summary>Upgrades an inbound stream.</summary>
    /// <exception cref="Libp2pProtocolException">Any failure of the upgrade, including the timeout.</exception>
    public static Task<Libp2pConnection> UpgradeInboundAsync(
        Stream stream, Ed25519KeyPair identity, Multiaddr? remoteAddress, ProtocolHandlers handlers, CancellationToken cancellationToken = default,
        TimeSpan? timeout = null) =>
        UpgradeAsync(stream, identity, false, null, remoteAddress, handlers, timeout ?? UpgradeTimeout, cancellationToken);

    private static async Task<Libp2pConnection> UpgradeAsync(
        Stream stream, Ed25519KeyPair identity, bool dialer, PeerId? expectedPeerId, Multiaddr? remoteAddress, ProtocolHandlers handlers,
        TimeSpan upgradeTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(handlers);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(upgradeTimeout);
        NoiseTransportStream? secure = null;
        try
        {
            if (dialer)
            {
                // V1Lazy as rust-libp2p: Noise's first message rides with the proposal; a refusal surfaces on its first read.
                Stream negotiated = await MultistreamSelectDialer.SelectLazyAsync(stream, NoiseHandshake.ProtocolId, timeout.Token).ConfigureAwait(false);
                secure = await NoiseHandshake.InitiateAsync(negotiated, identity, timeout.Token).ConfigureAwait(false);
            }
            else
            {
                await MultistreamSelectListener.AcceptAsync(stream, [NoiseHandshake.ProtocolId], timeout.Token).ConfigureAwait(false);
                secure = await NoiseHandshake.RespondAsync(stream, identity, timeout.Token).ConfigureAwait(false);
            }

            PeerId remotePeerId = PublicKey.FromEd25519(secure.RemoteIdentityKey).ToPeerId();
            if (expectedPeerId is not null && remotePeerId != expectedPeerId)
                throw new Libp2pProtocolException($"dialled peer {expectedPeerId} but the remote authenticated as {remotePeerId}");

            if (dialer)
            {
                string? muxer = await MultistreamSelectDialer.SelectAsync(secure, [YamuxProtocolId], timeout.Token).ConfigureAwait(false);
                if (muxer is null) throw new Libp2pProtocolException($"peer {remotePeerId} refused {YamuxProtocolId}");
            }
            else
            {
                await MultistreamSelectListener.AcceptAsync(secure, [YamuxProtocolId], timeout.Token).ConfigureAwait(false);
            }

            var session = new YamuxSession(secure, isClient: dialer);
            var connection = new Libp2pConnection(secure, stream, session, remotePeerId, remoteAddress, dialer, handlers);
            connection.StartAccepting();
            return connection;
        }
        catch (Exception e)
        {
            if (secure is not null) await secure.DisposeAsync().ConfigureAwait(false);
            await stream.DisposeAsync().ConfigureAwait(false);
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
            if (e is OperationCanceledException)
                throw new Libp2pProtocolException($"connection upgrade timed out after {upgradeTimeout.TotalSeconds} s", e);
            if (e is Libp2pProtocolException) throw;
            throw new Libp2pProtocolException($"connection upgrade failed: {e.Message}", e);
        }
    }
}
