using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnswerRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Revision",
                table: "Answers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Answers");
        }
    }
}
