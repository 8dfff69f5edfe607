namespace Kusama.Network.Protocols;

/// <summary>
/// The entries of one trie in a state response (<c>api.v1.KeyValueStateEntry</c>): <see cref="StateRoot"/> is empty for the
/// top trie and the child root for a child trie; <see cref="Complete"/> says the trie has no more keys.
/// </summary>
public sealed record KeyValueStateEntry(byte[] StateRoot, IReadOnlyList<StateEntry> Entries, bool Complete)
{
    internal void WriteTo(ProtobufWriter writer, ProtobufWriter scratch)
    {
        writer.WriteBytesFieldIfNotEmpty(1, StateRoot);
        foreach (StateEntry entry in Entries)
        {
            scratch.Clear();
            scratch.WriteBytesFieldIfNotEmpty(1, entry.Key);
            scratch.WriteBytesFieldIfNotEmpty(2, entry.Value);
            writer.WriteBytesField(2, scratch.WrittenSpan);
        }
        writer.WriteBoolFieldIfTrue(3, Complete);
    }

    internal static KeyValueStateEntry Decode(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        byte[] stateRoot = [];
        var entries = new List<StateEntry>();
        bool complete = false;
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            switch (field)
            {
                case 1:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    stateRoot = reader.ReadLengthDelimited().ToArray();
                    break;
                case 2:
                    ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                    entries.Add(DecodeEntry(reader.ReadLengthDelimited()));
                    break;
                case 3:
                    ProtobufReader.Expect(field, type, ProtobufWireType.Varint);
                    complete = reader.ReadBool();
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
        return new KeyValueStateEntry(stateRoot, entries, complete);
    }

    private static StateEntry DecodeEntry(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        byte[] key = [], value = [];
        while (reader.TryReadKey(out int field, out ProtobufWireType type))
        {
            if (field is 1 or 2)
            {
                ProtobufReader.Expect(field, type, ProtobufWireType.LengthDelimited);
                byte[] bytes = reader.ReadLengthDelimited().ToArray();
                if (field == 1) key = bytes;
                else value = bytes;
            }
            else
            {
                reader.Skip(type);
            }
        }
        return new StateEntry(key, value);
    }
}
