using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceCoopNews.Web.Search;

#nullable disable

namespace SpaceCoopNews.Web.Data.Migrations
{
    /// <summary>The log of changed stories that search's in-memory StoryFacts reads; SQL only, the model is unchanged.</summary>
    [DbContext(typeof(NewsDbContext))]
    [Migration("20261125203000_SearchChangeLog")]
    public partial class SearchChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.CreateChangeLog);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSchema.DropChangeLog);
        }
    }
}
