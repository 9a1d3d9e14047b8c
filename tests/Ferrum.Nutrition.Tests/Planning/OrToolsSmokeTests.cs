using Google.OrTools.LinearSolver;

namespace Ferrum.Nutrition.Tests.Planning;

public sealed class OrToolsSmokeTests
{
    [Fact]
    public void Native_glop_solver_loads_and_solves_a_two_variable_lp()
    {
        using var solver = Solver.CreateSolver("GLOP");
        Assert.NotNull(solver);
        var x = solver.MakeNumVar(0, 10, "x");
        var y = solver.MakeNumVar(0, 10, "y");
        solver.Add(x + y <= 4);
        solver.Maximize(x + 2 * y);
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        Assert.Equal(8, solver.Objective().Value(), 6);
    }

    [Fact]
    public void Native_cp_sat_mip_solver_loads()
    {
        using var solver = Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC");
        Assert.NotNull(solver);
        var b = solver.MakeIntVar(0, 1, "b");
        var x = solver.MakeNumVar(0, 10, "x");
        solver.Add(x <= 10 * b);
        solver.Maximize(x - 3 * b);
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        Assert.Equal(7, solver.Objective().Value(), 6);
    }
}
