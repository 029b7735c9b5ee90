using TeamGraph.Core.Audit;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// A diagnostic or an audit finding as the review formats (SARIF, GitHub annotations) report it: one primary location
/// and the other places it concerns.
/// </summary>
/// <param name="Diagnostic">The finding at its primary location; its message names the other places ("see also").</param>
/// <param name="Message">The message alone, for formats that list the other places separately.</param>
/// <param name="Related">The other places, without repeats.</param>
internal sealed record ReportedFinding(Diagnostic Diagnostic, string Message, IReadOnlyList<SourceRef> Related)
{
    public static ReportedFinding From(Diagnostic diagnostic) => new(diagnostic, diagnostic.Message, []);

    public static ReportedFinding From(AuditFinding finding) =>
        new(finding.ToDiagnostic(), finding.Message, [.. finding.Sources.Skip(1).Distinct()]);
}
