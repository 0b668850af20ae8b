import { Alert } from '../../components/ui';
import { useT, type MessageKey } from '../../lib/i18n';
import { writeErrorMessage } from '../../features/authoring/lib/write-error';

/** A change the server refused, said in an error alert (see `writeErrorMessage`); nothing while there is no error. */
export function WriteErrorAlert({ error, byStatus }: { error: unknown; byStatus?: Partial<Record<number, MessageKey>> }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert tone="error">
      <p>{writeErrorMessage(t, error, byStatus)}</p>
    </Alert>
  );
}
