namespace Kusama.Runtime.Benchmarking;

/// <summary>A least-squares line <c>y = Intercept + Slope · x</c> (frame-benchmarking's min-squares analysis).</summary>
public readonly record struct LinearFit(double Intercept, double Slope)
{
    /// <summary>Fits <paramref name="y"/> against <paramref name="x"/>; with one distinct x the slope is 0 and the intercept the mean.</summary>
    public static LinearFit Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y differ in length.", nameof(y));
        if (x.Length == 0) return default;
        double meanX = 0, meanY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= x.Length;
        meanY /= x.Length;
        double covariance = 0, variance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        if (variance == 0) return new LinearFit(meanY, 0);
        double slope = covariance / variance;
        return new LinearFit(meanY - slope * meanX, slope);
    }
}
