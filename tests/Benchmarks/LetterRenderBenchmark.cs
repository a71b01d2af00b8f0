using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents;
using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goals: a two-page answer letter rendered in 2.5 ms or less at the median (400 letters a second on one core), and
/// 1,000 letters rendered eight at a time, each read back, with none wrong.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentilesConfig))]
public class LetterRenderBenchmark
{
    private static readonly ServiceLetterhead Service = new("AdviceIntake", "AdviceIntake · answers from licensed therapists · not an emergency service: in danger, call 911");
    private static readonly LetterSignature Signature = new("Dana Reyes", "LMFT, LMHC", "Marriage and family therapist in Ohio");

    private static readonly ServiceListing Hotline = new(
        "National Domestic Violence Hotline", null, "Support, safety planning and local shelters for anyone affected by abuse.",
        [new ContactPoint("Call", "1-800-799-7233"), new ContactPoint("Text", "START to 88788"), new ContactPoint("Chat", "https://www.thehotline.org")],
        "24 hours, every day", "English, Spanish", "United States", new DateOnly(2026, 11, 26));

    private readonly LetterDocuments documents = new();
    private AnswerLetter letter = default!;

    [GlobalSetup]
    public void Setup()
    {
        letter = Letter("Dragging Him to Therapy");
        using var pdf = PdfDocument.Open(documents.Render(letter));
        if (pdf.NumberOfPages != 2)
        {
            throw new InvalidOperationException($"The benchmark letter should fill two pages; it fills {pdf.NumberOfPages}.");
        }
    }

    [Benchmark]
    public byte[] Render_a_two_page_letter() => documents.Render(letter);

    /// <summary>Each letter names its own writer; reading each back proves no letter got another's words or lost any.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Render_1000_letters_8_at_a_time_and_read_each_back()
    {
        var wrong = 0;
        Parallel.For(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var penName = $"Writer {i:0000}";
            using var pdf = PdfDocument.Open(documents.Render(Letter(penName)));
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            if (!text.Contains($"DearWriter{i:0000},", StringComparison.Ordinal) && !text.Contains($"Dear Writer {i:0000},", StringComparison.Ordinal)
                || !text.Contains("Kindregards,", StringComparison.Ordinal) && !text.Contains("Kind regards,", StringComparison.Ordinal)
                || pdf.NumberOfPages != 2)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        return wrong == 0 ? 0 : throw new InvalidOperationException($"{wrong} of 1,000 letters were wrong.");
    }

    private static AnswerLetter Letter(string penName)
    {
        var paragraphs = Enumerable.Range(1, 9).Select(i =>
            $"Paragraph {i}. It sounds as though **the arguments about money** have become a stand-in for something harder to say: " +
            "whether you can rely on each other. Many couples find it helps to *choose a calm moment*, not the end of an argument, " +
            "and to begin with what you hope for rather than what has gone wrong. If he still says no to counselling, going on your own " +
            "is not giving up; it often changes the conversation at home.");
        var answer = string.Join("\n\n", paragraphs) + "\n\n- Write down what you want to say\n- Choose a time with no children around\n- Agree a word that means pause";
        return new AnswerLetter(Service, new DateOnly(2026, 11, 30), "K7M2-QX9P-3D", penName, AnswerMarkup.Parse(answer), Signature, [Hotline]);
    }
}
