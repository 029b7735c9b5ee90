using GraphQL.Types;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.GraphQL.Types;

/// <summary>One ingest diagnostic, as <c>teamgraph lint</c> prints it.</summary>
internal sealed class DiagnosticType : ObjectGraphType<Diagnostic>
{
    public DiagnosticType()
    {
        Name = "Diagnostic";
        Description = "One finding about a document, as `teamgraph lint` prints it.";
        Field<NonNullGraphType<SeverityType>>("severity").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable kebab-case code such as `not-a-regular-file`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("path").Description("The document's path relative to the served folder.").Resolve(c => c.Source.Path);
        Field<IntGraphType>("line").Description("1-based line, when the finding has one.").Resolve(c => c.Source.Line);
        Field<IntGraphType>("column").Resolve(c => c.Source.Column);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
