import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { HomeRedirect } from './shell/HomeRedirect.js';
import { Layout } from './shell/Layout.js';
import { NotFound } from './shell/NotFound.js';
import { RequireAuth } from './shell/RequireAuth.js';
import { WorkspaceHome } from './shell/WorkspaceHome.js';

const SignInPage = lazy(() => import('./pages/auth/SignInPage.js'));
const SignUpPage = lazy(() => import('./pages/auth/SignUpPage.js'));
const JourneysPage = lazy(() => import('./pages/journeys/JourneysPage.js'));
const PersonasPage = lazy(() => import('./pages/personas/PersonasPage.js'));
const PersonaEditorPage = lazy(() => import('./pages/personas/PersonaEditorPage.js'));
const MembersPage = lazy(() => import('./pages/members/MembersPage.js'));
const JourneyMapPage = lazy(() => import('./map/JourneyMapPage.js'));
const ChannelViewPage = lazy(() => import('./channels/ChannelViewPage.js'));
const ComparePage = lazy(() => import('./compare/ComparePage.js'));
const ProjectsPage = lazy(() => import('./projects/ProjectsPage.js'));
const PrioritiesPage = lazy(() => import('./priorities/PrioritiesPage.js'));
const CommentsPage = lazy(() => import('./comments/CommentsPage.js'));
const SharedMapPage = lazy(() => import('./share/SharedMapPage.js'));
const ExplorerPage = lazy(() => import('./explorer/ExplorerPage.js'));
const InvitePage = lazy(() => import('./pages/invite/InvitePage.js'));
const DatasetsPage = lazy(() => import('./data/DatasetsPage.js'));
const NewDatasetPage = lazy(() => import('./data/NewDatasetPage.js'));

/** Every view has its own URL, so it can be shared and the browser's back button works. */
export function App() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="page muted">{t('state.loading')}</p>}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
        <Route path="/share/:token" element={<SharedMapPage />} />
        <Route path="/invite/:token" element={<InvitePage />} />
        <Route
          element={
            <RequireAuth>
              <Layout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="/w/:workspaceId" element={<WorkspaceHome />} />
          <Route path="/w/:workspaceId/journeys" element={<JourneysPage />} />
          <Route path="/w/:workspaceId/journeys/:journeyId" element={<JourneyMapPage />} />
          <Route path="/w/:workspaceId/journeys/:journeyId/channels" element={<ChannelViewPage />} />
          <Route path="/w/:workspaceId/journeys/:journeyId/compare/:otherId" element={<ComparePage />} />
          <Route path="/w/:workspaceId/journeys/:journeyId/projects" element={<ProjectsPage />} />
          <Route path="/w/:workspaceId/journeys/:journeyId/priorities" element={<PrioritiesPage />} />
          <Route path="/w/:workspaceId/personas" element={<PersonasPage />} />
          <Route path="/w/:workspaceId/personas/:personaId" element={<PersonaEditorPage />} />
          <Route path="/w/:workspaceId/members" element={<MembersPage />} />
          <Route path="/w/:workspaceId/comments" element={<CommentsPage />} />
          <Route path="/w/:workspaceId/data" element={<DatasetsPage />} />
          <Route path="/w/:workspaceId/data/new" element={<NewDatasetPage />} />
          <Route path="/w/:workspaceId/data/:datasetId" element={<ExplorerPage />} />
          <Route path="/w/:workspaceId/data/:datasetId/:view" element={<ExplorerPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
