namespace AdviceIntake.Domain.Audit;

/// <summary>Checks the audit trail row by row, in order: each row unchanged, numbered next, and linked to the one before.</summary>
public sealed class AuditChain
{
    private AuditRecord? previous;

    /// <summary>The first break found, or none while the trail is whole.</summary>
    public string? Problem { get; private set; }

    public long RowsChecked { get; private set; }

    /// <summary>The newest row's hash: written down elsewhere, it shows later whether rows were cut from the end.</summary>
    public string HeadHash => previous?.Hash ?? AuditRecord.GenesisHash;

    /// <summary>Takes the next row; false once the chain is broken.</summary>
    public bool Add(AuditRecord record)
    {
        if (Problem is not null)
        {
            return false;
        }

        var expected = (previous?.Sequence ?? 0) + 1;
        Problem = record.Sequence != expected
            ? (record.Sequence > expected
                ? $"Rows {expected} to {record.Sequence - 1} are missing."
                : $"Row {record.Sequence} appears twice or out of order.")
            : record.Hash != record.ComputeHash()
                ? $"Row {record.Sequence} was changed after it was written."
                : record.PreviousHash != (previous?.Hash ?? AuditRecord.GenesisHash)
                    ? $"Row {record.Sequence} does not follow row {expected - 1}: a row before it was replaced."
                    : null;
        if (Problem is not null)
        {
            return false;
        }

        previous = record;
        RowsChecked++;
        return true;
    }
}
