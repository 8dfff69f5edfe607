using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Scale;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Extensions;

/// <summary>frame_system <c>CheckGenesis</c>: signs the genesis hash (<c>System.BlockHash[0]</c>), binding the transaction to this chain.</summary>
public sealed class CheckGenesis(SystemPallet system) : TransactionExtension
{
    public override string Identifier => "CheckGenesis";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckGenesis();

    public override TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer)
    {
        writer.Write(system.BlockHash.Get(0).Bytes);
        return null;
    }
}
