using System.Collections.Generic;
using System.Collections.Immutable;
using Kusama.Frame.Generators.Analysis;
using Kusama.Frame.Generators.Models;

namespace Kusama.Frame.Generators;

/// <summary>
/// Groups per-method and per-variant models into one model per pallet and per event record, checking what only the whole
/// group can show (duplicate indices). A variant with any error is reported and left out, so one bad call does not take
/// the rest of its pallet down with it.
/// </summary>
internal static class Grouping
{
    public static ImmutableArray<PalletModel> Pallets(ImmutableArray<CallModel> calls)
    {
        var order = new List<string>();
        var byPallet = new Dictionary<string, List<CallModel>>();
        foreach (CallModel call in calls)
        {
            string key = call.Pallet.Namespace + "." + call.Pallet.ClassName;
            if (!byPallet.TryGetValue(key, out List<CallModel>? list))
            {
                byPallet[key] = list = [];
                order.Add(key);
            }
            list.Add(call);
        }

        var pallets = ImmutableArray.CreateBuilder<PalletModel>(order.Count);
        foreach (string key in order)
        {
            List<CallModel> group = byPallet[key];
            var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            var valid = ImmutableArray.CreateBuilder<CallModel>();
            var usings = new List<string>();
            var taken = new Dictionary<byte, string>();
            PalletInfo pallet = group[0].Pallet;
            if (pallet.Error is not null)
                diagnostics.Add(pallet.Error);
            foreach (CallModel call in group)
            {
                diagnostics.AddRange(call.Diagnostics);
                if (taken.TryGetValue(call.Index, out string? other))
                {
                    diagnostics.Add(CallAnalyzer.Diagnostic(GeneratorDiagnostics.DuplicateIndex, call.Location, call.MethodName,
                        call.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), other));
                    continue;
                }
                taken[call.Index] = call.MethodName;
                if (call.Diagnostics.Count > 0)
                    continue;
                valid.Add(call);
                foreach (string directive in call.Usings)
                {
                    if (!usings.Contains(directive))
                        usings.Add(directive);
                }
            }
            pallets.Add(new PalletModel(pallet, new EquatableArray<CallModel>(valid.ToImmutable()),
                new EquatableArray<string>(usings.ToImmutableArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable())));
        }
        return pallets.MoveToImmutable();
    }

    public static ImmutableArray<EventModel> Events(ImmutableArray<EventVariantModel> variants)
    {
        var order = new List<string>();
        var byEvent = new Dictionary<string, List<EventVariantModel>>();
        foreach (EventVariantModel variant in variants)
        {
            string key = variant.Event.Namespace + "." + variant.Event.TypeName;
            if (!byEvent.TryGetValue(key, out List<EventVariantModel>? list))
            {
                byEvent[key] = list = [];
                order.Add(key);
            }
            list.Add(variant);
        }

        var events = ImmutableArray.CreateBuilder<EventModel>(order.Count);
        foreach (string key in order)
        {
            List<EventVariantModel> group = byEvent[key];
            var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            var valid = ImmutableArray.CreateBuilder<EventVariantModel>();
            var taken = new Dictionary<byte, string>();
            EventInfo info = group[0].Event;
            if (info.Error is not null)
                diagnostics.Add(info.Error);
            foreach (EventVariantModel variant in group)
            {
                diagnostics.AddRange(variant.Diagnostics);
                if (taken.TryGetValue(variant.Index, out string? other))
                {
                    diagnostics.Add(CallAnalyzer.Diagnostic(GeneratorDiagnostics.DuplicateIndex, variant.Location, variant.Name,
                        variant.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), other));
                    continue;
                }
                taken[variant.Index] = variant.Name;
                if (variant.Diagnostics.Count == 0)
                    valid.Add(variant);
            }
            events.Add(new EventModel(info, new EquatableArray<EventVariantModel>(valid.ToImmutable()), new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable())));
        }
        return events.MoveToImmutable();
    }
}
