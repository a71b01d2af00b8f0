using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.EndToEnd.Intake;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace AdviceIntake.Portal.EndToEnd.Answers;

/// <summary>From a question to a released answer the person downloads, as counselor, supervisor and person would do it.</summary>
public sealed class AnswerJourneyTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string Password = "answer desk passphrase";
    private const string Snippet = "It is common for {PenName}'s partner to feel judged by the idea of therapy.";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task A_counselor_answers_a_supervisor_returns_then_approves_and_releases_and_the_person_reads_and_downloads_it()
    {
        await host.CreateStaffAsync("dana@clinic.example", Password, "Dana Reyes", [StaffRoles.Counselor]);
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        await AddCouplesServiceAsync();

        var sam = await SignedInAsync("sam@clinic.example");
        await sam.GotoAsync("/staff/snippets");
        await sam.WaitForInteractiveAsync();
        await sam.Locator("#field-Title").FillAsync("Partner resists therapy");
        await sam.Locator("#field-Body").FillAsync(Snippet);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add snippet" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-snippet='Partner resists therapy']")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("answers-snippets");

        var person = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(person);
        await form.ReachCheckAsync();
        var (reference, passphrase) = await form.SubmitAsync();

        var dana = await SignedInAsync("dana@clinic.example");
        await dana.Locator(".queue-grid").WaitForAsync();
        await dana.Locator("[data-take-next]").ClickAsync();
        await dana.ToBeAtAsync("/staff/questions/[0-9a-f-]{36}");
        var caseUrl = dana.Url;
        await dana.Locator("[data-start-answer]").ClickAsync();
        var editor = dana.Locator("#field-Body");
        await editor.FillAsync("Thank you for writing to us. **You are not alone** in this.");
        await dana.Locator("#snippet-choice").SelectOptionAsync(new SelectOptionValue { Label = "Partner resists therapy" });
        await dana.Locator("[data-insert-snippet]").ClickAsync();
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("for Dragging Him to Therapy's partner to feel judged"));
        await Assertions.Expect(dana.Locator("[data-save-state]")).ToContainTextAsync("Saved at");
        await dana.Locator("[data-service-choice]").SelectOptionAsync(new SelectOptionValue { Label = "Couples counseling (Couples therapy; Ohio)" });
        await dana.Locator("[data-add-service]").ClickAsync();
        await Assertions.Expect(dana.Locator("[data-chosen='Couples counseling']")).ToBeVisibleAsync();
        await dana.ScreenshotAsync("answers-case-writing");
        await dana.AssertAccessibleAsync();

        var preview = await dana.Context.APIRequest.GetAsync(new Uri(host.Address, (await dana.Locator("[data-preview-letter]").GetAttributeAsync("href"))!).ToString());
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        Assert.Contains(Squeezed("Dragging Him to Therapy's partner"), PdfText(await preview.BodyAsync()), StringComparison.Ordinal);

        await dana.Locator("[data-submit-answer]").ClickAsync();
        await Assertions.Expect(dana.Locator("[data-answer-state]")).ToHaveTextAsync("With a supervisor");

        await sam.GotoAsync(caseUrl);
        await sam.WaitForInteractiveAsync();
        await Assertions.Expect(sam.Locator("[data-answer-body]")).ToContainTextAsync("You are not alone");
        await sam.Locator("#field-Comment").FillAsync("Please suggest how she might raise it at a calm moment.");
        await sam.Locator("[data-return-answer]").ClickAsync();
        await Assertions.Expect(sam.Locator("[data-answer-state]")).ToHaveTextAsync("Returned for changes");

        await Assertions.Expect(dana.Locator("[data-return-comment]")).ToContainTextAsync("calm moment");
        await dana.ScreenshotAsync("answers-case-returned");
        await editor.FillAsync(await editor.InputValueAsync() + "\n\nChoose a calm moment, not the end of an argument.");
        await dana.Locator("[data-submit-answer]").ClickAsync();
        await Assertions.Expect(dana.Locator("[data-answer-state]")).ToHaveTextAsync("With a supervisor");

        await Assertions.Expect(sam.Locator("[data-approve-answer]")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("answers-case-review");
        await sam.AssertAccessibleAsync();
        await sam.Locator("[data-approve-answer]").ClickAsync();
        await sam.Locator("[data-release-answer]").ClickAsync();
        await Assertions.Expect(sam.Locator("[data-answer-state]")).ToHaveTextAsync("Released");
        await sam.ScreenshotAsync("answers-case-released");

        await person.GotoAsync("/status");
        await person.GetByLabel("Reference").FillAsync(reference);
        await person.GetByLabel("Passphrase").FillAsync(passphrase);
        await person.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        var answer = person.Locator("[data-released-answer]");
        await Assertions.Expect(answer).ToContainTextAsync("Dear Dragging Him to Therapy,");
        await Assertions.Expect(answer.Locator("strong", new() { HasText = "You are not alone" })).ToBeVisibleAsync();
        await Assertions.Expect(answer).ToContainTextAsync("Dana Reyes, LMFT");
        await Assertions.Expect(person.Locator("[data-released-services] [data-service='Couples counseling'] a[href='tel:6145550142']")).ToBeVisibleAsync();
        await Assertions.Expect(person.Locator("[data-answer-crisis-lines]")).ToHaveCountAsync(0);
        await person.ScreenshotAsync("answers-status-released");
        await person.AssertAccessibleAsync();

        var letter = await DownloadAsync(person, "[data-download-letter]");
        var sheet = await DownloadAsync(person, "[data-download-sheet]");
        Assert.Contains(Squeezed("Kind regards,"), letter, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Choose a calm moment"), letter, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Couples counseling"), sheet, StringComparison.Ordinal);
        Assert.Contains(Squeezed("A listing is not an endorsement."), sheet, StringComparison.Ordinal);

        var stolen = await chromium.NewPageAsync(host.Address);
        var link = await person.Locator("[data-download-letter]").GetAttributeAsync("href");
        await stolen.GotoAsync(link!);
        await Assertions.Expect(stolen.Locator("[data-link-expired]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Every_character_typed_faster_than_the_server_answers_is_kept()
    {
        await host.CreateStaffAsync("dana@clinic.example", Password, "Dana Reyes", [StaffRoles.Counselor]);
        var id = await host.AddQuestionAsync("My flatmate never washes up and I am tired of asking him every evening.", DateTimeOffset.UtcNow);
        var dana = await SignedInAsync("dana@clinic.example");
        await dana.GotoAsync($"/staff/questions/{id}");
        await dana.WaitForInteractiveAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Take this question" }).ClickAsync();
        await dana.Locator("[data-start-answer]").ClickAsync();
        var editor = dana.Locator("#field-Body");
        await editor.WaitForAsync();

        // Keystrokes 5 ms apart overtake the renders answering earlier ones, as slower typing does over a slow connection.
        const string Typed = "Thank you for writing. Sharing a home means sharing the work, and it is fair to ask for a plan you both keep.";
        await editor.PressSequentiallyAsync(Typed, new() { Delay = 5 });

        await Assertions.Expect(dana.Locator("[data-save-state]")).ToContainTextAsync("Saved at", new() { Timeout = 15000 });
        await Assertions.Expect(editor).ToHaveValueAsync(Typed);
        await dana.ReloadAsync();
        await dana.WaitForInteractiveAsync();
        await Assertions.Expect(dana.Locator("#field-Body")).ToHaveValueAsync(Typed);

        // A long answer pasted at once, in a script of three bytes a character: about 110 KB in one message.
        var pasted = string.Concat(Enumerable.Repeat("谢谢你的来信。共同生活意味着分担家务。", 1800));
        await dana.Locator("#field-Body").FillAsync(pasted);
        await Assertions.Expect(dana.Locator("[data-save-state]")).ToContainTextAsync("Saved at", new() { Timeout = 15000 });
        await dana.ReloadAsync();
        await dana.WaitForInteractiveAsync();
        Assert.Equal(pasted, await dana.Locator("#field-Body").InputValueAsync());
    }

    [Fact]
    public async Task The_directory_lists_services_by_category_and_marks_stale_ones()
    {
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        await AddCouplesServiceAsync(verified: new DateOnly(2024, 1, 10));
        var sam = await SignedInAsync("sam@clinic.example");

        await sam.GotoAsync("/staff/referrals");
        await sam.WaitForInteractiveAsync();
        await sam.Locator("#directory-category").SelectOptionAsync(new SelectOptionValue { Label = "Couples therapy" });
        await sam.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(sam.Locator("[data-result-count]")).ToHaveTextAsync("1 service");
        await Assertions.Expect(sam.Locator("[data-entry='couples-counseling'] [data-stale]")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("answers-directory");
        await sam.AssertAccessibleAsync();

        await sam.GetByRole(AriaRole.Button, new() { Name = "Mark Couples counseling checked today" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-entry='couples-counseling'] [data-stale]")).ToHaveCountAsync(0);

        await sam.GotoAsync("/staff/referrals/new");
        await sam.WaitForInteractiveAsync();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".error-summary")).ToContainTextAsync("Enter the service's name.");
        await sam.ScreenshotAsync("answers-directory-entry-errors");
    }

    private async Task AddCouplesServiceAsync(DateOnly? verified = null)
    {
        var saved = await host.Services.GetRequiredService<ChangeDirectoryEntry>().SaveAsync(null, new ReferralDetails
        {
            Name = "Couples counseling",
            Organization = "Riverside Family Center",
            Categories = Concerns.CouplesTherapy,
            Summary = "Sliding-scale counseling for couples, evenings included.",
            Phone = "(614) 555-0142",
            Website = "https://riverside.example.org",
            Hours = "Mon–Fri 9:00–19:00",
            Languages = "English, Spanish",
            AreaServed = "OH",
            LastVerifiedOn = verified ?? DateOnly.FromDateTime(DateTime.UtcNow),
        }, TestCallers.Admin());
        Assert.Empty(saved);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync(email, Password);
        await page.ToBeAtAsync("/staff");
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static async Task<string> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        var path = await download.PathAsync();
        return PdfText(await File.ReadAllBytesAsync(path));
    }

    /// <summary>A document's text without its spacing, so a check does not depend on where lines broke.</summary>
    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeezed(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

}
