using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Audit;

/// <summary>
/// One inconsistency in the team's documentation, with every place it concerns: both sides of a one-sided or
/// conflicting handoff, each mention of an unknown actor, each edge of an escalation cycle.
/// </summary>
/// <param name="Rule">One of <see cref="AuditRuleCodes"/>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Sources">The places concerned, the primary one first.</param>
public sealed record AuditFinding(string Rule, DiagnosticSeverity Severity, string Message, IReadOnlyList<SourceRef> Sources)
{
    /// <summary>The places concerned, the primary one first; held as an array of their exact number (a served team keeps tens of thousands of findings).</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = Sources as SourceRef[] ?? [.. Sources];

    /// <summary>
    /// The glossary row that would tie together the names two cards give one handoff, when the finding proposes one
    /// (the message says it in words too); null otherwise. <see cref="GlossaryProposalTable"/> collects them.
    /// </summary>
    public GlossaryProposal? GlossaryProposal { get; init; }

    /// <summary>The finding as a diagnostic at its primary source, naming the other sources in the message.</summary>
    public Diagnostic ToDiagnostic()
    {
        var primary = Sources.Count > 0 ? Sources[0] : new SourceRef("", 0);
        var others = Sources.Skip(1).Select(s => s.ToString()).Distinct().ToList();
        var message = others.Count == 0 ? Message : $"{Message} (see also {string.Join(", ", others)})";
        return new Diagnostic(Severity, Rule, primary.Path, primary.Line > 0 ? primary.Line : null, message);
    }
}
