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
// The history pages load on demand too, each on its own: the timeline and the comparison without the editor's code.
const historyPage = async () => ({ Component: (await import('../features/versions/components/HistoryPage')).HistoryPage });
const comparePage = async () => ({ Component: (await import('../features/versions/components/ComparePage')).ComparePage });
const revisionPage = async () => ({ Component: (await import('../features/versions/components/RevisionPage')).RevisionPage });
const provenancePage = async () => ({ Component: (await import('../features/versions/components/ProvenancePage')).ProvenancePage });
const archivePage = async () => ({ Component: (await import('../features/versions/components/ArchivePage')).ArchivePage });
const archivedVersionPage = async () => ({ Component: (await import('../features/versions/components/ArchivedVersionPage')).ArchivedVersionPage });
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
      { path: 'historique/:documentId', lazy: historyPage },
      { path: 'comparer/:documentId', lazy: comparePage },
      { path: 'revision/:revisionId', lazy: revisionPage },
      { path: 'origine/:documentId', lazy: provenancePage },
      { path: 'archives', lazy: archivePage },
      { path: 'archives/:archiveSlug/:slug', lazy: archivedVersionPage },
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
