using Kusama.Frame.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kusama.Frame.Generators.Tests;

public class DiagnosticTests
{
    private static GeneratorHarness.Result RunPallet(string members) => GeneratorHarness.Run(GeneratorHarness.Usings + $$"""
        namespace Demo;

        public sealed class Unsupported
        {
        }

        public sealed partial class DemoPallet
        {
            [Call(0)]
            public DispatchResult Fine(Origin origin, uint value) => DispatchResult.Ok;

            {{members}}
        }
        """);

    [Theory]
    [InlineData("[Call(1)] public void NoResult(Origin origin) { }", "KFG001")]
    [InlineData("[Call(1)] public DispatchResult NoOrigin(uint value) => DispatchResult.Ok;", "KFG002")]
    [InlineData("[Call(1)] public DispatchResult OriginSecond(uint value, Origin origin) => DispatchResult.Ok;", "KFG002")]
    [InlineData("[Call(1)] public DispatchResult Odd(Origin origin, Unsupported thing) => DispatchResult.Ok;", "KFG003")]
    [InlineData("[Call(1)] public DispatchResult Nullable(Origin origin, uint? maybe) => DispatchResult.Ok;", "KFG003")]
    [InlineData("[Call(1)] public DispatchResult CompactBool(Origin origin, [Compact] bool flag) => DispatchResult.Ok;", "KFG003")]
    [InlineData("[Call(1)] public DispatchResult Grid(Origin origin, uint[,] grid) => DispatchResult.Ok;", "KFG003")]
    [InlineData("[Call(0)] public DispatchResult Again(Origin origin) => DispatchResult.Ok;", "KFG004")]
    [InlineData("[Call(1, Weight = \"Weight.FromParts(1,\")] public DispatchResult Broken(Origin origin) => DispatchResult.Ok;", "KFG006")]
    [InlineData("[Call(1)] public DispatchResult ByRef(Origin origin, ref uint value) => DispatchResult.Ok;", "KFG007")]
    public void A_bad_call_declaration_is_reported_and_the_rest_of_the_pallet_is_still_derived(string member, string id)
    {
        GeneratorHarness.Result result = RunPallet(member);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Source0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("public sealed record Fine(uint Value)", result.Sources["Demo.DemoCall.g.cs"]);
    }

    [Fact]
    public void A_pallet_that_is_not_partial_is_reported_and_gets_no_code()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(GeneratorHarness.Usings + """
            namespace Demo;

            public sealed class DemoPallet
            {
                [Call(0)]
                public DispatchResult Fine(Origin origin) => DispatchResult.Ok;
            }
            """);

        Assert.Equal("KFG005", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Duplicate_event_indices_and_unsupported_event_fields_are_reported()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(GeneratorHarness.Usings + """
            namespace Demo;

            public abstract partial record DemoEvent
            {
                [ScaleIndex(0)]
                public sealed record First(uint Value) : DemoEvent;

                [ScaleIndex(0)]
                public sealed record Second(uint Value) : DemoEvent;

                [ScaleIndex(1)]
                public sealed record Third(object Value) : DemoEvent;
            }
            """);

        Assert.Equal(["KFG003", "KFG004"], result.GeneratorDiagnostics.Select(d => d.Id).Order());
        Assert.Contains("case 0: return new First(", result.Sources["Demo.DemoEvent.g.cs"]);
    }

    [Fact]
    public void A_pallet_whose_call_type_is_still_hand_written_is_left_alone()
    {
        GeneratorHarness.Result result = GeneratorHarness.Run(GeneratorHarness.Usings + """
            namespace Demo;

            public abstract record DemoCall;

            public sealed partial class DemoPallet
            {
                [Call(0)]
                public DispatchResult Fine(Origin origin) => DispatchResult.Ok;
            }
            """);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }
}
