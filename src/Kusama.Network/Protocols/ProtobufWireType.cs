namespace Kusama.Network.Protocols;

/// <summary>The protobuf wire types (the low 3 bits of a field key).</summary>
public enum ProtobufWireType
{
    /// <summary>A varint: int32, uint32, uint64, bool, enum.</summary>
    Varint = 0,

    /// <summary>Eight little-endian bytes.</summary>
    Fixed64 = 1,

    /// <summary>A varint length then that many bytes: bytes, string, messages, packed repeated.</summary>
    LengthDelimited = 2,

    /// <summary>Deprecated group start.</summary>
    StartGroup = 3,

    /// <summary>Deprecated group end.</summary>
    EndGroup = 4,

    /// <summary>Four little-endian bytes.</summary>
    Fixed32 = 5,
}
