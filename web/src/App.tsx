import { lazy, Suspense } from 'react';
import { ErrorBox } from './components/ErrorBox';
import { Header } from './components/Header';
import { ThemeVars } from './components/ThemeVars';
import { Loading } from './components/Loading';
import { useSession } from './components/useSession';
import { useViewer } from './components/useViewer';
import { CustomerPage } from './pages/CustomerPage';
import { CustomersPage } from './pages/CustomersPage';
import { LoginPage } from './pages/LoginPage';
import { ProductPage } from './pages/ProductPage';
import { ProductsPage } from './pages/ProductsPage';
import { ProspectPage } from './pages/ProspectPage';
import { useRoute, type Route } from './router';

// The dashboard and its charts load only when an analyst opens it; the collector workspace only
// when a collector does.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ExperimentsPage = lazy(() => import('./pages/ExperimentsPage').then((m) => ({ default: m.ExperimentsPage })));
const CollectionsPage = lazy(() => import('./pages/CollectionsPage').then((m) => ({ default: m.CollectionsPage })));
const CasePage = lazy(() => import('./pages/CasePage').then((m) => ({ default: m.CasePage })));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'customers':
      return <CustomersPage />;
    case 'customer':
      return <CustomerPage id={route.id} />;
    case 'products':
      return <ProductsPage />;
    case 'product':
      return <ProductPage id={route.id} />;
    case 'prospect':
      return <ProspectPage />;
    case 'dashboard':
      return (
        <Suspense fallback={<Loading label="Loading the dashboard…" />}>
          <DashboardPage />
        </Suspense>
      );
    case 'experiments':
      return (
        <Suspense fallback={<Loading label="Loading the experiments…" />}>
          <ExperimentsPage />
        </Suspense>
      );
    case 'collections':
      return (
        <Suspense fallback={<Loading label="Loading the case queue…" />}>
          <CollectionsPage />
        </Suspense>
      );
    case 'case':
      return (
        <Suspense fallback={<Loading label="Loading the case…" />}>
          <CasePage id={route.id} />
        </Suspense>
      );
    case 'notFound':
      return (
        <section className="page">
          <h1>Page not found</h1>
          <p className="muted">Nothing lives at {route.path}.</p>
        </section>
      );
  }
}

export function App() {
  const session = useSession();
  if (!session) return <LoginPage />;
  // Keyed by the token: another user's session starts afresh (pages forget filters and cursors).
  // The route stays, so a shared link or the page an expired session left opens after signing in.
  return <SignedInApp key={session} />;
}

function SignedInApp() {
  const route = useRoute();
  const viewer = useViewer();
  return (
    <>
      <ThemeVars theme={viewer.data?.viewer.tenant.theme} />
      <Header viewer={viewer.data?.viewer} route={route} />
      <main className="app-main">
        {viewer.error ? (
          <ErrorBox error={viewer.error} title="Cannot identify you" testId="viewer-error" />
        ) : (
          <Page route={route} />
        )}
      </main>
    </>
  );
}
