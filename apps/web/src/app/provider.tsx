import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider, type Locale } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own, to start each test from an empty cache. */
  queryClient?: QueryClient;
  initialLocale?: Locale;
}

export function AppProvider({ children, queryClient, initialLocale }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={initialLocale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
