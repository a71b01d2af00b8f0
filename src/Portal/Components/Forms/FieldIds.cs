namespace AdviceIntake.Portal.Components.Forms;

/// <summary>One rule for the id of a field's input, so the error summary can link to it.</summary>
public static class FieldIds
{
    public static string For(string field) => $"field-{field}";
}
