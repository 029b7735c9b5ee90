using System.Text;

/// <summary>The floor's one answer.</summary>
internal static class FixedAnswer
{
    /// <summary>A GraphQL response of exactly <paramref name="bytes"/> bytes of UTF-8 JSON: <c>{"data":{"filler":"xxx…"}}</c>.</summary>
    public static byte[] Json(int bytes)
    {
        const string Start = "{\"data\":{\"filler\":\"";
        const string End = "\"}}";
        return Encoding.UTF8.GetBytes(Start + new string('x', bytes - Start.Length - End.Length) + End);
    }
}
