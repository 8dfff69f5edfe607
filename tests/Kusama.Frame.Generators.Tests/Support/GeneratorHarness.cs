using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kusama.Frame.Generators.Tests.Support;

/// <summary>Runs <see cref="PalletGenerator"/> over source text with CSharpGeneratorDriver, against the real Kusama assemblies.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The test host's trusted assemblies: the framework plus every Kusama assembly the tests depend on.
        string paths = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (string path in paths.Split(Path.PathSeparator))
            references.Add(MetadataReference.CreateFromFile(path));
        return references.ToImmutable();
    });

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.Parse);

    public sealed record Result(
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<Diagnostic> CompilationErrors,
        ImmutableDictionary<string, string> Sources,
        GeneratorDriver Driver,
        Compilation Output);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static Result Run(params string[] sources) => Run(Compilation(sources));

    public static Result Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver ??= CSharpGeneratorDriver.Create(
            [new PalletGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        ImmutableArray<Diagnostic> errors = [.. output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
        var generated = driver.GetRunResult().Results.Single().GeneratedSources
            .ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new Result(diagnostics, errors, generated, driver, output);
    }

    /// <summary>The usings every test pallet starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Kusama.Core;
        using Kusama.Frame.Declarations;
        using Kusama.Frame.Dispatch;
        using Kusama.Frame.Primitives;
        using Kusama.Scale;

        """;
}
