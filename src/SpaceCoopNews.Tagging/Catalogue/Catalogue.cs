using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace SpaceCoopNews.Tagging;

/// <summary>The immutable set of entities the tagger links to; load once and share.</summary>
public sealed class Catalogue
{
    private static readonly string[] SeedFiles = ["agencies.json", "missions.json", "people.json"];

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, CatalogueEntity> _bySlug;

    private Catalogue(IReadOnlyList<CatalogueEntity> entities, string version)
    {
        Entities = entities;
        Version = version;
        _bySlug = new Dictionary<string, CatalogueEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!_bySlug.TryAdd(entity.Slug, entity))
                throw new InvalidDataException($"Duplicate catalogue slug '{entity.Slug}'.");
        }
    }

    /// <summary>SHA-256 (hex) of the seed content, so stored tags can say which catalogue made them.</summary>
    public string Version { get; }

    public IReadOnlyList<CatalogueEntity> Entities { get; }

    public CatalogueEntity? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The catalogue compiled into this assembly (agencies, missions and people seed files).</summary>
    public static Catalogue LoadEmbedded()
    {
        var assembly = typeof(Catalogue).Assembly;
        var entities = new List<CatalogueEntity>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in SeedFiles)
        {
            var bytes = ReadResource(assembly, "SpaceCoopNews.Tagging.Catalogue." + file);
            hash.AppendData(bytes);
            entities.AddRange(JsonSerializer.Deserialize<List<CatalogueEntity>>(bytes, JsonOptions)
                ?? throw new InvalidDataException($"Catalogue file {file} is empty."));
        }
        return new Catalogue(entities, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A catalogue from entities built in code (tests, imports); its version hashes their JSON.</summary>
    public static Catalogue Load(IEnumerable<CatalogueEntity> entities)
    {
        var list = entities.ToList();
        var json = JsonSerializer.SerializeToUtf8Bytes(list, JsonOptions);
        return new Catalogue(list, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    /// <summary>References (agency, missions, crew, vehicle, partOf) that name no entity, as "slug → missing".</summary>
    public IReadOnlyList<string> UnresolvedReferences() =>
        Entities.SelectMany(e => e.References().Where(r => !_bySlug.ContainsKey(r)).Select(r => $"{e.Slug} → {r}"))
            .ToList();

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded catalogue resource '{name}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
