using System.CommandLine;
using System.Globalization;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// <c>--document-budget &lt;seconds&gt;</c>, on every command that reads a folder: how long one document may take to
/// read and parse before it is left out with an error (<see cref="IngestionOptions.DocumentBudget"/>).
/// </summary>
internal static class DocumentBudgetOption
{
    public const string Name = "--document-budget";

    public static Option<double> Create()
    {
        var option = new Option<double>(Name)
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Seconds one document may take to read and parse; past it the document is left out with an error. Default: {IngestionOptions.Default.DocumentBudget.TotalSeconds}."),
            DefaultValueFactory = _ => IngestionOptions.Default.DocumentBudget.TotalSeconds,
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 86_400))
            {
                result.AddError($"{Name} must be a number of seconds above 0 (at most a day).");
            }
        });
        return option;
    }

    /// <summary>The ingestion options the parsed command line asks for.</summary>
    public static IngestionOptions Read(ParseResult parseResult) =>
        IngestionOptions.Default with { DocumentBudget = TimeSpan.FromSeconds(parseResult.GetValue<double>(Name)) };
}
