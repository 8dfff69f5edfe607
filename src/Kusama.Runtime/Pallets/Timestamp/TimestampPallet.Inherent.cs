using System.Buffers.Binary;
using Kusama.Frame.Transactions;

namespace Kusama.Runtime.Pallets.Timestamp;

// pallet_timestamp's ProvideInherent, with sp-timestamp's identifier and data (a u64 of ms since the Unix epoch).
public sealed partial class TimestampPallet
{
    /// <summary>sp-timestamp's <c>INHERENT_IDENTIFIER</c>: <c>b"timstap0"</c>.</summary>
    public static readonly InherentIdentifier InherentIdentifier = InherentIdentifier.FromAscii("timstap0");

    /// <summary>How far a block's timestamp may run ahead of the checking node's clock (FRAME's <c>MAX_TIMESTAMP_DRIFT_MILLIS</c>).</summary>
    public const ulong MaxTimestampDriftMillis = 30_000;

    /// <summary>The <c>set</c> inherent for a new block: the provided time, or the earliest time allowed if that is later.</summary>
    public TimestampCall CreateInherent(InherentData data)
    {
        ulong provided = ReadInherentData(data);
        return new TimestampCall.Set(Math.Max(provided, SaturatingAdd(Now.Get(), Config.MinimumPeriod)));
    }

    /// <summary>
    /// Checks a block's <c>set</c> against this node's time: null when acceptable, otherwise the error (fatal, encoded as
    /// its byte under <see cref="InherentIdentifier"/> in <c>CheckInherentsResult</c>).
    /// </summary>
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

    // Missing or malformed timestamp data is a node bug, not a block's fault: FRAME panics, we throw. Like sp-inherents'
    // get_data, the value is read from the front of the stored bytes.
    private static ulong ReadInherentData(InherentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.TryGetRaw(InherentIdentifier, out ReadOnlySpan<byte> value)) throw new InvalidOperationException("Timestamp inherent data must be provided");
        if (value.Length < sizeof(ulong)) throw new InvalidOperationException("Timestamp inherent data not correctly encoded");
        return BinaryPrimitives.ReadUInt64LittleEndian(value);
    }

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
