import { Alert, LiveRegion, type AlertProps } from '../../components/ui';

/** What a staff screen says in answer to the user (assigned, graded, ready): shown, and read out by screen readers. */
export function Announcement({ message, tone = 'success' }: { message?: string; tone?: AlertProps['tone'] }) {
  return (
    <LiveRegion>
      {message && (
        <Alert tone={tone}>
          <p>{message}</p>
        </Alert>
      )}
    </LiveRegion>
  );
}
