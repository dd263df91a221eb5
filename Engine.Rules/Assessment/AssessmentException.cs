namespace Engine.Rules.Assessment;

/// <summary>The engine could not make an assessment. Never a verdict on a target: callers must show it as an error.</summary>
public sealed class AssessmentException : Exception
{
    public AssessmentException() { }

    public AssessmentException(string message) : base(message) { }

    public AssessmentException(string message, Exception innerException) : base(message, innerException) { }
}
