namespace Kusama.Runtime;

/// <summary>Kusama's currency and time units (polkadot-fellows <c>relay/kusama/constants</c>); all divisions truncate as in Rust.</summary>
public static class KusamaConstants
{
    /// <summary>One KSM in planck (12 decimals).</summary>
    public const ulong Units = 1_000_000_000_000;

    /// <summary><c>UNITS / 30</c>.</summary>
    public const ulong Quid = Units / 30;

    /// <summary><c>QUID / 100</c> = 333,333,333 planck; also the existential deposit.</summary>
    public const ulong Cents = Quid / 100;

    /// <summary><c>CENTS / 1,000</c>.</summary>
    public const ulong MilliCents = Cents / 1_000;

    /// <summary><c>QUID * 1,000</c>.</summary>
    public const ulong Grand = Quid * 1_000;

    /// <summary>Milliseconds per block (6 s).</summary>
    public const ulong MillisecsPerBlock = 6_000;

    public const uint Minutes = 10;

    public const uint Hours = 60 * Minutes;

    public const uint Days = 24 * Hours;

    /// <summary>Storage deposit: <c>items × 2,000 CENTS + bytes × 100 MILLICENTS</c>.</summary>
    public static UInt128 Deposit(uint items, uint bytes) => (UInt128)items * 2_000 * Cents + (UInt128)bytes * 100 * MilliCents;
}
