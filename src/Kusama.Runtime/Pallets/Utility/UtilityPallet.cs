using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Storage;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.Utility;

/// <summary>
/// pallet_utility: stateless helpers that dispatch other calls — batches (interrupting, atomic or forced), dispatch from an
/// indexed pseudonym of the sender, and Root dispatch with another origin or a given weight.
/// </summary>
public sealed partial class UtilityPallet : IPallet
{
    private readonly SystemPallet _system;
    private readonly IRuntimeDispatcher _dispatcher;

    public UtilityPallet(IStorage storage, UtilityConfig config, SystemPallet system, IRuntimeDispatcher dispatcher, byte index = KusamaRuntime.UtilityIndex)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(dispatcher);
        Storage = storage;
        Config = config;
        _system = system;
        _dispatcher = dispatcher;
        Index = index;
    }

    public byte Index { get; }

    public string Name => "Utility";

    public UtilityConfig Config { get; }

    /// <summary>The storage of the block being executed (the pallet keeps none of its own).</summary>
    public IStorage Storage { get; }

    /// <summary>
    /// pallet_utility's <c>derivative_account_id</c>: <c>blake2_256(b"modlpy/utilisuba" ++ who ++ index as u16 LE)</c>, the
    /// SCALE encoding of <c>(b"modlpy/utilisuba", who, index)</c> with the 16-byte array written without a length prefix.
    /// </summary>
    public static AccountId32 DerivativeAccountId(in AccountId32 who, ushort index)
    {
        ReadOnlySpan<byte> prefix = "modlpy/utilisuba"u8;
        Span<byte> entropy = stackalloc byte[16 + AccountId32.Length + 2];
        prefix.CopyTo(entropy);
        who.CopyTo(entropy[16..]);
        global::System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(entropy[(16 + AccountId32.Length)..], index);
        Span<byte> hash = stackalloc byte[32];
        Blake2b.Hash256(entropy, hash);
        return new AccountId32(hash);
    }

    /// <summary>This pallet's module error.</summary>
    public DispatchError Error(UtilityError error) => DispatchError.Module(Index, (byte)error);

    private void DepositEvent(UtilityEvent @event) => _system.DepositEvent(new RuntimeEvent.Utility(@event));
}
