using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Configuration;

namespace Ferrum.Storage.Tests;

public sealed class DatabaseTargetTests
{
    [Theory]
    [InlineData("sqlite:/tmp/x/ferrum.db", DatabaseProvider.Sqlite)]
    [InlineData("SQLITE:relative.db", DatabaseProvider.Sqlite)]
    [InlineData("postgres:Host=127.0.0.1;Database=ferrum;Username=u;Password=p", DatabaseProvider.Postgres)]
    [InlineData("postgresql:Host=db;Database=ferrum", DatabaseProvider.Postgres)]
    public void Valid_settings_choose_the_provider_at_run_time(string text, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseTarget.Parse(text).Provider);

    [Theory]
    [InlineData("mysql:Server=x", "mysql")]
    [InlineData("sqlite:", "sqlite")]
    [InlineData("ferrum.db", "ferrum.db")]
    [InlineData("postgres:NotAKey=1", "postgres:…")]
    public void Bad_settings_fail_naming_the_option_value_and_accepted_forms(string text, string value)
    {
        var ex = Assert.Throws<InputErrorException>(() => DatabaseTarget.Parse(text));
        Assert.Equal("db.invalid", ex.Error.Code);
        Assert.Equal("--db", ex.Error.Field);
        Assert.Equal(value, ex.Error.Value);
        Assert.Contains("sqlite:PATH", ex.Error.Accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_for_logs_never_contains_the_password()
    {
        var t = DatabaseTarget.Parse("postgres:Host=db.example;Database=ferrum;Username=u;Password=hunter2");
        Assert.DoesNotContain("hunter2", t.ToString(), StringComparison.Ordinal);
        Assert.Equal("postgres:db.example", t.ToString());
    }

    [Fact]
    public void Sqlite_path_is_made_absolute_under_a_german_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var t = DatabaseTarget.Parse("sqlite:data/ferrum,1.db");
            Assert.Contains(Path.GetFullPath("data/ferrum,1.db"), t.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Default_is_a_sqlite_file_in_the_user_data_folder() =>
        Assert.EndsWith(Path.Combine("ferrum", "ferrum.db"), DatabaseTarget.Default().ToString(), StringComparison.Ordinal);
}
