import type { Role } from '../../gql/graphql';
import { humanize } from '../../format';
import { COLLECTION_ROLES } from '../../roles';

/** Shown to roles that do not work recovery cases (the server would refuse them with FORBIDDEN). */
export function NotPermitted({ role, title }: { role: Role | undefined; title: string }) {
  return (
    <section className="page">
      <div className="panel" data-testid="collections-forbidden" role="alert">
        <h1>{title}</h1>
        <p className="muted">
          Recovery cases are worked by {COLLECTION_ROLES.map((r) => humanize(r).toLowerCase() + 's').join(' and ')}
          {role ? `; you are signed in as a ${humanize(role).toLowerCase()}` : ''}. Sign in with one of those roles to open them.
        </p>
      </div>
    </section>
  );
}
