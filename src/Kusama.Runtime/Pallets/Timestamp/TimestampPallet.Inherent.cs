using System.Buffers.Binary;

namespace Kusama.Runtime.Pallets.Timestamp;

// pallet_timestamp's ProvideInherent, with sp-timestamp's identifier and data (a u64 of ms since the Unix epoch).
public sealed partial class TimestampPallet
{
    /// <summary>sp-timestamp's <c>INHERENT_IDENTIFIER</c>: <c>b"timstap0"</c>.</summary>
    public static ReadOnlySpan<byte> InherentIdentifier => "timstap0"u8;

    /// <summary>How far a block's timestamp may run ahead of the checking node's clock (FRAME's <c>MAX_TIMESTAMP_DRIFT_MILLIS</c>).</summary>
    public const ulong MaxTimestampDriftMillis = 30_000;

    /// <summary>Puts a timestamp into inherent data as the node's provider does.</summary>
    public static void PutInherentData(InherentData data, ulong timestamp)
    {
        ArgumentNullException.ThrowIfNull(data);
        byte[] value = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(value, timestamp);
        data.Put(InherentIdentifier, value);
    }

    /// <summary>The <c>set</c> inherent for a new block: the provided time, or the earliest time allowed if that is later.</summary>
    public TimestampCall CreateInherent(InherentData data)
    {
        ulong provided = ReadInherentData(data);
        return new TimestampCall.Set(Math.Max(provided, SaturatingAdd(Now.Get(), Config.MinimumPeriod)));
    }

    /// <summary>Checks a block's <c>set</c> against this node's time: null when acceptable, otherwise the (fatal) error.</summary>
    public TimestampInherentError? CheckInherent(TimestampCall call, InherentData data)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call is not TimestampCall.Set set) return null;
        ulong provided = ReadInherentData(data);
        if (set.Now > SaturatingAdd(provided, MaxTimestampDriftMillis)) return TimestampInherentError.TooFarInFuture;
        if (set.Now < SaturatingAdd(Now.Get(), Config.MinimumPeriod)) return TimestampInherentError.TooEarly;
        return null;
    }

    /// <summary>Whether <paramref name="call"/> is this pallet's inherent.</summary>
    public static bool IsInherent(TimestampCall call) => call is TimestampCall.Set;

    // Missing or malformed timestamp data is a node bug, not a block's fault: FRAME panics, we throw.
    private static ulong ReadInherentData(InherentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.TryGet(InherentIdentifier, out byte[] value)) throw new InvalidOperationException("Timestamp inherent data must be provided");
        if (value.Length < 8) throw new InvalidOperationException("Timestamp inherent data not correctly encoded");
        return BinaryPrimitives.ReadUInt64LittleEndian(value);
    }

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
