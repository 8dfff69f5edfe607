using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Transactions;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>Timestamp's <c>ProvideInherent</c> over the runtime's <see cref="RuntimeCall"/>: the <c>set</c> inherent every block carries.</summary>
public sealed class TimestampInherentProvider(TimestampPallet timestamp) : IProvideInherent<RuntimeCall>
{
    public InherentIdentifier InherentIdentifier => TimestampPallet.InherentIdentifier;

    public RuntimeCall? CreateInherent(InherentData data) => new RuntimeCall.Timestamp(timestamp.CreateInherent(data));

    public bool IsInherent(RuntimeCall call) => call is RuntimeCall.Timestamp c && TimestampPallet.IsInherent(c.Call);

    public void CheckInherent(RuntimeCall call, InherentData data, CheckInherentsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (call is not RuntimeCall.Timestamp c) return;
        // sp-timestamp's InherentError is fatal and encodes as its variant byte.
        if (timestamp.CheckInherent(c.Call, data) is { } error)
            result.PutError<byte, U8Codec>(InherentIdentifier, (byte)error, isFatal: true);
    }
}
