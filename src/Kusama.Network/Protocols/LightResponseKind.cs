namespace Kusama.Network.Protocols;

/// <summary>Which member of the <c>/light/2</c> response oneof a <see cref="LightResponse"/> is.</summary>
public enum LightResponseKind
{
    /// <summary><c>RemoteCallResponse</c> (field 1).</summary>
    RemoteCall = 1,

    /// <summary><c>RemoteReadResponse</c> (field 2), also the answer to child reads.</summary>
    RemoteRead = 2,
}
