using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceCoopNews.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StorySlugRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSlugRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSlugRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleSlugRedirects_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSlugRedirects_ArticleId",
                table: "ArticleSlugRedirects",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSlugRedirects_OldSlug",
                table: "ArticleSlugRedirects",
                column: "OldSlug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleSlugRedirects");
        }
    }
}
