namespace Kusama.Db;

/// <summary>The list of <see cref="DbColumn"/> members and their on-disk names.</summary>
public static class DbColumns
{
    /// <summary>Every column, in numeric order; indexable by <c>(int)column</c>.</summary>
    public static ReadOnlySpan<DbColumn> All =>
    [
        DbColumn.Meta, DbColumn.Headers, DbColumn.Bodies, DbColumn.Justifications, DbColumn.BlockNumberToHash,
        DbColumn.StateNodes, DbColumn.StateFlat, DbColumn.StateJournal, DbColumn.Aux, DbColumn.Offchain,
    ];

    /// <summary>The number of columns; valid columns are 0 .. Count - 1.</summary>
    public const int Count = 10;

    /// <summary>The RocksDB column family name of <paramref name="column"/> (<c>col</c> + its number).</summary>
    public static string Name(DbColumn column) => "col" + ((int)Check(column)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="column"/> is a declared member.</summary>
    public static DbColumn Check(DbColumn column)
    {
        if ((uint)column >= Count)
            throw new ArgumentOutOfRangeException(nameof(column), column, $"Unknown database column {(int)column}; valid columns are 0..{Count - 1}.");
        return column;
    }
}
