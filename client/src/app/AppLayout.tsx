import { Suspense, type MouseEvent } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Outlet, useHref, useNavigate, type NavigateOptions } from 'react-router';
import { Loading } from '../ui/Loading';
import { CurrentSpaceProvider } from './currentSpace';
import { Header } from './Header';
import { Notice } from './Notice';
import { Sidebar } from './Sidebar';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('contenu');
  main?.focus();
  main?.scrollIntoView();
}

/** Every page: skip link, header, sidebar (a drawer on phones) and the page itself at a readable width. */
export function AppLayout() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <CurrentSpaceProvider>
        <a href="#contenu" className="skip-link" onClick={skipToContent}>
          Aller au contenu
        </a>
        <Header />
        <div className="app-body">
          <div className="app-sidebar">
            <Sidebar />
          </div>
          <main id="contenu" tabIndex={-1} className="app-main">
            <Notice />
            {/* Shown while the code of a page opened directly (a document, the administration) arrives. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </CurrentSpaceProvider>
    </RouterProvider>
  );
}
