using System.CommandLine;
using Kusama.Node.Service;

namespace Kusama.Node.Cli;

/// <summary>
/// <c>kusama purge-chain</c> (sc-cli's <c>PurgeChainCmd</c>): removes the chain's database directory
/// (<c>chains/&lt;id&gt;/db</c> under the base path) after a y/N prompt, or at once with <c>-y</c>. Nothing outside that
/// directory is touched; the keystore and network keys stay.
/// </summary>
public sealed class PurgeChainCommand(KusamaCli cli)
{
    public Command Build()
    {
        var shared = new SharedParams();
        var yes = new Option<bool>("-y") { Description = "Skip the interactive prompt by answering yes." };
        var command = new Command("purge-chain", "Remove the whole chain (its database).") { yes };
        shared.AddTo(command);
        command.SetAction(parse => Purge(shared.Configure(parse), parse.GetValue(yes)));
        return command;
    }

    private int Purge(NodeConfiguration configuration, bool yes)
    {
        // The database lives in db/full; Substrate removes its parent, db, with every database kind under it.
        string path = Path.GetDirectoryName(configuration.DatabasePath)!;
        string quoted = $"\"{path}\"";
        if (!yes)
        {
            cli.Output.Write($"Are you sure to remove {quoted}? [y/N]: ");
            cli.Output.Flush();
            string answer = (cli.Input.ReadLine() ?? string.Empty).Trim();
            if (answer.Length == 0 || answer[0] is not ('y' or 'Y'))
            {
                cli.Output.WriteLine("Aborted");
                return 0;
            }
        }

        var directory = new DirectoryInfo(path);
        if (!directory.Exists)
        {
            cli.Error.WriteLine($"{quoted} did not exist.");
            return 0;
        }
        if (directory.LinkTarget is not null)
            throw new CliException($"{quoted} is a symbolic link; not following it. Remove it by hand.");
        // A recursive delete removes links inside the directory without following them.
        directory.Delete(recursive: true);
        cli.Output.WriteLine($"{quoted} removed.");
        return 0;
    }
}
