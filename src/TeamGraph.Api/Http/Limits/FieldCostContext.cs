using GraphQL.Execution;
using GraphQL.Types;

namespace TeamGraph.Api.Http.Limits;

/// <summary>A selected field as <see cref="FieldCostModel"/> costs it: its definition, arguments and enclosing field.</summary>
/// <param name="Definition">The field's definition (or one of the meta fields).</param>
/// <param name="ParentType">The type the field is selected on.</param>
/// <param name="Arguments">The field's argument values, variables applied.</param>
/// <param name="ParentDefinition">The enclosing field's definition; <see langword="null"/> at the root.</param>
/// <param name="ParentArguments">The enclosing field's argument values.</param>
/// <param name="Schema">The schema the document is validated against.</param>
internal readonly record struct FieldCostContext(
    FieldType Definition,
    IGraphType ParentType,
    IDictionary<string, ArgumentValue>? Arguments,
    FieldType? ParentDefinition,
    IDictionary<string, ArgumentValue>? ParentArguments,
    ISchema Schema);
