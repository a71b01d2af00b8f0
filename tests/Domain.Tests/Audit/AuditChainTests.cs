using AdviceIntake.Domain.Audit;

namespace AdviceIntake.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_trail_written_row_after_row_is_whole()
    {
        var chain = new AuditChain();

        var rows = Trail(5);

        Assert.All(rows, r => Assert.True(chain.Add(r)));
        Assert.Null(chain.Problem);
        Assert.Equal(5, chain.RowsChecked);
        Assert.Equal(rows[^1].Hash, chain.HeadHash);
        Assert.Equal(AuditRecord.GenesisHash, rows[0].PreviousHash);
    }

    [Fact]
    public void A_missing_row_is_found()
    {
        var rows = Trail(5);
        var chain = new AuditChain();

        var whole = rows.Where(r => r.Sequence != 3).All(chain.Add);

        Assert.False(whole);
        Assert.Equal("Rows 3 to 3 are missing.", chain.Problem);
    }

    [Fact]
    public void A_row_replaced_by_a_well_formed_one_breaks_the_link_to_the_next()
    {
        var rows = Trail(4);
        rows[1] = AuditRecord.After(rows[0], AuditAction.SignedIn, Start.AddMinutes(1), "someone-else");
        var chain = new AuditChain();

        var whole = rows.All(chain.Add);

        Assert.False(whole);
        Assert.Equal("Row 3 does not follow row 2: a row before it was replaced.", chain.Problem);
    }

    [Fact]
    public void Rows_out_of_order_are_found()
    {
        var rows = Trail(3);
        var chain = new AuditChain();

        var whole = new[] { rows[0], rows[2], rows[1] }.All(chain.Add);

        Assert.False(whole);
        Assert.StartsWith("Rows 2 to 2 are missing", chain.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_covers_every_field()
    {
        var a = AuditRecord.After(null, AuditAction.CaseViewed, Start, "dana", "q1", "ABCD-EFGH-JK");
        var others = new[]
        {
            AuditRecord.After(null, AuditAction.SignedIn, Start, "dana", "q1", "ABCD-EFGH-JK"),
            AuditRecord.After(null, AuditAction.CaseViewed, Start.AddMilliseconds(1), "dana", "q1", "ABCD-EFGH-JK"),
            AuditRecord.After(null, AuditAction.CaseViewed, Start, "dan", "aq1", "ABCD-EFGH-JK"),
            AuditRecord.After(null, AuditAction.CaseViewed, Start, "dana", "q1", null),
        };

        Assert.All(others, o => Assert.NotEqual(a.Hash, o.Hash));
        Assert.Equal(a.Hash, a.ComputeHash());
    }

    [Fact]
    public void Time_is_kept_to_the_millisecond_so_it_reads_back_the_same_from_any_database()
    {
        var row = AuditRecord.After(null, AuditAction.SignedIn, Start.AddTicks(17_345), "dana");

        Assert.Equal(Start.AddMilliseconds(1), row.At);
    }

    private static List<AuditRecord> Trail(int count)
    {
        var rows = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            rows.Add(AuditRecord.After(rows.LastOrDefault(), AuditAction.CaseViewed, Start.AddMinutes(i), "dana", $"q{i}", "ABCD-EFGH-JK"));
        }

        return rows;
    }
}
