using System.Text;

namespace TeamGraph.Cli;

/// <summary>A card's file name from the role's name, as in <c>seed/roles/</c>: "DevOps Engineer" gives <c>devops-engineer</c>.</summary>
internal static class RoleSlug
{
    /// <summary>Lower-case letters and digits of <paramref name="name"/> (any script), words joined by '-'; <paramref name="code"/> when none are left.</summary>
    public static string From(string name, string code)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : code.ToLowerInvariant();
    }
}
