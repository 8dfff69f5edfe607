using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;

namespace Kusama.Runtime.Pallets.System;

// frame_system's calls (Kusama indices; 8 is unused since set_changes_trie_config was removed).
public sealed partial class SystemPallet
{
    /// <summary><c>:code</c>, where the runtime's code (for us: the native runtime's descriptor) lives.</summary>
    public static ReadOnlySpan<byte> CodeKey => ":code"u8;

    /// <summary><c>:heappages</c>, the Wasm heap size in 64 KiB pages (kept for compatibility; the native runtime does not use it).</summary>
    public static ReadOnlySpan<byte> HeapPagesKey => ":heappages"u8;

    /// <summary>Reads the runtime version a <c>:code</c> value describes, or null when it describes none this node can run; supplied by the runtime composition.</summary>
    public Func<byte[], RuntimeVersion?>? ReadRuntimeVersion { get; set; }

    /// <summary>Make some on-chain remark.</summary>
    [Call(0, Weight = "SystemWeights.Remark((uint)remark.Length)")]
    public DispatchResult Remark(Origin origin, byte[] remark) => DispatchResult.Ok;

    /// <summary>Set the number of pages in the WebAssembly environment's heap.</summary>
    [Call(1, Weight = "SystemWeights.SetHeapPages()", Class = DispatchClass.Operational)]
    public DispatchResult SetHeapPages(Origin origin, ulong pages)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        Span<byte> value = stackalloc byte[8];
        global::System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(value, pages);
        Storage.Set(HeapPagesKey, value);
        DepositLog(new DigestItem.RuntimeEnvironmentUpdated());
        return DispatchResult.Ok;
    }

    /// <summary>Set the new runtime code.</summary>
    [Call(2, Weight = "SystemWeights.SetCode()", Class = DispatchClass.Operational)]
    public DispatchResult SetCode(Origin origin, byte[] code)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        DispatchResult check = CanSetCode(code, checkVersion: true);
        if (check.IsError) return check;
        UpdateCodeInStorage(code);
        return DispatchResult.Success(new PostDispatchInfo(Config.BlockWeights.MaxBlock));
    }

    /// <summary>Set the new runtime code without doing any checks of the given <c>code</c>.</summary>
    [Call(3, Weight = "SystemWeights.SetCode()", Class = DispatchClass.Operational)]
    public DispatchResult SetCodeWithoutChecks(Origin origin, byte[] code)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        DispatchResult check = CanSetCode(code, checkVersion: false);
        if (check.IsError) return check;
        UpdateCodeInStorage(code);
        return DispatchResult.Success(new PostDispatchInfo(Config.BlockWeights.MaxBlock));
    }

    /// <summary>Set some items of storage.</summary>
    [Call(4, Weight = "SystemWeights.SetStorage((uint)items.Length)", Class = DispatchClass.Operational)]
    public DispatchResult SetStorage(Origin origin, [TypeName("Vec<KeyValue>")] (byte[] Key, byte[] Value)[] items)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        foreach ((byte[] key, byte[] value) in items) Storage.Set(key, value);
        return DispatchResult.Ok;
    }

    /// <summary>Kill some items from storage.</summary>
    [Call(5, Weight = "SystemWeights.KillStorage((uint)keys.Length)", Class = DispatchClass.Operational)]
    public DispatchResult KillStorage(Origin origin, [TypeName("Vec<Key>")] byte[][] keys)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        foreach (byte[] key in keys) Storage.Delete(key);
        return DispatchResult.Ok;
    }

    /// <summary>Kill all storage items with a key that starts with the given prefix.</summary>
    /// <remarks><paramref name="subkeys"/> must be the exact number of keys under the prefix: it bounds the work and the weight.</remarks>
    [Call(6, Weight = "SystemWeights.KillPrefix(subkeys == uint.MaxValue ? subkeys : subkeys + 1)", Class = DispatchClass.Operational)]
    public DispatchResult KillPrefix(Origin origin, [TypeName("Key")] byte[] prefix, uint subkeys)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        Storage.ClearPrefix(prefix, subkeys);
        return DispatchResult.Ok;
    }

    /// <summary>Make some on-chain remark and emit event.</summary>
    [Call(7, Weight = "SystemWeights.RemarkWithEvent((uint)remark.Length)")]
    public DispatchResult RemarkWithEvent(Origin origin, byte[] remark)
    {
        if (!origin.EnsureSigned(out AccountId32 who, out DispatchError error)) return error;
        DepositEvent(new SystemEvent.Remarked(who, Blake2b.Hash256(remark)));
        return DispatchResult.Ok;
    }

    /// <summary>Authorize an upgrade to a given <c>code_hash</c> for the runtime. The runtime can be supplied later.</summary>
    [Call(9, Weight = "SystemWeights.AuthorizeUpgrade()", Class = DispatchClass.Operational)]
    public DispatchResult AuthorizeUpgrade(Origin origin, [TypeName("T::Hash")] Hash256 codeHash)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        DoAuthorizeUpgrade(codeHash, checkVersion: true);
        return DispatchResult.Ok;
    }

    /// <summary>Authorize an upgrade to a given <c>code_hash</c> for the runtime, without version checks when it is applied.</summary>
    [Call(10, Weight = "SystemWeights.AuthorizeUpgrade()", Class = DispatchClass.Operational)]
    public DispatchResult AuthorizeUpgradeWithoutChecks(Origin origin, [TypeName("T::Hash")] Hash256 codeHash)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        DoAuthorizeUpgrade(codeHash, checkVersion: false);
        return DispatchResult.Ok;
    }

    /// <summary>Provide the preimage (runtime binary) <c>code</c> for an upgrade that has been authorized. Any origin may call it; it pays no fee when it succeeds.</summary>
    [Call(11, Weight = "SystemWeights.ApplyAuthorizedUpgrade()", Class = DispatchClass.Operational)]
    public DispatchResult ApplyAuthorizedUpgrade(Origin origin, byte[] code)
    {
        DispatchResult valid = ValidateAuthorizedUpgrade(code);
        if (valid.IsError) return valid;
        UpdateCodeInStorage(code);
        AuthorizedUpgrade.Remove();
        return DispatchResult.Success(new PostDispatchInfo(Config.BlockWeights.MaxBlock, Pays.No));
    }

    /// <summary>Checks an authorized upgrade: something is authorized, the code's hash matches, and (if asked) the version may replace ours.</summary>
    public DispatchResult ValidateAuthorizedUpgrade(byte[] code)
    {
        if (!AuthorizedUpgrade.TryGet(out CodeUpgradeAuthorization authorization)) return Error(SystemError.NothingAuthorized);
        if (authorization.CheckVersion)
        {
            DispatchResult check = CanSetCode(code, checkVersion: true);
            if (check.IsError) return check;
        }
        return Blake2b.Hash256(code) == authorization.CodeHash ? DispatchResult.Ok : Error(SystemError.Unauthorized);
    }

    /// <summary>
    /// frame_system <c>can_set_code</c>: the code must describe a runtime this node has compiled in; with version checks,
    /// the same spec name and a higher spec version than the running one.
    /// </summary>
    public DispatchResult CanSetCode(byte[] code, bool checkVersion)
    {
        if (!checkVersion) return DispatchResult.Ok;
        RuntimeVersion? next = ReadRuntimeVersion?.Invoke(code);
        if (next is null) return Error(SystemError.FailedToExtractRuntimeVersion);
        RuntimeVersion current = Config.Version;
        if (next.SpecName != current.SpecName) return Error(SystemError.InvalidSpecName);
        if (next.SpecVersion <= current.SpecVersion) return Error(SystemError.SpecVersionNeedsToIncrease);
        return DispatchResult.Ok;
    }

    /// <summary>Writes <c>:code</c>, records <c>RuntimeEnvironmentUpdated</c> in the digest and deposits <c>CodeUpdated</c>.</summary>
    public void UpdateCodeInStorage(byte[] code)
    {
        Storage.Set(CodeKey, code);
        DepositLog(new DigestItem.RuntimeEnvironmentUpdated());
        DepositEvent(new SystemEvent.CodeUpdated());
    }

    /// <summary>Appends an item to the block's digest (frame_system <c>deposit_log</c>).</summary>
    public void DepositLog(DigestItem item) => Digest.Append<DigestItem, DigestItem>(item);

    private void DoAuthorizeUpgrade(Hash256 codeHash, bool checkVersion)
    {
        AuthorizedUpgrade.Set(new CodeUpgradeAuthorization(codeHash, checkVersion));
        DepositEvent(new SystemEvent.UpgradeAuthorized(codeHash, checkVersion));
    }

    /// <summary>This pallet's module error.</summary>
    public DispatchError Error(SystemError error) => DispatchError.Module(Index, (byte)error);
}
