using System.Text.RegularExpressions;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Triage;

/// <summary>The queue and the case page as a counselor uses them mid-shift: telling rows apart, the address, keys, a phone.</summary>
public sealed class BusyShiftTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string Password = "busy shift passphrase";
    private static readonly Regex OneDateFormat = new(@"^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$");

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task Rows_show_title_pen_name_and_waiting_and_the_view_filters_sort_page_and_search_live_in_the_address()
    {
        await host.CreateStaffAsync("ana@clinic.example", Password, "Ana Ortiz", [StaffRoles.Counselor]);
        var now = DateTimeOffset.UtcNow;
        var chores = await host.AddQuestionAsync("We argue about chores every evening and it is wearing us both down.", now.AddHours(-2),
            title: "Chores every evening", penName: "Tired Flatmate");
        await host.AddQuestionAsync("Since the funeral I cannot sleep or eat and I am not coping at work.", now.AddHours(-30),
            topic: Topic.GriefAndLoss, title: "Since the funeral", penName: "Lost in November");
        await host.AddQuestionAsync("My partner hits me when he drinks and I am scared to go home tonight.", now.AddMinutes(-20),
            topic: Topic.TraumaAndAbuse, title: "Scared to go home", penName: "Quiet Rain");
        var ana = await OpenQueueAsync("ana@clinic.example");

        var rows = ana.Locator(".queue-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        var row = rows.Filter(new() { HasText = "Chores every evening" });
        await Assertions.Expect(row.Locator(".queue-pen-name")).ToHaveTextAsync("Tired Flatmate");
        await Assertions.Expect(row.Locator("[data-waiting]")).ToHaveTextAsync("2 h");
        await Assertions.Expect(ana.Locator(".queue-grid th").Nth(3)).ToHaveTextAsync("Waiting");

        // One tab stop per row: from one question's link, Tab reaches the next question's link.
        await rows.Nth(0).Locator(".case-link").FocusAsync();
        await ana.Keyboard.PressAsync("Tab");
        await Assertions.Expect(rows.Nth(1).Locator(".case-link")).ToBeFocusedAsync();
        Assert.Equal(0, await ana.Locator(".queue-row [tabindex]").CountAsync());

        await ana.Locator("#filter-topic").SelectOptionAsync("GriefAndLoss");
        await ana.ToBeAtAsync(@"/staff\?topic=griefandloss");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await ana.Locator("[data-sort=Waiting]").ClickAsync();
        await ana.ToBeAtAsync(@"/staff\?topic=griefandloss&sort=waiting");
        await ana.Locator("[data-view=Unassigned]").ClickAsync();
        await Assertions.Expect(ana).ToHaveURLAsync(new Regex(@"view=unassigned&topic=griefandloss&sort=waiting$"));
        await ana.ReloadAsync();
        await ana.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Since the funeral");
        await Assertions.Expect(ana.Locator("#filter-topic")).ToHaveValueAsync("GriefAndLoss");
        await Assertions.Expect(ana.Locator("[data-view=Unassigned]")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(ana.Locator("th", new() { Has = ana.Locator("[data-sort=Waiting]") })).ToHaveAttributeAsync("aria-sort", "ascending");

        // Another tab opened with the same address sees the same thing: a view can be shared.
        var shared = await chromium.NewPageAsync(host.Address);
        await shared.SignInAsync("ana@clinic.example", Password);
        await shared.GotoAsync(new Uri(ana.Url).PathAndQuery);
        await shared.WaitForInteractiveAsync();
        await Assertions.Expect(shared.Locator(".queue-row")).ToHaveCountAsync(1);

        await ana.Locator("#queue-search-text").FillAsync("quiet");
        await ana.Locator("#queue-search-text").PressAsync("Enter");
        await Assertions.Expect(ana.Locator("[data-empty-queue]")).ToContainTextAsync("No questions match");
        await ana.ScreenshotAsync("queue-nothing-matches");
        await ana.Locator("[data-empty-queue] [data-clear-filters]").ClickAsync();
        await Assertions.Expect(ana).ToHaveURLAsync(new Regex(@"/staff\?view=unassigned&sort=waiting$"));
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await ana.Locator("#queue-search-text").FillAsync("quiet");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Scared to go home");
        var reference = await ReferenceOfAsync(chores);
        await ana.Locator("#queue-search-text").FillAsync(reference.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await ana.Locator("#queue-search-text").PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Chores every evening");
        await ana.GoBackAsync();
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Scared to go home");

        // Part of a reference, as read out over the phone, finds it too; the result is said to screen readers.
        await ana.Locator("#queue-search-text").FillAsync(reference[..6].ToLowerInvariant());
        await ana.Locator("#queue-search-text").PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(ana.Locator("[data-queue-summary]")).ToHaveTextAsync("1 question");

        // Whatever is typed into the address is a choice the page offers or the default: never an error page.
        await ana.GotoAsync("/staff?page=abc&size=1.5&risk=banana&assignee=nobody&dir=sideways");
        await ana.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(ana.Locator("#filter-assignee")).ToHaveValueAsync("");
        await ana.GotoAsync("/staff?page=99999999999");
        await ana.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        // The sort box and the table's headings say the same.
        await ana.GotoAsync("/staff?sort=risk&dir=asc");
        await ana.WaitForInteractiveAsync();
        await Assertions.Expect(ana.Locator("#sort-by")).ToHaveValueAsync("Risk:asc");
        await Assertions.Expect(ana.Locator("th", new() { Has = ana.Locator("[data-sort=Risk]") })).ToHaveAttributeAsync("aria-sort", "ascending");

        // From a case, "Back to the queue" returns to the same view and filters.
        await ana.GotoAsync("/staff?view=unassigned&topic=traumaandabuse");
        await ana.WaitForInteractiveAsync();
        await rows.Nth(0).Locator(".case-link").ClickAsync();
        await Assertions.Expect(ana.Locator("[data-question-text]")).ToBeVisibleAsync();
        await ana.Locator("[data-back-to-queue]").ClickAsync();
        await Assertions.Expect(ana).ToHaveURLAsync(new Regex(@"/staff\?view=unassigned&topic=traumaandabuse$"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_keyboard_alone_signs_in_moves_through_the_queue_takes_the_next_question_adds_a_note_and_puts_it_back()
    {
        await host.CreateStaffAsync("ben@clinic.example", Password, "Ben Carter", [StaffRoles.Counselor]);
        var now = DateTimeOffset.UtcNow;
        await host.AddQuestionAsync("We argue about chores every evening and it is wearing us both down.", now.AddHours(-2), title: "Chores");
        await host.AddQuestionAsync("My sister stopped inviting me to family dinners and I do not know why.", now.AddHours(-1), title: "Dinners");
        var ben = await chromium.NewPageAsync(host.Address);

        await ben.GotoAsync("/Account/Login");
        await ben.GetByLabel("Email").FocusAsync();
        await ben.Keyboard.TypeAsync("ben@clinic.example");
        await ben.Keyboard.PressAsync("Tab");
        await ben.Keyboard.TypeAsync(Password);
        await ben.Keyboard.PressAsync("Enter");
        await ben.ToBeAtAsync("/staff");
        await ben.WaitForInteractiveAsync();
        var rows = ben.Locator(".queue-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await ben.Locator("html[data-keys=queue]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await ben.Keyboard.PressAsync("?");
        var shortcuts = ben.Locator("#keyboard-shortcuts");
        await Assertions.Expect(shortcuts).ToBeVisibleAsync();
        await Assertions.Expect(shortcuts).ToContainTextAsync("Next question");
        await ben.ScreenshotAsync("queue-shortcuts");
        await ben.Keyboard.PressAsync("Escape");
        await Assertions.Expect(shortcuts).ToBeHiddenAsync();

        await ben.Keyboard.PressAsync("j");
        await Assertions.Expect(rows.Nth(0).Locator(".case-link")).ToBeFocusedAsync();
        await Assertions.Expect(ben.Locator("#keyboard-status")).ToHaveTextAsync("Question 1 of 2.");
        await ben.Keyboard.PressAsync("j");
        await Assertions.Expect(rows.Nth(1).Locator(".case-link")).ToBeFocusedAsync();
        await Assertions.Expect(rows.Nth(1)).ToHaveClassAsync(new Regex("keyboard-chosen"));
        await ben.Keyboard.PressAsync("k");
        await Assertions.Expect(rows.Nth(0).Locator(".case-link")).ToBeFocusedAsync();
        await ben.Keyboard.PressAsync("Enter");
        await ben.ToBeAtAsync("/staff/questions/[0-9a-f-]{36}");
        await Assertions.Expect(ben.Locator("[data-question-text]")).ToBeVisibleAsync();
        await ben.GoBackAsync();
        await ben.ToBeAtAsync("/staff");
        await ben.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await ben.Locator("html[data-keys=queue]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await ben.Locator("main").FocusAsync();

        // "t" with no question chosen takes the next one; pressed twice in a hurry, still only one.
        await ben.Keyboard.PressAsync("t");
        await ben.Keyboard.PressAsync("t");
        await ben.ToBeAtAsync("/staff/questions/[0-9a-f-]{36}");
        await Assertions.Expect(ben.Locator("[data-assignment] [data-assignee]")).ToHaveTextAsync("Ben Carter");
        await Assertions.Expect(ben.Locator(".case-header [data-open-shortcuts]")).ToBeVisibleAsync();
        await ben.Locator("html[data-keys=case]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal(1, await db.Questions.CountAsync(q => q.AssigneeId != null, TestContext.Current.CancellationToken));
        }

        await ben.Keyboard.PressAsync("t");
        await Assertions.Expect(ben.Locator("#keyboard-status")).ToHaveTextAsync("This question is already yours.");

        await ben.Keyboard.PressAsync("n");
        await Assertions.Expect(ben.Locator("#field-Note")).ToBeFocusedAsync();
        await ben.Keyboard.TypeAsync("Read it twice; drafting an answer after lunch.");
        await ben.Keyboard.PressAsync("Tab");
        await Assertions.Expect(ben.GetByRole(AriaRole.Button, new() { Name = "Add note" })).ToBeFocusedAsync();
        await ben.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ben.Locator("[data-notes]")).ToContainTextAsync("drafting an answer after lunch");

        // From the note's button the next stops lead to "Put back in the queue".
        var putBack = ben.GetByRole(AriaRole.Button, new() { Name = "Put back in the queue" });
        for (var i = 0; i < 40 && !await putBack.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await ben.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(putBack).ToBeFocusedAsync();
        await ben.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ben.Locator("[data-assignment] [data-assignee]")).ToHaveTextAsync("Nobody yet");
        await Assertions.Expect(ben.Locator("[data-timeline] [data-kind=Released]")).ToContainTextAsync("Ben Carter put it back");
    }

    [Fact]
    public async Task A_counselor_raises_the_risk_and_flags_the_case_and_the_supervisor_sees_the_flag_at_the_top_of_the_queue()
    {
        await host.CreateStaffAsync("ana@clinic.example", Password, "Ana Ortiz", [StaffRoles.Counselor]);
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        var id = await host.AddQuestionAsync("My teenage son will not talk to me since the divorce and I do not know how to reach him.",
            DateTimeOffset.UtcNow.AddHours(-3), title: "Son not talking", penName: "Anxious Dad");
        var sam = await OpenQueueAsync("sam@clinic.example");
        var ana = await OpenQueueAsync("ana@clinic.example");

        await ana.GotoAsync($"/staff/questions/{id}");
        await ana.WaitForInteractiveAsync();
        await Assertions.Expect(ana.Locator("[data-question-text]")).ToBeVisibleAsync();
        await ana.Locator("#field-Level").ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Option)).ToHaveTextAsync(["Crisis", "High", "Elevated"]);
        await ana.GetByRole(AriaRole.Option, new() { Name = "High", Exact = true }).ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Option, new() { Name = "High", Exact = true })).ToBeHiddenAsync();
        await ana.Locator("#field-Reason").FillAsync("His father was violent before the separation; the son may be at risk.");
        await Assertions.Expect(ana.Locator("#field-Reason")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Raise risk level" }).ClickAsync();
        await Assertions.Expect(ana.Locator(".case-header .risk-badge")).ToHaveTextAsync(new Regex("^High, changed"));
        await Assertions.Expect(ana.Locator("[data-risk-override]")).ToContainTextAsync("Changed to High by Ana Ortiz");
        await Assertions.Expect(ana.Locator("[data-risk-changed]")).ToHaveTextAsync("The risk level is now High.");

        await ana.Locator("[data-flag]").ClickAsync();
        await Assertions.Expect(ana.Locator(".error-summary")).ToContainTextAsync("Write what the supervisor should look at");
        await ana.Locator("#field-FlagReason").FillAsync("Please check whether we should call the school before I answer.");
        await Assertions.Expect(ana.Locator("#field-FlagReason")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ana.Locator("[data-flag]").ClickAsync();
        await Assertions.Expect(ana.Locator("[data-escalated]")).ToContainTextAsync("Flagged for a supervisor by Ana Ortiz");
        await Assertions.Expect(ana.Locator("[data-escalated]")).ToContainTextAsync("call the school");
        await Assertions.Expect(ana.Locator("[data-timeline] [data-kind=FlaggedForSupervisor]")).ToContainTextAsync("call the school");
        await Assertions.Expect(ana.Locator("[data-timeline] [data-kind=RiskOverridden]")).ToContainTextAsync("Routine → High");

        // A supervisor's queue shows the flag above everything else, live.
        var flag = sam.Locator("[data-escalations] [data-escalation=Flagged]");
        await Assertions.Expect(flag).ToContainTextAsync("flagged for a supervisor by Ana Ortiz");
        await Assertions.Expect(sam.Locator(".queue-row .risk-badge")).ToHaveTextAsync(new Regex("^High, changed"));
        await sam.ScreenshotAsync("queue-supervisor-flag");
        var flagTop = (await flag.BoundingBoxAsync())!.Y;
        var tableTop = (await sam.Locator(".queue-grid").BoundingBoxAsync())!.Y;
        Assert.True(flagTop < tableTop);
    }

    [Fact]
    public async Task The_case_page_keeps_notes_in_their_panel_one_date_format_one_line_for_repeated_readings_and_words_instead_of_marks()
    {
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor, StaffRoles.Counselor]);
        var id = await host.AddQuestionAsync("I have been thinking about ending my life and I have pills saved up.", DateTimeOffset.UtcNow.AddMinutes(-40),
            new ScreeningAnswers(false, true, HarmFrom.NoOne, false), Topic.Depression, "Tired of everything", "Grey Morning");
        await host.AddQuestionAsync("We argue about chores every evening and it is wearing us both down.", DateTimeOffset.UtcNow.AddDays(-6), title: "Chores");
        var sam = await OpenQueueAsync("sam@clinic.example");

        await sam.GotoAsync($"/staff/questions/{id}");
        await sam.WaitForInteractiveAsync();
        await Assertions.Expect(sam.Locator("[data-question-text]")).ToBeVisibleAsync();
        await sam.ReloadAsync();
        await sam.WaitForInteractiveAsync();
        await Assertions.Expect(sam.Locator("[data-question-text]")).ToBeVisibleAsync();
        await sam.ReloadAsync();
        await sam.WaitForInteractiveAsync();
        await Assertions.Expect(sam.Locator("[data-question-text]")).ToBeVisibleAsync();
        await sam.Locator("#field-Note").FillAsync("Called the on-call supervisor.");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-notes-panel] [data-notes]")).ToContainTextAsync("Called the on-call supervisor.");
        await Assertions.Expect(sam.Locator("[data-notes-panel] .note-by")).ToHaveTextAsync(new Regex(@"^Sam Lee, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$"));

        var readings = sam.Locator("[data-timeline] [data-kind=Viewed]");
        await Assertions.Expect(readings).ToHaveCountAsync(1);
        await Assertions.Expect(readings).ToContainTextAsync("Sam Lee read the question 3 times");
        foreach (var when in await sam.Locator("[data-timeline] .timeline-when").AllTextContentsAsync())
        {
            Assert.Matches(OneDateFormat, when);
        }

        await Assertions.Expect(sam.Locator(".case-header .risk-badge")).Not.ToContainTextAsync("*");
        await sam.ScreenshotAsync("case-page-busy-shift");
        await sam.AssertAccessibleAsync();
        await sam.SetViewportSizeAsync(390, 844);
        await sam.ScreenshotAsync("case-page-phone");
        await sam.AssertAccessibleAsync();

        // The queue on a phone: a card per question within the screen, the views and filters folded away.
        await sam.GotoAsync("/staff");
        await sam.WaitForInteractiveAsync();
        var cards = sam.Locator(".queue-row");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        Assert.True(await sam.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var card = (await cards.Nth(0).BoundingBoxAsync())!;
        Assert.True(card.Width <= 390 && card.Height > 100, $"A card is {card.Width} by {card.Height}.");
        await Assertions.Expect(cards.Nth(0).Locator("[data-waiting]")).ToHaveCSSAsync("display", "block");
        await Assertions.Expect(sam.Locator("#filter-risk")).ToBeHiddenAsync();
        await sam.ScreenshotAsync("queue-phone-cards");
        await sam.AssertAccessibleAsync();
        await sam.Locator("[data-controls-toggle]").ClickAsync();
        await Assertions.Expect(sam.Locator("[data-controls-toggle]")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(sam.Locator("#filter-risk")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("queue-phone-filters-open");
        await sam.AssertAccessibleAsync();

        await sam.SetViewportSizeAsync(1280, 900);
        await Assertions.Expect(sam.Locator("[data-controls-toggle]")).ToBeHiddenAsync();
        await Assertions.Expect(sam.Locator(".queue-grid thead")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("queue-wide");
        await sam.AssertAccessibleAsync();
    }

    private async Task<string> ReferenceOfAsync(Guid id)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return (await db.Questions.Where(q => q.Id == id).Select(q => q.Reference).SingleAsync(TestContext.Current.CancellationToken)).ToString();
    }

    private async Task<IPage> OpenQueueAsync(string email) => await (await chromium.NewPageAsync(host.Address)).OpenQueueAsync(email, Password);
}
