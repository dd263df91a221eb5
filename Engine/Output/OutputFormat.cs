namespace Engine.Output;

public enum OutputFormat
{
    Json,
    Csv,
    Xlsx,
    Html,
}
