namespace TeamGraph.Core.Audit;

/// <summary>
/// A row the audit proposes for the <c>## Glossary</c> table of the team registry: names two cards give what is probably
/// one handoff, which the matcher would then read as one. Only a proposal: nothing is merged until the team adds the row.
/// </summary>
/// <param name="Term">The name on the giver's card.</param>
/// <param name="Equivalents">The names on the receiver's card, each once.</param>
/// <param name="Evidence">Why the names probably mean one thing ("the only rows left between …; both say Jira").</param>
public sealed record GlossaryProposal(string Term, IReadOnlyList<string> Equivalents, string Evidence);
