import type { ViewerQuery } from '../gql/graphql';
import { setToken } from '../auth';
import { humanize } from '../format';
import { navigate, parseHash } from '../router';

/** Who is signed in (name, role, tenant) and the way out. */
export function UserMenu({ viewer }: { viewer: ViewerQuery['viewer'] | undefined }) {
  return (
    <div className="user-menu">
      {viewer && (
        <span className="viewer" data-testid="viewer">
          <span className="viewer__name">{viewer.displayName}</span>
          <span className="viewer__role">
            {humanize(viewer.role)} · {viewer.tenant.name}
          </span>
        </span>
      )}
      <SignOutButton />
    </div>
  );
}

/** The next user does not start inside the last one's record (maybe of another tenant): back to its list. */
function leaveRecord(): void {
  const route = parseHash(window.location.hash);
  if (route.name === 'customer') navigate({ name: 'customers' });
  if (route.name === 'product') navigate({ name: 'products' });
  if (route.name === 'case') navigate({ name: 'collections' });
}

/** Offered even when the viewer cannot be read, so a broken session can always be left. */
function SignOutButton() {
  function signOut() {
    leaveRecord();
    // Forgetting the token is enough: useSession then clears the Apollo store and shows the sign-in page.
    setToken(null);
  }
  return (
    <button type="button" className="btn btn--on-primary" data-testid="sign-out" onClick={signOut}>
      Sign out
    </button>
  );
}
