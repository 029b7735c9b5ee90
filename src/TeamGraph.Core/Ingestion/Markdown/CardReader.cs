using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Reads one parsed card into a <see cref="RoleCard"/>: each section by its kind, then the links and code
/// blocks of the whole document. One instance per card; it gathers the card's facts as it goes.
/// </summary>
internal sealed partial class CardReader(string path, string[] lines, ICollection<Diagnostic> diagnostics)
{
    private readonly TableReader _tables = new(path, lines, diagnostics);
    private readonly IdentityRows _identity = new();
    private readonly List<DocumentLink> _links = [];
    private readonly List<SkillEntry> _technicalSkills = [];
    private readonly List<ListEntry> _softSkills = [];
    private readonly List<ListEntry> _domainKnowledge = [];
    private readonly List<ToolEntry> _tools = [];
    private readonly List<DocumentLink> _requiredReading = [];
    private readonly List<DocumentLink> _usefulReading = [];
    private readonly List<TopicEntry> _technologies = [];
    private readonly List<ListEntry> _practices = [];
    private readonly List<DocumentLink> _resources = [];
    private readonly List<ResponsibilityEntry> _responsibilities = [];
    private readonly List<DecisionEntry> _decisions = [];
    private readonly List<ApprovalEntry> _approvals = [];
    private readonly List<EscalationEntry> _escalations = [];
    private readonly List<FlowEntry> _inputs = [];
    private readonly List<FlowEntry> _outputs = [];
    private readonly List<ListEntry> _artifacts = [];
    private readonly List<MermaidBlock> _mermaidBlocks = [];
    private readonly List<CommunicationEntry> _communications = [];
    private readonly List<HandoffPointEntry> _handoffPoints = [];
    private readonly List<KeyValueEntry> _preferences = [];
    private readonly List<ListEntry> _problemSolving = [];
    private readonly List<QualityStandardEntry> _qualityStandards = [];
    private readonly List<SourcedText> _typicalPhrases = [];
    private readonly List<CodeExample> _examples = [];
    private readonly List<UnknownSection> _unknownSections = [];

    public RoleCard Read(MarkdownDocument document)
    {
        var frontMatter = document.Count > 0 && document[0] is YamlFrontMatterBlock yaml
            ? FrontMatterReader.Read(yaml, path, diagnostics)
            : null;
        var sections = SectionOutline.Build(document, lines.Length);
        var title = sections.FirstOrDefault(section => section.Kind == SectionKind.Title);
        if (title is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, MarkdownDiagnosticCodes.MissingTitle, path, null, "The card has no level-1 heading to name the role."));
        }

        foreach (var section in sections)
        {
            ReadSection(section);
            ReadLinks(section);
        }

        ReadCodeBlocks(document);
        return Build(title, frontMatter);
    }

    private RoleCard Build(CardSection? title, FrontMatter? frontMatter) => new()
    {
        Path = path,
        Title = title is null ? null : new SourcedText(title.Heading, Source(title.Line)),
        FrontMatter = frontMatter,
        Links = _links,
        Identity = _identity.ToIdentity(),
        TechnicalSkills = _technicalSkills,
        SoftSkills = _softSkills,
        DomainKnowledge = _domainKnowledge,
        Tools = _tools,
        LearningPlan = _requiredReading.Count + _usefulReading.Count + _technologies.Count + _practices.Count + _resources.Count == 0
            ? LearningPlan.Empty
            : new LearningPlan(_requiredReading, _usefulReading, _technologies, _practices, _resources),
        Responsibilities = _responsibilities,
        DecisionsAlone = _decisions,
        Approvals = _approvals,
        Escalations = _escalations,
        Inputs = _inputs,
        Outputs = _outputs,
        Artifacts = _artifacts,
        MermaidBlocks = _mermaidBlocks,
        Communications = _communications,
        HandoffPoints = _handoffPoints,
        WorkingStyle = _preferences.Count + _problemSolving.Count + _qualityStandards.Count + _typicalPhrases.Count == 0
            ? WorkingStyle.Empty
            : new WorkingStyle(_preferences, _problemSolving, _qualityStandards, _typicalPhrases),
        Examples = _examples,
        UnknownSections = _unknownSections,
    };

    private SourceRef Source(int line) => new(path, line);

    /// <summary>Keeps a section as raw Markdown: the lines after its heading up to the next heading.</summary>
    private void KeepUnknown(CardSection section)
    {
        // Markdig also breaks lines at a lone CR, which the split into lines does not, so its line numbers can run
        // past the lines (text that did not come through the decoder): clamp rather than take a negative count.
        var last = Math.Min(section.EndLine, lines.Length);
        var first = Math.Min(section.Line, last);
        while (first < last && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        while (last > first && string.IsNullOrWhiteSpace(lines[last - 1]))
        {
            last--;
        }

        var markdown = string.Join('\n', lines, first, last - first);
        _unknownSections.Add(new UnknownSection(section.Heading, markdown, Source(section.Line)));
    }
}
