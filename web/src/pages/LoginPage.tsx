import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { DemoUsersQuery } from '../gql/graphql';
import { hasSessionEnded, setToken } from '../auth';
import { describeError } from '../errors';
import { humanize } from '../format';

const DEMO_USERS = graphql(`
  query DemoUsers {
    demoUsers {
      username
      displayName
      role
      tenant {
        id
        name
      }
    }
    demoPassword
  }
`);

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      viewer {
        userId
        role
        displayName
      }
    }
  }
`);

type DemoUser = DemoUsersQuery['demoUsers'][number];

/** Shown whenever there is no token: at first, after signing out, and after the server refused the token. */
export function LoginPage() {
  return (
    <>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="logo">creditgraph</span>
        </div>
      </header>
      <main className="app-main sign-in" data-testid="sign-in-page">
        <h1>Sign in</h1>
        {hasSessionEnded() && (
          <p className="notice" role="status" data-testid="session-ended">
            Your session has ended; sign in again.
          </p>
        )}
        <SignInForm />
      </main>
    </>
  );
}

function SignInForm() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LOGIN);
  const demo = useQuery(DEMO_USERS);
  const submitRef = useRef<HTMLButtonElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (!data) throw new Error('The server returned no token.');
      // useSession sees the new token, clears what the sign-in page cached and shows the app.
      setToken(data.login.token);
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  function pick(user: DemoUser) {
    setUsername(user.username);
    setPassword(demo.data?.demoPassword ?? '');
    setError(null);
    // The second of the two clicks is on the button: put it under the keyboard too.
    submitRef.current?.focus();
  }

  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': 'sign-in-error' } : {};
  return (
    <div className="sign-in__body">
      <form className="panel form sign-in__form" onSubmit={(e) => void submit(e)} aria-label="Sign in">
        <SignInField label="Username" name="username" autoComplete="username" value={username} onChange={setUsername} invalid={invalid} />
        <SignInField label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={setPassword} invalid={invalid} />
        <button ref={submitRef} type="submit" className="btn btn--primary" disabled={loading} data-testid="sign-in-submit">
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
        {error && (
          <p className="form__error" id="sign-in-error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
      </form>
      {/* Outside production only; the list is empty (or the query refused) in production. */}
      {demo.data && demo.data.demoUsers.length > 0 && <DemoUserList users={demo.data.demoUsers} onPick={pick} />}
    </div>
  );
}

function SignInField(props: {
  label: string;
  name: 'username' | 'password';
  type?: 'password';
  autoComplete: string;
  value: string;
  onChange(value: string): void;
  invalid: Record<string, unknown>;
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <input
        className="input"
        type={props.type}
        name={props.name}
        autoComplete={props.autoComplete}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={`sign-in-${props.name}`}
        {...props.invalid}
      />
    </label>
  );
}

function DemoUserList({ users, onPick }: { users: readonly DemoUser[]; onPick(user: DemoUser): void }) {
  return (
    <section className="panel demo-users" aria-labelledby="demo-users-title" data-testid="demo-users">
      <h2 id="demo-users-title">Demo users</h2>
      <p className="muted">Pick one to fill in the form, then sign in.</p>
      <ul className="demo-users__list">
        {users.map((u) => (
          <li key={u.username}>
            <button type="button" className="demo-user" onClick={() => onPick(u)} data-testid={`demo-user-${u.username}`}>
              <span className="demo-user__name">{u.displayName}</span>
              <span className="demo-user__meta">
                {humanize(u.role)} · {u.tenant.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
