using GraphQL;
using GraphQL.Builders;
using TeamGraph.GraphQL.Batching;

namespace TeamGraph.GraphQL.Types;

/// <summary>Resolving fields with reads of the store.</summary>
internal static class FieldBuilderExtensions
{
    /// <summary>
    /// Resolves the field with <paramref name="read"/>: GraphQL.NET gets the value itself when the store answered at once
    /// (no data-loader pass, no task), else the deferred result, which it reads once the level's batches are fetched.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveRead<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, DeferredResult<T>> read) =>
        field.Resolve(context => read(context).ValueOrSelf());
}
