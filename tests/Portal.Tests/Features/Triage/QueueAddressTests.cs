using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Triage;

namespace AdviceIntake.Portal.Tests.Features.Triage;

/// <summary>The queue's state in the address: written without defaults, read back the same, hand-edited values ignored.</summary>
public sealed class QueueAddressTests
{
    [Fact]
    public void A_query_written_to_the_address_reads_back_the_same()
    {
        var query = new LoadQueue.Query(QueueView.Mine, QuestionStatus.Claimed, RiskLevel.Crisis, Topic.GriefAndLoss, "staff-7",
            QueueSort.Waiting, Descending: true, Page: 2, PageSize: 50, Search: "Grey Morning");

        var written = QueueAddress.Write(query);
        string? Get(string key) => written[key] as string;

        Assert.Equal(("mine", "claimed", "crisis", "griefandloss", "waiting", "desc", "3", "50", "Grey Morning"),
            (Get("view"), Get("status"), Get("risk"), Get("topic"), Get("sort"), Get("dir"), Get("page"), Get("size"), Get("q")));
        Assert.Equal(query, QueueAddress.Read(Get("view"), Get("status"), Get("risk"), Get("topic"), Get("assignee"), Get("sort"), Get("dir"),
            Get("page"), Get("size"), Get("q")));
    }

    [Fact]
    public void The_default_view_leaves_the_address_bare()
    {
        Assert.All(QueueAddress.Write(new LoadQueue.Query()).Values, Assert.Null);
        Assert.Equal(new LoadQueue.Query(), QueueAddress.Read(null, null, null, null, null, null, null, null, null, null));
    }

    [Theory]
    [InlineData("everything", "answered", "7", "<script>", "sideways", "0", "33", "   ")]
    [InlineData("Mine; drop table", "withdrawn", "-1", "99", "1", "-4", "abc", "")]
    [InlineData("", "", "", "", "", "abc", "1.5", "")]
    [InlineData("", "", "", "", "", "99999999999", "25.0", "")]
    [InlineData("", "", "", "", "", "1.5", "+50", "")]
    public void Hand_edited_values_fall_back_to_the_defaults(string view, string status, string risk, string topic, string direction, string page, string size, string search)
    {
        var read = QueueAddress.Read(view, status, risk, topic, "", "reference", direction, page, size, search);

        Assert.Equal(new LoadQueue.Query(), read);
    }

    [Fact]
    public void A_search_is_trimmed_and_kept_to_a_hundred_characters()
    {
        Assert.Equal("Grey", QueueAddress.Read(null, null, null, null, null, null, null, null, null, "  Grey  ").Search);
        Assert.Equal(100, QueueAddress.Read(null, null, null, null, null, null, null, null, null, new string('a', 300)).Search!.Length);
    }
}
