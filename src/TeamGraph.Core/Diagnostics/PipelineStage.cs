namespace TeamGraph.Core.Diagnostics;

/// <summary>
/// A stage of TeamGraph's work that runs under <see cref="StageGuard"/>: when it throws on one document, one rule or
/// one diagram, the failure is reported with the stage's <see cref="PipelineStageNames.Name">name</see> and the rest
/// of the work goes on.
/// </summary>
public enum PipelineStage
{
    /// <summary>Reading a file's bytes.</summary>
    Reading,

    /// <summary>Bytes to text: encoding detection and repair.</summary>
    Decoding,

    /// <summary>Markdown to a typed role card: sections, tables, lists, front matter.</summary>
    CardReading,

    /// <summary>One fenced mermaid block to a flowchart.</summary>
    Mermaid,

    /// <summary>The team registry (<c>team-structure.md</c>) to roles, groups and outside parties.</summary>
    Registry,

    /// <summary>A card claiming its role code and names.</summary>
    Claiming,

    /// <summary>A card's mermaid node labels becoming names of roles.</summary>
    MermaidNames,

    /// <summary>A document's <c>Document</c> node.</summary>
    DocumentNode,

    /// <summary>A document's links to other documents.</summary>
    Links,

    /// <summary>A card's facts (skills, responsibilities, decisions, parties, handoff rows, map) into the graph.</summary>
    Projection,

    /// <summary>A role's properties taken from its card (level, mission, working style).</summary>
    RoleProperties,

    /// <summary>A group's members.</summary>
    Groups,

    /// <summary>Merging the handoff declarations of every card into handoffs.</summary>
    Matching,

    /// <summary>One rule of the audit.</summary>
    AuditRule,

    /// <summary>Drawing a diagram in one format.</summary>
    Diagram,

    /// <summary>Writing the graph in one export format.</summary>
    Export,
}
