namespace AdviceIntake.Portal.Email;

/// <summary>
/// Every minute, and when check-ins fall due: sends everything owed and due, fifty at a time over one connection with
/// one commit a batch. That is the email whose job was lost in a crash, the one whose last attempt failed once its wait
/// is over, and each check-in the dispatcher owed.
/// </summary>
public sealed class DeliverPendingEmails(DeliverEmail deliver, ILogger<DeliverPendingEmails> logger)
{
    private const int Batch = 50;

    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        DeliverEmail.Round round;
        do
        {
            // A failed message waits before it is due again, so the rounds come to an end.
            round = await deliver.SendAsync(_ => true, Batch, cancellationToken);
            foreach (var failure in round.Failures)
            {
                logger.LogWarning("An email could not be sent ({Failure}); it will be tried again.", failure);
            }
        }
        while (round.Claimed == Batch);
    }
}
