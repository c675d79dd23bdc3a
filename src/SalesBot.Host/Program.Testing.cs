// Lets WebApplicationFactory<Program> find the entry point in tests.
#pragma warning disable CA1050 // The top-level Program lives in the global namespace by design.
public partial class Program;
#pragma warning restore CA1050
