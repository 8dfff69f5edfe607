namespace Kusama.Crypto.Keys;

/// <summary>The signature schemes of Substrate accounts (sp-runtime <c>MultiSignature</c> variants, subkey's <c>--scheme</c>).</summary>
public enum KeyScheme
{
    Sr25519,
    Ed25519,
    Ecdsa,
}
