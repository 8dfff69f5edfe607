using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Scale;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// frame_system <c>CheckMortality</c>: the explicit era; signs the hash of the era's birth block (genesis for immortal),
/// which must still be in <c>System.BlockHash</c> (else AncientBirthBlock); the transaction stays valid until the era ends.
/// </summary>
public sealed class CheckMortality(SystemPallet system) : TransactionExtension
{
    public override string Identifier => "CheckMortality";

    // FRAME sets the immortal proof size to 0: every immortal transaction reads the same genesis hash.
    public override Weight Weight(in TransactionContext tx) => tx.Extra.Era.IsImmortal
        ? SystemExtensionWeights.CheckMortalityImmortalTransaction().WithProofSize(0)
        : SystemExtensionWeights.CheckMortalityMortalTransaction();

    public override TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer)
    {
        ulong birth = tx.Extra.Era.Birth(system.BlockNumber);
        if (birth > uint.MaxValue || !system.BlockHash.Contains((uint)birth)) return InvalidTransaction.AncientBirthBlock;
        writer.Write(system.BlockHash.Get((uint)birth).Bytes);
        return null;
    }

    public override TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity)
    {
        ulong current = system.BlockNumber;
        ulong validTill = tx.Extra.Era.Death(current);
        Combine(ref validity, new ValidTransaction(0, [], [], validTill > current ? validTill - current : 0, propagate: true));
        return null;
    }
}
