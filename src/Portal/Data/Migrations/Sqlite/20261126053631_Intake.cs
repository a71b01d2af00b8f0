using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PassphraseHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SealedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    SealedText = table.Column<string>(type: "TEXT", nullable: false),
                    SealedPenName = table.Column<string>(type: "TEXT", nullable: false),
                    SealedEmail = table.Column<string>(type: "TEXT", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgeRange = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConsentsToFollowUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentsToPublication = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScreeningInDangerNow = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScreeningThoughtsOfSelfHarm = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScreeningHarmFrom = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreeningChildBeingHurt = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RiskReasons = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusLookupGuards",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusLookupGuards", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Reference",
                table: "Questions",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "StatusLookupGuards");
        }
    }
}
