using Kusama.Scale;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-inherents <c>CheckInherentsResult</c> {okay bool, fatal_error bool, errors InherentData}, the output of
/// <c>BlockBuilder_check_inherents</c>: each error is stored under the inherent's identifier.
/// </summary>
public sealed class CheckInherentsResult : IScaleCodec<CheckInherentsResult>
{
    /// <summary>sp-inherents <c>new</c>: okay, no fatal error, no errors.</summary>
    public CheckInherentsResult() : this(true, false, new InherentData())
    {
    }

    public CheckInherentsResult(bool okay, bool fatalError, InherentData errors)
    {
        Okay = okay;
        FatalError = fatalError;
        Errors = errors;
    }

    /// <summary>No inherent failed its check.</summary>
    public bool Okay { get; private set; }

    /// <summary>An error that makes the block invalid was reported; no further errors are accepted.</summary>
    public bool FatalError { get; private set; }

    public InherentData Errors { get; }

    /// <summary>
    /// sp-inherents <c>put_error</c>: records the encoded error and clears <see cref="Okay"/>. A fatal error replaces all
    /// others. Returns false (nothing changed) once a fatal error was reported or if this identifier already has an error.
    /// </summary>
    public bool PutError<T, TCodec>(InherentIdentifier identifier, in T error, bool isFatal) where TCodec : ICodec<T>
    {
        if (FatalError)
            return false;
        if (isFatal)
            Errors.Clear();
        if (!Errors.Put<T, TCodec>(identifier, error))
            return false;
        Okay = false;
        FatalError = isFatal;
        return true;
    }

    public static CheckInherentsResult Decode(ref ScaleReader reader)
    {
        bool okay = reader.ReadBool();
        bool fatal = reader.ReadBool();
        return new CheckInherentsResult(okay, fatal, InherentData.Decode(ref reader));
    }

    public static void Encode<TWriter>(in CheckInherentsResult value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteBool(ref writer, value.Okay);
        ScaleWriter.WriteBool(ref writer, value.FatalError);
        InherentData.Encode(value.Errors, ref writer);
    }

    public static int GetEncodedSize(in CheckInherentsResult value) => 2 + InherentData.GetEncodedSize(value.Errors);

    public static int MinEncodedSize => 3;
}
