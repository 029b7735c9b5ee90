using System.Text.Json;

namespace TeamGraph.Testing.Fakes;

/// <summary>One request the fake server received, as sent.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Affinity, string? Accept, string? ContentType, string Body)
{
    /// <summary>The request's <c>statement</c>, or null when the body has none.</summary>
    public string? Statement => Json?.RootElement.TryGetProperty("statement", out var s) == true ? s.GetString() : null;

    /// <summary>The request's <c>parameters</c> object.</summary>
    public JsonElement Parameters => Json!.RootElement.GetProperty("parameters");

    private JsonDocument? Json => string.IsNullOrEmpty(Body) ? null : JsonDocument.Parse(Body);
}
