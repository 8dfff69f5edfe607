using System.Collections.Concurrent;
using Kusama.Core;
using Kusama.Crypto.Sr25519;
using Kusama.Frame.Extrinsics;

namespace Kusama.Runtime.Executive;

/// <summary>
/// The signature checks of one imported block, deferred and run on the other cores while the block executes
/// (sp-io's batch verification): checks are queued in chunks, idle cores take chunks as they fill, and
/// <see cref="Finish"/> verifies what is left on the calling thread and returns the first extrinsic whose signature is bad.
/// </summary>
/// <remarks>
/// Only one thread adds; workers only read chunks the adding thread sealed. A bad signature makes the whole block invalid,
/// so the order the checks run in does not matter, only that all of them ran before the block is accepted.
/// </remarks>
public sealed class SignatureBatch
{
    /// <summary>Checks per chunk: one sr25519 batch (its doublings shared by all 32) that costs far more than handing it to another core.</summary>
    private const int ChunkSize = 32;

    private readonly ConcurrentQueue<Check[]> _sealed = new();
    private readonly List<Task> _workers = [];
    private readonly int _maxWorkers;
    private Check[] _open = new Check[ChunkSize];
    private int _openCount;
    private int _activeWorkers;
    private int _firstBad = int.MaxValue;

    /// <summary>A batch using up to <paramref name="parallelism"/> cores (default: all of them, the adding thread included).</summary>
    public SignatureBatch(int parallelism = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
        _maxWorkers = Math.Max(0, (parallelism == 0 ? Environment.ProcessorCount : parallelism) - 1);
    }

    /// <summary>Checks queued so far.</summary>
    public int Count { get; private set; }

    /// <summary>Queues the check of <paramref name="signature"/> (of <paramref name="kind"/>) by <paramref name="signer"/> over <paramref name="message"/> for extrinsic <paramref name="index"/>.</summary>
    public void Add(int index, MultiSignatureKind kind, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, AccountId32 signer)
    {
        _open[_openCount++] = new Check(index, new MultiSignature(kind, signature), message.ToArray(), signer);
        Count++;
        if (_openCount < ChunkSize) return;
        _sealed.Enqueue(_open);
        _open = new Check[ChunkSize];
        _openCount = 0;
        if (Volatile.Read(ref _activeWorkers) >= _maxWorkers) return;
        Interlocked.Increment(ref _activeWorkers);
        _workers.Add(Task.Run(Work));
    }

    /// <summary>Runs every check still queued (on this thread and the workers), waits for all, and returns the lowest bad extrinsic index, or null.</summary>
    public int? Finish()
    {
        if (_openCount > 0)
        {
            _sealed.Enqueue(_open[.._openCount]);
            _open = new Check[ChunkSize];
            _openCount = 0;
        }
        Drain();
        Task.WaitAll(_workers);
        _workers.Clear();
        int bad = Volatile.Read(ref _firstBad);
        return bad == int.MaxValue ? null : bad;
    }

    private void Work()
    {
        try
        {
            Drain();
        }
        finally
        {
            Interlocked.Decrement(ref _activeWorkers);
        }
    }

    private void Drain()
    {
        Sr25519BatchVerifier? sr25519 = null;
        while (_sealed.TryDequeue(out Check[]? chunk))
        {
            // The sr25519 checks of a chunk share one multi-scalar multiplication; only a failed batch (a bad signature
            // somewhere in it) pays for checking them one by one, to name the lowest bad extrinsic.
            sr25519 ??= new Sr25519BatchVerifier();
            sr25519.Clear();
            foreach (Check check in chunk)
            {
                if (check.Signature.Kind == MultiSignatureKind.Sr25519) sr25519.Add(check.Signature.Bytes, check.Message, check.Signer.Bytes);
                else if (!check.Signature.Verify(check.Message, check.Signer)) NoteBad(check.Index);
            }
            if (sr25519.Count == 0 || sr25519.Verify()) continue;
            foreach (Check check in chunk)
            {
                if (check.Signature.Kind == MultiSignatureKind.Sr25519 && !check.Signature.Verify(check.Message, check.Signer))
                    NoteBad(check.Index);
            }
        }
    }

    private void NoteBad(int index)
    {
        int current;
        while (index < (current = Volatile.Read(ref _firstBad)) && Interlocked.CompareExchange(ref _firstBad, index, current) != current)
        {
        }
    }

    private readonly record struct Check(int Index, MultiSignature Signature, byte[] Message, AccountId32 Signer);
}
