using System.Text;
using CsCheck;

namespace TeamGraph.Testing.Fuzzing;

/// <summary>One generated file: its path relative to the folder, its bytes and how they were made.</summary>
public sealed record GeneratedFile(string Path, byte[] Bytes, string How);

/// <summary>A generated docs folder: role cards under <c>roles/</c>, sometimes a <c>team-structure.md</c> registry.</summary>
public sealed record GeneratedFolder(IReadOnlyList<GeneratedFile> Files)
{
    /// <summary>How many Markdown documents the folder holds.</summary>
    public int DocumentCount => Files.Count;

    /// <summary>Writes the files below <paramref name="root"/>, which must exist and be empty.</summary>
    public void WriteTo(string root)
    {
        foreach (var file in Files)
        {
            var path = System.IO.Path.Combine(root, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Every file, printable: what CsCheck shows for a failing (shrunk) sample.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var file in Files)
        {
            text.Append("==== ").Append(file.Path).Append(" (").Append(file.How).Append(", ").Append(file.Bytes.Length).Append(" bytes)\n");
            text.Append(file.Bytes.Length <= 4000 ? Convert.ToBase64String(file.Bytes) : Convert.ToBase64String(file.Bytes, 0, 4000) + "…").Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>
/// Folders of generated cards: one to six cards (codes drawn from a small pool, so duplicates are common), a registry
/// at the top half the time (valid, partial or broken), and sometimes a README linking to the cards.
/// </summary>
public static class FolderGen
{
    private static readonly string[] CardNames =
        ["tech-lead", "backend-developer", "frontend-developer", "qa-engineer", "project-manager", "devops-engineer", "x", "роль"];

    /// <summary>The registry: the team-structure.md table of codes, names, aliases and documents, groups and outsiders.</summary>
    public static readonly Gen<string> Registry = Gen.Frequency<string>(
        (3, Gen.Select(
            Gen.Select(Gen.OneOf<string>(RoleCardGen.Codes), Gen.OneOf<string>(RoleCardGen.Parties), Gen.OneOf<string>(RoleCardGen.Parties),
                Gen.OneOf<string>(CardNames), (code, name, alias, card) => $"| {code} | {name} | {alias} | [{card}.md](roles/{card}.md) |").Array[0, 8],
            Gen.Select(Gen.OneOf<string>("Developers", "Team", "Devs", "", "Leads"), Gen.OneOf<string>("BE, FE", "everyone", "", "TL, Nobody", "Developers"),
                (group, members) => $"| {group} | {members} | |").Array[0, 3],
            Gen.Select(Gen.OneOf<string>("Monitoring", "Stakeholders", "Customers", "", "Tech Lead"), Gen.OneOf<string>("system", "external", "", "??"),
                (name, kind) => $"| {name} | {kind} | |").Array[0, 3],
            (roles, groups, outsiders) =>
                "# Team Structure\n\n## Роли\n\n| Код | Роль | Aliases | Карточка |\n|---|---|---|---|\n" + string.Join('\n', roles)
                + "\n\n## Группы\n\n| Group | Members | Aliases |\n|---|---|---|\n" + string.Join('\n', groups)
                + "\n\n## Внешние стороны и системы\n\n| Name | Kind | Aliases |\n|---|---|---|\n" + string.Join('\n', outsiders) + "\n")),
        (1, RoleCardGen.Card));

    /// <summary>A folder of generated cards.</summary>
    public static readonly Gen<GeneratedFolder> Folder = Gen.Select(
        Gen.Select(Gen.OneOf<string>(CardNames), CardBytesGen.Card, (name, card) => (name, card)).Array[1, 6],
        Gen.Frequency<string?>((1, Gen.Const((string?)null)), (1, Registry.Select(r => (string?)r))),
        Gen.Bool,
        (cards, registry, readme) => Build(cards, registry, readme));

    private static GeneratedFolder Build((string Name, (byte[] Bytes, string How) Card)[] cards, string? registry, bool readme)
    {
        var files = new List<GeneratedFile>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, (bytes, how)) in cards)
        {
            var path = $"roles/{name}.md";
            for (var i = 2; !taken.Add(path); i++)
            {
                path = $"roles/{name}-{i}.md";
            }

            files.Add(new GeneratedFile(path, bytes, how));
        }

        if (registry is not null)
        {
            files.Add(new GeneratedFile(TeamGraph.Core.Ingestion.FolderIngester.RegistryFileName, Encoding.UTF8.GetBytes(registry), "registry"));
        }

        if (readme)
        {
            var links = string.Join('\n', files.Select(f => $"- [{f.Path}]({f.Path})").Append("- [missing](roles/missing.md)"));
            files.Add(new GeneratedFile("README.md", Encoding.UTF8.GetBytes($"# Team\n\n{links}\n"), "readme"));
        }

        return new GeneratedFolder(files);
    }
}
