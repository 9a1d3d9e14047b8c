using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ferrum.Storage.Foods.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FoodGroup = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ndb = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Animal = table.Column<bool>(type: "boolean", nullable: false),
                    Plannable = table.Column<bool>(type: "boolean", nullable: false),
                    Kcal = table.Column<double>(type: "double precision", nullable: true),
                    ProteinG = table.Column<double>(type: "double precision", nullable: true),
                    FatG = table.Column<double>(type: "double precision", nullable: true),
                    CarbohydrateG = table.Column<double>(type: "double precision", nullable: true),
                    IronMg = table.Column<double>(type: "double precision", nullable: true),
                    VitaminCMg = table.Column<double>(type: "double precision", nullable: true),
                    CalciumMg = table.Column<double>(type: "double precision", nullable: true),
                    PortionAmount = table.Column<double>(type: "double precision", nullable: true),
                    PortionDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PortionGrams = table.Column<double>(type: "double precision", nullable: true),
                    CitationSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CitationLocator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
