using GraphQL.Types;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.GraphQL.Types;

/// <summary>How much an audit finding matters.</summary>
internal sealed class SeverityType : EnumerationGraphType<DiagnosticSeverity>
{
    public SeverityType() => Name = "Severity";
}
