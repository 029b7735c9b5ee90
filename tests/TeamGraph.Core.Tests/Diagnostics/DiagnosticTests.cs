using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void ToString_WithLineAndColumn_ReadsSeverityCodeLocationMessage()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, "unresolved-name", "roles/qa.md", 12, "No role named 'Ops'.", 5);

        Assert.Equal("warning unresolved-name roles/qa.md:12:5 No role named 'Ops'.", diagnostic.ToString());
    }

    [Fact]
    public void Location_WithoutLine_IsJustThePath()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "binary-file", "logo.md", null, "Binary file.");

        Assert.Equal("logo.md", diagnostic.Location);
    }
}
