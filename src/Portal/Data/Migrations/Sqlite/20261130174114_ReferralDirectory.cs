using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdviceIntake.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Areas were free text; they are now "US" or state codes, which the directory can search.
            migrationBuilder.Sql("UPDATE ReferralResources SET AreaServed = 'US' WHERE AreaServed IN ('United States', 'United States and Canada');");

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fees",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HowToApply",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganizationDescription",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneNote",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "ReferralResources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tty",
                table: "ReferralResources",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
