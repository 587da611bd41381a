using System.ComponentModel.DataAnnotations;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Pages.Admin.Sources;

/// <summary>The fields an Admin sets on a source; shared by the add and edit forms.</summary>
public sealed class SourceForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the source a name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the feed's address.")]
    [StringLength(2000, ErrorMessage = "The address is longer than 2000 characters.")]
    [Display(Name = "Feed URL")]
    public string FeedUrl { get; set; } = "";

    [Range(5, 10080, ErrorMessage = "Poll every 5 to 10080 minutes (a week).")]
    [Display(Name = "Poll every (minutes)")]
    public int PollIntervalMinutes { get; set; } = 60;

    public bool Enabled { get; set; } = true;

    [Display(Name = "Publish imported stories directly (otherwise they wait as drafts)")]
    public bool PublishDirectly { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(FeedUrl)
            && !(Uri.TryCreate(FeedUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Enter an http or https address, such as https://example.org/feed.xml.", [nameof(FeedUrl)]);
        }
    }

    public static SourceForm From(FeedSource source) => new()
    {
        Name = source.Name,
        FeedUrl = source.FeedUrl,
        PollIntervalMinutes = source.PollIntervalMinutes,
        Enabled = source.Enabled,
        PublishDirectly = source.PublishDirectly,
    };

    /// <summary>Copies the form onto a source; a new address forgets the old validators and is polled at once.</summary>
    public void ApplyTo(FeedSource source)
    {
        var url = new Uri(FeedUrl.Trim()).AbsoluteUri;
        if (source.FeedUrl != url)
        {
            source.ETag = null;
            source.LastModified = null;
            source.NextPollAt = null;
        }
        source.Name = Name.Trim();
        source.FeedUrl = url;
        source.PollIntervalMinutes = PollIntervalMinutes;
        source.Enabled = Enabled;
        source.PublishDirectly = PublishDirectly;
    }
}
