using Kusama.Core;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Scale;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// frame-metadata-hash-extension <c>CheckMetadataHash</c>: the explicit mode byte; mode 0 signs <c>None</c>, mode 1 signs
/// <c>Some(hash)</c> of the RFC-0078 metadata hash built into the runtime. We build none yet, so mode 1 is rejected
/// exactly as FRAME rejects it without a hash: <see cref="UnknownTransaction.CannotLookup"/>. Weight zero, as in FRAME.
/// </summary>
public sealed class CheckMetadataHash : TransactionExtension
{
    public override string Identifier => "CheckMetadataHash";

    public override TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer)
    {
        if (tx.Extra.Mode == MetadataHashMode.Enabled) return UnknownTransaction.CannotLookup;
        writer.WriteByte(0);
        return null;
    }
}
