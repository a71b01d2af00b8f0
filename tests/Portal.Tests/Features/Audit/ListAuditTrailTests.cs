using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Audit;

public sealed class ListAuditTrailTests : IAsyncLifetime
{
    private static readonly StaffMember Supervisor = new("sup", "Morgan Ellis", IsSupervisor: true);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);

        // 40 rows on each of three days, alternating between two staff members.
        var trail = services.GetRequiredService<AuditTrail>();
        for (var day = 0; day < 3; day++)
        {
            for (var i = 0; i < 40; i++)
            {
                await trail.RecordAsync(i % 2 == 0 ? AuditAction.CaseViewed : AuditAction.SignedIn, i % 2 == 0 ? "dana" : "jordan", $"row-{day}-{i}");
                clock.Advance(TimeSpan.FromMinutes(5));
            }

            clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(200));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task Pages_go_through_all_of_it_newest_first()
    {
        var first = await List(new ListAuditTrail.Filter());
        var last = await List(new ListAuditTrail.Filter(Page: 3));
        var beyond = await List(new ListAuditTrail.Filter(Page: 9));

        Assert.Equal(120, first.Total);
        Assert.Equal(3, first.Pages);
        Assert.Equal(ListAuditTrail.PageSize, first.Entries.Count);
        Assert.Equal(120, first.Entries[0].Sequence);
        Assert.Equal(20, last.Entries.Count);
        Assert.Equal(1, last.Entries[^1].Sequence);
        Assert.Equal(3, beyond.Page);
    }

    [Fact]
    public async Task The_trail_narrows_to_one_staff_member_one_kind_and_a_range_of_days()
    {
        var dana = await List(new ListAuditTrail.Filter(StaffId: "dana"));
        var signIns = await List(new ListAuditTrail.Filter(Action: AuditAction.SignedIn));
        var secondDay = await List(new ListAuditTrail.Filter(From: new DateOnly(2026, 11, 28), To: new DateOnly(2026, 11, 28)));
        var fromSecondDay = await List(new ListAuditTrail.Filter(StaffId: "jordan", From: new DateOnly(2026, 11, 28)));

        Assert.Equal(60, dana.Total);
        Assert.All(dana.Entries, e => Assert.Equal(AuditAction.CaseViewed, e.Action));
        Assert.Equal(60, signIns.Total);
        Assert.Equal(40, secondDay.Total);
        Assert.All(secondDay.Entries, e => Assert.Equal(new DateOnly(2026, 11, 28), DateOnly.FromDateTime(e.At.UtcDateTime)));
        Assert.Equal(40, fromSecondDay.Total);
    }

    private Task<ListAuditTrail.Result> List(ListAuditTrail.Filter filter) =>
        services.GetRequiredService<ListAuditTrail>().HandleAsync(Supervisor, filter, TimeSpan.Zero, TestContext.Current.CancellationToken);
}
