using Polly;
using Polly.Retry;

namespace TeamGraph.Neo4j.Client;

/// <summary>The Polly pipeline that retries transient <see cref="Neo4jException"/>s with exponential backoff and jitter.</summary>
internal static class Neo4jRetryPipeline
{
    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(exception => exception.IsTransient),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
            });
        }

        return builder.Build();
    }
}
