using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Kusama.Crypto.Hashing;

namespace Kusama.Crypto.Merlin;

/// <summary>The subset of STROBE-128 (v1.0.2) that Merlin uses: meta-AD, AD, KEY and PRF, as in the merlin crate.</summary>
/// <remarks>
/// A value type: assignment copies the whole sponge, which is how transcripts are cloned. The state is read as bytes in
/// little-endian lane order, matching the Rust implementation's reinterpretation of <c>[u8; 200]</c> as <c>[u64; 25]</c>.
/// </remarks>
public struct Strobe128
{
    /// <summary>Rate in bytes for 128-bit security: 200 − 2·128/8 − 2.</summary>
    private const byte Rate = 166;

    private const byte FlagI = 1;
    private const byte FlagA = 1 << 1;
    private const byte FlagC = 1 << 2;
    private const byte FlagT = 1 << 3;
    private const byte FlagM = 1 << 4;
    private const byte FlagK = 1 << 5;

    private KeccakLanes _state;
    private byte _pos;
    private byte _posBegin;
    private byte _curFlags;

    /// <summary>Starts a STROBE-128 session and absorbs the protocol label as meta-AD.</summary>
    public Strobe128(ReadOnlySpan<byte> protocolLabel)
    {
        Span<byte> st = State;
        ReadOnlySpan<byte> header = [1, Rate + 2, 1, 0, 1, 96];
        header.CopyTo(st);
        "STROBEv1.0.2"u8.CopyTo(st[6..]);
        KeccakF1600.Permute(_state);
        MetaAd(protocolLabel, false);
    }

    [UnscopedRef]
    private Span<byte> State => MemoryMarshal.AsBytes((Span<ulong>)_state);

    /// <summary>Absorbs framing metadata (meta-AD); <paramref name="more"/> continues the previous meta-AD operation.</summary>
    public void MetaAd(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagM | FlagA, more);
        Absorb(data);
    }

    /// <summary>Absorbs associated data (AD).</summary>
    public void Ad(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA, more);
        Absorb(data);
    }

    /// <summary>Squeezes pseudo-random output (PRF) into <paramref name="data"/>.</summary>
    public void Prf(Span<byte> data, bool more)
    {
        BeginOp(FlagI | FlagA | FlagC, more);
        Squeeze(data);
    }

    /// <summary>Rekeys the sponge by overwriting the state with <paramref name="data"/> (KEY).</summary>
    public void Key(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA | FlagC, more);
        Overwrite(data);
    }

    private void RunF()
    {
        Span<byte> st = State;
        st[_pos] ^= _posBegin;
        st[_pos + 1] ^= 0x04;
        st[Rate + 1] ^= 0x80;
        KeccakF1600.Permute(_state);
        _pos = 0;
        _posBegin = 0;
    }

    private void Absorb(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, data.Length);
            Span<byte> block = State.Slice(_pos, n);
            for (int i = 0; i < block.Length; i++) block[i] ^= data[i];
            data = data[n..];
            _pos += (byte)n;
            if (_pos == Rate) RunF();
        }
    }

    private void Overwrite(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, data.Length);
            data[..n].CopyTo(State.Slice(_pos, n));
            data = data[n..];
            _pos += (byte)n;
            if (_pos == Rate) RunF();
        }
    }

    private void Squeeze(Span<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(Rate - _pos, data.Length);
            Span<byte> block = State.Slice(_pos, n);
            block.CopyTo(data);
            block.Clear();
            data = data[n..];
            _pos += (byte)n;
            if (_pos == Rate) RunF();
        }
    }

    private void BeginOp(byte flags, bool more)
    {
        if (more)
        {
            if (_curFlags != flags)
                throw new InvalidOperationException($"STROBE: cannot continue operation 0x{_curFlags:x2} with flags 0x{flags:x2}");
            return;
        }
        if ((flags & FlagT) != 0)
            throw new NotSupportedException("STROBE: the transport (T) flag is not supported");

        byte oldBegin = _posBegin;
        _posBegin = (byte)(_pos + 1);
        _curFlags = flags;
        Absorb([oldBegin, flags]);

        // Cipher and key operations must start on a fresh block so their output depends on everything absorbed so far.
        if ((flags & (FlagC | FlagK)) != 0 && _pos != 0)
            RunF();
    }
}
