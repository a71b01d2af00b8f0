using AdviceIntake.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace AdviceIntake.Portal.Components.Forms;

/// <summary>
/// Shows the rules a use case found broken beside their fields and in the error summary. The use case on the
/// server is the one place a form's input is checked; the page only displays what it says.
/// </summary>
public sealed class ServerErrors
{
    private readonly EditContext editContext;
    private readonly ValidationMessageStore store;

    public ServerErrors(EditContext editContext)
    {
        this.editContext = editContext;
        store = new ValidationMessageStore(editContext);

        // Once a person changes a field, what the server said about its old value no longer applies.
        editContext.OnFieldChanged += (_, changed) =>
        {
            store.Clear(changed.FieldIdentifier);
            editContext.NotifyValidationStateChanged();
        };
    }

    public void Show(IEnumerable<FieldError> errors)
    {
        store.Clear();
        foreach (var error in errors)
        {
            store.Add(new FieldIdentifier(editContext.Model, error.Field), error.Message);
        }

        editContext.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        store.Clear();
        editContext.NotifyValidationStateChanged();
    }
}
