using System.CommandLine;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Bip39;

namespace Kusama.Node.Cli;

public sealed partial class KeyCommand
{
    private Command BuildGenerate()
    {
        var words = new Option<int>("--words", "-w")
        {
            Description = "Number of words in the phrase: 12, 15, 18, 21 or 24.",
            DefaultValueFactory = _ => 12,
        };
        var scheme = SchemeOption();
        var network = NetworkOption();
        var outputType = OutputTypeOption();
        var password = PasswordOption();

        var command = new Command("generate", "Generates a random secret phrase and prints its keys and address.")
        {
            words, scheme, network, outputType, password,
        };
        command.SetAction(parse =>
        {
            var wordCount = parse.GetValue(words);
            if (Array.IndexOf(WordCounts, wordCount) < 0)
            {
                throw new CliException($"invalid number of words {wordCount}: expected 12, 15, 18, 21 or 24");
            }

            var keyScheme = ParseScheme(parse.GetValue(scheme));
            var prefix = ParseNetwork(parse.GetValue(network));
            var type = ParseOutputType(parse.GetValue(outputType));
            var phrase = Mnemonic.Generate(wordCount);
            var pair = KeyPair.FromSuri(keyScheme, phrase, parse.GetValue(password));
            SecretReport(KeyReportKind.SecretPhrase, phrase, pair, prefix).Write(cli.Output, type);
            return 0;
        });
        return command;
    }
}
