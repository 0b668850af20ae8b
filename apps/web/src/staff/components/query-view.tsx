import type { ReactNode } from 'react';
import { LoadError, Loading } from '../../components/ui';

/** What a staff screen reads of a TanStack Query result to show it: any `useQuery` result fits. */
export interface QueryState<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  isRefetching: boolean;
  isPaused: boolean;
  refetch: () => unknown;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** The data once read (kept on screen when a later read fails). */
  children: (data: T) => ReactNode;
  /** When the data has nothing to list, `emptyText` stands instead, as a muted line. */
  empty?: (data: T) => boolean;
  emptyText?: string;
}

/**
 * A staff screen's data, or why it could not be read with a way to try again, or that it is on
 * its way (or waiting for the network).
 */
export function QueryView<T>({ query, children, empty, emptyText }: QueryViewProps<T>) {
  if (query.data) return empty?.(query.data) ? <p className="muted">{emptyText}</p> : children(query.data);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} busy={query.isRefetching} />;
  return <Loading paused={query.isPaused} />;
}
