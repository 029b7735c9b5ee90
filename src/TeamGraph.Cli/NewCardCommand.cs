using System.CommandLine;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph new-card &lt;dir&gt; --code XX --name "..." [--lang en|ru]</c>: starts a role card from the built-in
/// template (<c>docs/templates/role-card.&lt;lang&gt;.md</c>) at <c>&lt;dir&gt;/roles/&lt;slug&gt;.md</c>, the layout
/// of <c>seed/</c>, with the code and name filled in; and, when the folder has a team registry, adds the role to it.
/// Never overwrites a file (exit 1); a code or name the card reader would not read back is a usage error (exit 2).
/// </summary>
internal sealed class NewCardCommand(TextWriter stdout, TextWriter stderr)
{
    private const string RolesFolder = "roles";

    private readonly Argument<DirectoryInfo> _folder = CreateFolderArgument();
    private readonly Option<string> _code = new("--code", "-c") { Description = "The role's code, such as DO or QA.", Required = true };
    private readonly Option<string> _name = new("--name", "-n") { Description = "The role's name, such as \"DevOps Engineer\".", Required = true };
    private readonly Option<string> _language = CreateLanguageOption();

    public Command Create()
    {
        var command = new Command("new-card", "Start a role card from the template, and add the role to the team registry when the folder has one.")
        {
            _folder, _code, _name, _language,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var folder = parseResult.GetRequiredValue(_folder);
        var code = parseResult.GetRequiredValue(_code).Trim();
        var name = parseResult.GetRequiredValue(_name).Trim();
        var language = parseResult.GetRequiredValue(_language);
        if (RoleCodeCheck.Problem(code, name, language) is { } problem)
        {
            stderr.WriteLine($"error: {problem}");
            return ExitCodes.UsageError;
        }

        var cardPath = $"{RolesFolder}/{RoleSlug.From(name, code)}.md";
        var fullPath = Path.Combine(folder.FullName, RolesFolder, Path.GetFileName(cardPath));
        var shownPath = Path.Combine(folder.ToString(), RolesFolder, Path.GetFileName(cardPath));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            FileReplacement.CreateNew(fullPath, RoleCardTemplate.Fill(language, code, name), shownPath);
        }
        catch (OutputFileException exception)
        {
            var advice = File.Exists(fullPath) ? "; new-card never overwrites a card (remove it, or choose another --name)" : "";
            stderr.WriteLine($"error: {exception.Message}{advice}.");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot create the folder of '{shownPath}': {OutputFileException.Reason(exception, fullPath, shownPath)}.");
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"created {shownPath} ({language} template; role {code}, {name})");
        return AddToRegistry(folder, code, name, cardPath);
    }

    private int AddToRegistry(DirectoryInfo folder, string code, string name, string cardPath)
    {
        var registry = Path.Combine(folder.FullName, FolderIngester.RegistryFileName);
        if (!File.Exists(registry))
        {
            return ExitCodes.Success;
        }

        try
        {
            stdout.WriteLine(RegistryRoleRow.Append(registry, FolderIngester.RegistryFileName, code, name, cardPath));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: the card was created, but the registry was not updated: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private static Argument<DirectoryInfo> CreateFolderArgument()
    {
        var argument = new Argument<DirectoryInfo>("dir") { Description = "The team's folder (created when missing); the card goes into its roles/ folder." };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && File.Exists(result.Tokens[0].Value))
            {
                result.AddError($"'{result.Tokens[0].Value}' is a file, not a directory.");
            }
        });
        return argument;
    }

    private static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--lang", "-l")
        {
            Description = "The template's language: headings, table headers and guidance in English or Russian.",
            DefaultValueFactory = _ => "en",
        };
        option.AcceptOnlyFromAmong(RoleCardTemplate.Languages);
        return option;
    }
}
