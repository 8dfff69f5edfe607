using System.Text.Json;

namespace Kusama.Rpc;

/// <summary>A value that writes its own JSON (a header, a runtime version...), so results need no reflection.</summary>
public interface IRpcJsonValue
{
    void WriteTo(Utf8JsonWriter writer);
}
