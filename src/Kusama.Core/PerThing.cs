using System.Numerics;

namespace Kusama.Core;

/// <summary>The operations every <see cref="IPerThing{TSelf}"/> has, written once (sp-arithmetic's <c>PerThing</c> default methods); every operation saturates instead of overflowing.</summary>
/// <remarks>Generic over the struct itself, so each per-thing gets its own specialised code: no boxing, no allocation.</remarks>
public static class PerThing
{
    extension<TSelf>(TSelf) where TSelf : struct, IPerThing<TSelf>
    {
        /// <summary>Nothing: zero parts.</summary>
        public static TSelf Zero => default;

        /// <summary>Everything: the accuracy in parts.</summary>
        public static TSelf One => TSelf.FromParts(TSelf.Accuracy);

        /// <summary>From a percentage, clamped to 100.</summary>
        public static TSelf FromPercent(ulong percent) => TSelf.FromParts(Math.Min(percent, 100) * (TSelf.Accuracy / 100));

        /// <summary><c>from_rational</c>: <c>p / q</c> rounded down; one when <paramref name="q"/> is zero or <paramref name="p"/> &gt; <paramref name="q"/>.</summary>
        public static TSelf FromRational(UInt128 p, UInt128 q) =>
            TryFromRational(p, q, Rounding.Down, out TSelf value) ? value : TSelf.FromParts(TSelf.Accuracy);

        /// <summary><c>from_rational_with_rounding</c>: false when <paramref name="q"/> is zero or <paramref name="p"/> &gt; <paramref name="q"/>.</summary>
        public static bool TryFromRational(UInt128 p, UInt128 q, Rounding rounding, out TSelf value)
        {
            bool ok = PerThingMath.TryFromRational(p, q, rounding, TSelf.Accuracy, out ulong parts);
            value = TSelf.FromParts(parts);
            return ok;
        }

        /// <summary>The product of two ratios, rounded down (sp-arithmetic's <c>Mul</c>).</summary>
        public static TSelf operator *(TSelf left, TSelf right) =>
            TSelf.FromParts(PerThingMath.Multiply(left.Parts, right.Parts, TSelf.Accuracy));

        /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
        public static uint operator *(TSelf ratio, uint value) => ratio.MulNearest(value);

        /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
        public static ulong operator *(TSelf ratio, ulong value) => ratio.MulNearest(value);

        /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
        public static UInt128 operator *(TSelf ratio, UInt128 value) => ratio.MulNearest(value);

        /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
        public static Balance operator *(TSelf ratio, Balance value) => new(ratio.MulNearest(value.Value));

        public static bool operator <(TSelf left, TSelf right) => left.Parts < right.Parts;

        public static bool operator >(TSelf left, TSelf right) => left.Parts > right.Parts;

        public static bool operator <=(TSelf left, TSelf right) => left.Parts <= right.Parts;

        public static bool operator >=(TSelf left, TSelf right) => left.Parts >= right.Parts;
    }

    extension<TSelf>(TSelf self) where TSelf : struct, IPerThing<TSelf>
    {
        public bool IsZero => self.Parts == 0;

        public bool IsOne => self.Parts == TSelf.Accuracy;

        /// <summary><c>saturating_div</c>: <c>this / divisor</c> with the given rounding, saturating at one.</summary>
        public TSelf SaturatingDiv(TSelf divisor, Rounding rounding) =>
            TryFromRational(self.Parts, divisor.Parts, rounding, out TSelf value) ? value : TSelf.FromParts(TSelf.Accuracy);

        /// <summary>This value times itself, rounded down.</summary>
        public TSelf Square() => TSelf.FromParts(PerThingMath.Square(self.Parts, TSelf.Accuracy));

        /// <summary><c>left_from_one</c>: the complement <c>1 - this</c>.</summary>
        public TSelf LeftFromOne() => TSelf.FromParts(TSelf.Accuracy - self.Parts);

        // Both parts are at most 10^18, so the sum cannot overflow u64; FromParts clamps it to one.
        public TSelf SaturatingAdd(TSelf other) => TSelf.FromParts(self.Parts + other.Parts);

        public TSelf SaturatingSub(TSelf other) => TSelf.FromParts(self.Parts > other.Parts ? self.Parts - other.Parts : 0);

        /// <summary>The product of two ratios, rounded down (sp-arithmetic's <c>Mul</c> and <c>saturating_mul</c>).</summary>
        public TSelf SaturatingMul(TSelf other) => self * other;

        /// <summary><c>saturating_pow</c>: repeated multiplication, each step rounding down as sp-arithmetic does.</summary>
        public TSelf SaturatingPow(int exponent) => TSelf.FromParts(PerThingMath.Pow(self.Parts, TSelf.Accuracy, exponent));

        /// <summary><c>mul_floor</c>: <c>value * this</c> rounded down.</summary>
        public T MulFloor<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> => self.Mul(value, Rounding.Down);

        /// <summary><c>mul_ceil</c>: <c>value * this</c> rounded up.</summary>
        public T MulCeil<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> => self.Mul(value, Rounding.Up);

        /// <summary><c>value * this</c> rounded to nearest, halves down: what sp-arithmetic's <c>Mul&lt;N&gt;</c> (the <c>*</c> operator) does.</summary>
        public T MulNearest<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> => self.Mul(value, Rounding.NearestPrefDown);

        public Balance MulFloor(Balance value) => new(self.MulFloor(value.Value));

        public Balance MulCeil(Balance value) => new(self.MulCeil(value.Value));

        /// <summary><c>saturating_reciprocal_mul</c>: <c>value / this</c> rounded to nearest (halves up), saturating at the type's maximum.</summary>
        /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
        public T SaturatingReciprocalMul<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
            self.ReciprocalMul(value, Rounding.NearestPrefUp);

        /// <summary><c>saturating_reciprocal_mul_floor</c>: <c>value / this</c> rounded down, saturating.</summary>
        /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
        public T SaturatingReciprocalMulFloor<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
            self.ReciprocalMul(value, Rounding.Down);

        /// <summary><c>saturating_reciprocal_mul_ceil</c>: <c>value / this</c> rounded up, saturating.</summary>
        /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
        public T SaturatingReciprocalMulCeil<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
            self.ReciprocalMul(value, Rounding.Up);

        /// <summary><c>saturating_reciprocal_mul</c> on a balance.</summary>
        /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
        public Balance SaturatingReciprocalMul(Balance value) => new(self.SaturatingReciprocalMul(value.Value));

        private T Mul<T>(T value, Rounding rounding) where T : IBinaryInteger<T>, IUnsignedNumber<T> =>
            T.CreateTruncating(PerThingMath.OverflowPruneMul(UInt128.CreateTruncating(value), self.Parts, TSelf.Accuracy, rounding));

        private T ReciprocalMul<T>(T value, Rounding rounding) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
            T.CreateTruncating(PerThingMath.SaturatingReciprocalMul(
                UInt128.CreateTruncating(value), self.Parts, TSelf.Accuracy, rounding, UInt128.CreateTruncating(T.MaxValue)));
    }
}
