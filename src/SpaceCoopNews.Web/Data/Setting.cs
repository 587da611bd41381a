namespace SpaceCoopNews.Web.Data;

/// <summary>A key/value the app keeps about itself, such as the catalogue version last applied.</summary>
public class Setting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
