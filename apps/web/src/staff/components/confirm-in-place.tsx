import { Button } from '../../components/ui';
import { WriteErrorAlert } from './write-error-alert';

interface ConfirmInPlaceProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** The server's refusal of the last try, if any. */
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An action that cannot be undone, asked about where its button was: the question, then yes or cancel. */
export function ConfirmInPlace({ question, confirmLabel, cancelLabel, busy, error, onConfirm, onCancel }: ConfirmInPlaceProps) {
  return (
    <div className="stack">
      <p>{question}</p>
      <WriteErrorAlert error={error} />
      <div className="staff-form__actions">
        <Button busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
