using System.CommandLine;
using System.CommandLine.Parsing;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Cli;

/// <summary>The options' checks: each value alone, then how they combine.</summary>
internal sealed partial class DiagramOptionSet
{
    private void Validate(CommandResult result)
    {
        var scopes = new[]
        {
            Given(result, _team) ? "--team" : null,
            Given(result, _role) ? "--role" : null,
            Given(result, _from) || Given(result, _to) ? "--from/--to" : null,
            Given(result, _roles) ? "--roles" : null,
        }.OfType<string>().ToList();
        if (scopes.Count > 1)
        {
            result.AddError($"Give one scope (--team, --role, --from/--to or --roles), not {string.Join(" and ", scopes)}.");
            return;
        }

        if (Given(result, _from) != Given(result, _to))
        {
            result.AddError("--from and --to go together.");
        }

        if (Given(result, _depth) && !Given(result, _role))
        {
            result.AddError("--depth goes with --role.");
        }

        if (Given(result, _legend) && Given(result, _noLegend))
        {
            result.AddError("Give --legend or --no-legend, not both.");
        }

        if (Given(result, _documented) && Given(result, _undocumented))
        {
            result.AddError("Give --documented or --undocumented, not both.");
        }

        foreach (var option in new[] { _maxHops, _maxPaths }.Where(o => Given(result, o) && !Given(result, _from)))
        {
            result.AddError($"{option.Name} goes with --from/--to.");
        }
    }

    private static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static List<string> SplitList(string list) => [.. list.Split(',').Select(s => s.Trim())];

    private static (HashSet<EdgeKind> Kinds, string? Error) ParseKinds(string? text)
    {
        var kinds = new HashSet<EdgeKind>();
        foreach (var name in SplitList(text ?? nameof(EdgeKind.Handoff)))
        {
            if (!Enum.TryParse<EdgeKind>(name, ignoreCase: true, out var kind) || !char.IsLetter(name.FirstOrDefault()))
            {
                var known = string.Join(", ", Enum.GetNames<EdgeKind>().Select(n => n.ToLowerInvariant()));
                return ([], $"Unknown edge kind '{name}' in --kinds; expected a comma-separated list of {known}.");
            }

            kinds.Add(kind);
        }

        return (kinds, null);
    }

    private static (HashSet<string> Statuses, string? Error) ParseStatuses(string text)
    {
        var known = new[] { HandoffStatus.Confirmed, HandoffStatus.Probable, HandoffStatus.OneSided, HandoffStatus.UndocumentedPeer, HandoffStatus.Conflicting };
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in SplitList(text))
        {
            var status = name.Replace('-', '_').ToUpperInvariant();
            if (!known.Contains(status, StringComparer.Ordinal))
            {
                return ([], $"Unknown handoff status '{name}' in --statuses; expected a comma-separated list of "
                    + $"{string.Join(", ", known.Select(k => k.ToLowerInvariant().Replace('_', '-')))}.");
            }

            statuses.Add(status);
        }

        return (statuses, null);
    }

    private static Option<string> StatusesOption()
    {
        var option = new Option<string>("--statuses")
        {
            Description = "Draw only the handoffs with these statuses, comma-separated: confirmed, probable, one-sided, undocumented-peer, conflicting.",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && ParseStatuses(text).Error is { } error)
            {
                result.AddError(error);
            }
        });
        return option;
    }

    private static Option<string> MergeOption()
    {
        var option = new Option<string>("--merge-handoffs")
        {
            Description = "Draw parallel relationships (same kind, direction and status) as one edge with a count: "
                + $"auto (the default: when the diagram would draw more than {DiagramRequest.AutoMergeThreshold} edges), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. MergeModes.Keys]);
        return option;
    }

    private static Option<string> RoleOption(string name, string description)
    {
        var option = new Option<string>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && SplitList(value).Any(role => role.Length == 0))
            {
                result.AddError(name == "--groups"
                    ? "--groups needs a group name between every two commas."
                    : $"{name} needs a role code, name or alias{(name == "--roles" ? " between every two commas" : "")}.");
            }
        });
        return option;
    }

    private static Option<int> RangeOption(string name, string description, int defaultValue, int max)
    {
        var option = new Option<int>(name) { Description = $"{description} Default {defaultValue}, at most {max}.", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > max)
            {
                result.AddError($"{name} must be from 1 to {max}, not {value}.");
            }
        });
        return option;
    }

    private static Option<string> KindsOption()
    {
        var option = new Option<string>("--kinds")
        {
            Description = "The relationships to draw, comma-separated: handoff (the default), collaboration, escalation, approval, communication.",
        };
        option.Validators.Add(result =>
        {
            if (ParseKinds(result.GetValueOrDefault<string>()).Error is { } error)
            {
                result.AddError(error);
            }
        });
        return option;
    }

    private static Option<string> FormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "The diagram language: mermaid (the default), dot or plantuml.",
            DefaultValueFactory = _ => "mermaid",
        };
        option.AcceptOnlyFromAmong([.. Formats.Keys]);
        return option;
    }
}
