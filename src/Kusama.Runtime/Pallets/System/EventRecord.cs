using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>EventRecord&lt;RuntimeEvent, H256&gt;</c>: one element of <c>System.Events</c>.</summary>
public sealed record EventRecord(Phase Phase, RuntimeEvent Event, Hash256[] Topics) : IScaleCodec<EventRecord>
{
    /// <summary>Bound on topics per event: 1,024 (FRAME pallets use at most a handful).</summary>
    private const int MaxTopics = 1_024;

    public static EventRecord Decode(ref ScaleReader reader)
    {
        var phase = Phase.Decode(ref reader);
        var @event = RuntimeEvent.Decode(ref reader);
        int count = reader.ReadCompactLength(MaxTopics, "EventRecord.topics", 32);
        var topics = new Hash256[count];
        for (int i = 0; i < count; i++) topics[i] = Hash256Codec.Decode(ref reader);
        return new EventRecord(phase, @event, topics);
    }

    public static void Encode<TWriter>(in EventRecord value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Phase.Encode(value.Phase, ref writer);
        RuntimeEvent.Encode(value.Event, ref writer);
        ScaleWriter.WriteCompact(ref writer, (uint)value.Topics.Length);
        foreach (Hash256 topic in value.Topics) Hash256Codec.Encode(topic, ref writer);
    }

    public static int GetEncodedSize(in EventRecord value) =>
        Phase.GetEncodedSize(value.Phase) + RuntimeEvent.GetEncodedSize(value.Event) + ScaleWriter.CompactSize((uint)value.Topics.Length) + 32 * value.Topics.Length;

    public static int MinEncodedSize => 4;
}
