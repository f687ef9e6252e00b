// Signing in with a username and password. Failures say the same thing whether the username or
// the password was wrong (no user enumeration), and a username that keeps failing is slowed down:
// rate-limiter-flexible counts failures per username (in process; a replica each has its own).
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppDb } from '../db/index.js';
import { userByUsername } from '../repositories/users.js';
import { verifyPassword } from './passwords.js';
import { ROLES, type Role, type TokenService, type Viewer } from './viewer.js';

const FAILURES_ALLOWED = 5;
const FAILURE_WINDOW_SECONDS = 15 * 60;
const MAX_FIELD_LENGTH = 200;

export class LoginRefused extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class LoginService {
  private readonly failures = new RateLimiterMemory({ points: FAILURES_ALLOWED, duration: FAILURE_WINDOW_SECONDS });

  constructor(
    private readonly db: AppDb,
    private readonly tokens: TokenService,
    /** Tenants that exist now: a user of a removed tenant cannot sign in. */
    private readonly tenantExists: (tenantId: string) => boolean,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; viewer: Viewer }> {
    const name = username.trim().toLowerCase();
    if (name.length === 0 || name.length > MAX_FIELD_LENGTH) throw new LoginRefused('username: must be 1 to 200 characters');
    if (password.length === 0 || password.length > MAX_FIELD_LENGTH) throw new LoginRefused('password: must be 1 to 200 characters');
    const blocked = await this.failures.get(name);
    if (blocked && blocked.remainingPoints <= 0) throw this.tooMany(blocked);

    const user = await userByUsername(this.db, name);
    // Hash even for an unknown user, so that timing does not tell which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !ok || !user.active || !this.tenantExists(user.tenantId) || !(ROLES as readonly string[]).includes(user.role)) {
      try {
        await this.failures.consume(name);
      } catch (res) {
        if (res instanceof RateLimiterRes) throw this.tooMany(res);
        throw res;
      }
      throw new LoginRefused('wrong username or password');
    }
    await this.failures.delete(name);
    const viewer: Viewer = { userId: user.id, role: user.role as Role, tenantId: user.tenantId, displayName: user.displayName };
    return { ...(await this.tokens.signWithExpiry(viewer)), viewer };
  }

  private tooMany(res: RateLimiterRes): LoginRefused {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new LoginRefused(`too many failed sign-ins for this username; try again in ${seconds} s`, seconds);
  }
}

/** A valid scrypt hash of a random password: what an unknown username is checked against. */
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$c2lnbi1pbi10aW1pbmc=$0kXkq8mB6m0dQ1Vv8I2c7xN7u3pQmJmXb4cH5cQ3Vb8=';
