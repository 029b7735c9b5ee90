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

    /// <summary><paramref name="root"/> and every inline inside it, in document order.</summary>
    public static IEnumerable<Inline> Descendants(Inline root)
    {
        for (Inline? inline = root; inline is not null; inline = Next(inline, root))
        {
            yield return inline;
        }
    }

    /// <summary>
    /// The inline after <paramref name="current"/> in document order within <paramref name="root"/>: its first child,
    /// else the next sibling of it or of its nearest ancestor below the root; <see langword="null"/> after the last.
    /// </summary>
    public static Inline? Next(Inline current, Inline root)
    {
        if (current is ContainerInline { FirstChild: { } child })
        {
            return child;
        }

        for (var inline = current; inline != root; inline = inline.Parent)
        {
            if (inline.NextSibling is { } sibling)
            {
                return sibling;
            }

            if (inline.Parent is null)
            {
                return null;
            }
        }

        return null;
    }

    public static bool HoldsLink(Inline inline)
    {
        for (Inline? descendant = inline; descendant is not null; descendant = Next(descendant, inline))
        {
            if (IsLink(descendant))
            {
                return true;
            }
        }

        return false;
    }

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
