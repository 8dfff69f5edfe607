using System.Linq;
using Kusama.Frame.Generators.Models;

namespace Kusama.Frame.Generators.Emit;

/// <summary>Writes an event record's SCALE codec from its [ScaleIndex] variants.</summary>
internal static class EventEmitter
{
    public static string Codec(EventModel model)
    {
        EventInfo info = model.Event;
        var writer = new SourceWriter().Header().Line();
        CallEmitter.OpenNamespace(writer, info.Namespace);
        writer.Line($"partial record {info.TypeName} : global::Kusama.Scale.IScaleCodec<{info.TypeName}>");
        writer.Open();
        var variants = model.Variants.Select(v => new CodecEmitter.Variant(v.Name, v.Index, v.Fields)).ToList();
        CodecEmitter.WriteCodec(writer, info.TypeName, info.DisplayName + " event", "e", variants);
        writer.Close();
        return writer.ToString();
    }
}
