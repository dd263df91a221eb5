namespace Engine.Rules.Assessment;

/// <summary>The engine could not make an assessment. Never a verdict on a target: callers must show it as an error.</summary>
public sealed class AssessmentException : Exception
{
    /// <summary>An assessment that could not be made, with no more said.</summary>
    public AssessmentException() { }

    /// <summary>An assessment that could not be made, for the reason given.</summary>
    public AssessmentException(string message) : base(message) { }

    /// <summary>An assessment that could not be made, for the reason given and the error underneath.</summary>
    public AssessmentException(string message, Exception innerException) : base(message, innerException) { }
}
