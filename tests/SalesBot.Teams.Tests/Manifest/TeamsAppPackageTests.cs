using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Manifest;

/// <summary>manifests/teams: the package build command, the icons, and the manifest against the official Teams schema.</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "6B1A2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D";

    private static async Task<(int ExitCode, string Output, string Errors)> BuildAsync(string output, IDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Manifests, "build.sh"));
        info.ArgumentList.Add(output);
        info.Environment.Remove("Teams__AppId");
        info.Environment.Remove("MicrosoftAppId");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<(int ExitCode, JsonNode Report)> ValidateAsync(JsonNode manifest)
    {
        var file = Path.Combine(Path.GetTempPath(), $"salesbot-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, manifest.ToJsonString());
        try
        {
            var (exitCode, output, errors) = await NodeProcess.RunAsync("validate-manifest.js", file);
            Assert.True(exitCode is 0 or 1, $"validate-manifest.js failed: {errors}");
            return (exitCode, JsonNode.Parse(output)!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(JsonNode Manifest, ZipArchive Zip, string Directory)> BuiltPackageAsync(IDictionary<string, string?> environment)
    {
        var directory = Directory.CreateTempSubdirectory("salesbot-package-").FullName;
        var output = Path.Combine(directory, "salesbot-teams.zip");
        var (exitCode, stdout, stderr) = await BuildAsync(output, environment);
        Assert.True(exitCode == 0, stderr);
        Assert.Equal(output, stdout.Trim());
        var zip = ZipFile.OpenRead(output);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return (JsonNode.Parse(await reader.ReadToEndAsync())!, zip, directory);
    }

    [Fact]
    public async Task Build_FillsTheAppIdFromConfiguration_AndPacksThreeFilesAtTheRoot()
    {
        var (manifest, zip, directory) = await BuiltPackageAsync(new Dictionary<string, string?> { ["Teams__AppId"] = AppId });
        try
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["id"]);
            Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["bots"]![0]!["botId"]);
            Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            zip.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Build_AcceptsTheAzureBotNameAndAVersion()
    {
        var (manifest, zip, directory) = await BuiltPackageAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["SALESBOT_APP_VERSION"] = "2.3.4" });
        zip.Dispose();
        Directory.Delete(directory, recursive: true);

        Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["id"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
    }

    [Theory]
    [InlineData(null, "set Teams__AppId")]
    [InlineData("my-bot", "must be a GUID")]
    public async Task Build_WithoutAValidAppId_FailsWithAReason(string? appId, string reason)
    {
        var output = Path.Combine(Path.GetTempPath(), $"salesbot-{Guid.NewGuid():N}.zip");

        var (exitCode, _, errors) = await BuildAsync(output, new Dictionary<string, string?> { ["Teams__AppId"] = appId });

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task BuiltManifest_IsValidAgainstTheOfficialSchema()
    {
        var (manifest, zip, directory) = await BuiltPackageAsync(new Dictionary<string, string?> { ["Teams__AppId"] = AppId });
        zip.Dispose();
        Directory.Delete(directory, recursive: true);

        var (exitCode, report) = await ValidateAsync(manifest);

        Assert.Equal("teams/v1.30", (string?)report["schema"]);
        Assert.Empty(report["errors"]!.AsArray());
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task SchemaValidator_CatchesABrokenManifest()
    {
        var (manifest, zip, directory) = await BuiltPackageAsync(new Dictionary<string, string?> { ["Teams__AppId"] = AppId });
        zip.Dispose();
        Directory.Delete(directory, recursive: true);
        manifest["accentColor"] = "blue";
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        manifest["developer"]!.AsObject().Remove("privacyUrl");

        var (exitCode, report) = await ValidateAsync(manifest);

        Assert.Equal(1, exitCode);
        var errors = string.Join("\n", report["errors"]!.AsArray().Select(e => (string?)e));
        Assert.Contains("/accentColor", errors, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/0", errors, StringComparison.Ordinal);
        Assert.Contains("privacyUrl", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_IsAPersonalBotWithTheCommandList()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifests, "manifest.template.json")))!;

        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("{{TEAMS_APP_ID}}", (string?)manifest["id"]);
        var bot = manifest["bots"]!.AsArray().Single()!;
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]).ToList();
        foreach (var command in new[] { "help", "practice", "roleplay", "progress", "playbook" })
        {
            Assert.Contains(command, commands);
        }
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public void Icon_HasTheRequiredSize_AndTheOutlineIsWhiteOnTransparent(string file, int size, bool outline)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Manifests, file));

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Equal(6, bytes[25]); // RGBA
        var pixels = Pixels(bytes, size);
        if (outline)
        {
            Assert.All(pixels.Where(p => p.A > 0), p => Assert.True(p.R == 255 && p.G == 255 && p.B == 255));
            Assert.Contains(pixels, p => p.A == 0);
            Assert.Contains(pixels, p => p.A == 255);
        }
        else
        {
            Assert.All(pixels, p => Assert.Equal(255, p.A));
        }
    }

    /// <summary>Decodes the (filter 0, 8-bit RGBA) image data the icon script writes.</summary>
    private static List<(byte R, byte G, byte B, byte A)> Pixels(byte[] png, int size)
    {
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 4) + 1);
            Assert.Equal(0, raw[row]);
            for (var x = 0; x < size; x++)
            {
                var p = row + 1 + (x * 4);
                pixels.Add((raw[p], raw[p + 1], raw[p + 2], raw[p + 3]));
            }
        }

        return pixels;
    }
}
