using CodeGen.Generator.Naming;

namespace CodeGen.Generator.Tests.Naming;

public sealed class NameScopeTests
{
    [Fact]
    public void First_claimant_keeps_the_name_and_later_ones_are_numbered_from_two()
    {
        var scope = new NameScope();
        Assert.Equal("Item", scope.Claim("Item"));
        Assert.Equal("Item2", scope.Claim("Item"));
        Assert.Equal("Item3", scope.Claim("Item"));
        Assert.Equal("Other", scope.Claim("Other"));
    }

    [Fact]
    public void Reserved_names_are_never_handed_out()
    {
        var scope = new NameScope(new[] { "Equals", "ToString" });
        Assert.True(scope.IsTaken("Equals"));
        Assert.Equal("Equals2", scope.Claim("Equals"));
        Assert.Equal("ToString2", scope.Claim("ToString"));
    }

    [Fact]
    public void Numbered_names_skip_ones_already_taken()
    {
        var scope = new NameScope();
        Assert.Equal("Item2", scope.Claim("Item2"));
        Assert.Equal("Item", scope.Claim("Item"));
        Assert.Equal("Item3", scope.Claim("Item"));
    }

    [Fact]
    public void Names_compare_ordinally_unless_asked_otherwise()
    {
        var ordinal = new NameScope();
        Assert.Equal("name", ordinal.Claim("name"));
        Assert.Equal("Name", ordinal.Claim("Name"));

        var ignoreCase = new NameScope(ignoreCase: true);
        Assert.Equal("name", ignoreCase.Claim("name"));
        Assert.Equal("Name2", ignoreCase.Claim("Name"));
        Assert.True(ignoreCase.IsTaken("NAME"));
    }

    [Fact]
    public void The_same_claims_in_the_same_order_give_the_same_names()
    {
        string[] claims = { "A", "B", "A", "A2", "A", "B" };
        var first = new NameScope();
        var second = new NameScope();
        Assert.Equal(claims.Select(first.Claim).ToArray(), claims.Select(second.Claim).ToArray());
        Assert.Equal(new[] { "A", "B", "A2", "A22", "A3", "B2" }, claims.Select(new NameScope().Claim).ToArray());
    }
}
