using Ferrum.Core.Errors;

namespace Ferrum.Core.Tests.Errors;

public sealed class InputErrorTests
{
    [Fact]
    public void Message_names_file_location_value_and_accepted_range()
    {
        var error = new InputError("value.implausible", "ferritin is outside the physiological range")
        {
            Location = "$.labs[0].value",
            Field = "value",
            Value = "1000000000",
            Accepted = "0.5 to 100000 µg/L",
        }.InFile("patient.json");

        Assert.Equal(
            "patient.json: $.labs[0].value: ferritin is outside the physiological range (got '1000000000'); accepted: 0.5 to 100000 µg/L [value.implausible]",
            error.ToString());
    }

    [Fact]
    public void InFile_keeps_a_file_already_named()
    {
        var error = new InputError("x", "y") { File = "a.csv" }.InFile("b.csv");
        Assert.Equal("a.csv", error.File);
    }

    [Fact]
    public void Exception_requires_at_least_one_error()
    {
        Assert.Throws<ArgumentException>(() => new InputErrorException(Array.Empty<InputError>()));
    }
}
