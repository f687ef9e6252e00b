import type { Role, ViewerQuery } from '../gql/graphql';
import type { Route } from '../router';
import { COLLECTION_ROLES, DASHBOARD_ROLES, EXPERIMENT_ROLES } from '../roles';
import { Link } from './Link';
import { UserMenu } from './UserMenu';

interface Props {
  viewer: ViewerQuery['viewer'] | undefined;
  route: Route;
}

const NAV: { label: string; to: Route; active: Route['name'][]; roles?: readonly Role[] }[] = [
  { label: 'Customers', to: { name: 'customers' }, active: ['customers', 'customer'] },
  { label: 'Products', to: { name: 'products' }, active: ['products', 'product'] },
  { label: 'Prospect', to: { name: 'prospect' }, active: ['prospect'] },
  { label: 'Dashboard', to: { name: 'dashboard' }, active: ['dashboard'], roles: DASHBOARD_ROLES },
  { label: 'Experiments', to: { name: 'experiments' }, active: ['experiments'], roles: EXPERIMENT_ROLES },
  { label: 'Collections', to: { name: 'collections' }, active: ['collections', 'case'], roles: COLLECTION_ROLES },
];

export function Header({ viewer, route }: Props) {
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
          <UserMenu viewer={viewer} />
        </div>
      </div>
    </header>
  );
}
