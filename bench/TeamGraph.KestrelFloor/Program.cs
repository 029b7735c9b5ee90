// The floor of bench/load/graphql-compare.sh: ASP.NET Core answering every POST /graphql with the same 1 KB of JSON
// (no GraphQL, no body read), i.e. what Kestrel and routing alone cost per request on this machine.
var answer = FixedAnswer.Json(1024);
var app = WebApplication.CreateBuilder(args).Build();
app.MapPost("/graphql", (HttpContext context) =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = answer.Length;
    return context.Response.Body.WriteAsync(answer).AsTask();
});
app.Run();
