namespace TeamGraph.GraphQL.Serving;

/// <summary>How the audit of a served graph went, for the log.</summary>
/// <param name="Source">The docs folder.</param>
/// <param name="Succeeded">Whether the findings are there.</param>
/// <param name="Superseded">Whether a newer graph replaced the audited one, so its findings no longer matter.</param>
/// <param name="Message">What happened, in a sentence.</param>
/// <param name="Duration">How long the audit ran.</param>
/// <param name="Exception">What failed it, when something did; never shown to clients.</param>
public sealed record AuditReport(string Source, bool Succeeded, bool Superseded, string Message, TimeSpan Duration, Exception? Exception);
