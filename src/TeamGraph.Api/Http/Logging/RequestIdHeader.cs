namespace TeamGraph.Api.Http.Logging;

/// <summary>The <c>X-Request-Id</c> header: taken from the client when it is sane, else made up, and echoed back.</summary>
internal static class RequestIdHeader
{
    public const string Name = "X-Request-Id";

    /// <summary>The longest incoming id kept; longer ones are replaced, so a client cannot flood the logs through it.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// <paramref name="incoming"/> when it is 1 to <see cref="MaxLength"/> letters, digits, or <c>-_.:</c> (a UUID, a
    /// trace id, a proxy's id); otherwise <paramref name="fallback"/>. Anything else could forge log lines or headers.
    /// </summary>
    public static string Choose(string? incoming, string fallback) =>
        incoming is { Length: > 0 and <= MaxLength } && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? incoming
            : fallback;
}
