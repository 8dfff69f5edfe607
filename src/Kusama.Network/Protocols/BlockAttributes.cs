namespace Kusama.Network.Protocols;

/// <summary>What a block request asks for; on the wire the bits sit in the most significant byte of <c>fields</c>.</summary>
[Flags]
public enum BlockAttributes : byte
{
    /// <summary>Only the hash.</summary>
    None = 0,

    /// <summary>The SCALE header.</summary>
    Header = 1,

    /// <summary>The body extrinsics.</summary>
    Body = 2,

    /// <summary>The receipt (unused by Substrate).</summary>
    Receipt = 4,

    /// <summary>The message queue (unused by Substrate).</summary>
    MessageQueue = 8,

    /// <summary>The justification(s).</summary>
    Justification = 16,

    /// <summary>The indexed body (transaction storage).</summary>
    IndexedBody = 32,
}
