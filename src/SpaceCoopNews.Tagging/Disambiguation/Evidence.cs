using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>What a rule saw, kept as references and written out only for the links a story keeps.</summary>
internal readonly record struct Evidence(Evidence.Reason Why, Candidate Mention = default, Candidate Word = default, int Entity = -1, string? Text = null)
{
    public enum Reason
    {
        /// <summary>No evidence recorded (a weaker mention of an entity already linked).</summary>
        None,
        /// <summary><see cref="Text"/> as given.</summary>
        Text,
        FullName,
        Name,
        Alias,
        CloseSpelling,
        AfterName,
        WithRelated,
        WithWord,
        SharedName,
        Flew,
        SurnameWithWord,
    }

    public static Evidence Of(string text) => new(Reason.Text, Text: text);

    public string Format(Story story) => Why switch
    {
        Reason.None => "",
        Reason.Text => Text!,
        Reason.FullName => $"full name in {story.FieldName(Mention)}",
        Reason.Name => $"name in {story.FieldName(Mention)}",
        Reason.Alias => $"alias '{story.Surface(Mention)}' in {story.FieldName(Mention)}",
        Reason.CloseSpelling => $"'{story.Surface(Mention)}' is one letter from {story.Entity(Entity).Name} ({story.FieldName(Mention)})",
        Reason.AfterName => $"'{story.Surface(Mention)}' after {story.Entity(Entity).Name} in story",
        Reason.WithRelated => $"'{story.Surface(Mention)}' with related {story.Entity(Entity).Name} in story",
        Reason.WithWord => $"'{story.Surface(Mention)}' with '{story.Surface(Word)}'",
        Reason.SharedName => $"name in {story.FieldName(Mention)}, shared by several entities",
        Reason.Flew => $"surname; flew {story.Entity(Entity).Name}, named in story",
        Reason.SurnameWithWord => $"surname with '{story.Surface(Word)}'",
        _ => throw new InvalidOperationException($"Unknown evidence {Why}."),
    };
}
