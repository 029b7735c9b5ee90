using System.Buffers;

namespace TeamGraph.Api.Http.Limits;

/// <summary>Reads a request body up to a size, refusing a larger one with 413 before it is all in memory.</summary>
internal static class BoundedBodyReader
{
    /// <summary>
    /// What <paramref name="read"/> makes of the whole body, read where the server received it (no copy), or a 413
    /// <see cref="GraphQLRequestError"/> as soon as the body is known to exceed <paramref name="maxBytes"/>. The bytes
    /// are released when <paramref name="read"/> returns, so it must not keep them.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, Func<ReadOnlySequence<byte>, T> read, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var body = request.BodyReader;
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.End);
                throw TooLarge(maxBytes);
            }

            if (result.IsCompleted)
            {
                try
                {
                    return read(buffer);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static GraphQLRequestError TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes; send a smaller query.")
        {
            Code = LimitErrorCodes.RequestTooLarge,
        };
}
