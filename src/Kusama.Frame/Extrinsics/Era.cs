using System.Numerics;
using Kusama.Scale;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// sp-runtime <c>generic::Era</c>: how long a signed transaction stays valid. Immortal is one byte <c>00</c>; mortal is a
/// little-endian u16 holding log2(period) - 1 in its low nibble and the quantized phase above it.
/// </summary>
public readonly struct Era : IEquatable<Era>, IScaleCodec<Era>
{
    /// <summary>The shortest period a mortal era may have.</summary>
    public const ulong MinPeriod = 4;

    /// <summary>The longest period a mortal era may have (the low nibble holds at most 15, so 2 &lt;&lt; 15).</summary>
    public const ulong MaxPeriod = 1 << 16;

    // Periods above 2^12 cannot carry every phase in the 12 bits left, so the phase is stored in units of period >> 12.
    private const int PhaseBits = 12;

    private Era(ulong period, ulong phase)
    {
        Period = period;
        Phase = phase;
    }

    /// <summary>Valid forever; the genesis hash stands in for the birth block hash.</summary>
    public static Era Immortal => default;

    public bool IsImmortal => Period == 0;

    /// <summary>The number of blocks the transaction is valid for (a power of two in [4, 65536]); 0 when immortal.</summary>
    public ulong Period { get; }

    /// <summary>The birth block number modulo <see cref="Period"/>, a multiple of the quantize factor; 0 when immortal.</summary>
    public ulong Phase { get; }

    /// <summary>
    /// sp-runtime <c>Era::mortal</c>: a mortal era starting at (or, for long periods, shortly before) block
    /// <paramref name="current"/>. The period is rounded up to a power of two and clamped to [4, 65536]; the phase is
    /// <c>current % period</c> rounded down to the quantize factor.
    /// </summary>
    public static Era Mortal(ulong period, ulong current)
    {
        // checked_next_power_of_two() is None above 2^63; Rust falls back to 1 << 16 there.
        ulong rounded = period > 1UL << 63 ? MaxPeriod : BitOperations.RoundUpToPowerOf2(Math.Max(period, 1));
        rounded = Math.Clamp(rounded, MinPeriod, MaxPeriod);
        ulong phase = current % rounded;
        ulong quantizeFactor = QuantizeFactor(rounded);
        return new Era(rounded, phase / quantizeFactor * quantizeFactor);
    }

    /// <summary>The <c>Era::Mortal(period, phase)</c> variant as it is on the wire.</summary>
    /// <exception cref="ArgumentException">The period is not a power of two in [4, 65536], or the phase is not below it or not quantized.</exception>
    public static Era FromPeriodAndPhase(ulong period, ulong phase)
    {
        if (!BitOperations.IsPow2(period) || period < MinPeriod || period > MaxPeriod)
            throw new ArgumentException($"an era period must be a power of two in [{MinPeriod}, {MaxPeriod}], got {period}", nameof(period));
        if (phase >= period || phase % QuantizeFactor(period) != 0)
            throw new ArgumentException($"phase {phase} is not a multiple of {QuantizeFactor(period)} below period {period}", nameof(phase));
        return new Era(period, phase);
    }

    /// <summary>sp-runtime <c>Era::birth</c>: the first block of the era that <paramref name="current"/> falls in (0 when immortal).</summary>
    public ulong Birth(ulong current) =>
        IsImmortal ? 0 : (Math.Max(current, Phase) - Phase) / Period * Period + Phase;

    /// <summary>sp-runtime <c>Era::death</c>: the first block at which the era has ended (<see cref="ulong.MaxValue"/> when immortal).</summary>
    public ulong Death(ulong current) => IsImmortal ? ulong.MaxValue : Birth(current) + Period;

    private static ulong QuantizeFactor(ulong period) => Math.Max(period >> PhaseBits, 1);

    public static Era Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte first = reader.ReadByte();
        if (first == 0)
            return Immortal;
        ulong encoded = first | ((ulong)reader.ReadByte() << 8);
        ulong period = 2UL << (int)(encoded & 0xf);
        ulong phase = (encoded >> 4) * QuantizeFactor(period);
        if (period < MinPeriod || phase >= period)
            ScaleReader.Throw($"invalid era: period {period}, phase {phase}", start);
        return new Era(period, phase);
    }

    public static void Encode<TWriter>(in Era value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.IsImmortal)
        {
            writer.WriteByte(0);
            return;
        }

        int exponent = Math.Clamp(BitOperations.TrailingZeroCount(value.Period) - 1, 1, 15);
        ushort encoded = (ushort)(exponent | (int)(value.Phase / QuantizeFactor(value.Period) << 4));
        ScaleWriter.WriteUInt16(ref writer, encoded);
    }

    public static int GetEncodedSize(in Era value) => value.IsImmortal ? 1 : 2;

    public bool Equals(Era other) => Period == other.Period && Phase == other.Phase;

    public override bool Equals(object? obj) => obj is Era other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Period, Phase);

    public static bool operator ==(Era left, Era right) => left.Equals(right);

    public static bool operator !=(Era left, Era right) => !left.Equals(right);

    public override string ToString() => IsImmortal ? "Immortal" : $"Mortal({Period}, {Phase})";
}
