using System.Text;
using Ferrum.Core.Text;

namespace Ferrum.Core.Tests;

public sealed class JsonDuplicateKeysTests
{
    [Theory]
    [InlineData("""{"a":1,"a":2}""", "$.a")]
    [InlineData("""{"p":{"age":1,"sex":"f","age":2}}""", "$.p.age")]
    [InlineData("""{"labs":[{"v":1},{"v":1,"v":2}]}""", "$.labs[1].v")]
    [InlineData("""{"x":[[1,2],{"k":[{"a":1}],"k":2}]}""", "$.x[1].k")]
    [InlineData("""{"a b":1,"a b":2}""", "$['a b']")]
    [InlineData("// comment\n{\"a\":{\"b\":1},\"c\":{\"b\":1},\"c\":0}", "$.c")]
    [InlineData("""{"a":1,"b":{"a":1}}""", null)]       // the same key in different objects is fine
    [InlineData("""[{"a":1},{"a":1}]""", null)]
    [InlineData("""{"a":1,""", null)]                   // malformed before any duplicate
    public void Names_the_path_of_the_first_key_given_twice(string json, string? expected) =>
        Assert.Equal(expected, JsonDuplicateKeys.FindFirst(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Invalid_utf8_in_a_key_is_left_to_the_parser() =>
        Assert.Null(JsonDuplicateKeys.FindFirst([(byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']));
}
