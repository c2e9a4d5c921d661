import { I18nProvider } from 'react-aria-components';
import { RouterProvider } from 'react-router/dom';
import { GraphqlProvider } from './GraphqlProvider';
import { router } from './router';

export function App() {
  return (
    <I18nProvider locale="fr-FR">
      <GraphqlProvider>
        <RouterProvider router={router} />
      </GraphqlProvider>
    </I18nProvider>
  );
}
