namespace Engine.Output;

internal enum OutputFormat
{
    Json,
    Csv,
    Xlsx,
    Html,
}
