using Kusama.Frame.Metadata;
using Kusama.Scale;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata;

public class MetadataFuzzTests
{
    // Each decode of the ~500 KB blob takes a few milliseconds; these counts keep the whole class near two seconds.
    private const int Truncations = 100;
    private const int Mutations = 300;

    public static TheoryData<int> Versions => new() { 14, 15 };

    private static byte[] Blob(int version) => version == 14 ? KusamaMetadata.V14 : KusamaMetadata.V15;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_truncation_of_Kusama_metadata_is_rejected_with_ScaleDecodeException(int version)
    {
        byte[] blob = Blob(version);
        var random = new Random(20261123 + version);

        for (int i = 0; i < Truncations; i++)
        {
            // Short prefixes and ones just under the full length hit the header and the trailing custom/apis parts.
            int length = (i % 4) switch
            {
                0 => random.Next(0, 64),
                1 => blob.Length - 1 - random.Next(0, 64),
                _ => random.Next(0, blob.Length),
            };
            Assert.Throws<ScaleDecodeException>(() => RuntimeMetadataPrefixed.Decode(blob.AsSpan(0, length)));
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Mutated_Kusama_metadata_either_decodes_or_throws_ScaleDecodeException(int version)
    {
        byte[] blob = Blob(version);
        byte[] mutated = new byte[blob.Length];
        var random = new Random(20261124 + version);
        int rejected = 0;

        for (int i = 0; i < Mutations; i++)
        {
            blob.CopyTo(mutated, 0);
            int changes = 1 + random.Next(0, 4);
            for (int c = 0; c < changes; c++)
            {
                int at = random.Next(0, mutated.Length);
                // Alternate a flipped bit with a byte from the values that matter most to SCALE: tags and compact modes.
                mutated[at] = (c & 1) == 0 ? (byte)(mutated[at] ^ (1 << random.Next(0, 8))) : (byte)random.Next(0, 256);
            }
            try
            {
                var metadata = RuntimeMetadataPrefixed.Decode(mutated);
                // Whatever decodes must re-encode to the same bytes: the codec is canonical both ways.
                Assert.Equal(mutated, metadata.Encode());
            }
            catch (ScaleDecodeException)
            {
                rejected++;
            }
        }

        // Some mutations must hit a length, tag or compact, or the test only ever changed doc text.
        Assert.True(rejected > Mutations / 10, $"only {rejected} of {Mutations} mutations were rejected");
    }
}
