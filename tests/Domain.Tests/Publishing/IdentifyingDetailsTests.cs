using System.Text.Json;
using AdviceIntake.Domain.Publishing;

namespace AdviceIntake.Domain.Tests.Publishing;

/// <summary>
/// The scan that marks what may identify someone before an answer is published, measured on a corpus of letters written
/// apart from it (identifying-details.json): every email, phone number and web address found; at least nine names in ten.
/// </summary>
public sealed class IdentifyingDetailsTests
{
    private sealed record Expected(string Kind, string Text);

    private sealed record Letter(string Text, IReadOnlyList<Expected> Details);

    private static readonly IReadOnlyList<Letter> Corpus = JsonSerializer.Deserialize<List<Letter>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Publishing", "identifying-details.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public void The_corpus_is_large_enough_and_each_detail_is_in_its_letter()
    {
        Assert.True(Corpus.Count >= 100, $"{Corpus.Count} letters");
        Assert.All(Corpus.SelectMany(l => l.Details.Select(d => (l.Text, d.Text))), pair => Assert.Contains(pair.Item2, pair.Item1, StringComparison.Ordinal));
        Assert.All(Corpus.SelectMany(l => l.Details), d => Assert.True(Enum.TryParse<DetailKind>(d.Kind, out _), d.Kind));
    }

    [Theory]
    [InlineData(nameof(DetailKind.Email), 1.0)]
    [InlineData(nameof(DetailKind.Phone), 1.0)]
    [InlineData(nameof(DetailKind.Url), 1.0)]
    [InlineData(nameof(DetailKind.Name), 0.9)]
    public void Each_kind_of_detail_is_found_at_least_as_often_as_required(string kind, double recallFloor)
    {
        var expected = Corpus.SelectMany(l => l.Details.Where(d => d.Kind == kind).Select(d => (Letter: l, Detail: d))).ToList();
        var missed = expected.Where(e => !Marked(e.Letter.Text, e.Detail.Text)).Select(e => $"\"{e.Detail.Text}\" in: {e.Letter.Text}").ToList();

        var recall = 1.0 - (double)missed.Count / expected.Count;
        Assert.True(expected.Count >= 20, $"Only {expected.Count} {kind} details in the corpus.");
        Assert.True(recall >= recallFloor, $"{kind}: {recall:P1} of {expected.Count} found; missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
    }

    [Fact]
    public void Letters_with_nothing_identifying_are_mostly_left_alone()
    {
        var clean = Corpus.Where(l => l.Details.Count == 0).ToList();
        var marked = clean.Select(l => (l.Text, Marks: IdentifyingDetails.Find(l.Text))).Where(l => l.Marks.Count > 0).ToList();

        Assert.True(clean.Count >= 20, $"Only {clean.Count} letters with nothing identifying.");
        Assert.True(marked.Count <= clean.Count / 4,
            $"{marked.Count} of {clean.Count} clean letters marked:{Environment.NewLine}{string.Join(Environment.NewLine, marked.Select(m => $"{string.Join(", ", m.Marks.Select(d => $"{d.Kind} \"{d.Text}\""))} in: {m.Text}"))}");
    }

    [Fact]
    public void Each_mark_says_what_it_is_and_where()
    {
        var text = "Write to jo.smith@example.com or call (555) 123-4567; my son Tyler is 14 and we live at 1423 Maple Ave in Dayton.";

        var marks = IdentifyingDetails.Find(text);

        Assert.Equal(
            [(DetailKind.Email, "jo.smith@example.com"), (DetailKind.Phone, "(555) 123-4567"), (DetailKind.Name, "Tyler"), (DetailKind.AgeOrDate, "14"),
                (DetailKind.StreetAddress, "1423 Maple Ave"), (DetailKind.Place, "Dayton")],
            marks.Select(m => (m.Kind, m.Text)));
        Assert.All(marks, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("Zephyrine Q", true)]
    [InlineData("Maria G.", true)]
    [InlineData("Alone in Ohio", true)]
    [InlineData("Jennifer Lopez", true)]
    [InlineData("Dragging Him to Therapy", false)]
    [InlineData("Tired Mom", false)]
    public void A_pen_name_that_may_be_their_own_name_is_marked(string penName, bool marked)
    {
        Assert.Equal(marked, IdentifyingDetails.FindInPenName(penName).Count > 0);
    }

    [Theory]
    [InlineData("She was treated at St. Barnabas last spring.", "St. Barnabas")]
    [InlineData("His truck, plate HJK-4421, parks outside every night.", "HJK-4421")]
    [InlineData("It parks on Route 9 every night.", "Route 9")]
    [InlineData("Find me on TikTok as keishab_nyc if you want.", "keishab_nyc")]
    [InlineData("add me on snap kbrown2 lol", "kbrown2")]
    [InlineData("It started at Halloween 2023 and never stopped.", "Halloween 2023")]
    public void Details_found_in_review_are_marked_whole(string text, string detail)
    {
        Assert.Contains(IdentifyingDetails.Find(text), m => m.Text == detail);
    }

    [Fact]
    public void A_street_named_without_a_number_is_marked()
    {
        var marks = IdentifyingDetails.Find("We live on Maple Street, near the river.");

        Assert.Contains(marks, m => m.Kind == DetailKind.StreetAddress && m.Text == "Maple Street");
    }

    // Found when a mark covers any part of the detail: the editor's eye is drawn to it either way.
    private static bool Marked(string text, string detail)
    {
        var at = text.IndexOf(detail, StringComparison.Ordinal);
        return IdentifyingDetails.Find(text).Any(m => m.Start < at + detail.Length && at < m.Start + m.Length);
    }
}
