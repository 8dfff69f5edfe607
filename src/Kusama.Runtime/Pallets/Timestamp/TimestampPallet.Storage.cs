using Kusama.Frame.Storage;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Timestamp;

// pallet_timestamp's storage, in Kusama's metadata order. Item names are the storage keys' second part: never rename.
public sealed partial class TimestampPallet
{
    /// <summary>The current time for the current block.</summary>
    public StorageValue<ulong, U64Codec> Now { get; private set; } = null!;

    /// <summary>Whether the timestamp has been updated in this block.</summary>
    public StorageValue<bool, BoolCodec> DidUpdate { get; private set; } = null!;

    private void InitializeStorage(IStorage storage)
    {
        const string prefix = "Timestamp";
        Now = new(storage, prefix, nameof(Now), 0UL);
        DidUpdate = new(storage, prefix, nameof(DidUpdate), false);
    }
}
