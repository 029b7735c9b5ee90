using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Iterative walks over Markdig's block and inline trees, so no input depth reaches the call stack.</summary>
internal static class MarkdownTree
{
    /// <summary>Every block under <paramref name="root"/>, itself included, in document order.</summary>
    public static IEnumerable<Block> Blocks(Block root)
    {
        var stack = new Stack<Block>();
        stack.Push(root);
        while (stack.TryPop(out var block))
        {
            yield return block;
            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    stack.Push(container[i]);
                }
            }
        }
    }

    /// <summary>Every inline of every leaf block under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<Inline> Inlines(Block root)
    {
        foreach (var block in Blocks(root))
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                foreach (var descendant in Descendants(inline))
                {
                    yield return descendant;
                }
            }
        }
    }

    public static IEnumerable<Inline> Descendants(Inline root)
    {
        var stack = new Stack<Inline>();
        stack.Push(root);
        while (stack.TryPop(out var inline))
        {
            yield return inline;
            if (inline is ContainerInline container)
            {
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }
    }

    public static bool HoldsLink(Inline inline) => Descendants(inline).Any(IsLink);

    public static bool IsLink(Inline inline) => inline is LinkInline { IsImage: false } or AutolinkInline;

    /// <summary>The ancestor of <paramref name="inline"/> that is a direct child of its block's root inline.</summary>
    public static Inline TopLevel(Inline inline)
    {
        var current = inline;
        while (current.Parent is { Parent: not null } parent)
        {
            current = parent;
        }

        return current;
    }
}
