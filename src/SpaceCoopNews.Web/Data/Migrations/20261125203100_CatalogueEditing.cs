using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceCoopNews.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EntitySlugRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntitySlugRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntitySlugRedirects_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntitySlugRedirects_EntityId",
                table: "EntitySlugRedirects",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_EntitySlugRedirects_OldSlug",
                table: "EntitySlugRedirects",
                column: "OldSlug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntitySlugRedirects");
        }
    }
}
