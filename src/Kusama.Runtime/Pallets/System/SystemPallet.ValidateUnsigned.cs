using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Transactions;

namespace Kusama.Runtime.Pallets.System;

// frame_system's ValidateUnsigned: apply_authorized_upgrade is the one System call anyone may send unsigned; it is
// admitted while it matches the authorized upgrade, once per code hash.
public sealed partial class SystemPallet : IValidateUnsigned<SystemCall>
{
    /// <summary>The priority FRAME gives an authorized upgrade in the pool.</summary>
    public const ulong AuthorizedUpgradePriority = 100;

    public Result<ValidTransaction, TransactionValidityError>? ValidateUnsigned(TransactionSource source, SystemCall call)
    {
        if (call is SystemCall.ApplyAuthorizedUpgrade upgrade && ValidateAuthorizedUpgrade(upgrade.Code).IsOk)
        {
            byte[] codeHash = Blake2b.Hash256(upgrade.Code).Bytes.ToArray();
            return Result<ValidTransaction, TransactionValidityError>.Ok(
                new ValidTransaction(AuthorizedUpgradePriority, [], [codeHash], ulong.MaxValue, propagate: true));
        }
        return Result<ValidTransaction, TransactionValidityError>.Err(InvalidTransaction.Call);
    }
}
