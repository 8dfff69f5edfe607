using Kusama.Core;

namespace Kusama.Runtime.Pallets.System;

// Events are appended to System.Events with the current phase; indexed topics also go to System.EventTopics.
public sealed partial class SystemPallet
{
    /// <summary>Deposits one of System's own events.</summary>
    public void DepositEvent(SystemEvent @event) => DepositEvent(new RuntimeEvent.System(@event));

    /// <summary>Deposits an event (frame_system <c>deposit_event</c>).</summary>
    public void DepositEvent(RuntimeEvent @event) => DepositEventIndexed([], @event);

    /// <summary>
    /// Deposits an event with topics (frame_system <c>deposit_event_indexed</c>). Nothing is recorded in block 0 (genesis
    /// building), as in FRAME, so genesis state holds no events.
    /// </summary>
    public void DepositEventIndexed(Hash256[] topics, RuntimeEvent @event)
    {
        ArgumentNullException.ThrowIfNull(topics);
        uint blockNumber = BlockNumber;
        if (blockNumber == 0) return;
        Phase phase = ExecutionPhase.TryGet(out Phase current) ? current : Phase.Initialization;
        uint eventIndex = EventCount.Get();
        if (eventIndex == uint.MaxValue) return;
        EventCount.Set(eventIndex + 1);
        Events.Append<EventRecord, EventRecord>(new EventRecord(phase, @event, topics));
        foreach (Hash256 topic in topics)
            EventTopics.Append<(uint, uint), Kusama.Scale.Codecs.TupleCodec<uint, uint, Kusama.Scale.Codecs.U32Codec, Kusama.Scale.Codecs.U32Codec>>(topic, (blockNumber, eventIndex));
    }

    /// <summary>The events deposited so far in this block, decoded.</summary>
    public EventRecord[] ReadEvents() => Events.Get();

    /// <summary>Clears the events, their count and topics (frame_system <c>reset_events</c>, at block initialization).</summary>
    public void ResetEvents()
    {
        Events.Remove();
        EventCount.Remove();
        EventTopics.Clear();
    }
}
