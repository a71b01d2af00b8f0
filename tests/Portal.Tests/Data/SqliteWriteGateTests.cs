using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.Tests.Data;

/// <summary>The SQLite write queue must let the next writer in however a save ends.</summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private PortalServices portal = default!;
    private ServiceProvider services = default!;

    public async ValueTask InitializeAsync() => (portal, services) = await PortalServices.StartAsync(TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_save_that_loses_a_concurrency_race_does_not_keep_the_next_writer_waiting()
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Family", "We cannot agree on anything at home and it is wearing us down.",
            null, null, null, "Tired Parent", null, null, false, false), TestContext.Current.CancellationToken);
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var first = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await using var second = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var a = await first.Questions.SingleAsync(q => q.Reference == sent.Reference!, TestContext.Current.CancellationToken);
        var b = await second.Questions.SingleAsync(q => q.Reference == sent.Reference!, TestContext.Current.CancellationToken);
        a.Claim("dana", DateTimeOffset.UtcNow);
        b.Claim("jordan", DateTimeOffset.UtcNow);

        await first.SaveChangesAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));
        var next = services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Again", "A second question sent after the lost race, which must not wait.",
            null, null, null, "Next Writer", null, null, false, false), TestContext.Current.CancellationToken);

        var result = await next.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
    }
}
