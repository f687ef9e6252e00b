import { useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { setToken } from '../auth';
import { describeError } from '../errors';
import { humanize } from '../format';
import { ALL_ROLES } from '../roles';

const DEV_TENANTS = graphql(`
  query DevTenants {
    devTenants {
      id
      name
    }
  }
`);

const DEV_LOGIN = graphql(`
  mutation DevLogin($role: Role!, $tenantId: ID) {
    devLogin(role: $role, tenantId: $tenantId) {
      token
      viewer {
        userId
        role
      }
    }
  }
`);

interface Props {
  role: Role;
  tenantId: string;
  onLoggedIn(): void;
}

/** Development login: pick a role and a tenant, get a token, start a fresh cache. */
export function DevLoginControl({ role, tenantId, onLoggedIn }: Props) {
  const client = useApolloClient();
  const tenants = useQuery(DEV_TENANTS);
  const [login, { loading }] = useMutation(DEV_LOGIN);
  const [error, setError] = useState<string | null>(null);
  // The tenant list does not depend on who is logged in: keep the last one while a reset refetches it.
  const lastList = useRef<readonly { id: string; name: string }[]>([]);
  if (tenants.data) lastList.current = tenants.data.devTenants;

  // Outside development the server refuses devTenants: there is no dev login to offer.
  if (tenants.error) return null;
  // While the list (re)loads after a login, keep the control in place rather than flicker.
  const list = lastList.current;
  const busy = loading || list.length === 0;

  async function change(nextRole: Role, nextTenant: string) {
    setError(null);
    try {
      const { data } = await login({ variables: { role: nextRole, tenantId: nextTenant } });
      if (!data) throw new Error('No token returned');
      setToken(data.devLogin.token);
      onLoggedIn();
      await client.resetStore();
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <div className="dev-login" data-testid="dev-login">
      <span className="dev-login__tag" title="Development login">DEV</span>
      <select
        aria-label="Role"
        data-testid="role-select"
        value={role}
        disabled={busy}
        onChange={(e) => void change(e.target.value as Role, tenantId)}
      >
        {ALL_ROLES.map((r) => (
          <option key={r} value={r}>
            {humanize(r)}
          </option>
        ))}
      </select>
      <select
        aria-label="Tenant"
        data-testid="tenant-select"
        value={tenantId}
        disabled={busy}
        onChange={(e) => void change(role, e.target.value)}
      >
        {list.length === 0 && <option value={tenantId}>…</option>}
        {list.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {error && (
        <span className="dev-login__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
