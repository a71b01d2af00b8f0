using System.Text;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents;
using UglyToad.PdfPig;

namespace AdviceIntake.Portal.Tests.Documents;

public sealed class LetterDocumentsTests
{
    private readonly LetterDocuments documents = new();

    [Fact]
    public void A_letter_greets_the_pen_name_keeps_the_answer_in_order_and_signs_with_credentials()
    {
        var text = Text(documents.Render(SampleLetters.Letter(SampleLetters.Answer)));

        AssertInOrder(text,
            "Dear Dragging Him to Therapy,",
            "Thank you for writing to us.",
            "you are not alone",
            "choose a calm moment",
            "offer to go first",
            "going on your own is not giving up",
            "Kind regards,",
            "Dana Reyes, LMFT",
            "Couples and family therapist");
        Assert.Contains("Page 1 of 1", text);
        Assert.Contains("Reference K7M2-QX9P", text);
    }

    [Fact]
    public void A_letter_carries_its_title_and_author()
    {
        using var pdf = PdfDocument.Open(documents.Render(SampleLetters.Letter(SampleLetters.Answer)));

        Assert.Equal("AdviceIntake: your answer", pdf.Information.Title);
        Assert.Equal("Dana Reyes, LMFT", pdf.Information.Author);
    }

    [Fact]
    public void A_flagged_letter_shows_its_crisis_lines_before_the_answer_and_a_routine_one_shows_none()
    {
        var flagged = Text(documents.Render(SampleLetters.Letter(SampleLetters.Answer, [SampleLetters.Hotline, SampleLetters.Lifeline])));
        var routine = Text(documents.Render(SampleLetters.Letter(SampleLetters.Answer)));

        AssertInOrder(flagged, "National Domestic Violence Hotline", "1-800-799-7233", "988 Suicide & Crisis Lifeline", "Dear Dragging Him to Therapy,");
        Assert.DoesNotContain("Hotline", routine);
        Assert.DoesNotContain("988", routine);
        Assert.DoesNotContain("danger", routine);
    }

    [Fact]
    public void A_long_answer_breaks_across_pages_and_numbers_every_page_of_the_total()
    {
        var paragraphs = Enumerable.Range(1, 100).Select(i =>
            $"Paragraph {i:000} begins here. " + string.Join(' ', Enumerable.Repeat("Steady words about a hard week and what could help next.", 5)));
        var answer = string.Join("\n\n", paragraphs);
        Assert.InRange(answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 5000, 6000);

        using var pdf = PdfDocument.Open(documents.Render(SampleLetters.Letter(answer)));
        var pages = pdf.GetPages().ToList();

        Assert.InRange(pages.Count, 8, 30);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(Words($"Page {i + 1} of {pages.Count}"), pages[i].Text);
        }

        var all = string.Concat(pages.Select(p => p.Text));
        AssertInOrder(all, [.. Enumerable.Range(1, 100).Select(i => $"Paragraph {i:000}"), "Kind regards,"]);
    }

    [Theory]
    [InlineData("Querida Sin Nombre", "Gracias por escribirnos. Sé que no es fácil: ¿podrías hablar con alguien de confianza?")]
    [InlineData("Liebe Müde Mutter", "Danke für Ihren Brief. Größere Schritte müssen nicht sofort gelingen; Geduld ist schwer.")]
    [InlineData("Chị Mệt Mỏi", "Cảm ơn chị đã viết cho chúng tôi. Chị không đơn độc trong chuyện này.")]
    [InlineData("Дорогая Усталая", "Спасибо, что написали нам. Вы не одна, и помощь рядом.")]
    public void Letters_in_other_languages_keep_every_letter(string penName, string answer)
    {
        var text = Text(documents.Render(SampleLetters.Letter(answer, penName: penName)));

        Assert.Contains(Words(penName), Words(text));
        Assert.Contains(Words(answer), Words(text));
    }

    [Fact]
    public void Markup_typed_into_an_answer_is_printed_as_text()
    {
        const string answer = "Please read <b>this</b> & <script>alert('x')</script> as typed; 5 * 3 is fifteen.";

        var text = Text(documents.Render(SampleLetters.Letter(answer)));

        Assert.Contains(Words(answer), Words(text));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_rather_than_cut_off()
    {
        var link = "https://example.org/" + new string('a', 300);

        using var pdf = PdfDocument.Open(documents.Render(SampleLetters.Letter($"See {link} for more.")));
        var page = pdf.GetPage(1);

        Assert.Contains(new string('a', 300), Words(page.Text));
        Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Right, 0, page.Width - 50));
    }

    [Fact]
    public void A_referral_sheet_lists_crisis_lines_first_then_services_by_category_with_when_each_was_verified()
    {
        var text = Text(documents.Render(SampleLetters.Sheet([SampleLetters.Lifeline])));

        AssertInOrder(text,
            "Services that may help",
            "988 Suicide & Crisis Lifeline",
            "Couples therapy",
            "Couples counseling (Riverside Family Center)",
            "(503) 555-0142",
            "Hours: Mon–Fri 9:00–17:00",
            "Area: Oregon",
            "Last verified 2 June 2026",
            "A note from Dana Reyes",
            "ask for the evening group",
            "A listing is not an endorsement.");
    }

    [Fact]
    public void A_routine_referral_sheet_has_no_crisis_lines()
    {
        var text = Text(documents.Render(SampleLetters.Sheet()));

        Assert.DoesNotContain("988", text);
        Assert.Contains("Couples counseling", text);
    }

    [Fact]
    public void Sample_documents_are_kept_for_a_person_to_look_at()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "documents")).FullName;
        var letter = documents.Render(SampleLetters.Letter(SampleLetters.Answer, [SampleLetters.Hotline, SampleLetters.Lifeline]));
        var sheet = documents.Render(SampleLetters.Sheet([SampleLetters.Hotline, SampleLetters.Lifeline]));

        File.WriteAllBytes(Path.Combine(folder, "answer-letter.pdf"), letter);
        File.WriteAllBytes(Path.Combine(folder, "referral-sheet.pdf"), sheet);

        Assert.InRange(letter.Length, 1_000, 200_000);
        Assert.InRange(sheet.Length, 1_000, 200_000);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendJoin(' ', page.GetWords().Select(w => w.Text)).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>Text without its spacing, so a check does not depend on where lines broke.</summary>
    private static string Words(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertInOrder(string text, params string[] parts)
    {
        var squeezed = Words(text);
        var at = 0;
        foreach (var part in parts)
        {
            var found = squeezed.IndexOf(Words(part), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected '{part}' after position {at} in: {text}");
            at = found + Words(part).Length;
        }
    }
}
