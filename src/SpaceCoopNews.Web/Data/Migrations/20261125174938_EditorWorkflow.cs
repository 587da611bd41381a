using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceCoopNews.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditorWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Workflow",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "Articles");
        }
    }
}
