import { lazy, type ComponentType } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/components/HomePage';
import { NotFoundPage } from './AccessPages';
import { AppLayout } from './AppLayout';

/**
 * Every page but the home page loads on demand, each with only the code it needs: a visitor who opens a public
 * document never downloads the editor, the forms of the administration or the version comparison. (Plain routes
 * rather than a data router: Cocon's pages fetch their own data, and the data router's code weighs twice as much.)
 */
const page = <Module,>(load: () => Promise<Module>, name: keyof Module) => {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
};

const login = page(() => import('../features/auth/components/LoginPage'), 'LoginPage');
const forgotPassword = page(() => import('../features/auth/components/ForgotPasswordPage'), 'ForgotPasswordPage');
const linkPage = (name: 'InvitationPage' | 'ResetPasswordPage') => page(() => import('../features/auth/components/LinkPages'), name);
const profilePage = page(() => import('../features/auth/components/ProfilePage'), 'ProfilePage');
const spacePage = page(() => import('../features/spaces/components/SpacePage'), 'SpacePage');
const documentPage = page(() => import('../features/documents/components/DocumentPage'), 'DocumentPage');
const trashPage = page(() => import('../features/documents/components/TrashPage'), 'TrashPage');
const commentSummary = (name: 'DocumentSummaryPage' | 'SpaceSummaryPage') => page(() => import('../features/comments/components/CommentSummaryPage'), name);
const notificationsPage = page(() => import('../features/notifications/components/NotificationsPage'), 'NotificationsPage');
const historyPage = page(() => import('../features/versions/components/HistoryPage'), 'HistoryPage');
const comparePage = page(() => import('../features/versions/components/ComparePage'), 'ComparePage');
const revisionPage = page(() => import('../features/versions/components/RevisionPage'), 'RevisionPage');
const provenancePage = page(() => import('../features/versions/components/ProvenancePage'), 'ProvenancePage');
const archivePage = page(() => import('../features/versions/components/ArchivePage'), 'ArchivePage');
const archivedVersionPage = page(() => import('../features/versions/components/ArchivedVersionPage'), 'ArchivedVersionPage');
const admin = (name: 'AdminLayout' | 'StructuresPage' | 'SpacesPage' | 'AccountsPage' | 'InvitationsPage') => page(() => import('../features/admin'), name);

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: login },
      { path: 'invitation/:token', element: linkPage('InvitationPage') },
      { path: 'mot-de-passe-oublie', element: forgotPassword },
      { path: 'reinitialiser/:token', element: linkPage('ResetPasswordPage') },
      { path: 'profil', element: profilePage },
      { path: 'espaces/:slug', element: spacePage },
      { path: 'espaces/:slug/corbeille', element: trashPage },
      { path: 'espaces/:slug/commentaires', element: commentSummary('SpaceSummaryPage') },
      { path: 'd/:id/:slug/commentaires', element: commentSummary('DocumentSummaryPage') },
      { path: 'notifications', element: notificationsPage },
      { path: 'd/:id/:slug?', element: documentPage },
      { path: 'historique/:documentId', element: historyPage },
      { path: 'comparer/:documentId', element: comparePage },
      { path: 'revision/:revisionId', element: revisionPage },
      { path: 'origine/:documentId', element: provenancePage },
      { path: 'archives', element: archivePage },
      { path: 'archives/:archiveSlug/:slug', element: archivedVersionPage },
      {
        path: 'admin',
        element: admin('AdminLayout'),
        children: [
          { index: true, element: <Navigate to="structures" replace /> },
          { path: 'structures', element: admin('StructuresPage') },
          { path: 'espaces', element: admin('SpacesPage') },
          { path: 'comptes', element: admin('AccountsPage') },
          { path: 'invitations', element: admin('InvitationsPage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The page for the address. */
export function AppRoutes() {
  return useRoutes(routes);
}
