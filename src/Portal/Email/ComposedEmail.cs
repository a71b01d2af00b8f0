using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>An owed email as it should go now, or why it is no longer needed.</summary>
public sealed record ComposedEmail(MimeMessage? Email, string? NotNeeded);
