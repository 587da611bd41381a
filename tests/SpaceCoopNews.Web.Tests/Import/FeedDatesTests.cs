using SpaceCoopNews.Web.Import.Parsing;

namespace SpaceCoopNews.Web.Tests.Import;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Mon, 25 Mar 2024 15:03:00 GMT", "2024-03-25T15:03:00+00:00")]
    [InlineData("Thu, 15 Feb 2024 09:30 EDT", "2024-02-15T09:30:00-04:00")]
    [InlineData("15 Feb 2024 09:30:10 +0530", "2024-02-15T09:30:10+05:30")]
    [InlineData("Sat, 6 Apr 24 22:00:00 CEST", "2024-04-06T22:00:00+02:00")]
    [InlineData("Tue, 02 Apr 2024 08:00:00", "2024-04-02T08:00:00+00:00")]
    [InlineData("Wed, 31 Dec 2025 23:59:60 Z", "2025-12-31T23:59:59+00:00")]
    [InlineData("2024-01-10T08:00:00+01:00", "2024-01-10T08:00:00+01:00")]
    [InlineData("2024-01-10T08:00:00.123Z", "2024-01-10T08:00:00.123+00:00")]
    [InlineData("2024-01-10 08:00:00-0700", "2024-01-10T08:00:00-07:00")]
    [InlineData("2024-01-10", "2024-01-10T00:00:00+00:00")]
    public void Rfc822_and_rfc3339_dates_keep_the_sources_offset(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("04/03/2021")]
    [InlineData("yesterday")]
    [InlineData("Mon, 30 Feb 2024 10:00:00 GMT")]
    [InlineData("Mon, 25 Mar 2024 15:03:00 IST")]
    [InlineData("Mon, 25 Foo 2024 15:03:00 GMT")]
    public void Ambiguous_impossible_or_unknown_dates_are_not_guessed(string text)
    {
        Assert.False(FeedDates.TryParse(text, out _));
    }
}
