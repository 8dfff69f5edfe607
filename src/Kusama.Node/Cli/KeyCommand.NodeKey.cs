using System.CommandLine;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Node.Cli;

// `kusama key generate-node-key` and `kusama key inspect-node-key`, as polkadot's.
public sealed partial class KeyCommand
{
    private Command BuildGenerateNodeKey()
    {
        var file = new Option<string?>("--file") { Description = "Write the secret key to this file instead of stdout." };
        var binary = new Option<bool>("--bin") { Description = "Write the 32 raw secret bytes instead of hex." };
        var command = new Command("generate-node-key", "Generates a random ed25519 node key: the secret goes to the file or stdout, the peer id to stderr.")
        {
            file, binary,
        };
        command.SetAction(parse =>
        {
            using NodeKey key = NodeKey.Generate();
            string? path = parse.GetValue(file);
            bool raw = parse.GetValue(binary);
            if (path is not null)
            {
                if (File.Exists(path)) throw new CliException($"the file {path} already exists; refusing to overwrite a node key");
                if (raw) key.WriteFile(path);
                else File.WriteAllText(path, Convert.ToHexStringLower(key.Secret));
            }
            else if (raw)
            {
                using Stream stdout = Console.OpenStandardOutput();
                stdout.Write(key.Secret);
            }
            else
            {
                cli.Output.Write(Convert.ToHexStringLower(key.Secret));
            }
            cli.Error.WriteLine(key.PeerId.ToString());
            return 0;
        });
        return command;
    }

    private Command BuildInspectNodeKey()
    {
        var file = new Option<string?>("--file") { Description = "The node key file (hex or 32 raw bytes); stdin when absent." };
        var command = new Command("inspect-node-key", "Prints the peer id of a node key.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            NodeKey key;
            try
            {
                key = parse.GetValue(file) is { } path
                    ? NodeKey.ReadFile(path)
                    : NodeKey.Decode(System.Text.Encoding.UTF8.GetBytes(cli.Input.ReadToEnd().Trim()));
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"not a node key: {exception.Message}");
            }
            using (key) cli.Output.WriteLine(key.PeerId.ToString());
            return 0;
        });
        return command;
    }
}
