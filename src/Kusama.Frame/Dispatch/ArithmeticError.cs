namespace Kusama.Frame.Dispatch;

/// <summary>sp-arithmetic's <c>ArithmeticError</c>; values are the SCALE variant indices.</summary>
public enum ArithmeticError : byte
{
    Underflow = 0,
    Overflow = 1,
    DivisionByZero = 2,
}
