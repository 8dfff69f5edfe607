using Kusama.Scale;

namespace Kusama.Network.Protocols;

/// <summary>
/// The transactions notification: SCALE <c>Vec&lt;OpaqueExtrinsic&gt;</c>. Each extrinsic is handled as it is encoded in a
/// block body, i.e. with its own compact length prefix, so the notification is a compact count then those encodings.
/// </summary>
public static class TransactionsNotification
{
    /// <summary>Encodes <paramref name="extrinsics"/>, each already compact-length-prefixed.</summary>
    /// <exception cref="ArgumentException">An extrinsic is not one well-formed length-prefixed encoding.</exception>
    public static byte[] Encode(IReadOnlyList<byte[]> extrinsics)
    {
        var writer = new PooledScaleWriter(1024);
        try
        {
            ScaleWriter.WriteCompact(ref writer, (uint)extrinsics.Count);
            for (int i = 0; i < extrinsics.Count; i++)
            {
                byte[] extrinsic = extrinsics[i];
                if (!IsOneLengthPrefixedItem(extrinsic))
                    throw new ArgumentException($"extrinsic {i} is not a compact-length-prefixed encoding", nameof(extrinsics));
                writer.Write(extrinsic);
            }
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Decodes the notification into the extrinsics' encodings (length prefix included); the whole input must be used.</summary>
    public static byte[][] Decode(ReadOnlySpan<byte> notification)
    {
        ProtocolLimits.Check(notification.Length, ProtocolLimits.MaxTransactionsSize, "transactions notification");
        try
        {
            var reader = new ScaleReader(notification);
            int count = reader.ReadCompactLength(ProtocolLimits.MaxTransactionsSize, "transactions");
            var extrinsics = new byte[count][];
            for (int i = 0; i < count; i++)
            {
                int start = reader.Position;
                reader.ReadLengthPrefixedBytes(ProtocolLimits.MaxTransactionsSize);
                extrinsics[i] = notification[start..reader.Position].ToArray();
            }
            reader.EnsureEnd();
            return extrinsics;
        }
        catch (ScaleDecodeException e)
        {
            throw new ProtocolDecodeException("transactions notification does not decode: " + e.Message, e);
        }
    }

    private static bool IsOneLengthPrefixedItem(byte[] extrinsic)
    {
        try
        {
            var reader = new ScaleReader(extrinsic);
            reader.ReadLengthPrefixedBytes(int.MaxValue);
            return reader.IsAtEnd;
        }
        catch (ScaleDecodeException)
        {
            return false;
        }
    }
}
