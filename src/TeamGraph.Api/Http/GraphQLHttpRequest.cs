using GraphQL;

namespace TeamGraph.Api.Http;

/// <summary>A GraphQL request read from GET parameters or a POST body.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
