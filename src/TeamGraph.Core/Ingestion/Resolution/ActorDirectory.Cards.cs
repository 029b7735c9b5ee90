using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Ingestion.Resolution;

public sealed partial class ActorDirectory
{
    /// <summary>
    /// Registers the role a card describes and returns its code, or <see langword="null"/> when another card already
    /// claimed that code (reported as an error; the later card then stays out of the role's facts).
    /// Code: front matter, then the registry row naming this card, then the Identity table, then the title's initials.
    /// </summary>
    public string? ClaimCard(RoleCard card)
    {
        var titleSource = card.Title?.Source ?? new SourceRef(card.Path, 1);
        var name = card.FrontMatter?.Name ?? card.Identity.Role?.Text ?? card.Title?.Text;
        var registryRole = _registryRolesByCard.GetValueOrDefault(card.Path);
        var code = card.FrontMatter?.Code ?? registryRole?.Code ?? card.Identity.Code?.Text;
        if (string.IsNullOrWhiteSpace(code))
        {
            code = DeriveCode(name ?? Path.GetFileNameWithoutExtension(card.Path));
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.MissingRoleCode, titleSource,
                $"The card gives no role code (front matter 'code:' or an Identity row 'Код роли'); using '{code}'.");
        }

        code = code.Trim();
        if (_roles.TryGetValue(code, out var existing) && existing.CardPath is not null)
        {
            Report(DiagnosticSeverity.Error, ResolutionDiagnosticCodes.DuplicateRoleCode, card.Identity.Code?.Source ?? titleSource,
                $"Role code '{code}' is already described by {existing.CardPath}; this card is left out of that role.");
            return null;
        }

        var role = existing ?? AddRole(code, name ?? code, titleSource);
        CheckAgainstRegistry(card, role, name);
        role.CardPath = card.Path;
        role.Source = titleSource;
        if (existing is null || card.FrontMatter?.Name is not null)
        {
            role.Name = name ?? role.Name;
        }

        foreach (var alias in CardNames(card))
        {
            AddAlias(role, alias);
        }

        return role.Code;
    }

    /// <summary>Adds what a card's mermaid map says about names: <c>TL[Tech Lead]</c> makes "Tech Lead" a name of TL.</summary>
    public void AddMermaidNodes(IEnumerable<MermaidNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (_roles.TryGetValue(node.Id, out var role))
            {
                AddAlias(role, node.Label);
                continue;
            }

            var byLabel = node.HasExplicitLabel ? Lookup(node.Label) : null;
            if (byLabel is { Kind: ActorKind.Role })
            {
                AddAlias(_roles[byLabel.Key], node.Id);
            }
            else if (byLabel is not null)
            {
                // ST[Stakeholders]: the node id names a group or outside party, not a new role.
                Index(node.Id, byLabel);
            }
            else
            {
                AddRole(node.Id, node.Label, node.Source);
            }
        }
    }

    private void CheckAgainstRegistry(RoleCard card, RoleEntry role, string? name)
    {
        var tableCode = card.Identity.Code?.Text.Trim();
        if (tableCode is not null && !string.Equals(tableCode, role.Code, StringComparison.OrdinalIgnoreCase))
        {
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.IdentityMismatch, card.Identity.Code!.Source,
                $"The Identity table says role code '{tableCode}', but the front matter or registry says '{role.Code}'; '{role.Code}' wins.");
            AddAlias(role, tableCode);
        }

        if (role.CardPathHint is { } hint && !string.Equals(hint, card.Path, StringComparison.Ordinal) && name is not null)
        {
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.IdentityMismatch, card.Title?.Source ?? new SourceRef(card.Path, 1),
                $"The registry places role '{role.Code}' in {hint}, but it is described here.");
        }
    }

    private static IEnumerable<string> CardNames(RoleCard card)
    {
        if (card.Title is not null)
        {
            yield return card.Title.Text;
        }

        if (card.Identity.Role is not null)
        {
            yield return card.Identity.Role.Text;
        }

        foreach (var alias in card.FrontMatter?.Aliases ?? [])
        {
            yield return alias;
        }
    }

    private static string DeriveCode(string name)
    {
        var initials = NameNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]));
        var code = string.Concat(initials);
        return code.Length == 0 ? "ROLE" : code;
    }
}
