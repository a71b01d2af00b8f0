using System.Net;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.IntegrationTests.Intake;

/// <summary>A portal that counts every circuit opened and every request for Blazor's hub.</summary>
public sealed class CountingPortal() : PortalHost(DatabaseProvider.Sqlite)
{
    public CircuitCounter Circuits { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(Circuits));
    }

    public sealed class CircuitCounter : CircuitHandler
    {
        public int Opened;

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Opened);
            return Task.CompletedTask;
        }
    }
}

public sealed class PublicPagesWithoutCircuitsTests(CountingPortal host) : IClassFixture<CountingPortal>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Loading_and_completing_the_form_opens_no_circuit_and_its_pages_load_no_blazor_script()
    {
        using var visitor = new IntakeVisitor(host.Address);

        var (reference, passphrase) = await visitor.SendQuestionAsync("We have not spoken since the funeral and I miss her terribly.", TestContext.Current.CancellationToken);
        await visitor.GetAsync("/", TestContext.Current.CancellationToken);
        await visitor.GetAsync("/status", TestContext.Current.CancellationToken);
        await visitor.GetAsync("/cover-your-tracks", TestContext.Current.CancellationToken);

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$", reference);
        Assert.Equal(5, passphrase.Split(' ').Length);
        Assert.Equal(0, host.Circuits.Opened);
        Assert.All(visitor.Pages, html =>
        {
            Assert.DoesNotContain("blazor.web", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Blazor:{", html, StringComparison.Ordinal);
            Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
            Assert.DoesNotContain("maxlength", html, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Each_post_is_checked_on_the_server_and_a_broken_rule_keeps_the_page_with_what_was_typed()
    {
        using var visitor = new IntakeVisitor(host.Address);
        var text = new string('x', 12_000);

        var (next, html) = await visitor.PostAsync("/ask/question", new Dictionary<string, string> { ["Title"] = "Long", ["Text"] = text }, TestContext.Current.CancellationToken);

        Assert.Null(next);
        Assert.Contains("You have 2,000 characters too many.", html, StringComparison.Ordinal);
        Assert.Contains($">{text}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ask/question#field-Text\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yes_on_the_safety_check_or_danger_in_the_words_leads_to_help_first_without_any_script()
    {
        using var visitor = new IntakeVisitor(host.Address);

        await visitor.ExpectNextAsync("/ask/safety", new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "yes", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" },
            "/ask/help-now?next=topic", TestContext.Current.CancellationToken);
        var help = await visitor.GetAsync("/ask/help-now?next=topic", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"tel:988\"", help, StringComparison.Ordinal);

        await visitor.ExpectNextAsync("/ask/safety", new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "no", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" },
            "/ask/topic", TestContext.Current.CancellationToken);
        await visitor.ExpectNextAsync("/ask/topic", new() { ["Topic"] = "Depression" }, "/ask/question", TestContext.Current.CancellationToken);
        await visitor.ExpectNextAsync("/ask/question", new()
        {
            ["Title"] = "Tired",
            ["Text"] = "I have been saving up my sleeping pills and I think tonight I will take them all.",
        }, "/ask/help-now?next=about-you", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_help_page_reached_without_a_draft_still_offers_the_lines_most_often_needed()
    {
        using var visitor = new IntakeVisitor(host.Address);

        var help = await visitor.GetAsync("/ask/help-now", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"tel:911\"", help, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", help, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:18007997233\"", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_forms_token_is_refused_and_keeps_nothing()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address };

        var response = await client.PostAsync("/ask/question", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "continue",
            ["Title"] = "Forged",
            ["Text"] = "A post from another site that never loaded the form.",
        }), TestContext.Current.CancellationToken);
        var autosave = await client.PostAsync("/ask/question/draft", new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "Forged" }),
            TestContext.Current.CancellationToken);

        Assert.NotEqual("/ask/about-you", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, autosave.StatusCode);
        Assert.Equal(0, await DraftsAsync());
    }

    [Fact]
    public async Task Quick_exit_as_a_plain_link_erases_the_draft_and_leaves_for_the_neutral_site()
    {
        using var visitor = new IntakeVisitor(host.Address);
        await visitor.ExpectNextAsync("/ask/safety", new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "no", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" },
            "/ask/topic", TestContext.Current.CancellationToken);
        Assert.Equal(1, await DraftsAsync());

        using var exit = await visitor.Client.GetAsync("/exit", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);
        Assert.Equal("https://neutral.example/weather", exit.Headers.Location?.ToString());
        Assert.Equal(0, await DraftsAsync());
        Assert.DoesNotContain(visitor.Cookies.GetAllCookies(), c => c.Name.EndsWith("AdviceIntake.Draft", StringComparison.Ordinal) && !c.Expired);
    }

    [Fact]
    public async Task A_draft_is_sealed_at_rest_and_gone_two_hours_after_its_last_change()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var visitor = new IntakeVisitor(host.Address);
        await visitor.ExpectNextAsync("/ask/topic", new() { ["Topic"] = "Family" }, "/ask/question", TestContext.Current.CancellationToken);
        await visitor.PostAsync("/ask/question", new Dictionary<string, string> { ["Title"] = "Secret words here", ["Text"] = "short" }, TestContext.Current.CancellationToken);

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var saved = await db.SavedDrafts.SingleAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("Secret", saved.Sealed, StringComparison.Ordinal);
            Assert.InRange(saved.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
        }

        clock.Advance(TimeSpan.FromHours(2));
        var purge = new PurgeExpiredDrafts(host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), clock);
        Assert.Equal(0, await purge.HandleAsync(TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await purge.HandleAsync(TestContext.Current.CancellationToken));
    }

    private async Task<int> DraftsAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.SavedDrafts.CountAsync(TestContext.Current.CancellationToken);
    }
}
