namespace Kusama.Network.Protocols;

/// <summary>Substrate's <c>Roles::is_full</c> and <c>is_light</c>: an authority is a full node too.</summary>
public static class RolesExtensions
{
    /// <summary>Whether the peer keeps the full chain (a full node or an authority): a sync peer and a transaction recipient.</summary>
    public static bool IsFull(this Roles roles) => (roles & (Roles.Full | Roles.Authority)) != 0;

    /// <summary>Whether the peer is only a light client; it takes a light slot and is never asked for blocks.</summary>
    public static bool IsLight(this Roles roles) => !roles.IsFull() && (roles & Roles.Light) != 0;
}
