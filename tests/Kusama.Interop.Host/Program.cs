using System.Text;
using System.Text.Json;

namespace Kusama.Interop.Host;

/// <summary>Line-oriented JSON host the Node.js interop suite drives to cross-check the C# implementation.</summary>
/// <remarks>
/// Each stdin line is a request <c>{"id": n, "op": "...", ...}</c>; each answer is one stdout line, either
/// <c>{"id": n, "ok": result}</c> or <c>{"id": n, "error": "message"}</c>. The operations are in <see cref="Operations"/>.
/// </remarks>
public static class Program
{
    public static int Main()
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        using var output = Console.OpenStandardOutput();
        var buffer = new MemoryStream();
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                Respond(line, writer);
            }

            buffer.WriteByte((byte)'\n');
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            output.Flush();
        }

        return 0;
    }

    private static void Respond(string line, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        JsonDocument request;
        try
        {
            request = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            writer.WriteNull("id");
            writer.WriteString("error", $"request is not JSON: {exception.Message}");
            writer.WriteEndObject();
            return;
        }

        using (request)
        {
            var root = request.RootElement;
            if (root.TryGetProperty("id", out var id))
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
            }
            else
            {
                writer.WriteNull("id");
            }

            // The result is written to a side buffer first so that a failure half-way leaves no partial "ok".
            using var result = new MemoryStream();
            string? error = null;
            try
            {
                using (var resultWriter = new Utf8JsonWriter(result, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    Operations.Run(root, resultWriter);
                }
            }
            catch (Exception exception)
            {
                error = $"{exception.GetType().Name}: {exception.Message}";
            }

            if (error is null)
            {
                writer.WritePropertyName("ok");
                writer.WriteRawValue(result.ToArray(), skipInputValidation: true);
            }
            else
            {
                writer.WriteString("error", error);
            }
        }

        writer.WriteEndObject();
    }
}
