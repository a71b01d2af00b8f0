using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Publishing;

public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>
    /// How many comments one client may send in <see cref="CommentWindow"/>. A shelter's or a library's network is one
    /// client to us, so the limit leaves room for several people.
    /// </summary>
    [Range(1, 1000)]
    public int CommentsPerClient { get; set; } = 10;

    public TimeSpan CommentWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Days a commenter's email is kept (to answer a question about their comment), then erased.</summary>
    [Range(1, 3650)]
    public int CommentEmailDays { get; set; } = 90;
}
