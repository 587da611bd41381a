using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Entities;

/// <summary>The URL section of each entity kind: /agencies, /missions, /people.</summary>
public static class EntitySection
{
    public const string RouteConstraint = "regex(^(agencies|missions|people)$)";

    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "agencies",
        EntityKind.Mission => "missions",
        _ => "people",
    };

    public static EntityKind? KindOf(string section) => section switch
    {
        "agencies" => EntityKind.Agency,
        "missions" => EntityKind.Mission,
        "people" => EntityKind.Person,
        _ => null,
    };

    public static string Heading(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "Agencies",
        EntityKind.Mission => "Missions",
        _ => "People",
    };

    public static string Singular(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "agency",
        EntityKind.Mission => "mission",
        _ => "person",
    };
}
