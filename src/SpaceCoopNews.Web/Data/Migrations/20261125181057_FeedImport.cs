using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceCoopNews.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CanonicalUrl",
                table: "Articles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "Articles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeedSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FeedUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    PollIntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishDirectly = table.Column<bool>(type: "INTEGER", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastModified = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NextPollAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRejections = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LastNewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDuplicateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRejectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalNewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalDuplicateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalRejectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedSources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CanonicalUrl",
                table: "Articles",
                column: "CanonicalUrl");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ContentHash",
                table: "Articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_NormalizedTitle_PublishedAt",
                table: "Articles",
                columns: new[] { "NormalizedTitle", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceId",
                table: "Articles",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedSources_Enabled_NextPollAt",
                table: "FeedSources",
                columns: new[] { "Enabled", "NextPollAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedSources_FeedUrl",
                table: "FeedSources",
                column: "FeedUrl",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_FeedSources_SourceId",
                table: "Articles",
                column: "SourceId",
                principalTable: "FeedSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_FeedSources_SourceId",
                table: "Articles");

            migrationBuilder.DropTable(
                name: "FeedSources");

            migrationBuilder.DropIndex(
                name: "IX_Articles_CanonicalUrl",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_ContentHash",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_NormalizedTitle_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CanonicalUrl",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "NormalizedTitle",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Articles");
        }
    }
}
