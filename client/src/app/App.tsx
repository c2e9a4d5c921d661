import { I18nProvider } from 'react-aria-components';
import { BrowserRouter } from 'react-router';
import { GraphqlProvider } from './GraphqlProvider';
import { RouteErrorBoundary } from './RouteError';
import { AppRoutes } from './router';

export function App() {
  return (
    <I18nProvider locale="fr-FR">
      <GraphqlProvider>
        <BrowserRouter>
          <RouteErrorBoundary>
            <AppRoutes />
          </RouteErrorBoundary>
        </BrowserRouter>
      </GraphqlProvider>
    </I18nProvider>
  );
}
