using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Diagnostics;

/// <summary>
/// Every diagnostic code and audit rule TeamGraph reports, read from the <see cref="DiagnosticDescriptionAttribute"/> on
/// the constants that define them (the <c>*DiagnosticCodes</c> classes and <see cref="AuditRuleCodes"/>). A constant
/// without the attribute repeats a code another class defines and describes (<c>empty-document</c> is both a decoding
/// and a Markdown finding).
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<Dictionary<string, DiagnosticRule>> ByCode = new(Collect);

    /// <summary>Every code, sorted by code.</summary>
    public static IReadOnlyList<DiagnosticRule> All => [.. ByCode.Value.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>The audit's rules (what <c>teamgraph audit</c> can report), sorted by code.</summary>
    public static IReadOnlyList<DiagnosticRule> AuditRules => [.. CodesOf(typeof(AuditRuleCodes)).Select(c => ByCode.Value[c]).OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>The rule of <paramref name="code"/>, or <see langword="null"/> for a code TeamGraph does not define.</summary>
    public static DiagnosticRule? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    /// <summary>The values of the public string constants of <paramref name="codes"/>, without repeats.</summary>
    internal static IEnumerable<string> CodesOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type codes) =>
        ConstantsOf(codes).Select(field => (string)field.GetRawConstantValue()!).Distinct(StringComparer.Ordinal);

    private static IEnumerable<FieldInfo> ConstantsOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type codes) =>
        codes.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string));

    /// <summary>
    /// The constants of every class that defines codes, each class named here rather than found by scanning the
    /// assembly, so that the command line compiled ahead of time keeps them (a test holds this list to every public
    /// static <c>*Codes</c> class of Core).
    /// </summary>
    private static IEnumerable<FieldInfo> EveryCodeConstant() =>
    [
        .. ConstantsOf(typeof(IngestionDiagnosticCodes)),
        .. ConstantsOf(typeof(DecodingDiagnosticCodes)),
        .. ConstantsOf(typeof(MarkdownDiagnosticCodes)),
        .. ConstantsOf(typeof(MermaidDiagnosticCodes)),
        .. ConstantsOf(typeof(ResolutionDiagnosticCodes)),
        .. ConstantsOf(typeof(DocsDiagnosticCodes)),
        .. ConstantsOf(typeof(AuditRuleCodes)),
    ];

    private static Dictionary<string, DiagnosticRule> Collect()
    {
        var rules = new Dictionary<string, DiagnosticRule>(StringComparer.Ordinal);
        foreach (var field in EveryCodeConstant())
        {
            if (field.GetCustomAttribute<DiagnosticDescriptionAttribute>() is { } described)
            {
                var code = (string)field.GetRawConstantValue()!;
                if (!rules.TryAdd(code, new DiagnosticRule(code, described.Severity, described.Description, described.Help)))
                {
                    throw new InvalidOperationException($"The code '{code}' is described twice; describe it where it is defined and reuse that constant.");
                }
            }
        }

        return rules;
    }
}
