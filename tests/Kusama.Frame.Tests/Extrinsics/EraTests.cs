using Kusama.Core;
using Kusama.Frame.Extrinsics;
using Kusama.Scale;

namespace Kusama.Frame.Tests.Extrinsics;

public class EraTests
{
    [Theory]
    // client-interop.md §3.4 worked examples (verified against polkadot.js).
    [InlineData(64UL, 1UL, 64UL, 1UL, "0x1500")]
    [InlineData(64UL, 42UL, 64UL, 42UL, "0xa502")]
    [InlineData(4096UL, 10_000_000UL, 4096UL, 10_000_000UL % 4096, "0x0b68")]
    [InlineData(65536UL, 123_456_789UL, 65536UL, 123_456_789UL % 65536 / 16 * 16, "0x1fcd")]
    [InlineData(55UL, 3000UL, 64UL, 3000UL % 64, "0x8503")]
    // sp-runtime era.rs long_period_mortal_codec_works: [14 + 2500 % 16 * 16, 2500 / 16].
    [InlineData(32768UL, 20000UL, 32768UL, 20000UL, "0x4e9c")]
    public void Mortal_rounds_the_period_quantizes_the_phase_and_encodes_as_sp_runtime(
        ulong period, ulong current, ulong expectedPeriod, ulong expectedPhase, string hex)
    {
        var era = Era.Mortal(period, current);

        Assert.Equal(expectedPeriod, era.Period);
        Assert.Equal(expectedPhase, era.Phase);
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(era)));
        Assert.Equal(era, ScaleCodec.Decode<Era>(Hex.Decode(hex)));
    }

    [Theory]
    // sp-runtime era.rs era_initialization_works and quantized_clamped_era_initialization_works.
    [InlineData(200UL, 513UL, 256UL, 1UL)]
    [InlineData(2UL, 1UL, 4UL, 1UL)]
    [InlineData(4UL, 5UL, 4UL, 1UL)]
    [InlineData(0UL, 7UL, 4UL, 3UL)]
    [InlineData(1_000_000UL, 1_000_001UL, 65536UL, 1_000_001UL % 65536 / 4 * 4)]
    [InlineData(ulong.MaxValue, 5UL, 65536UL, 0UL)]
    public void Mortal_clamps_the_period_to_4_through_65536(ulong period, ulong current, ulong expectedPeriod, ulong expectedPhase)
    {
        var era = Era.Mortal(period, current);

        Assert.Equal(Era.FromPeriodAndPhase(expectedPeriod, expectedPhase), era);
    }

    [Fact]
    public void Immortal_is_one_zero_byte_born_at_zero_and_never_dies()
    {
        Assert.Equal("0x00", Hex.Encode(ScaleCodec.Encode(Era.Immortal)));
        Assert.True(ScaleCodec.Decode<Era>([0]).IsImmortal);
        Assert.Equal(0UL, Era.Immortal.Birth(1234));
        Assert.Equal(ulong.MaxValue, Era.Immortal.Death(1234));
    }

    [Fact]
    public void Birth_and_death_bracket_the_current_block_as_in_sp_runtime()
    {
        // sp-runtime era.rs mortal_birth_death_works.
        var era = Era.Mortal(4, 6);
        for (ulong current = 6; current < 10; current++)
        {
            Assert.Equal(6UL, era.Birth(current));
            Assert.Equal(10UL, era.Death(current));
        }

        Assert.NotEqual(6UL, era.Birth(10));
        Assert.NotEqual(6UL, era.Birth(5));
        // current_less_than_phase: no underflow.
        Assert.Equal(3UL, Era.Mortal(4, 3).Birth(1));
    }

    [Fact]
    public void The_interop_example_is_born_at_block_1()
    {
        Assert.Equal(1UL, Era.Mortal(64, 1).Birth(1));
        Assert.Equal(65UL, Era.Mortal(64, 1).Death(30));
    }

    [Theory]
    [InlineData("0x1000")] // period 2
    [InlineData("0x0000ff")] // trailing bytes after immortal
    [InlineData("0x15")] // truncated mortal
    [InlineData("0x41")] // phase 4 with period 4, and truncated
    [InlineData("0x4100")] // phase 4 is not below period 4
    public void Malformed_eras_are_rejected(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<Era>(Hex.Decode(hex)));
    }

    [Fact]
    public void FromPeriodAndPhase_rejects_values_the_wire_cannot_carry()
    {
        Assert.Throws<ArgumentException>(() => Era.FromPeriodAndPhase(48, 1));
        Assert.Throws<ArgumentException>(() => Era.FromPeriodAndPhase(64, 64));
        Assert.Throws<ArgumentException>(() => Era.FromPeriodAndPhase(65536, 3));
    }

    [Fact]
    public void Every_mortal_era_round_trips()
    {
        for (int exponent = 2; exponent <= 16; exponent++)
        {
            ulong period = 1UL << exponent;
            foreach (ulong current in new ulong[] { 0, 1, period - 1, period + 17, 123_456_789, ulong.MaxValue })
            {
                var era = Era.Mortal(period, current);
                Assert.Equal(era, ScaleCodec.Decode<Era>(ScaleCodec.Encode(era)));
            }
        }
    }
}
