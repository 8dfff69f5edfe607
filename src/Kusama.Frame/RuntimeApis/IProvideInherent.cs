using Kusama.Frame.Transactions;

namespace Kusama.Frame.RuntimeApis;

/// <summary>
/// FRAME's <c>ProvideInherent</c>: a pallet that creates an inherent from the block author's <see cref="InherentData"/>
/// and checks the one a block carries. <typeparamref name="TCall"/> is the runtime's outer call type.
/// </summary>
public interface IProvideInherent<TCall> where TCall : class
{
    /// <summary>The inherent data this pallet reads (e.g. <c>timstap0</c>).</summary>
    InherentIdentifier InherentIdentifier { get; }

    /// <summary>The inherent call to put in a new block, or null when none is needed.</summary>
    TCall? CreateInherent(InherentData data);

    /// <summary>True when <paramref name="call"/> (an unsigned extrinsic's call) is this pallet's inherent.</summary>
    bool IsInherent(TCall call);

    /// <summary>Checks a block's inherent against the local <paramref name="data"/>; records any error in <paramref name="result"/> (<c>put_error</c>).</summary>
    void CheckInherent(TCall call, InherentData data, CheckInherentsResult result);
}
