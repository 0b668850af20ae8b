import '../../testing/setup-tests';
import { describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { lazy, type ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from '../../lib/router';
import { AppProvider } from '../provider';
import { WithData } from './with-data';

describe('a route that asks for its data beside its code', () => {
  it('starts the request while the code is still on its way, and the page finds the answer', async () => {
    const asked: string[] = [];
    let arrive!: () => void;
    // The page's code: arrives only when the test says so.
    const Page = lazy(
      () =>
        new Promise<{ default: () => ReactElement }>((resolve) => {
          arrive = () => resolve({ default: () => <p>page</p> });
        }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProvider queryClient={queryClient}>
        <MemoryRouter initialEntries={['/things/42']}>
          <Routes>
            <Route
              path="/things/:id"
              element={
                <WithData
                  queries={({ id = '' }) => [
                    {
                      queryKey: ['thing', id],
                      queryFn: async () => {
                        asked.push(id);
                        return { id };
                      },
                    },
                  ]}
                >
                  <Page />
                </WithData>
              }
            />
          </Routes>
        </MemoryRouter>
      </AppProvider>,
    );

    // The loading state shows (in Lao), and the data is already asked for and kept.
    expect(screen.getByRole('status').textContent).toBe('ກຳລັງໂຫຼດ…');
    await waitFor(() => expect(queryClient.getQueryData(['thing', '42'])).toEqual({ id: '42' }));
    expect(asked).toEqual(['42']);

    arrive();
    expect(await screen.findByText('page')).toBeTruthy();
    expect(asked).toEqual(['42']);
  });
});
