namespace SpaceCoopNews.Web.Search;

/// <summary>
/// The SQLite objects behind search, created by the Search migration. The FTS5 index reads its
/// text through the ArticleSearchSource view (title, summary, Markdown body, names and aliases of
/// linked entities that are not rejected). Triggers keep it in step in the same transaction as
/// every write: a BEFORE trigger removes a story's indexed text while the view still shows the old
/// text, the AFTER trigger adds the new text. SearchDocuments mirrors the two columns visibility
/// needs, because Articles keeps them behind the large body columns.
/// </summary>
public static class SearchSchema
{
    private const string Columns = "title, summary, body, entities";

    /// <summary>How the index splits and normalises words: English stems, case and diacritics folded.</summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>Aliases beyond this many are still recognised in queries, but not indexed with the stories.</summary>
    public const int MaxIndexedAliases = 16;

    public static string Create => $"""
        CREATE TABLE SearchDocuments (Id INTEGER NOT NULL PRIMARY KEY, Status INTEGER NOT NULL, PublishedAt TEXT NULL);
        CREATE INDEX IX_SearchDocuments_Status_PublishedAt_Id ON SearchDocuments (Status, PublishedAt, Id);
        INSERT INTO SearchDocuments (Id, Status, PublishedAt) SELECT Id, Status, PublishedAt FROM Articles;

        CREATE INDEX IX_ArticleEntities_Search_Entity ON ArticleEntities (EntityId, ArticleId) WHERE State <> 2;
        CREATE INDEX IX_ArticleEntities_Search_Article ON ArticleEntities (ArticleId, EntityId) WHERE State <> 2;

        CREATE VIEW ArticleSearchSource AS
        SELECT a.Id AS Id, a.Title AS title, a.Summary AS summary, a.BodyMarkdown AS body,
               coalesce((SELECT group_concat(n.text, ' ') FROM (
                   SELECT e.Name{AliasText("e.Aliases")} AS text
                   FROM ArticleEntities l JOIN Entities e ON e.Id = l.EntityId
                   WHERE l.ArticleId = a.Id AND l.State <> 2 ORDER BY e.Id) n), '') AS entities
        FROM Articles a;

        CREATE VIRTUAL TABLE ArticleSearch USING fts5({Columns},
            content = 'ArticleSearchSource', content_rowid = 'Id',
            tokenize = '{Tokenizer}');
        INSERT INTO ArticleSearch (ArticleSearch) VALUES ('rebuild');
        INSERT INTO ArticleSearch (ArticleSearch) VALUES ('optimize');

        CREATE TRIGGER Articles_Search_AfterInsert AFTER INSERT ON Articles BEGIN
            INSERT INTO SearchDocuments (Id, Status, PublishedAt) VALUES (new.Id, new.Status, new.PublishedAt);
            {Add("new.Id")}
        END;
        CREATE TRIGGER Articles_Search_BeforeUpdate BEFORE UPDATE OF Title, Summary, BodyMarkdown ON Articles BEGIN
            {Remove("old.Id")}
        END;
        CREATE TRIGGER Articles_Search_AfterUpdate AFTER UPDATE OF Title, Summary, BodyMarkdown ON Articles BEGIN
            {Add("new.Id")}
        END;
        CREATE TRIGGER Articles_Search_AfterStatusChange AFTER UPDATE OF Status, PublishedAt ON Articles BEGIN
            UPDATE SearchDocuments SET Status = new.Status, PublishedAt = new.PublishedAt WHERE Id = new.Id;
        END;
        CREATE TRIGGER Articles_Search_BeforeDelete BEFORE DELETE ON Articles BEGIN
            DELETE FROM ArticleEntities WHERE ArticleId = old.Id;
            {Remove("old.Id")}
            DELETE FROM SearchDocuments WHERE Id = old.Id;
        END;

        CREATE TRIGGER ArticleEntities_Search_BeforeInsert BEFORE INSERT ON ArticleEntities WHEN new.State <> 2 BEGIN
            {Remove("new.ArticleId")}
        END;
        CREATE TRIGGER ArticleEntities_Search_AfterInsert AFTER INSERT ON ArticleEntities WHEN new.State <> 2 BEGIN
            {Add("new.ArticleId")}
        END;
        CREATE TRIGGER ArticleEntities_Search_BeforeUpdate BEFORE UPDATE OF State, EntityId, ArticleId ON ArticleEntities
            WHEN (old.State = 2) <> (new.State = 2) OR old.EntityId <> new.EntityId OR old.ArticleId <> new.ArticleId BEGIN
            {Remove("old.ArticleId", "new.ArticleId")}
        END;
        CREATE TRIGGER ArticleEntities_Search_AfterUpdate AFTER UPDATE OF State, EntityId, ArticleId ON ArticleEntities
            WHEN (old.State = 2) <> (new.State = 2) OR old.EntityId <> new.EntityId OR old.ArticleId <> new.ArticleId BEGIN
            {Add("old.ArticleId", "new.ArticleId")}
        END;
        CREATE TRIGGER ArticleEntities_Search_BeforeDelete BEFORE DELETE ON ArticleEntities WHEN old.State <> 2 BEGIN
            {Remove("old.ArticleId")}
        END;
        CREATE TRIGGER ArticleEntities_Search_AfterDelete AFTER DELETE ON ArticleEntities WHEN old.State <> 2 BEGIN
            {Add("old.ArticleId")}
        END;

        CREATE TRIGGER Entities_Search_BeforeRename BEFORE UPDATE OF Name, Aliases ON Entities BEGIN
            {Remove(LinkedTo("old.Id"))}
        END;
        CREATE TRIGGER Entities_Search_AfterRename AFTER UPDATE OF Name, Aliases ON Entities BEGIN
            {Add(LinkedTo("new.Id"))}
        END;
        CREATE TRIGGER Entities_Search_BeforeDelete BEFORE DELETE ON Entities BEGIN
            DELETE FROM ArticleEntities WHERE EntityId = old.Id;
        END;
        CREATE TRIGGER Entities_Search_AfterInsert AFTER INSERT ON Entities BEGIN {BumpCatalogueVersion} END;
        CREATE TRIGGER Entities_Search_AfterUpdate AFTER UPDATE ON Entities BEGIN {BumpCatalogueVersion} END;
        CREATE TRIGGER Entities_Search_AfterDelete AFTER DELETE ON Entities BEGIN {BumpCatalogueVersion} END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS Entities_Search_AfterDelete;
        DROP TRIGGER IF EXISTS Entities_Search_AfterUpdate;
        DROP TRIGGER IF EXISTS Entities_Search_AfterInsert;
        DROP TRIGGER IF EXISTS Entities_Search_BeforeDelete;
        DROP TRIGGER IF EXISTS Entities_Search_AfterRename;
        DROP TRIGGER IF EXISTS Entities_Search_BeforeRename;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_AfterDelete;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_BeforeDelete;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_AfterUpdate;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_BeforeUpdate;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_AfterInsert;
        DROP TRIGGER IF EXISTS ArticleEntities_Search_BeforeInsert;
        DROP TRIGGER IF EXISTS Articles_Search_BeforeDelete;
        DROP TRIGGER IF EXISTS Articles_Search_AfterStatusChange;
        DROP TRIGGER IF EXISTS Articles_Search_AfterUpdate;
        DROP TRIGGER IF EXISTS Articles_Search_BeforeUpdate;
        DROP TRIGGER IF EXISTS Articles_Search_AfterInsert;
        DROP TABLE IF EXISTS ArticleSearch;
        DROP VIEW IF EXISTS ArticleSearchSource;
        DROP INDEX IF EXISTS IX_ArticleEntities_Search_Article;
        DROP INDEX IF EXISTS IX_ArticleEntities_Search_Entity;
        DROP TABLE IF EXISTS SearchDocuments;
        DELETE FROM Settings WHERE Key = 'search.catalogue-version';
        """;

    /// <summary>
    /// The log <see cref="StoryFacts"/> reads: the id of every story whose visibility (status, date,
    /// existence) or links change, appended by trigger in the same transaction as the change.
    /// </summary>
    public const string CreateChangeLog = """
        CREATE TABLE SearchChanges (Seq INTEGER PRIMARY KEY AUTOINCREMENT, ArticleId INTEGER NOT NULL);
        CREATE TRIGGER SearchDocuments_Log_Insert AFTER INSERT ON SearchDocuments BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (new.Id);
        END;
        CREATE TRIGGER SearchDocuments_Log_Update AFTER UPDATE ON SearchDocuments BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (new.Id);
        END;
        CREATE TRIGGER SearchDocuments_Log_Delete AFTER DELETE ON SearchDocuments BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (old.Id);
        END;
        CREATE TRIGGER ArticleEntities_Log_Insert AFTER INSERT ON ArticleEntities BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (new.ArticleId);
        END;
        CREATE TRIGGER ArticleEntities_Log_Update AFTER UPDATE OF State, EntityId, ArticleId ON ArticleEntities BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (old.ArticleId);
            INSERT INTO SearchChanges (ArticleId) SELECT new.ArticleId WHERE new.ArticleId <> old.ArticleId;
        END;
        CREATE TRIGGER ArticleEntities_Log_Delete AFTER DELETE ON ArticleEntities BEGIN
            INSERT INTO SearchChanges (ArticleId) VALUES (old.ArticleId);
        END;
        """;

    public const string DropChangeLog = """
        DROP TRIGGER IF EXISTS ArticleEntities_Log_Delete;
        DROP TRIGGER IF EXISTS ArticleEntities_Log_Update;
        DROP TRIGGER IF EXISTS ArticleEntities_Log_Insert;
        DROP TRIGGER IF EXISTS SearchDocuments_Log_Delete;
        DROP TRIGGER IF EXISTS SearchDocuments_Log_Update;
        DROP TRIGGER IF EXISTS SearchDocuments_Log_Insert;
        DROP TABLE IF EXISTS SearchChanges;
        """;

    /// <summary>
    /// Rebuilds the whole index from the stories (operator command `search-rebuild`), then merges it
    /// into one segment: lookups of single stories (snippets) get several times faster.
    /// </summary>
    public const string Rebuild = "INSERT INTO ArticleSearch (ArticleSearch) VALUES ('rebuild'); INSERT INTO ArticleSearch (ArticleSearch) VALUES ('optimize');";

    private const string BumpCatalogueVersion =
        $"INSERT INTO Settings (Key, Value) VALUES ('{EntityCatalogue.VersionKey}', '1') " +
        "ON CONFLICT (Key) DO UPDATE SET Value = CAST(CAST(Value AS INTEGER) + 1 AS TEXT);";

    /// <summary>
    /// The first aliases as plain text. json_extract rather than json_each: SQLite refuses
    /// table-valued functions in a view that FTS5 and triggers read ("no such table: main.json_each").
    /// </summary>
    private static string AliasText(string column) =>
        string.Concat(Enumerable.Range(0, MaxIndexedAliases).Select(i => $" || coalesce(' ' || json_extract({column}, '$[{i}]'), '')"));

    private static string LinkedTo(string entityId) => $"SELECT ArticleId FROM ArticleEntities WHERE EntityId = {entityId} AND State <> 2";

    private static string Remove(params string[] ids) =>
        $"INSERT INTO ArticleSearch (ArticleSearch, rowid, {Columns}) SELECT 'delete', Id, {Columns} FROM ArticleSearchSource WHERE Id IN ({string.Join(", ", ids)});";

    private static string Add(params string[] ids) =>
        $"INSERT INTO ArticleSearch (rowid, {Columns}) SELECT Id, {Columns} FROM ArticleSearchSource WHERE Id IN ({string.Join(", ", ids)});";
}
