namespace TeamGraph.Core.Diagnostics;

/// <summary>The stable names stages go by in diagnostics and error messages.</summary>
public static class PipelineStageNames
{
    /// <summary>The kebab-case name of <paramref name="stage"/>: <c>card-reading</c>, <c>mermaid-names</c>, <c>audit-rule</c>.</summary>
    public static string Name(this PipelineStage stage) => stage switch
    {
        PipelineStage.Reading => "reading",
        PipelineStage.Decoding => "decoding",
        PipelineStage.CardReading => "card-reading",
        PipelineStage.Mermaid => "mermaid",
        PipelineStage.Registry => "registry",
        PipelineStage.Claiming => "claiming",
        PipelineStage.MermaidNames => "mermaid-names",
        PipelineStage.DocumentNode => "document-node",
        PipelineStage.Links => "links",
        PipelineStage.Projection => "projection",
        PipelineStage.RoleProperties => "role-properties",
        PipelineStage.Groups => "groups",
        PipelineStage.Matching => "matching",
        PipelineStage.AuditRule => "audit-rule",
        PipelineStage.Diagram => "diagram",
        PipelineStage.Export => "export",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
