using System.Runtime.ExceptionServices;

namespace Engine.Rules.Assessment;

/// <summary>Runs the same step for each part of a partitioned rule set, on several cores when asked.</summary>
internal static class PartSteps
{
    /// <summary>Runs <paramref name="step"/> for 0 … count − 1; a step's own exception comes out as itself, not wrapped.</summary>
    public static void Run(int count, bool concurrently, Action<int> step)
    {
        if (!concurrently || count == 1)
        {
            for (var i = 0; i < count; i++)
            {
                step(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, step);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // Callers catch AssessmentException and NRules' exceptions by type; a wrapper would hide them.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
