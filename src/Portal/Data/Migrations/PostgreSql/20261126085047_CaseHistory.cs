using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueAt",
                table: "Questions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "QueueRisk",
                table: "Questions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubjectId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: true),
                    SealedNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AssigneeId",
                table: "Questions",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TriageOrder",
                table: "Questions",
                columns: new[] { "QueueRisk", "DueAt", "SubmittedAt", "Id" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_Kind_At",
                table: "CaseEvents",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_QuestionId_At",
                table: "CaseEvents",
                columns: new[] { "QuestionId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropIndex(
                name: "IX_Questions_AssigneeId",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_TriageOrder",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "QueueRisk",
                table: "Questions");
        }
    }
}
