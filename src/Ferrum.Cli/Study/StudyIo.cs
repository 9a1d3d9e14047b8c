using Ferrum.Core.Errors;
using Ferrum.Study.Reports;

namespace Ferrum.Cli.Study;

/// <summary>File access for the study commands: reading inputs (with their bytes for provenance) and writing outputs.</summary>
internal static class StudyIo
{
    /// <summary>Reads a whole input file; a missing file is a user error (exit 2).</summary>
    public static byte[] ReadInput(FileInfo file, string role)
    {
        if (!file.Exists)
            throw new InputErrorException(new InputError("io.file-missing", $"the {role} file does not exist") { File = file.ToString() });
        return File.ReadAllBytes(file.FullName);
    }

    /// <summary>Writes every file under <paramref name="outDir"/>, creating folders; returns the number written.</summary>
    public static int Write(DirectoryInfo outDir, IEnumerable<ReportFile> files)
    {
        var n = 0;
        foreach (var f in files)
        {
            var path = Path.Combine(outDir.FullName, f.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Content);
            n++;
        }
        return n;
    }
}

/// <summary>Progress lines on stderr, written synchronously and in order.</summary>
internal sealed class StderrProgress(TextWriter stderr) : IProgress<string>
{
    public void Report(string value) => stderr.WriteLine("study: " + value);
}
