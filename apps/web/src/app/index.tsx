import { BrowserRouter } from '../lib/router';
import { ErrorBoundary } from '../components/error-boundary';
import { AppProvider } from './provider';
import { AppRoutes } from './router';
import { RouteError } from './routes/error';

export function App() {
  return (
    <AppProvider>
      <BrowserRouter>
        <ErrorBoundary fallback={<RouteError />}>
          <AppRoutes />
        </ErrorBoundary>
      </BrowserRouter>
    </AppProvider>
  );
}
