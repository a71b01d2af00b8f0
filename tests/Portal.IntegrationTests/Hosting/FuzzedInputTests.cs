using System.Net;
using System.Text;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Hosting;

/// <summary>
/// A thousand generated submissions and a thousand status look-ups of what people (and attackers) can type or send:
/// huge text, control characters, right-to-left text, emoji, combining marks, markup, SQL, broken UTF-16 and bytes
/// that are not UTF-8 at all. The seed is fixed, so a failure repeats.
/// </summary>
public sealed class FuzzedInputTests(FuzzedInputTests.OwnPortal host) : IClassFixture<FuzzedInputTests.OwnPortal>, IAsyncLifetime
{
    private const int Cases = 1_000;

    /// <summary>
    /// A portal of its own: a thousand failed look-ups lock this machine's address out of /status for fifteen minutes,
    /// which must not reach the other tests' shared portal.
    /// </summary>
    public sealed class OwnPortal() : PortalHost(AdviceIntake.Portal.Data.DatabaseProvider.Sqlite);

    private static readonly string[] Pieces =
    [
        "", " ", "a", "Worried Mum", "K7QF-M2XD-9R", "quiet amber river stone lamp",
        "\u0000", "\u0007\u0008", "\r\n\t", "\u001b[31m", "\u200b\u200e\u202e", "\ufeff",
        "مرحبا بالعالم", "שלום עולם", "\u202eevil\u202c", "😀🙂‍↔️👩🏽‍⚕️", "e\u0301\u0301\u0301\u0301", "Z̸̢̛̗̞͎̫͓̗̞̗̞̙̗̞",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "@(1+1)", "${jndi:ldap://x}",
        "'; DROP TABLE \"Questions\"; --", "\" OR 1=1 --", "%00%0d%0a", "../../etc/passwd", "\\\\server\\share",
        "\ud800", "\udfff", "x\ud83d", "🏳️‍🌈", "I want to kill myself tonight", "he hits me",
    ];

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Generated_submissions_are_either_kept_whole_or_refused_with_a_clear_message()
    {
        var random = new Random(20261130);
        var submit = host.Services.GetRequiredService<SubmitQuestion>();
        var kept = new List<(ReferenceCode Reference, string Text)>();

        for (var i = 0; i < Cases; i++)
        {
            var input = Mutated(random) with { Client = $"fuzz-{i}" };

            var result = await submit.HandleAsync(input, TestContext.Current.CancellationToken);

            if (result.Succeeded)
            {
                kept.Add((result.Reference!, input.Text!.Trim()));
            }
            else
            {
                Assert.NotEmpty(result.Errors);
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), $"Case {i}: a refusal without words"));
                Assert.All(result.Errors, e => Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal));
            }
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(kept.Count, await db.Questions.CountAsync(TestContext.Current.CancellationToken));
        Assert.InRange(kept.Count, 1, Cases - 1);

        // What was kept reads back as it was sent.
        var open = host.Services.GetRequiredService<OpenCase>();
        var reader = new StaffMember("sup", "Morgan Ellis", IsSupervisor: true);
        foreach (var (reference, text) in kept.Take(50))
        {
            var id = await db.Questions.Where(q => q.Reference == reference).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
            var opened = await open.HandleAsync(id, reader, new CaseViewing(), TestContext.Current.CancellationToken);
            Assert.Equal(text, opened!.Text);
        }
    }

    [Fact]
    public async Task Generated_status_look_ups_posted_as_forms_never_fail_and_always_say_what_went_wrong()
    {
        var random = new Random(20261201);
        using var session = new StaffSession(host.Address);
        var failures = new List<string>();

        for (var i = 0; i < Cases; i++)
        {
            var (_, token) = await session.GetFormAsync("/status");
            var body = new StringBuilder($"__RequestVerificationToken={Uri.EscapeDataString(token)}&_handler=status");
            body.Append("&reference=").Append(Encoded(random, Text(random, 60)));
            body.Append("&passphrase=").Append(Encoded(random, Text(random, 400)));
            using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body.ToString()));
            content.Headers.ContentType = new("application/x-www-form-urlencoded");

            var response = await session.Client.PostAsync("/status", content, TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.SeeOther)
            {
                // A form the server could not read: back to the page, which says so.
                response = await session.Client.GetAsync(session.NextPath(response), TestContext.Current.CancellationToken);
            }

            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var explained = html.Contains("data-error-summary", StringComparison.Ordinal)
                || html.Contains("data-unreadable-form", StringComparison.Ordinal);
            if (response.StatusCode != HttpStatusCode.OK || !explained)
            {
                failures.Add($"Case {i}: {(int)response.StatusCode}, explained: {explained}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public async Task Generated_answers_posted_to_the_form_pages_never_fail_and_either_go_on_or_say_why()
    {
        var random = new Random(20261202);
        var pages = new (string Step, string[] Fields, string Next)[]
        {
            ("safety", ["InDangerNow", "ThoughtsOfSelfHarm", "HarmFrom", "ChildBeingHurt"], "/ask/"),
            ("topic", ["Topic"], "/ask/question"),
            ("question", ["Title", "Text"], "/ask/"),
            ("about-you", ["AgeRange", "State", "Language"], "/ask/signing-off"),
            ("signing-off", ["PenName", "Email", "EmailIsSafe", "WantsLetterByEmail", "ConsentsToFollowUp", "ConsentsToPublication"], "/ask/check"),
        };
        using var visitor = new IntakeVisitor(host.Address);
        var failures = new List<string>();

        for (var i = 0; i < Cases; i++)
        {
            var (step, fields, next) = pages[random.Next(pages.Length)];
            var page = await visitor.GetAsync($"/ask/{step}", TestContext.Current.CancellationToken);
            var token = IntakeVisitor.TokenIn(page);
            var body = new StringBuilder($"__RequestVerificationToken={Uri.EscapeDataString(token)}&_handler=continue");
            foreach (var field in fields)
            {
                body.Append('&').Append(field).Append('=').Append(Encoded(random, random.Next(3) == 0 ? Choice(random) : Text(random, field == "Text" ? 12_000 : 200)));
            }

            using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body.ToString()));
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
            using var response = await visitor.Client.PostAsync($"/ask/{step}", content, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var location = response.Headers.Location is { } to ? (to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString) : string.Empty;
            var wentOn = (int)response.StatusCode is 302 or 303 && location.StartsWith(next, StringComparison.Ordinal);
            var explained = response.StatusCode == HttpStatusCode.OK && html.Contains("data-error-summary", StringComparison.Ordinal);
            var unreadable = response.StatusCode == HttpStatusCode.SeeOther && location.Contains("form=unreadable", StringComparison.Ordinal);
            if (!wentOn && !explained && !unreadable)
            {
                failures.Add($"Case {i} ({step}): {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Questions.CountAsync(TestContext.Current.CancellationToken));
    }

    private static string Choice(Random random) => random.Next(8) switch
    {
        0 => "yes",
        1 => "no",
        2 => "NoOne",
        3 => "Partner",
        4 => "Family",
        5 => "OH",
        6 => "English",
        _ => "From25To34",
    };

    /// <summary>A question that would be accepted, with up to three of its answers replaced by generated ones.</summary>
    private static SubmitQuestion.Input Mutated(Random random)
    {
        var input = new SubmitQuestion.Input(
            new SafetyAnswers(false, false, HarmFrom.NoOne, false), Topic.Family, "Money and my brother",
            "My brother keeps borrowing money and never pays it back. How do I say no without losing him?",
            AgeRange.From35To44, "OH", "English", "Tired Sister", null, null, false, false);
        for (var changes = random.Next(4); changes > 0; changes--)
        {
            input = random.Next(9) switch
            {
                0 => input with { Safety = new SafetyAnswers(Maybe(random, false), Maybe(random, false), random.Next(6) switch { 0 => null, 5 => (HarmFrom)99, var n => (HarmFrom)(n - 1) }, Maybe(random, false)) },
                1 => input with { Topic = random.Next(3) == 0 ? (Topic)999 : Enum.GetValues<Topic>()[random.Next(Enum.GetValues<Topic>().Length)] },
                2 => input with { Title = Text(random, 200) },
                3 => input with { Text = Text(random, 12_000) },
                4 => input with { AgeRange = random.Next(2) == 0 ? (AgeRange)77 : null, State = Text(random, 30) },
                5 => input with { Language = Text(random, 60) },
                6 => input with { PenName = Text(random, 120) },
                7 => input with { Email = Text(random, 300), EmailIsSafe = random.Next(3) == 0 ? null : random.Next(2) == 0 },
                _ => input with { ConsentsToFollowUp = random.Next(2) == 0, ConsentsToPublication = random.Next(2) == 0 },
            };
        }

        return input;
    }

    private static bool? Maybe(Random random, bool usual) => random.Next(6) switch { 0 => null, 1 => !usual, _ => usual };

    /// <summary>Up to a few pieces, sometimes one piece repeated far past any limit.</summary>
    private static string? Text(Random random, int limit)
    {
        switch (random.Next(10))
        {
            case 0:
                return null;
            case 1:
                return string.Concat(Enumerable.Repeat(Pieces[random.Next(Pieces.Length)] + "x", limit + random.Next(limit)));
            default:
                var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]);
                return "I need advice about my family. " + string.Join(" ", words);
        }
    }

    /// <summary>Form-encoded as a browser would, or with raw bytes that are not UTF-8.</summary>
    private static string Encoded(Random random, string? text) => random.Next(5) == 0
        ? "%FF%FE%C3%28%A0%A1" + Uri.EscapeDataString(text?.Replace("\ud800", "", StringComparison.Ordinal) ?? "")
        : Uri.EscapeDataString(RemoveLoneSurrogates(text ?? ""));

    private static string RemoveLoneSurrogates(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
