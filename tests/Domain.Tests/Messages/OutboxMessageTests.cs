using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Domain.Tests.Messages;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_message_goes_pending_sending_sent_and_is_claimed_by_one_sender_only()
    {
        var message = OutboxMessage.Queue(Guid.NewGuid(), MessageKind.AnswerReady, Nine);
        Assert.Equal(OutboxState.Pending, message.State);

        Assert.True(message.TryClaim(Nine, Lease));
        Assert.Equal(OutboxState.Sending, message.State);
        Assert.False(message.TryClaim(Nine.AddMinutes(1), Lease));

        message.MarkSent(Nine.AddMinutes(1));
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.False(message.TryClaim(Nine.AddHours(1), Lease));
    }

    [Fact]
    public void A_sender_that_died_is_replaced_after_its_lease()
    {
        var message = OutboxMessage.Queue(Guid.NewGuid(), MessageKind.AnswerReady, Nine);
        message.TryClaim(Nine, Lease);

        Assert.False(message.IsDue(Nine + Lease - TimeSpan.FromSeconds(1)));
        Assert.True(message.TryClaim(Nine + Lease, Lease));
        Assert.Equal(2, message.Attempts);
    }

    [Fact]
    public void Failures_wait_longer_each_time_then_fail_and_an_admin_can_try_again_from_the_start()
    {
        var message = OutboxMessage.Queue(Guid.NewGuid(), MessageKind.FollowUpCheckIn, Nine);
        var now = Nine;
        var waits = new List<double>();
        while (message.State != OutboxState.Failed)
        {
            Assert.True(message.TryClaim(now, Lease));
            message.RecordFailure("SocketException", now);
            if (message.State == OutboxState.Pending)
            {
                waits.Add((message.ClaimedUntil!.Value - now).TotalMinutes);
                Assert.False(message.IsDue(now));
                now = message.ClaimedUntil.Value;
            }
        }

        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60], waits);
        Assert.False(message.IsDue(now.AddDays(1)));
        Assert.Equal("SocketException", message.LastFailure);

        message.Retry();
        Assert.Equal((OutboxState.Pending, 0), (message.State, message.Attempts));
        Assert.True(message.TryClaim(now, Lease));
        Assert.Throws<LifecycleException>(message.Retry);
    }

    [Fact]
    public void A_last_attempt_whose_sender_vanished_fails_once_its_lease_is_over_so_an_admin_sees_it()
    {
        var message = OutboxMessage.Queue(Guid.NewGuid(), MessageKind.AnswerReady, Nine);
        var now = Nine;
        for (var attempt = 1; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            message.TryClaim(now, Lease);
            message.RecordFailure("SocketException", now);
            now = message.ClaimedUntil!.Value;
        }

        Assert.True(message.TryClaim(now, Lease));
        Assert.False(message.FailIfLastSenderVanished(now + Lease - TimeSpan.FromSeconds(1)));
        Assert.True(message.FailIfLastSenderVanished(now + Lease));
        Assert.Equal(OutboxState.Failed, message.State);
        message.Retry();
        Assert.Equal(OutboxState.Pending, message.State);
    }

    [Fact]
    public void Staff_messages_carry_their_recipient_and_key_and_person_messages_cannot_be_addressed_to_staff()
    {
        var question = Guid.NewGuid();
        var escalation = OutboxMessage.QueueForStaff("sam", MessageKind.Escalation, question, $"escalation:{question:N}:sam", Nine);
        Assert.True(escalation.ToStaff);
        Assert.Equal(("sam", $"escalation:{question:N}:sam"), (escalation.StaffRecipientId, escalation.Key));

        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxMessage.QueueForStaff("sam", MessageKind.AnswerLetter, question, "k", Nine));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxMessage.Queue(question, MessageKind.DraftReminder, Nine));
        Assert.False(OutboxMessage.Queue(question, MessageKind.AnswerLetter, Nine).ToStaff);
    }
}
