using System.Diagnostics.CodeAnalysis;

namespace SalesBot.Core.Scheduling;

/// <summary>
/// Looks up IANA time zones (Teams <c>localTimezone</c> and Slack <c>users.info</c> <c>tz</c> are IANA ids). Schedules
/// store the id, never an offset: an offset changes with DST. Needs the OS <c>tzdata</c> package (<c>/usr/share/zoneinfo</c>).
/// </summary>
public static class TimeZones
{
    /// <summary>The zone for an IANA id; false for an unknown id or a Windows id such as "W. Europe Standard Time".</summary>
    public static bool TryFind(string? ianaId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return false;
        }

        try
        {
            // FindSystemTimeZoneById caches what it has loaded, so repeated lookups are cheap.
            var found = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
            if (!found.HasIanaId)
            {
                return false;
            }

            zone = found;
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The zone for an IANA id; throws <see cref="TimeZoneNotFoundException"/> when there is none.</summary>
    public static TimeZoneInfo Find(string ianaId) =>
        TryFind(ianaId, out var zone) ? zone : throw new TimeZoneNotFoundException($"'{ianaId}' is not an IANA time zone id known to this machine.");
}
