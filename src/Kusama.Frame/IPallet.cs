namespace Kusama.Frame;

/// <summary>A pallet as the runtime composes it: its index in <c>construct_runtime</c> and its name (the storage prefix and metadata name).</summary>
public interface IPallet
{
    /// <summary>The pallet's index: the first byte of its calls and events and the index in its module errors.</summary>
    byte Index { get; }

    /// <summary>The pallet's name, e.g. "Balances".</summary>
    string Name { get; }
}
