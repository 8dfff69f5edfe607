namespace Kusama.Node.Cli;

/// <summary>Which of subkey's four inspect layouts a <see cref="KeyReport"/> prints.</summary>
public enum KeyReportKind
{
    /// <summary>A bare mnemonic: "Secret phrase:", JSON <c>secretPhrase</c>.</summary>
    SecretPhrase,

    /// <summary>A secret URI (path, password or 0x seed): "Secret Key URI `…` is account:", JSON <c>secretKeyUri</c>.</summary>
    SecretKeyUri,

    /// <summary>An SS58 address: "Public Key URI `…` is account:", JSON <c>publicKeyUri</c>.</summary>
    PublicKeyUri,

    /// <summary>A hex public key given with <c>--public</c>: no header line.</summary>
    PublicKey,
}
