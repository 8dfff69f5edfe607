using Kusama.Core;
using Kusama.Frame;
using Kusama.Frame.Storage;

namespace Kusama.Runtime.Pallets.System;

/// <summary>
/// frame_system: accounts and their reference counts, nonces, the block's number, parent hash, digest and events, and the
/// Root-only storage calls. Every other pallet depends on it.
/// </summary>
public sealed partial class SystemPallet : IPallet
{
    public SystemPallet(IStorage storage, SystemConfig config, byte index = KusamaRuntime.SystemIndex)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(config);
        Storage = storage;
        Config = config;
        Index = index;
        InitializeStorage(storage);
    }

    public byte Index { get; }

    public string Name => "System";

    public SystemConfig Config { get; }

    /// <summary>The storage the pallet reads and writes (the block being executed).</summary>
    public IStorage Storage { get; }

    /// <summary>The current block number.</summary>
    public uint BlockNumber => Number.Get();

    /// <summary>An account's nonce.</summary>
    public uint AccountNonce(in AccountId32 who) => Account.Get(who).Nonce;

    /// <summary>Increments an account's nonce (the CheckNonce extension does this for every signed transaction).</summary>
    public void IncAccountNonce(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        Account.Set(who, info with { Nonce = info.Nonce + 1 });
    }
}
