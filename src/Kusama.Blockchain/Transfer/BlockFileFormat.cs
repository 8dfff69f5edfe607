namespace Kusama.Blockchain.Transfer;

/// <summary>The two file formats of <c>export-blocks</c> / <c>import-blocks</c>, as sc-service writes them.</summary>
public enum BlockFileFormat
{
    /// <summary>A stream of JSON <c>SignedBlock</c> objects, as the RPC serializes them, one after another.</summary>
    Json,

    /// <summary><c>--binary</c>: the block count as a little-endian u64, then each SCALE-encoded <c>SignedBlock</c>.</summary>
    Binary,
}
