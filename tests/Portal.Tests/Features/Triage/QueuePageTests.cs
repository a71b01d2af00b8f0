using System.Security.Claims;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace AdviceIntake.Portal.Tests.Features.Triage;

/// <summary>The queue page with the real use cases, the real in-process feed and a real SQLite database.</summary>
public sealed class QueuePageTests : BunitContext, IAsyncLifetime
{
    private readonly PortalServices portal = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));

    public QueuePageTests()
    {
        portal.AddTo(Services);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Dana Reyes");
        auth.SetRoles(StaffRoles.Counselor);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "dana"), new Claim(StaffClaims.DisplayName, "Dana Reyes"));
    }

    public async ValueTask InitializeAsync() => await PortalServices.MigrateAndSeedAsync(Services);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_question_published_on_the_feed_appears_without_a_refresh_and_the_counts_follow()
    {
        Render<MudPopoverProvider>();
        var page = Render<QueuePage>();
        page.WaitForElement("[data-empty-queue]");
        Assert.Equal("0", page.Find("[data-count=Unassigned]").TextContent);

        var sent = await Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            new ScreeningAnswers(false, true, HarmFrom.NoOne, false), Topic.Depression, "Low", "I have had thoughts of ending my life this week.",
            null, null, null, "Grey Morning", null, null, false, false), Xunit.TestContext.Current.CancellationToken);

        page.WaitForAssertion(() => Assert.Contains(sent.Reference!.ToString(), page.Find(".queue-row").TextContent, StringComparison.Ordinal));
        Assert.Equal("1", page.Find("[data-count=Unassigned]").TextContent);
        Assert.Equal("1", page.Find("[data-count=Urgent]").TextContent);
        Assert.Equal("risk-badge risk-crisis", page.Find(".queue-row .risk-badge").ClassName);
        Assert.Equal(("Low", "Grey Morning", "under a minute"),
            (page.Find(".queue-row .case-link").TextContent, page.Find(".queue-row .queue-pen-name").TextContent, page.Find(".queue-row [data-waiting]").TextContent));
        Assert.Equal(["Risk", "Question", "Topic", "Waiting", "Response", "Status", "Assignee", "On it now"],
            page.FindAll(".queue-grid th").Select(th => th.TextContent.Replace("▼", "", StringComparison.Ordinal).Trim()));
        Assert.Empty(page.FindAll(".queue-row [tabindex]"));
        Assert.Contains("A new Crisis question arrived", page.Find("[data-queue-notice]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_risk_badge_carries_its_reasons_for_hover_and_is_not_a_tab_stop()
    {
        var badge = Render<RiskBadge>(p => p
            .Add(b => b.Level, RiskLevel.High)
            .Add(b => b.Reasons, [new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Safety check: hurt or threatened by a partner"),
                new RiskReason(RiskLevel.Elevated, Concerns.DomesticViolence, "Words: \"afraid of him\" (partner violence)")]));

        Assert.StartsWith("risk-", badge.Find("[role=tooltip]").Id, StringComparison.Ordinal);
        Assert.Null(badge.Find(".risk-badge").GetAttribute("tabindex"));
        Assert.Equal(["Safety check: hurt or threatened by a partner", "Words: \"afraid of him\" (partner violence)"],
            badge.FindAll(".risk-reason").Select(r => r.TextContent));
        Assert.StartsWith("High", badge.Find(".risk-badge").TextContent, StringComparison.Ordinal);
    }
}
