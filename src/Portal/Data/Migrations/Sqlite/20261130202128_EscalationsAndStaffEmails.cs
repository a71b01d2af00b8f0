using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscalationsAndStaffEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClockEscalatedAt",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationReason",
                table: "Questions",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "QuestionId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "AboutStaffId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StaffRecipientId",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Key",
                table: "OutboxMessages",
                column: "Key",
                unique: true);

            // Escalations from before the reason was kept were all made under the crisis protocol.
            migrationBuilder.Sql("UPDATE \"Questions\" SET \"EscalationReason\" = 'CrisisProtocol' WHERE \"EscalatedAt\" IS NOT NULL;");

            // Messages from before the state was kept: sent, given up on after every attempt, or still owed.
            migrationBuilder.Sql("UPDATE \"OutboxMessages\" SET \"State\" = CASE WHEN \"SentAt\" IS NOT NULL THEN 'Sent' WHEN \"Attempts\" >= 12 THEN 'Failed' ELSE 'Pending' END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Key",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ClockEscalatedAt",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "EscalationReason",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "AboutStaffId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "StaffRecipientId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "State",
                table: "OutboxMessages");

            migrationBuilder.AlterColumn<Guid>(
                name: "QuestionId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
