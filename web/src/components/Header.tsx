import type { Role, ViewerQuery } from '../gql/graphql';
import type { Route } from '../router';
import { humanize } from '../format';
import { COLLECTION_ROLES, DASHBOARD_ROLES, EXPERIMENT_ROLES } from '../roles';
import { setToken } from '../auth';
import { DevLoginControl } from './DevLoginControl';
import { Link } from './Link';

interface Props {
  viewer: ViewerQuery['viewer'] | undefined;
  viewerError: boolean;
  route: Route;
  onLoggedIn(): void;
}

const NAV: { label: string; to: Route; active: Route['name'][]; roles?: readonly Role[] }[] = [
  { label: 'Customers', to: { name: 'customers' }, active: ['customers', 'customer'] },
  { label: 'Products', to: { name: 'products' }, active: ['products', 'product'] },
  { label: 'Prospect', to: { name: 'prospect' }, active: ['prospect'] },
  { label: 'Dashboard', to: { name: 'dashboard' }, active: ['dashboard'], roles: DASHBOARD_ROLES },
  { label: 'Experiments', to: { name: 'experiments' }, active: ['experiments'], roles: EXPERIMENT_ROLES },
  { label: 'Collections', to: { name: 'collections' }, active: ['collections', 'case'], roles: COLLECTION_ROLES },
];

export function Header({ viewer, viewerError, route, onLoggedIn }: Props) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to={{ name: 'customers' }} className="logo" data-testid="logo">
          {viewer?.tenant.theme.logoText ?? 'creditgraph'}
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.filter((item) => !item.roles || (viewer && item.roles.includes(viewer.role))).map((item) => (
            <Link
              key={item.label}
              to={item.to}
              className={item.active.includes(route.name) ? 'nav__item nav__item--active' : 'nav__item'}
              aria-current={item.active.includes(route.name) ? 'page' : undefined}
              data-testid={`nav-${item.to.name}`}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="app-header__viewer">
          {viewer && (
            <>
              <span className="viewer" data-testid="viewer">
                <span className="viewer__name">{viewer.userId}</span>
                <span className="viewer__role">
                  {humanize(viewer.role)} · {viewer.tenant.name}
                </span>
              </span>
              <DevLoginControl role={viewer.role} tenantId={viewer.tenant.id} onLoggedIn={onLoggedIn} />
            </>
          )}
          {viewerError && (
            <button
              type="button"
              className="btn btn--on-primary"
              onClick={() => {
                setToken(null);
                window.location.reload();
              }}
            >
              Sign out
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
