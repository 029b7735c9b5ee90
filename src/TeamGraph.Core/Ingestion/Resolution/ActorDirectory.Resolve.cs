using System.Text.RegularExpressions;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Resolution;

public sealed partial class ActorDirectory
{
    /// <summary>
    /// Resolves every name of a party cell (see <see cref="Resolve"/>); a cell that names no one is a warning citing
    /// <paramref name="source"/>, so a row linked to no one is never dropped silently.
    /// </summary>
    public IReadOnlyList<ResolvedActor> ResolveParty(PartyCell party, SourceRef source)
    {
        if (party.Names.Count == 0)
        {
            var raw = string.IsNullOrWhiteSpace(party.Raw) ? "blank" : $"'{party.Raw.Trim()}', which names no role";
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.NoParty, source,
                $"The row's party cell (from whom, to whom or with whom) is {raw}, so the row is linked to no one.");
            return [];
        }

        return [.. party.Names.Select(name => Resolve(name, source))];
    }

    /// <summary>
    /// Resolves a name written in a card: registry, card and mermaid names first (exact, then loosened), then the
    /// built-in group and party vocabulary, then a code-like name becomes an undocumented role, and anything else an
    /// unknown external actor. Every guess is a warning citing <paramref name="source"/>.
    /// </summary>
    public ResolvedActor Resolve(string name, SourceRef source)
    {
        var trimmed = name.Trim();
        if (Lookup(trimmed) is { } known)
        {
            return known;
        }

        var key = NameNormalizer.Normalize(trimmed);
        if (LookupLongestPrefix(trimmed) is { } prefixed)
        {
            Report(DiagnosticSeverity.Info, ResolutionDiagnosticCodes.ResolvedByPrefix, source,
                $"'{trimmed}' read as '{prefixed.Prefix}'; the words after it were taken as a note.");
            return prefixed.Actor;
        }

        if (BuiltInVocabulary.FindGroup(key) is { } groupName)
        {
            var group = _groups.GetValueOrDefault(groupName) ?? AddBuiltInGroup(groupName, source);
            IndexAlias(trimmed, new ResolvedActor(ActorKind.Group, group.Name));
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.NotInRegistry, source,
                $"'{trimmed}' is not in the team registry; read as the group '{group.Name}' ({DescribeBuiltInMembers(group)}).");
            return new ResolvedActor(ActorKind.Group, group.Name);
        }

        if (BuiltInVocabulary.FindExternal(key) is var (externalName, kind))
        {
            if (!_externals.ContainsKey(externalName))
            {
                AddExternal(new ExternalEntry(externalName, kind, source, Declared: false), []);
            }

            IndexAlias(trimmed, new ResolvedActor(ActorKind.ExternalActor, externalName));
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.NotInRegistry, source,
                $"'{trimmed}' is not in the team registry; read as the {(kind == "system" ? "system" : "outside party")} '{externalName}'.");
            return new ResolvedActor(ActorKind.ExternalActor, externalName);
        }

        if (CodeLike().IsMatch(trimmed))
        {
            var role = AddRole(trimmed, trimmed, source);
            Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.UnresolvedName, source,
                $"'{trimmed}' matches no card, registry entry or mermaid node; recorded as an undocumented role.");
            return new ResolvedActor(ActorKind.Role, role.Code);
        }

        AddExternal(new ExternalEntry(trimmed, "unknown", source, Declared: false), []);
        Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.UnresolvedName, source,
            $"'{trimmed}' matches no role, group or known party; recorded as an unknown external actor.");
        return new ResolvedActor(ActorKind.ExternalActor, trimmed);
    }

    /// <summary>The actor a name is already known by, without creating anything or reporting.</summary>
    public ResolvedActor? Lookup(string name)
    {
        var exact = NameNormalizer.Normalize(name);
        if (exact.Length == 0)
        {
            return null;
        }

        return _exactNames.GetValueOrDefault(exact) ?? _looseNames.GetValueOrDefault(NameNormalizer.Loosen(name));
    }

    /// <summary>"Tech Lead asap" → Tech Lead: the longest leading run of words that is a known name.</summary>
    private (ResolvedActor Actor, string Prefix)? LookupLongestPrefix(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count > 0; count--)
        {
            var prefix = string.Join(' ', words[..count]);
            if (Lookup(prefix) is { } actor)
            {
                return (actor, prefix);
            }
        }

        return null;
    }

    /// <summary>The codes of a group's members, sorted; the built-in "Team" is every role, "Developers" every developer role.</summary>
    public IReadOnlyList<string> MembersOf(GroupEntry group)
    {
        IEnumerable<string> codes = group switch
        {
            { IsEveryone: true } => _roles.Keys,
            { IsDevelopers: true } => _roles.Values.Where(r => BuiltInVocabulary.IsDeveloperRoleName(r.Name)).Select(r => r.Code),
            _ => group.DeclaredMembers.Select(m => Lookup(m)).OfType<ResolvedActor>().Where(a => a.Kind == ActorKind.Role).Select(a => a.Key),
        };
        return [.. codes.Select(c => _roles[c].Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private GroupEntry AddBuiltInGroup(string name, SourceRef source)
    {
        var group = new GroupEntry(name, source, declared: false)
        {
            IsEveryone = name == BuiltInVocabulary.EveryoneGroup,
            IsDevelopers = name == BuiltInVocabulary.DevelopersGroup,
        };
        AddGroup(group, []);
        return group;
    }

    private static string DescribeBuiltInMembers(GroupEntry group) =>
        group.IsEveryone ? "every role" : group.IsDevelopers ? "every developer role" : "its registry members";

    private void IndexAlias(string name, ResolvedActor actor) => Index(name, actor);

    /// <summary>Role codes are short upper-case tokens: "PM", "QA", "BE", "SRE2".</summary>
    [GeneratedRegex(@"^[A-ZА-Я][A-ZА-Я0-9]{1,5}$")]
    private static partial Regex CodeLike();
}
