using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Trie;

namespace Kusama.Node.Cli;

/// <summary><c>kusama chain-info</c> (genesis facts of a chain spec as JSON) and <c>kusama build-spec</c> (write a chain spec).</summary>
public sealed class ChainSpecCommands(KusamaCli cli)
{
    public IEnumerable<Command> Build()
    {
        yield return BuildChainInfo();
        yield return BuildBuildSpec();
    }

    private static Option<string> ChainOption() => new("--chain")
    {
        Description = "The chain spec: dev (kusama-dev), local (kusama-local), or a path to a chain-spec JSON file.",
        Required = true,
    };

    private Command BuildChainInfo()
    {
        var chain = ChainOption();
        var stateVersion = new Option<int?>("--state-version")
        {
            Description = "Trie layout for the genesis state root (0 or 1); by default the genesis runtime's own state_version.",
        };
        var command = new Command("chain-info", "Prints a chain spec's name, id, type, genesis hash and state root, state version, storage entry count and properties as JSON.")
        {
            chain, stateVersion,
        };
        command.SetAction(parse =>
        {
            var timer = Stopwatch.StartNew();
            ChainSpec spec = ToRaw(Load(parse.GetValue(chain)!));
            StateVersion? version = parse.GetValue(stateVersion) switch
            {
                null => null,
                0 => StateVersion.V0,
                1 => StateVersion.V1,
                var other => throw new CliException($"--state-version must be 0 or 1, got {other}"),
            };
            GenesisBlock genesis;
            try
            {
                genesis = GenesisBlock.Build(spec.RawGenesis, version);
            }
            catch (ChainSpecException e)
            {
                throw new CliException(e.Message);
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("name", spec.Name);
                json.WriteString("id", spec.Id);
                json.WriteString("chainType", spec.ChainType.ToString());
                json.WriteString("genesisHash", genesis.Hash.ToString());
                json.WriteString("genesisStateRoot", genesis.Header.StateRoot.ToString());
                json.WriteNumber("stateVersion", (int)genesis.StateVersion);
                json.WriteNumber("storageEntries", spec.RawGenesis.EntryCount);
                json.WritePropertyName("properties");
                if (spec.Properties is null) json.WriteNullValue();
                else spec.Properties.WriteTo(json);
                json.WriteEndObject();
            }
            cli.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            cli.Error.WriteLine($"Read and hashed the chain spec in {timer.ElapsedMilliseconds} ms.");
            return 0;
        });
        return command;
    }

    private Command BuildBuildSpec()
    {
        var chain = ChainOption();
        var raw = new Option<bool>("--raw") { Description = "Write the raw storage form (genesis.raw)." };
        var command = new Command("build-spec", "Writes a chain spec to standard output.") { chain, raw };
        command.SetAction(parse =>
        {
            ChainSpec spec = Load(parse.GetValue(chain)!);
            if (parse.GetValue(raw)) spec = ToRaw(spec);
            using var stream = new MemoryStream();
            ChainSpecWriter.Write(spec, stream);
            cli.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return 0;
        });
        return command;
    }

    internal static ChainSpec ToRaw(ChainSpec spec)
    {
        try
        {
            return BuiltInChainSpecs.ToRaw(spec);
        }
        catch (ChainSpecException e)
        {
            throw new CliException(e.Message);
        }
    }

    internal static ChainSpec Load(string chain)
    {
        if (BuiltInChainSpecs.Get(chain) is { } builtIn) return builtIn;
        if (chain is "kusama" or "staging")
            throw new CliException($"no built-in '{chain}' chain spec: pass the chain-spec JSON file (e.g. the polkadot repository's kusama.json)");
        try
        {
            return ChainSpecReader.ReadFile(chain);
        }
        catch (ChainSpecException e)
        {
            throw new CliException(e.Message);
        }
    }
}
