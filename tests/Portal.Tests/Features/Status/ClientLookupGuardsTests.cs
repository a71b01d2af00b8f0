using AdviceIntake.Portal.Features.Status;

namespace AdviceIntake.Portal.Tests.Features.Status;

public sealed class ClientLookupGuardsTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_client_is_locked_after_ten_failures_and_others_are_not()
    {
        var guards = new ClientLookupGuards();

        for (var i = 0; i < 10; i++)
        {
            guards.RecordFailure("203.0.113.9", Nine);
        }

        Assert.True(guards.IsLocked("203.0.113.9", Nine.AddMinutes(1)));
        Assert.False(guards.IsLocked("203.0.113.10", Nine.AddMinutes(1)));
    }

    [Fact]
    public void Counts_from_many_addresses_are_dropped_once_their_window_has_passed()
    {
        var guards = new ClientLookupGuards();
        for (var i = 0; i < 10_001; i++)
        {
            guards.RecordFailure($"client-{i}", Nine);
        }

        guards.RecordFailure("late-client", Nine.AddMinutes(16));

        Assert.Equal(1, guards.Count);
    }
}
