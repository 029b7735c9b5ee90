namespace TeamGraph.Core.Diagnostics;

/// <summary>
/// What a diagnostic code or audit rule means and what to do about it, written on the constant that defines the code:
/// the one home of that text. <see cref="DiagnosticCatalog"/> collects it for reports that explain their codes (SARIF).
/// </summary>
/// <param name="severity">The severity the code is usually reported with (a code may be reported with another).</param>
/// <param name="description">What the code means, for people; its first sentence serves as a title.</param>
/// <param name="help">What to do about it.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class DiagnosticDescriptionAttribute(DiagnosticSeverity severity, string description, string help) : Attribute
{
    /// <summary>The severity the code is usually reported with.</summary>
    public DiagnosticSeverity Severity { get; } = severity;

    /// <summary>What the code means.</summary>
    public string Description { get; } = description;

    /// <summary>What to do about it.</summary>
    public string Help { get; } = help;
}
