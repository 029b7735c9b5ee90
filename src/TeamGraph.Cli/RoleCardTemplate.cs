namespace TeamGraph.Cli;

/// <summary>
/// The role card templates of <c>docs/templates/</c> (<c>role-card.en.md</c>, <c>role-card.ru.md</c>), built into the
/// tool, with <c>{{CODE}}</c> and <c>{{NAME}}</c> to fill in.
/// </summary>
internal static class RoleCardTemplate
{
    public static readonly string[] Languages = ["en", "ru"];

    /// <summary>The template in <paramref name="language"/> (one of <see cref="Languages"/>) for the role <paramref name="code"/>, <paramref name="name"/>.</summary>
    public static string Fill(string language, string code, string name) =>
        Read(language).Replace("{{CODE}}", code, StringComparison.Ordinal).Replace("{{NAME}}", name, StringComparison.Ordinal);

    private static string Read(string language)
    {
        var resource = $"TeamGraph.Cli.Templates.role-card.{language}.md";
        using var stream = typeof(RoleCardTemplate).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is not built into the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
