namespace Kusama.Node.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public void Validator_without_an_authority_key_is_refused_before_the_node_starts()
    {
        CliRun run = CliRun.Of("--chain", "local", "--validator", "--rpc-port", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --validator needs an authority key", run.Error);
    }

    [Fact]
    public void No_chain_is_a_clear_error()
    {
        CliRun run = CliRun.Of("--rpc-port", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: no chain given", run.Error);
    }
}

public sealed class RunCommandNetworkTests
{
    private static Kusama.Node.Service.NodeConfiguration Configure(params string[] args)
    {
        var cli = new Kusama.Node.Cli.KusamaCli(TextWriter.Null, TextWriter.Null, TextReader.Null);
        var root = new System.CommandLine.RootCommand();
        var run = new Kusama.Node.Cli.RunCommand(cli);
        run.AddTo(root);
        return run.Configure(root.Parse(args));
    }

    [Fact]
    public void By_default_the_node_listens_on_port_30333_over_ipv4_and_ipv6()
    {
        var network = Configure("--chain", "local").Network;

        Assert.Equal(["/ip4/0.0.0.0/tcp/30333", "/ip6/::/tcp/30333"], network.ListenAddresses.Select(a => a.ToString()));
        Assert.Equal(32, network.InPeers);
        Assert.Equal(100, network.InPeersLight);
        Assert.Equal(8, network.OutPeers);
        Assert.Equal(Kusama.Network.Protocols.Roles.Full, network.Roles);
        Assert.True(network.AllowPrivateAddresses); // a Local chain
    }

    [Fact]
    public void Port_listen_addresses_peers_and_reserved_flags_reach_the_network()
    {
        const string Bootnode = "/ip4/127.0.0.1/tcp/30501/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";
        var network = Configure("--chain", "local", "--alice", "--port", "40000", "--bootnodes", Bootnode, "--reserved-nodes", Bootnode,
            "--reserved-only", "--in-peers", "3", "--in-peers-light", "5", "--out-peers", "2", "--no-private-ip").Network;

        Assert.Equal(["/ip4/0.0.0.0/tcp/40000", "/ip6/::/tcp/40000"], network.ListenAddresses.Select(a => a.ToString()));
        Assert.Equal(Bootnode, Assert.Single(network.Bootnodes).ToString());
        Assert.Equal(Bootnode, Assert.Single(network.ReservedNodes).ToString());
        Assert.True(network.ReservedOnly);
        Assert.Equal((3, 5, 2), (network.InPeers, network.InPeersLight, network.OutPeers));
        Assert.Equal(Kusama.Network.Protocols.Roles.Authority, network.Roles);
        Assert.False(network.AllowPrivateAddresses);

        var explicitListen = Configure("--chain", "local", "--port", "1", "--listen-addr", "/ip4/127.0.0.1/tcp/0").Network;
        Assert.Equal("/ip4/127.0.0.1/tcp/0", Assert.Single(explicitListen.ListenAddresses).ToString());
    }

    [Fact]
    public void A_bootnode_without_a_peer_id_or_a_malformed_address_is_a_clear_error()
    {
        CliRun noPeerId = CliRun.Of("--chain", "local", "--rpc-port", "0", "--bootnodes", "/ip4/127.0.0.1/tcp/30333");
        CliRun malformed = CliRun.Of("--chain", "local", "--rpc-port", "0", "--listen-addr", "/ip4/300.1.1.1/tcp/1");

        Assert.Equal(1, noPeerId.ExitCode);
        Assert.Contains("must end in /p2p/<peer id>", noPeerId.Error);
        Assert.Equal(1, malformed.ExitCode);
        Assert.StartsWith("Error: --listen-addr:", malformed.Error);
    }
}
