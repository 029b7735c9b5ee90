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
            foreach (var definition in document.Definitions)
            {
                if (definition is IHasSelectionSetNode { SelectionSet: { } set })
                {
                    fields = FieldCounter.Add(fields, counter.Count(set));
                }
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
            return new ValidationError(document.Source, null, "The document's fragments nest too deep.", document) { Code = LimitErrorCodes.TooComplex };
        }
    }

    /// <summary>Fields per selection set with fragments counted in full, each fragment counted once.</summary>
    private sealed class FieldCounter(FragmentIndex fragments)
    {
        private readonly Dictionary<GraphQLFragmentDefinition, long> _counts = [];
        private readonly HashSet<GraphQLFragmentDefinition> _open = [];

        public FragmentIndex Fragments { get; } = fragments;

        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public long Count(GraphQLSelectionSet set)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            long count = 0;
            foreach (var selection in set.Selections)
            {
                count = Add(count, selection switch
                {
                    GraphQLField field => field.SelectionSet is { } children ? Add(1, Count(children)) : 1,
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Count(spread),
                    _ => 0,
                });
            }

            return count;
        }

        /// <summary>The fields <paramref name="spread"/> adds; 0 for an unknown fragment or one on a cycle.</summary>
        public long Count(GraphQLFragmentSpread spread)
        {
            if (Fragments.Find(spread) is not { } fragment)
            {
                return 0;
            }

            if (_counts.TryGetValue(fragment, out var known))
            {
                return known;
            }

            if (!_open.Add(fragment))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            _open.Remove(fragment);
            _counts[fragment] = count;
            return count;
        }
    }

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
                        if (fields.Count(spread) > 0 && fields.Fragments.Find(spread) is { } fragment && _open.Add(fragment))
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
