using System.Net;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Intake;

/// <summary>The unsent draft and the one-time confirmation, as an attacker and a hurried person would use them.</summary>
public sealed class DraftSafetyTests(SqlitePortal host) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Safe = new()
    {
        ["InDangerNow"] = "no",
        ["ThoughtsOfSelfHarm"] = "no",
        ["HarmFrom"] = "NoOne",
        ["ChildBeingHurt"] = "no",
    };

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Saves_as_people_type_racing_the_send_never_fake_a_send_and_never_fail()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var claimedSent = 0;
        for (var round = 0; round < 10; round++)
        {
            using var visitor = await ReadyToSendAsync();
            var check = await visitor.GetAsync("/ask/check", cancellation);
            var token = IntakeVisitor.TokenIn(check);
            var saves = Enumerable.Range(0, 4).Select(_ => visitor.Client.PostAsync("/ask/about-you/draft", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["State"] = "OR",
            }), cancellation)).ToList();
            var send = visitor.Client.PostAsync("/ask/check", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "send",
            }), cancellation);

            var responses = await Task.WhenAll(saves.Append(send));
            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.RequestMessage!.RequestUri}: {(int)r.StatusCode}"));
            var sent = await send;
            if (sent.Headers.Location?.OriginalString.EndsWith("/ask/sent", StringComparison.Ordinal) == true)
            {
                claimedSent++;
            }
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        Assert.Equal(10, claimedSent);
        Assert.Equal(10, await db.Questions.CountAsync(cancellation));
        Assert.Equal(0, await db.SavedDrafts.CountAsync(d => d.SentAt == null && d.Sealed != string.Empty, cancellation));
    }

    [Fact]
    public async Task The_reference_is_shown_again_only_in_the_sending_browser_until_hidden_and_never_after_quick_exit()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = await ReadyToSendAsync();
        await visitor.ExpectNextAsync("/ask/check", new(), "/ask/sent", cancellation);

        // A reload, or a phone bringing the tab back, shows them again.
        Assert.Contains("data-passphrase", await visitor.GetAsync("/ask/sent", cancellation), StringComparison.Ordinal);
        Assert.Contains("data-passphrase", await visitor.GetAsync("/ask/sent", cancellation), StringComparison.Ordinal);

        // Another browser, even with a copy of every cookie but the draft's, sees nothing.
        using var other = new IntakeVisitor(host.Address);
        var elsewhere = await other.Client.GetAsync("/ask/sent", cancellation);
        Assert.EndsWith("/ask", elsewhere.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // "I have saved them" hides them for good in this browser.
        var (_, hidden) = await visitor.PostAsync("/ask/sent", new Dictionary<string, string>(), cancellation);
        Assert.DoesNotContain("data-passphrase", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("data-passphrase", await visitor.GetAsync("/ask/sent", cancellation), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        Assert.Equal(string.Empty, (await db.SavedDrafts.SingleAsync(cancellation)).Confirmation);
    }

    [Fact]
    public async Task Quick_exit_after_sending_leaves_nothing_to_show()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = await ReadyToSendAsync();
        await visitor.ExpectNextAsync("/ask/check", new(), "/ask/sent", cancellation);

        using var exit = await visitor.Client.GetAsync("/exit", cancellation);
        using var after = await visitor.Client.GetAsync("/ask/sent", cancellation);

        Assert.EndsWith("/ask", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        Assert.Equal(0, await db.SavedDrafts.CountAsync(cancellation));
    }

    [Fact]
    public async Task A_second_press_of_send_without_script_leads_to_the_reference_not_to_a_closed_form()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = await ReadyToSendAsync();
        var token = IntakeVisitor.TokenIn(await visitor.GetAsync("/ask/check", cancellation));
        FormUrlEncodedContent Send() => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "send" });

        using var first = await visitor.Client.PostAsync("/ask/check", Send(), cancellation);
        using var second = await visitor.Client.PostAsync("/ask/check", Send(), cancellation);

        Assert.EndsWith("/ask/sent", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("data-passphrase", await visitor.GetAsync("/ask/sent", cancellation), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        Assert.Equal(1, await db.Questions.CountAsync(cancellation));
    }

    [Fact]
    public async Task After_sending_the_form_says_so_until_the_person_starts_another_question()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = await ReadyToSendAsync();
        await visitor.ExpectNextAsync("/ask/check", new(), "/ask/sent", cancellation);

        Assert.Contains("Your question was sent", await visitor.GetAsync("/ask/topic", cancellation), StringComparison.Ordinal);
        await visitor.GetAsync("/ask", cancellation);
        await visitor.ExpectNextAsync("/ask/safety", Safe, "/ask/topic", cancellation);

        Assert.DoesNotContain("Your question was sent", await visitor.GetAsync("/ask/topic", cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_cookies_are_strict_http_only_session_cookies()
    {
        using var visitor = new IntakeVisitor(host.Address);
        var page = await visitor.GetAsync("/ask/safety", TestContext.Current.CancellationToken);
        var token = IntakeVisitor.TokenIn(page);

        using var response = await visitor.Client.PostAsync("/ask/safety", new FormUrlEncodedContent(new Dictionary<string, string>(Safe)
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "continue",
        }), TestContext.Current.CancellationToken);

        var draft = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AdviceIntake.Draft=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/ask/safety?change=abc")]
    [InlineData("/ask/safety?change=1")]
    [InlineData("/ask/help-now?next=%3Cscript%3E")]
    [InlineData("/status?expired=abc")]
    [InlineData("/status?expired=99999999999")]
    public async Task An_address_edited_by_hand_shows_the_page_not_an_error(string path)
    {
        using var visitor = new IntakeVisitor(host.Address);

        using var response = await visitor.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_post_larger_than_any_page_is_not_read_and_keeps_nothing()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = new IntakeVisitor(host.Address);
        var page = await visitor.GetAsync("/ask/question", cancellation);
        var token = IntakeVisitor.TokenIn(page);
        var huge = new string('x', 3 * 1024 * 1024);

        using var form = await visitor.Client.PostAsync("/ask/question", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "continue",
            ["Title"] = "Huge",
            ["Text"] = huge,
        }), cancellation);
        using var save = await visitor.Client.PostAsync("/ask/question/draft", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Text"] = huge,
        }), cancellation);

        Assert.Equal(HttpStatusCode.SeeOther, form.StatusCode);
        Assert.EndsWith("form=unreadable", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True((int)save.StatusCode is 303 or 400, $"{(int)save.StatusCode}");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        Assert.Equal(0, await db.SavedDrafts.CountAsync(cancellation));
    }

    [Fact]
    public async Task A_failed_look_up_does_not_write_the_passphrase_back_into_the_page()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var visitor = new IntakeVisitor(host.Address);

        var (_, html) = await visitor.PostAsync("/status", new Dictionary<string, string>
        {
            ["reference"] = "K7QF-M2XD-9R",
            ["passphrase"] = "violet tundra oyster pebble glacier",
        }, cancellation);

        Assert.Contains("We could not find a question", html, StringComparison.Ordinal);
        Assert.Contains("value=\"K7QF-M2XD-9R\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("violet tundra", html, StringComparison.Ordinal);
    }

    private async Task<IntakeVisitor> ReadyToSendAsync()
    {
        var visitor = new IntakeVisitor(host.Address);
        await visitor.ReachCheckAsync("We have not spoken since the funeral and I miss her.", TestContext.Current.CancellationToken);
        return visitor;
    }
}
