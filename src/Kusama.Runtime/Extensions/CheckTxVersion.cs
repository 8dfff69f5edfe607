using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Scale;

namespace Kusama.Runtime.Extensions;

/// <summary>frame_system <c>CheckTxVersion</c>: signs the runtime's <c>transaction_version</c> (u32).</summary>
public sealed class CheckTxVersion(uint transactionVersion) : TransactionExtension
{
    public override string Identifier => "CheckTxVersion";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckTxVersion();

    public override TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer)
    {
        ScaleWriter.WriteUInt32(ref writer, transactionVersion);
        return null;
    }
}
