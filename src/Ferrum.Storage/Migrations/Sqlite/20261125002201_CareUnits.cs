using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ferrum.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CareUnitId",
                table: "patients",
                type: "TEXT",
                nullable: false,
                // Existing patients move to the default care unit (DefaultCareUnit.Id, inserted below).
                defaultValue: new Guid("6f1b2c3d-0000-4000-8000-000000000001"));

            migrationBuilder.CreateTable(
                name: "care_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_unit_members",
                columns: table => new
                {
                    CareUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_unit_members", x => new { x.CareUnitId, x.UserId });
                    table.ForeignKey(
                        name: "FK_care_unit_members_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_care_unit_members_care_units_CareUnitId",
                        column: x => x.CareUnitId,
                        principalTable: "care_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "care_units",
                columns: new[] { "Id", "CreatedAt", "Name" },
                values: new object[] { new Guid("6f1b2c3d-0000-4000-8000-000000000001"), new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Utc), "Default care unit" });

            // Every existing user becomes a member of the default unit, so a single-clinic install keeps working.
            migrationBuilder.Sql("""
                INSERT INTO care_unit_members ("CareUnitId", "UserId") SELECT '6F1B2C3D-0000-4000-8000-000000000001', "Id" FROM "AspNetUsers";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_patients_CareUnitId_SearchName",
                table: "patients",
                columns: new[] { "CareUnitId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_care_unit_members_UserId",
                table: "care_unit_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_care_units_Name",
                table: "care_units",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_patients_care_units_CareUnitId",
                table: "patients",
                column: "CareUnitId",
                principalTable: "care_units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_patients_care_units_CareUnitId",
                table: "patients");

            migrationBuilder.DropTable(
                name: "care_unit_members");

            migrationBuilder.DropTable(
                name: "care_units");

            migrationBuilder.DropIndex(
                name: "IX_patients_CareUnitId_SearchName",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "CareUnitId",
                table: "patients");
        }
    }
}
