namespace Kusama.Crypto.Ss58;

/// <summary>Why an SS58 string failed to decode; <see cref="Ss58Address.Decode"/> turns it into a message.</summary>
internal enum Ss58Error
{
    None,
    InvalidBase58,
    InvalidLength,
    InvalidPrefix,
    ReservedPrefix,
    InvalidChecksum,
}
