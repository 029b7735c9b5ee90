using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Http;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Http;

public sealed class SubscriptionStreamerTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string GraphChanged = "subscription { graphChanged { documents } }";

    [Fact]
    public async Task ClientLeaves_ReleasesTheSubscription()
    {
        var slots = factory.Services.GetRequiredService<SubscriptionSlots>();
        var stream = await EventStreamClient.OpenAsync(factory.CreateClient(), GraphChanged);
        Assert.Equal(1, slots.Active);

        await stream.DisposeAsync();

        await Eventually.TrueAsync(() => Task.FromResult(slots.Active == 0), "the subscription's slot is released");
    }

    [Fact]
    public async Task QuietStream_GetsKeepAliveComments()
    {
        await using var api = factory.With(("TeamGraph:Limits:SubscriptionKeepAlive", "00:00:00.050"));
        await using var stream = await EventStreamClient.OpenAsync(api.CreateClient(), GraphChanged);

        var first = await stream.ReadAsync();

        Assert.NotNull(first);
        Assert.True(first.IsComment);
    }

    [Fact]
    public async Task LifetimeOver_CompletesTheStreamAndReleasesIt()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSubscriptionLifetime", "00:00:00.200"));
        await using var stream = await EventStreamClient.OpenAsync(api.CreateClient(), GraphChanged);

        Assert.Equal("complete", (await stream.ReadEventAsync()).Type);
        Assert.Null(await stream.ReadAsync());
        await Eventually.TrueAsync(() => Task.FromResult(api.Services.GetRequiredService<SubscriptionSlots>().Active == 0), "the slot is released");
    }

    [Fact]
    public async Task SlowClient_GetsTheLatestResultAndNothingPilesUp()
    {
        var body = new GatedStream();
        var context = new DefaultHttpContext { Response = { Body = body } };
        var results = new Subject();
        var streamer = new SubscriptionStreamer(Options.Create(new TeamGraphOptions()), new ApplicationLifetime(), TimeProvider.System);
        var streaming = streamer.StreamAsync(context, new ServerSentEventWriter(context, new GraphQLSerializer()), results);
        await body.Opened.Task.WaitAsync(TestContext.Current.CancellationToken);

        results.Next(1);
        await body.Writing.Reader.WaitToReadAsync(TestContext.Current.CancellationToken); // the first is being written, slowly
        results.Next(2);
        results.Next(3);
        results.Next(4);
        results.Complete();
        body.Release();
        await streaming.WaitAsync(TestContext.Current.CancellationToken);

        var text = body.Text;
        Assert.Contains("\"n\":1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"n\":2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"n\":3", text, StringComparison.Ordinal);
        Assert.Contains("\"n\":4", text, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", text, StringComparison.Ordinal);
    }

    /// <summary>A source of results, as GraphQL.NET's subscription stream is.</summary>
    private sealed class Subject : IObservable<ExecutionResult>
    {
        private IObserver<ExecutionResult>? _observer;

        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            _observer = observer;
            return new Unsubscriber(this);
        }

        public void Next(int n) => _observer!.OnNext(new ExecutionResult { Data = new Dictionary<string, object?> { ["n"] = n }, Executed = true });

        public void Complete() => _observer!.OnCompleted();

        private sealed class Unsubscriber(Subject subject) : IDisposable
        {
            public void Dispose() => subject._observer = null;
        }
    }

    /// <summary>A response body whose writes after the headers wait until <see cref="Release"/>: a client that reads slowly.</summary>
    private sealed class GatedStream : MemoryStream
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Channel<bool> Writing { get; } = Channel.CreateUnbounded<bool>();

        public string Text => Encoding.UTF8.GetString(ToArray());

        public void Release() => _gate.TrySetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writing.Writer.TryWrite(true);
            await _gate.Task.WaitAsync(cancellationToken);
            await base.WriteAsync(buffer, cancellationToken);
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Opened.TrySetResult();
            return Task.CompletedTask;
        }
    }

    private sealed class ApplicationLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
