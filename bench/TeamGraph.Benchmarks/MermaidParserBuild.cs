using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace TeamGraph.Benchmarks;

/// <summary>
/// One build of <c>TeamGraph.Core.dll</c> (today's, or another commit's) loaded into its own load context, so two
/// builds of the mermaid parser can run side by side in one process. Both are called the same way, through a compiled
/// delegate, so neither pays a call cost the other does not. Dependencies (YamlDotNet, ...) come from the host and are
/// shared.
/// </summary>
internal sealed class MermaidParserBuild
{
    private readonly Func<string, bool> _parse;

    public MermaidParserBuild(string name, string coreAssemblyPath)
    {
        Name = name;
        var path = Path.GetFullPath(coreAssemblyPath);
        var assembly = new CoreOnlyLoadContext(name, path).LoadFromAssemblyPath(path);
        _parse = CompileParse(assembly);
    }

    public string Name { get; }

    /// <summary>Parses one chart; true when the parser accepts it.</summary>
    public bool Parse(string chart) => _parse(chart);

    /// <summary>The <c>TeamGraph.Core.dll</c> the benchmarks were built with.</summary>
    public static string TodaysCoreAssembly => Path.Combine(AppContext.BaseDirectory, "TeamGraph.Core.dll");

    // chart => new MermaidFlowchartParser().Parse(new MermaidBlock(chart, 1, "bench.md"), new List<Diagnostic>()) != null
    private static Func<string, bool> CompileParse(Assembly core)
    {
        var parserType = core.GetType("TeamGraph.Core.Ingestion.Mermaid.MermaidFlowchartParser", throwOnError: true)!;
        var blockType = core.GetType("TeamGraph.Core.Cards.MermaidBlock", throwOnError: true)!;
        var diagnosticType = core.GetType("TeamGraph.Core.Diagnostics.Diagnostic", throwOnError: true)!;
        var parse = parserType.GetMethod("Parse", [blockType, typeof(ICollection<>).MakeGenericType(diagnosticType)])!;
        var chart = Expression.Parameter(typeof(string), "chart");
        var block = Expression.New(blockType.GetConstructor([typeof(string), typeof(int), typeof(string)])!, chart, Expression.Constant(1), Expression.Constant("bench.md"));
        var diagnostics = Expression.New(typeof(List<>).MakeGenericType(diagnosticType));
        var call = Expression.Call(Expression.Constant(Activator.CreateInstance(parserType)), parse, block, diagnostics);
        return Expression.Lambda<Func<string, bool>>(Expression.NotEqual(call, Expression.Constant(null, parse.ReturnType)), chart).Compile();
    }

    /// <summary>Loads TeamGraph.Core from the given path; everything else resolves in the host.</summary>
    private sealed class CoreOnlyLoadContext(string name, string corePath) : AssemblyLoadContext(name)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "TeamGraph.Core" ? LoadFromAssemblyPath(corePath) : null;
    }
}
