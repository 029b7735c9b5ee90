namespace TeamGraph.Core.Diagnostics;

/// <summary>One diagnostic code or audit rule, as its <see cref="DiagnosticDescriptionAttribute"/> describes it.</summary>
/// <param name="Code">The code diagnostics and findings carry, such as <c>handoff-one-sided</c>.</param>
/// <param name="DefaultSeverity">The severity it is usually reported with.</param>
/// <param name="Description">What it means.</param>
/// <param name="Help">What to do about it.</param>
public sealed record DiagnosticRule(string Code, DiagnosticSeverity DefaultSeverity, string Description, string Help)
{
    /// <summary>The description's first sentence.</summary>
    public string Summary
    {
        get
        {
            var end = Description.IndexOf(". ", StringComparison.Ordinal);
            return end < 0 ? Description : Description[..(end + 1)];
        }
    }
}
