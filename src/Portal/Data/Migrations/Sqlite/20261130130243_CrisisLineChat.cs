using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CrisisLineChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChatUrl",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChatUrl",
                table: "ReferralResources");
        }
    }
}
