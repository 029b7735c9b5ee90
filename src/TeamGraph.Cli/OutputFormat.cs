using System.CommandLine;

namespace TeamGraph.Cli;

/// <summary>The <c>--format text|json|sarif|github</c> option that the reporting commands share.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";

    /// <summary>A SARIF 2.1.0 log (<see cref="SarifLogFormatter"/>), for code scanning and review tools.</summary>
    public const string Sarif = "sarif";

    /// <summary>GitHub Actions workflow commands (<see cref="GitHubAnnotationFormatter"/>): annotations on a pull request.</summary>
    public const string GitHub = "github";

    public static Option<string> CreateOption(string description)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json, Sarif, GitHub);
        return option;
    }
}
