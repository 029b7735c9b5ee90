using Markdig;
using Markdig.Syntax;

namespace TeamGraph.Benchmarks;

/// <summary>
/// The floor any Markdown-based ingester of TeamGraph's cards pays: every file read and parsed by Markdig with the
/// extensions the cards use (pipe tables, YAML front matter), nothing more. One home for the process this project
/// builds (<c>bench/export-scale.sh</c>) and for the benchmarks, which compile this file in too.
/// </summary>
internal static class MarkdigFloor
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public static MarkdownDocument Parse(string file) => Markdown.Parse(File.ReadAllText(file), Pipeline);

    /// <summary>Every file parsed, in parallel like the ingester, keeping nothing; the number of top-level blocks.</summary>
    public static int ParseAll(string[] files) => files.AsParallel().Sum(file => Parse(file).Count);
}
