using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Scale;

namespace Kusama.Runtime.Extensions;

/// <summary>frame_system <c>CheckSpecVersion</c>: signs the runtime's <c>spec_version</c> (u32), so a transaction signed for another runtime fails its signature.</summary>
public sealed class CheckSpecVersion(uint specVersion) : TransactionExtension
{
    public override string Identifier => "CheckSpecVersion";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckSpecVersion();

    public override TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer)
    {
        ScaleWriter.WriteUInt32(ref writer, specVersion);
        return null;
    }
}
