using System.Collections.Generic;
using System.Linq;
using Kusama.Frame.Generators.Analysis;
using Kusama.Frame.Generators.Models;

namespace Kusama.Frame.Generators.Emit;

/// <summary>Writes a pallet's derived call code: the <c>XCall</c> records with their codec, and the pallet's <c>GetDispatchInfo</c> and <c>Dispatch</c>.</summary>
internal static class CallEmitter
{
    public static string CallType(PalletModel model)
    {
        PalletInfo pallet = model.Pallet;
        var writer = new SourceWriter().Header().Line();
        OpenNamespace(writer, pallet.Namespace);
        writer.Line($"/// <summary>The {pallet.DisplayName} pallet's <c>Call</c>: one record per [Call] method of <see cref=\"{pallet.ClassName}\"/>, with its wire index and arguments.</summary>");
        writer.Line($"{pallet.Accessibility} abstract partial record {pallet.CallTypeName} : global::Kusama.Scale.IScaleCodec<{pallet.CallTypeName}>");
        writer.Open();
        writer.Line($"private {pallet.CallTypeName}()");
        writer.Open();
        writer.Close();
        foreach (CallModel call in model.Calls)
        {
            writer.Line();
            writer.Line($"/// <summary>The <c>{call.RustName}</c> call (index {call.Index}).</summary>");
            writer.Line($"[global::Kusama.Scale.ScaleIndex({call.Index})]");
            string fields = call.Arguments.Count == 0 ? "" : "(" + string.Join(", ", call.Arguments.Select(a => $"{a.Type.TypeName} {a.PropertyName}")) + ")";
            writer.Line($"public sealed record {call.MethodName}{fields} : {pallet.CallTypeName};");
        }
        writer.Line();
        var variants = model.Calls.Select(c => new CodecEmitter.Variant(c.MethodName, c.Index, c.Arguments)).ToList();
        CodecEmitter.WriteCodec(writer, pallet.CallTypeName, pallet.DisplayName + " call", "c", variants);
        writer.Close();
        return writer.ToString();
    }

    public static string Dispatch(PalletModel model)
    {
        PalletInfo pallet = model.Pallet;
        var writer = new SourceWriter().Header();
        // The weight expressions were written under their files' usings; everything else here is fully qualified.
        foreach (string directive in model.Usings)
            writer.Line(directive);
        writer.Line();
        OpenNamespace(writer, pallet.Namespace);
        writer.Line($"partial class {pallet.ClassName}");
        writer.Open();

        // The weight expressions see the call's arguments under their parameter names; the method's own parameter must not shadow one.
        string callName = model.Calls.Any(c => c.WeightIdentifiers.Contains("call")) ? "palletCall" : "call";
        writer.Line("/// <summary>The call's declared dispatch info: its weight (from the call's arguments), class and whether it pays a fee.</summary>");
        writer.Line($"public static global::Kusama.Frame.Dispatch.DispatchInfo GetDispatchInfo({pallet.CallTypeName} {callName}) => {callName} switch");
        writer.Open();
        foreach (CallModel call in model.Calls)
            writer.Line($"{DispatchInfoPattern(pallet, call)} => global::Kusama.Frame.Dispatch.DispatchInfo.Declare({call.Weight}, {call.Class}, {call.Pays}),");
        writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof({callName}), {callName}, \"Not a {pallet.DisplayName} call.\"),");
        writer.Close("};");
        writer.Line();

        writer.Line("/// <summary>Runs the call (without a storage layer: the runtime's dispatch adds it).</summary>");
        writer.Line($"public global::Kusama.Frame.Dispatch.DispatchResult Dispatch({pallet.CallTypeName} call, global::Kusama.Frame.Dispatch.Origin origin) => call switch");
        writer.Open();
        foreach (CallModel call in model.Calls)
        {
            string arguments = string.Concat(call.Arguments.Select(a => ", c." + a.PropertyName));
            string pattern = call.Arguments.Count == 0 ? $"{pallet.CallTypeName}.{call.MethodName}" : $"{pallet.CallTypeName}.{call.MethodName} c";
            writer.Line($"{pattern} => {call.MethodName}(origin{arguments}),");
        }
        writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(call), call, \"Not a {pallet.DisplayName} call.\"),");
        writer.Close("};");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The arm's pattern: the record, deconstructed into the arguments the weight expression reads (by parameter name).</summary>
    private static string DispatchInfoPattern(PalletInfo pallet, CallModel call)
    {
        string record = $"{pallet.CallTypeName}.{call.MethodName}";
        if (call.WeightIdentifiers.Count == 0)
            return record;
        var parts = new List<string>(call.Arguments.Count);
        foreach (FieldModel argument in call.Arguments)
            parts.Add(call.WeightIdentifiers.Contains(argument.Name) ? "var " + Naming.Identifier(argument.Name) : "_");
        return $"{record}({string.Join(", ", parts)})";
    }

    internal static void OpenNamespace(SourceWriter writer, string ns)
    {
        if (ns.Length == 0)
            return;
        writer.Line($"namespace {ns};");
        writer.Line();
    }
}
