using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ferrum.Storage.Foods.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoodsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "foods",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FoodGroup = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Ndb = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Animal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Plannable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kcal = table.Column<double>(type: "REAL", nullable: true),
                    ProteinG = table.Column<double>(type: "REAL", nullable: true),
                    FatG = table.Column<double>(type: "REAL", nullable: true),
                    CarbohydrateG = table.Column<double>(type: "REAL", nullable: true),
                    IronMg = table.Column<double>(type: "REAL", nullable: true),
                    VitaminCMg = table.Column<double>(type: "REAL", nullable: true),
                    CalciumMg = table.Column<double>(type: "REAL", nullable: true),
                    PortionAmount = table.Column<double>(type: "REAL", nullable: true),
                    PortionDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PortionGrams = table.Column<double>(type: "REAL", nullable: true),
                    CitationSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CitationLocator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_foods", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_foods_Source_SourceId",
                table: "foods",
                columns: new[] { "Source", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "foods");
        }
    }
}
