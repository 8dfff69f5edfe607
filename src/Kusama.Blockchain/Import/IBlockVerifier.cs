using Kusama.Frame.Primitives;

namespace Kusama.Blockchain.Import;

/// <summary>
/// The consensus check of an imported header before it is executed (sc-consensus <c>Verifier</c>): the seal and the
/// pre-runtime digest. Returns the pre-header — the header without its seal — that the runtime executes.
/// </summary>
public interface IBlockVerifier
{
    /// <summary>Checks <paramref name="header"/> (child of <paramref name="parent"/>) and returns it without the seal.</summary>
    /// <exception cref="BlockImportException">The header is not acceptable; the message says why.</exception>
    Header Verify(Header header, Header parent);
}
