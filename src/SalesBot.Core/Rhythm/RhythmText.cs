using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// Forgiving parsing of the words in rhythm commands: weekdays ("tue", "Tuesday"), times ("10:00", "10am", "2:30 pm",
/// "14h"), dates ("2026-12-01", "1 dec", "dec 1", "tomorrow", "next tuesday", "tuesday"), time ranges ("22:00-07:00").
/// </summary>
public static partial class RhythmText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Splits into lower-case words, keeping ':', '-', '/', '.', '@' and '_' inside words (times, dates, zones, ids).</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        foreach (var raw in text.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '\u201C', '\u201D', '(', ')', '.', ';', '!', '?');
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    public static DayOfWeek? Weekday(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length < 2)
        {
            return null;
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (name == w || (w.Length >= 3 && name.StartsWith(w, StringComparison.Ordinal)) || name[..3] + "s" == w || name + "s" == w)
            {
                return day;
            }
        }

        return w switch
        {
            "tues" => DayOfWeek.Tuesday,
            "weds" => DayOfWeek.Wednesday,
            "thur" or "thurs" => DayOfWeek.Thursday,
            _ => null,
        };
    }

    /// <summary>"10:00", "9:30", "10am", "2:30pm", "14h" (with an optional following "am"/"pm" word handled by the caller).</summary>
    public static TimeOnly? Time(string word, string? next = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        var match = TimePattern().Match(word.ToLowerInvariant());
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Success ? match.Groups["s"].Value : next?.ToLowerInvariant() is "am" or "pm" ? next.ToLowerInvariant() : null;
        if (!match.Groups["m"].Success && suffix is null && !match.Groups["hh"].Success)
        {
            return null; // a bare number is not a time
        }

        if (suffix is not null)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = suffix == "pm" ? (hour % 12) + 12 : hour % 12;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>A date relative to <paramref name="today"/>: ISO, "1 dec", "dec 1", "1.12.", "tomorrow", "today", a weekday (the next one, today excluded), "next tuesday".</summary>
    public static DateOnly? Date(IReadOnlyList<string> words, int index, DateOnly today, out int used)
    {
        ArgumentNullException.ThrowIfNull(words);
        used = 0;
        if (index >= words.Count)
        {
            return null;
        }

        var w = words[index].ToLowerInvariant();
        if (DateOnly.TryParseExact(w, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            used = 1;
            return iso;
        }

        switch (w)
        {
            case "today":
                used = 1;
                return today;
            case "tomorrow" or "tmrw":
                used = 1;
                return today.AddDays(1);
            case "next" when index + 1 < words.Count && Weekday(words[index + 1]) is { } nextDay:
                used = 2;
                return Scheduling.WeeklyRule.NextOnOrAfter(today.AddDays(1), nextDay);
            case "next" when index + 1 < words.Count && words[index + 1].Equals("week", StringComparison.OrdinalIgnoreCase):
                used = 2;
                return Scheduling.HabitRotation.MondayOf(today).AddDays(7);
        }

        if (Weekday(w) is { } day)
        {
            used = 1;
            return Scheduling.WeeklyRule.NextOnOrAfter(today.AddDays(1), day);
        }

        // "1 dec" / "1st december" / "dec 1"
        if (DayNumber(w) is { } dayOfMonth && index + 1 < words.Count && Month(words[index + 1]) is { } month1)
        {
            used = 2;
            return Upcoming(today, month1, dayOfMonth);
        }

        if (Month(w) is { } month2 && index + 1 < words.Count && DayNumber(words[index + 1]) is { } day2)
        {
            used = 2;
            return Upcoming(today, month2, day2);
        }

        return null;
    }

    /// <summary>"22:00-07:00", "22-7", "10pm-7am".</summary>
    public static (TimeOnly Start, TimeOnly End)? Range(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Replace("to", "-", StringComparison.OrdinalIgnoreCase).Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var start = Time(parts[0]) ?? Hour(parts[0]);
        var end = Time(parts[1]) ?? Hour(parts[1]);
        return start is { } s && end is { } e && s != e ? (s, e) : null;
    }

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly? Hour(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and < 24 ? new TimeOnly(hour, 0) : null;

    private static int? DayNumber(string word)
    {
        var digits = DayPattern().Match(word.ToLowerInvariant());
        return digits.Success && int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture) is var d and >= 1 and <= 31 ? d : null;
    }

    private static int? Month(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(Months, m => w.StartsWith(m, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : null;
    }

    private static DateOnly? Upcoming(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var candidate && candidate >= today)
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,2})(?::(?<m>\d{2}))?(?<s>am|pm)?|(?<h>\d{1,2})(?<hh>h)(?<m>\d{2})?)$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th|\.)?$")]
    private static partial Regex DayPattern();
}
