using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ferrum.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StudyFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "study_files",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_study_files_study_runs_StudyRunId",
                        column: x => x.StudyRunId,
                        principalTable: "study_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_study_files_StudyRunId_Path",
                table: "study_files",
                columns: new[] { "StudyRunId", "Path" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "study_files");
        }
    }
}
