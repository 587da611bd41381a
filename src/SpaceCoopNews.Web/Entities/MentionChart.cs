using System.Globalization;
using System.Net;
using System.Text;

namespace SpaceCoopNews.Web.Entities;

/// <summary>
/// A small server-rendered SVG bar chart of how often an entity is in the news: per month when
/// its stories span up to three years, per year otherwise (so decades of history stay readable).
/// </summary>
public sealed class MentionChart
{
    private const int MaxMonthlySpan = 36;
    private const int Width = 640, Height = 160, Margin = 24;

    public required IReadOnlyList<(string Label, int Count)> Bars { get; init; }
    public required string Unit { get; init; }
    public int Total => Bars.Sum(b => b.Count);

    public static MentionChart From(IReadOnlyList<(int Year, int Month, int Count)> months)
    {
        if (months.Count == 0)
        {
            return new MentionChart { Bars = [], Unit = "month" };
        }
        var first = months.Min(m => m.Year * 12 + m.Month - 1);
        var last = months.Max(m => m.Year * 12 + m.Month - 1);
        if (last - first < MaxMonthlySpan)
        {
            var byMonth = months.ToDictionary(m => m.Year * 12 + m.Month - 1, m => m.Count);
            return new MentionChart
            {
                Unit = "month",
                Bars = Enumerable.Range(first, last - first + 1)
                    .Select(i => (new DateTime(i / 12, i % 12 + 1, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture), byMonth.GetValueOrDefault(i)))
                    .ToList(),
            };
        }
        var byYear = months.GroupBy(m => m.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));
        return new MentionChart
        {
            Unit = "year",
            Bars = Enumerable.Range(first / 12, last / 12 - first / 12 + 1)
                .Select(y => (y.ToString(CultureInfo.InvariantCulture), byYear.GetValueOrDefault(y)))
                .ToList(),
        };
    }

    public string ToSvg(string entityName)
    {
        var max = Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Count));
        var slot = (Width - 2.0 * Margin) / Math.Max(1, Bars.Count);
        var label = WebUtility.HtmlEncode($"Stories mentioning {entityName} per {Unit}: {Total} in all");
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"mention-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{label}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{Height - Margin}\" x2=\"{Width - Margin}\" y2=\"{Height - Margin}\" class=\"axis\"/>");
        for (var i = 0; i < Bars.Count; i++)
        {
            var (text, count) = Bars[i];
            var barHeight = (Height - 2.0 * Margin) * count / max;
            var x = Margin + i * slot + slot * 0.15;
            var y = Height - Margin - barHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{barHeight:0.#}\"><title>{WebUtility.HtmlEncode(text)}: {count}</title></rect>");
        }
        if (Bars.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{Height - 6}\" class=\"tick\">{WebUtility.HtmlEncode(Bars[0].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Margin}\" y=\"{Height - 6}\" class=\"tick\" text-anchor=\"end\">{WebUtility.HtmlEncode(Bars[^1].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{Margin - 8}\" class=\"tick\">max {max}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
