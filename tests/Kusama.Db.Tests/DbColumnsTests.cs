namespace Kusama.Db.Tests;

public sealed class DbColumnsTests
{
    [Fact]
    public void All_lists_every_enum_member_at_the_index_of_its_value()
    {
        var declared = Enum.GetValues<DbColumn>();

        Assert.Equal(DbColumns.Count, declared.Length);
        Assert.Equal(DbColumns.Count, DbColumns.All.Length);
        for (int i = 0; i < DbColumns.Count; i++)
            Assert.Equal((DbColumn)i, DbColumns.All[i]);
    }

    [Theory]
    [InlineData(DbColumn.Meta, "col0")]
    [InlineData(DbColumn.StateNodes, "col5")]
    [InlineData(DbColumn.Offchain, "col9")]
    public void Column_family_names_follow_the_stored_numbers(DbColumn column, string name)
        => Assert.Equal(name, DbColumns.Name(column));

    [Fact]
    public void Schema_version_decoding_rejects_a_value_that_is_not_four_bytes()
    {
        Assert.True(DbSchema.TryDecodeVersion([7, 0, 0, 0], out uint version));
        Assert.Equal(7u, version);
        Assert.False(DbSchema.TryDecodeVersion([7, 0, 0], out _));
    }
}
