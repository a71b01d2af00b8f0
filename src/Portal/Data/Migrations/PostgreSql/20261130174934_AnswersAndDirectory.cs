using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AnswersAndDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Areas were free text; they are now "US" or state codes, which the directory can search.
            migrationBuilder.Sql("UPDATE \"ReferralResources\" SET \"AreaServed\" = 'US' WHERE \"AreaServed\" IN ('United States', 'United States and Canada');");

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "ReferralResources",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fees",
                table: "ReferralResources",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HowToApply",
                table: "ReferralResources",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "ReferralResources",
                type: "character varying(160)",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganizationDescription",
                table: "ReferralResources",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneNote",
                table: "ReferralResources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "ReferralResources",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tty",
                table: "ReferralResources",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Answers",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedBody = table.Column<string>(type: "text", nullable: false),
                    SealedSheetNote = table.Column<string>(type: "text", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.QuestionId);
                    table.ForeignKey(
                        name: "FK_Answers_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReleasedDocuments",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SealedPdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasedDocuments", x => new { x.QuestionId, x.Kind });
                    table.ForeignKey(
                        name: "FK_ReleasedDocuments_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Snippets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snippets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnswerReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerReferrals_Answers_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Answers",
                        principalColumn: "QuestionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerReferrals_QuestionId_ResourceId",
                table: "AnswerReferrals",
                columns: new[] { "QuestionId", "ResourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerReferrals");

            migrationBuilder.DropTable(
                name: "ReleasedDocuments");

            migrationBuilder.DropTable(
                name: "Snippets");

            migrationBuilder.DropTable(
                name: "Answers");

            migrationBuilder.DropColumn(
                name: "Eligibility",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "Fees",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "HowToApply",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "Organization",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "OrganizationDescription",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "PhoneNote",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "ReferralResources");

            migrationBuilder.DropColumn(
                name: "Tty",
                table: "ReferralResources");
        }
    }
}
