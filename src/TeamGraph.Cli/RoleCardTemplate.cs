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
        BuiltInText.Read($"TeamGraph.Cli.Templates.role-card.{language}.md")
            .Replace("{{CODE}}", code, StringComparison.Ordinal).Replace("{{NAME}}", name, StringComparison.Ordinal);
}
