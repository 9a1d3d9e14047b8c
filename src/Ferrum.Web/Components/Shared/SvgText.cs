using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Ferrum.Web.Components.Shared;

/// <summary>An SVG <c>&lt;text&gt;</c> element (Razor reserves the <c>text</c> tag inside code blocks).</summary>
public sealed class SvgText : ComponentBase
{
    /// <summary>x coordinate (user units, invariant text).</summary>
    [Parameter] public string X { get; set; } = "0";

    /// <summary>y coordinate (user units, invariant text).</summary>
    [Parameter] public string Y { get; set; } = "0";

    /// <summary>text-anchor: start, middle or end.</summary>
    [Parameter] public string Anchor { get; set; } = "start";

    /// <summary>Optional fill colour.</summary>
    [Parameter] public string? Fill { get; set; }

    /// <summary>The text.</summary>
    [Parameter] public string? Text { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X);
        builder.AddAttribute(2, "y", Y);
        builder.AddAttribute(3, "text-anchor", Anchor);
        if (Fill is not null) builder.AddAttribute(4, "fill", Fill);
        builder.AddContent(5, Text);
        builder.CloseElement();
    }
}
