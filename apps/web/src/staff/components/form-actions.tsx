import { Button } from '../../components/ui';

interface FormActionsProps {
  submitLabel: string;
  /** The change is on its way: the submit button shows it. */
  busy: boolean;
  cancelLabel: string;
  onCancel: () => void;
  cancelDisabled?: boolean;
}

/** The end of a staff form: submit it, or cancel and close it. */
export function FormActions({ submitLabel, busy, cancelLabel, onCancel, cancelDisabled }: FormActionsProps) {
  return (
    <div className="staff-form__actions">
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel}
      </Button>
    </div>
  );
}
