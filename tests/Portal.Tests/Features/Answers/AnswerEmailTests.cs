using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace AdviceIntake.Portal.Tests.Features.Answers;

/// <summary>The emails a release owes, sent through a real SMTP server on 127.0.0.1.</summary>
public sealed class AnswerEmailTests : IAsyncLifetime
{
    private const string QuestionText = "My sister keeps borrowing money and never pays it back; I dread every family dinner.";
    private const string AnswerText = "Boundaries with family are hard. **You may say no** without explaining why.";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        smtp = new TestSmtp();
        (portal, services) = await PortalServices.StartAsync(clock, smtp.Settings);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task The_ready_email_is_neutral_and_two_workers_given_it_send_it_once()
    {
        var questionId = await ReleasedAsync(wantsLetter: false);
        var message = await OnlyMessageAsync(questionId);
        Assert.Equal(MessageKind.AnswerReady, message.Kind);

        var deliver = services.GetRequiredService<DeliverEmail>();
        await Task.WhenAll(deliver.HandleAsync(message.Id, Token), deliver.HandleAsync(message.Id, Token));
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

        var email = Assert.Single(smtp.Received);
        Assert.Equal("an@example.org", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal(PersonEmails.Subject, email.Subject);
        var everything = email.Subject + email.TextBody + email.HtmlBody;
        foreach (var secret in new[] { "sister", "borrowing", "Boundaries", "You may say no", "Tired Sibling", "Family money" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("/status", email.TextBody, StringComparison.Ordinal);
        Assert.Empty(email.Attachments);
        Assert.NotNull((await OnlyMessageAsync(questionId)).SentAt);
    }

    [Fact]
    public async Task The_letter_email_carries_the_released_pdf_byte_for_byte()
    {
        var questionId = await ReleasedAsync(wantsLetter: true);
        var message = await OnlyMessageAsync(questionId);

        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

        var email = Assert.Single(smtp.Received);
        var attachment = Assert.IsType<MimePart>(Assert.Single(email.Attachments));
        Assert.Equal(("answer-letter.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType.MimeType));
        using var sent = new MemoryStream();
        await attachment.Content!.DecodeToAsync(sent, Token);
        await using var db = await Db();
        var kept = await db.ReleasedDocuments.AsNoTracking().SingleAsync(d => d.QuestionId == questionId && d.Kind == DocumentKind.Letter, Token);
        Assert.Equal(services.GetRequiredService<QuestionProtector>().OpenDocument(kept.SealedPdf), sent.ToArray());
        Assert.Equal(MessageKind.AnswerLetter, message.Kind);
    }

    [Fact]
    public async Task Staff_may_email_the_letter_again_once_per_click_and_only_to_a_person_who_asked_for_it()
    {
        var asked = await ReleasedAsync(wantsLetter: true);
        var notAsked = await ReleasedAsync(wantsLetter: false);
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);
        Assert.Equal(2, smtp.Received.Count);
        var email = services.GetRequiredService<EmailLetter>();

        var refused = await email.HandleAsync(notAsked, dana, Token);
        Assert.Contains("did not ask for the letter by email", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(10));
        var first = await email.HandleAsync(asked, dana, Token);
        var doubleClick = await email.HandleAsync(asked, dana, Token);
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

        Assert.True(first.Succeeded);
        Assert.Equal("The letter is already on its way to the person.", Assert.Single(doubleClick.Errors).Message);
        Assert.Equal(3, smtp.Received.Count);
        Assert.Single(smtp.Received.Last().Attachments);
        var desk = await services.GetRequiredService<LoadAnswerDesk>().HandleAsync(asked, dana, Token);
        Assert.StartsWith("The letter was emailed on", desk!.EmailNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_refuses_leaves_the_message_to_be_tried_again_without_the_address_in_the_failure()
    {
        var questionId = await ReleasedAsync(wantsLetter: false);
        await smtp.DisposeAsync();
        var message = await OnlyMessageAsync(questionId);

        var thrown = await Assert.ThrowsAsync<EmailNotSentException>(() => services.GetRequiredService<DeliverEmail>().HandleAsync(message.Id, Token));

        var failed = await OnlyMessageAsync(questionId);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.DoesNotContain("example.org", failed.LastFailure, StringComparison.Ordinal);
        Assert.Null(thrown.InnerException);
        Assert.DoesNotContain("example.org", thrown.Message, StringComparison.Ordinal);
        Assert.False(failed.IsDue(clock.GetUtcNow()));
        Assert.True(failed.IsDue(clock.GetUtcNow().AddMinutes(1)));
        smtp = new TestSmtp();
    }

    private async Task<Guid> ReleasedAsync(bool wantsLetter)
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Family money", QuestionText, null, null, null, "Tired Sibling", "an@example.org", true, false, false)
        {
            WantsLetterByEmail = wantsLetter,
        }, Token);
        await using var db = await Db();
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await AnswerFlow.ReleaseAsync(services, id, dana, sam, AnswerText, null);
        return id;
    }

    private async Task<OutboxMessage> OnlyMessageAsync(Guid questionId)
    {
        await using var db = await Db();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.QuestionId == questionId, Token);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;


    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
