using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Refuses, before GraphQL.NET's own rules walk it, a document that selects more than <paramref name="maxFields"/> fields
/// or would make <c>OverlappingFieldsCanBeMerged</c> compare more than <paramref name="maxComparisons"/> pairs. That rule
/// compares every two fields under the same response name, recursively, and runs on every operation and fragment; no
/// timeout stops it (validation does not look at cancellation): 6 000 identical fields took 8.75 s, 30 kB of fields with
/// conflicting arguments 151 s and 1.1 GB.
/// </summary>
/// <remarks>
/// <para>
/// Must run first, with <c>OverlappingFieldsCanBeMerged</c> wrapped in <see cref="SkippedAfterErrorsValidationRule"/>: the
/// work here is done when rules are asked for their visitors, before the one walk in which all of them run.
/// </para>
/// <para>
/// Fields are counted over every operation and fragment definition, a fragment spread counting its fragment's fields
/// (each fragment counted once, memoised, never expanded, so a chain of fragments each spreading the next twice costs
/// one pass). Only when that count is within the cap are definitions expanded, to count the pairs under one response path
/// (<c>{ a { b } a { b } }</c> compares the <c>a</c>s and the <c>b</c>s) and the pairs of fragments spread side by side:
/// the expansion is then bounded by the cap. Fragment cycles count nothing here; <c>NoFragmentCycles</c> refuses them.
/// </para>
/// <para>Also returns a visitor that stops the walk when the request's budget is spent or its client has gone.</para>
/// </remarks>
internal sealed class DocumentSizeValidationRule(int maxFields, int maxComparisons) : ValidationRuleBase
{
    /// <summary>
    /// The deepest a document may nest selection sets, a fragment spread counting as one level. GraphQL.NET's fragment
    /// walks recurse once per level, and a chain of a few thousand fragments spreading the next overflowed the stack and
    /// ended the process; real queries nest a few levels (the standard introspection query 11).
    /// </summary>
    public const int MaxNesting = 100;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var error = Check(context.Document);
        if (error is not null)
        {
            context.ReportError(error);
        }

        return new(CancellationVisitor.Instance);
    }

    private ValidationError? Check(GraphQLDocument document)
    {
        try
        {
            var counter = new FieldCounter(new FragmentIndex(document));
            long fields = 0;
            var nesting = 0;
            foreach (var definition in document.Definitions)
            {
                if (definition is IHasSelectionSetNode { SelectionSet: { } set })
                {
                    var size = counter.Measure(set);
                    fields = FieldCounter.Add(fields, size.Fields);
                    nesting = Math.Max(nesting, size.Nesting);
                }
            }

            if (nesting > MaxNesting)
            {
                return TooNested(document);
            }

            if (fields > maxFields)
            {
                return new ValidationError(document.Source, null,
                    $"The document selects {(fields == long.MaxValue ? "too many" : fields.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields with its fragments spread, more than the {maxFields} allowed; select fewer fields or spread fragments fewer times.",
                    document)
                {
                    Code = LimitErrorCodes.TooManyFields,
                };
            }

            var comparisons = new PairCounter(counter).Count(document);
            return comparisons > maxComparisons
                ? new ValidationError(document.Source, null,
                    $"The document repeats fields under the same name so often that checking they merge takes {comparisons} comparisons, more than the {maxComparisons} allowed; select each field once or use aliases.",
                    document)
                {
                    Code = LimitErrorCodes.TooManyFieldComparisons,
                }
                : null;
        }
        catch (InsufficientExecutionStackException)
        {
            return TooNested(document);
        }
    }

    private static ValidationError TooNested(GraphQLDocument document) =>
        new(document.Source, null, $"The document nests selections and fragment spreads more than {MaxNesting} deep.", document)
        {
            Code = LimitErrorCodes.TooComplex,
        };

    /// <summary>
    /// Fields per selection set with fragments counted in full, and how deep selections nest counting fragment spreads
    /// as levels; each fragment measured once.
    /// </summary>
    private sealed class FieldCounter(FragmentIndex fragments)
    {
        private readonly Dictionary<GraphQLFragmentDefinition, Size> _sizes = [];
        private readonly HashSet<GraphQLFragmentDefinition> _open = [];

        public FragmentIndex Fragments { get; } = fragments;

        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public Size Measure(GraphQLSelectionSet set)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            long fields = 0;
            var nesting = 0;
            foreach (var selection in set.Selections)
            {
                var size = selection switch
                {
                    GraphQLField { SelectionSet: { } children } => Measure(children) is var inner ? inner with { Fields = Add(1, inner.Fields) } : default,
                    GraphQLField => new Size(1, 0),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Measure(spread),
                    _ => default,
                };
                fields = Add(fields, size.Fields);
                nesting = Math.Max(nesting, size.Nesting);
            }

            return new(fields, nesting + 1);
        }

        /// <summary>What <paramref name="spread"/> adds; nothing for an unknown fragment or one on a cycle.</summary>
        public Size Measure(GraphQLFragmentSpread spread)
        {
            if (Fragments.Find(spread) is not { } fragment)
            {
                return default;
            }

            if (_sizes.TryGetValue(fragment, out var known))
            {
                return known;
            }

            if (!_open.Add(fragment))
            {
                return default;
            }

            var size = Measure(fragment.SelectionSet);
            _open.Remove(fragment);
            _sizes[fragment] = size;
            return size;
        }
    }

    /// <summary>Fields selected, and selection sets nested (a fragment spread's counting as one).</summary>
    private readonly record struct Size(long Fields, int Nesting);

    /// <summary>
    /// The pairs <c>OverlappingFieldsCanBeMerged</c> compares, near enough: fields under one response path, and fragments
    /// spread side by side in one selection set. Expands fragments, so only run within the field cap.
    /// </summary>
    private sealed class PairCounter(FieldCounter fields)
    {
        private readonly HashSet<GraphQLFragmentDefinition> _open = [];
        private long _pairs;

        public long Count(GraphQLDocument document)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is IHasSelectionSetNode { SelectionSet: { } set })
                {
                    Expand(set, new PathNode());
                }
            }

            return _pairs;
        }

        private void Expand(GraphQLSelectionSet set, PathNode path)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var spreads = 0L;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!path.Children.TryGetValue(name, out var child))
                        {
                            path.Children[name] = child = new PathNode();
                        }

                        _pairs = FieldCounter.Add(_pairs, child.Fields++);
                        if (field.SelectionSet is { } children)
                        {
                            Expand(children, child);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Expand(inline.SelectionSet, path);
                        break;
                    case GraphQLFragmentSpread spread:
                        _pairs = FieldCounter.Add(_pairs, spreads++);
                        // A fragment that adds no fields (unknown, cyclic, or only such spreads) is not walked: walking it
                        // could take as long as the expansion the field count avoids.
                        if (fields.Measure(spread).Fields > 0 && fields.Fragments.Find(spread) is { } fragment && _open.Add(fragment))
                        {
                            Expand(fragment.SelectionSet, path);
                            _open.Remove(fragment);
                        }

                        break;
                }
            }
        }

        private sealed class PathNode
        {
            public Dictionary<string, PathNode> Children { get; } = new(StringComparer.Ordinal);

            public long Fields { get; set; }
        }
    }

    /// <summary>Stops the walk of the document when the request is cancelled (budget spent, client gone).</summary>
    private sealed class CancellationVisitor : INodeVisitor
    {
        public static CancellationVisitor Instance { get; } = new();

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
