namespace SpaceCoopNews.Web.Import;

/// <summary>Limits and schedule of feed import, bound from the "Import" section.</summary>
public sealed class ImportOptions
{
    /// <summary>A feed body larger than this is refused before it is parsed (bytes, after decompression).</summary>
    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Deeper XML or JSON nesting is refused; real feeds stay under 10 levels.</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Items past this many in one fetch are rejected rather than imported.</summary>
    public int MaxItemsPerFeed { get; set; } = 1000;

    public int MaxRedirects { get; set; } = 5;
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public int RetryAttempts { get; set; } = 2;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The background poller; tests drive polling themselves and switch it off.</summary>
    public bool PollerEnabled { get; set; } = true;
    public TimeSpan PollerTick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A failing source waits interval × 2^failures, never longer than this.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(24);
}
