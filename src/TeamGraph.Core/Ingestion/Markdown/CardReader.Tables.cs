using Markdig.Extensions.Tables;
using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

internal sealed partial class CardReader
{
    private void ReadIdentity(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Identity,
        row => AddIdentity(row[TableSchemas.Name], row[TableSchemas.Value], row.Line),
        entry => AddIdentity(entry.Name, entry.Detail, entry.Source.Line));

    private void AddIdentity(string? parameter, string? value, int line)
    {
        if (parameter is not null && value is not null)
        {
            _identity.Add(parameter, value, Source(line));
        }
    }

    private void ReadTechnicalSkills(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.TechnicalSkills,
        row => AddIf(_technicalSkills, row[TableSchemas.Name], name => new SkillEntry(name, row[TableSchemas.Level], row[TableSchemas.Usage], Source(row.Line))),
        entry => _technicalSkills.Add(new SkillEntry(entry.Name, null, entry.Detail, entry.Source)));

    private void ReadTools(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Tools,
        row => AddIf(_tools, row[TableSchemas.Name], name => new ToolEntry(name, row[TableSchemas.Usage], Source(row.Line))),
        entry => _tools.Add(new ToolEntry(entry.Name, entry.Detail, entry.Source)));

    private void ReadTechnologies(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Technologies,
        row => AddIf(_technologies, row[TableSchemas.Name], name => new TopicEntry(name, row[TableSchemas.Focus], Source(row.Line))),
        entry => _technologies.Add(new TopicEntry(entry.Name, entry.Detail, entry.Source)));

    private void ReadDecisions(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.DecisionsAlone,
        row => AddIf(_decisions, row[TableSchemas.What], what => new DecisionEntry(what, row[TableSchemas.Example], Source(row.Line))),
        entry => _decisions.Add(new DecisionEntry(entry.Name, entry.Detail, entry.Source)));

    private void ReadApprovals(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Approvals,
        row => AddIf(_approvals, row[TableSchemas.What], what => new ApprovalEntry(what, Party(row[TableSchemas.Party]), Source(row.Line))),
        entry => _approvals.Add(new ApprovalEntry(entry.Name, Party(entry.Detail), entry.Source)));

    private void ReadEscalations(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Escalations,
        row => AddIf(_escalations, row[TableSchemas.What], what => new EscalationEntry(what, Party(row[TableSchemas.Party]), Source(row.Line))),
        entry => _escalations.Add(new EscalationEntry(entry.Name, Party(entry.Detail), entry.Source)));

    private void ReadFlows(CardSection section, TableSchema schema, List<FlowEntry> flows) => ReadTableOrList(
        section,
        schema,
        row => AddIf(flows, row[TableSchemas.What], what => new FlowEntry(Party(row[TableSchemas.Party]), what, row[TableSchemas.Format], Source(row.Line))),
        entry => flows.Add(new FlowEntry(Party(entry.Name), entry.Detail ?? string.Empty, null, entry.Source)));

    private void ReadCommunications(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.Communication,
        row => AddIf(_communications, row[TableSchemas.Party], party => new CommunicationEntry(Party(party), row[TableSchemas.Frequency], row[TableSchemas.Format], Source(row.Line))),
        entry => _communications.Add(new CommunicationEntry(Party(entry.Name), entry.Detail, null, entry.Source)));

    private void ReadHandoffPoints(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.HandoffPoints,
        row => AddIf(_handoffPoints, row[TableSchemas.What], what => new HandoffPointEntry(what, Party(row[TableSchemas.Party]), row[TableSchemas.Trigger], Source(row.Line))),
        entry => _handoffPoints.Add(new HandoffPointEntry(entry.Name, Party(entry.Detail), null, entry.Source)));

    private void ReadQualityStandards(CardSection section) => ReadTableOrList(
        section,
        TableSchemas.QualityStandards,
        row => AddIf(_qualityStandards, row[TableSchemas.Name], aspect => new QualityStandardEntry(aspect, row[TableSchemas.Criterion] ?? string.Empty, Source(row.Line))),
        entry => _qualityStandards.Add(new QualityStandardEntry(entry.Name, entry.Detail ?? string.Empty, entry.Source)));

    /// <summary>
    /// Reads the section's tables against <paramref name="schema"/>, or, when it has no table, its list items.
    /// A table whose columns cannot be identified keeps the whole section as unknown.
    /// </summary>
    private void ReadTableOrList(CardSection section, TableSchema schema, Action<TableRowView> addRow, Action<ListEntry> addEntry)
    {
        var tables = section.BlocksOf<Table>().ToList();
        if (tables.Count == 0)
        {
            foreach (var entry in Entries(section))
            {
                addEntry(entry);
            }

            return;
        }

        var refused = false;
        foreach (var table in tables)
        {
            if (_tables.Read(table, schema) is { } rows)
            {
                rows.ToList().ForEach(addRow);
            }
            else
            {
                refused = true;
            }
        }

        if (refused)
        {
            KeepUnknown(section);
        }
    }

    private static void AddIf<T>(List<T> list, string? key, Func<string, T> create)
    {
        if (key is not null)
        {
            list.Add(create(key));
        }
    }

    private static PartyCell Party(string? cell) => PartyCellSplitter.Split(cell ?? string.Empty);
}
