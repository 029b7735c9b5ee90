namespace TeamGraph.Api.Http.Limits;

/// <summary>Reads a request body up to a size, refusing a larger one with 413 before it is all in memory.</summary>
internal static class BoundedBodyReader
{
    /// <summary>The body, or a 413 <see cref="GraphQLRequestError"/> as soon as it is known to exceed <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                await body.DisposeAsync().ConfigureAwait(false);
                throw TooLarge(maxBytes);
            }

            body.Write(buffer, 0, read);
        }

        body.Position = 0;
        return body;
    }

    private static GraphQLRequestError TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes; send a smaller query.")
        {
            Code = LimitErrorCodes.RequestTooLarge,
        };
}
