import { createBrowserRouter, Navigate } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/components/ForgotPasswordPage';
import { InvitationPage, ResetPasswordPage } from '../features/auth/components/LinkPages';
import { LoginPage } from '../features/auth/components/LoginPage';
import { ProfilePage } from '../features/auth/components/ProfilePage';
import { HomePage } from '../features/home/components/HomePage';
import { SpacePage } from '../features/spaces/components/SpacePage';
import { Loading } from '../ui/Loading';
import { NotFoundPage } from './AccessPages';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

// The document page carries the editor's code and the administration is for a few: both load on demand.
const documentPage = async () => ({ Component: (await import('../features/documents/components/DocumentPage')).DocumentPage });
const trashPage = async () => ({ Component: (await import('../features/documents/components/TrashPage')).TrashPage });
const commentSummary = (page: 'DocumentSummaryPage' | 'SpaceSummaryPage') => async () => ({
  Component: (await import('../features/comments/components/CommentSummaryPage'))[page],
});
const notificationsPage = async () => ({ Component: (await import('../features/notifications/components/NotificationsPage')).NotificationsPage });
const admin = (page: 'AdminLayout' | 'StructuresPage' | 'SpacesPage' | 'AccountsPage' | 'InvitationsPage') => async () => {
  const module = await import('../features/admin');
  return { Component: module[page] };
};

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the code of a page opened directly (a document, the administration) arrives.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: <LoginPage /> },
      { path: 'invitation/:token', element: <InvitationPage /> },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: 'reinitialiser/:token', element: <ResetPasswordPage /> },
      { path: 'profil', element: <ProfilePage /> },
      { path: 'espaces/:slug', element: <SpacePage /> },
      { path: 'espaces/:slug/corbeille', lazy: trashPage },
      { path: 'espaces/:slug/commentaires', lazy: commentSummary('SpaceSummaryPage') },
      { path: 'd/:id/:slug/commentaires', lazy: commentSummary('DocumentSummaryPage') },
      { path: 'notifications', lazy: notificationsPage },
      { path: 'd/:id/:slug?', lazy: documentPage },
      {
        path: 'admin',
        lazy: admin('AdminLayout'),
        children: [
          { index: true, element: <Navigate to="structures" replace /> },
          { path: 'structures', lazy: admin('StructuresPage') },
          { path: 'espaces', lazy: admin('SpacesPage') },
          { path: 'comptes', lazy: admin('AccountsPage') },
          { path: 'invitations', lazy: admin('InvitationsPage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
