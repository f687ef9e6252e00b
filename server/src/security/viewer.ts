// Who is asking. Carried in a signed token (HS256); every query is scoped to viewer.tenantId.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/** PARTNER: a white-label partner's staff or API client; see security/partner-access.ts for what it may do. */
export const ROLES = ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR', 'ADMIN', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: string;
  role: Role;
  tenantId: string;
  /** The user's name as staff know it (from the users table, carried in the token). */
  displayName?: string;
}

export const DEFAULT_TENANT_ID = 'demo';

/**
 * Who token-less requests act as outside production: the first seeded relationship manager
 * (seeds/users.ts), so that scripts and GraphiQL see her customers in full and others masked.
 */
export const DEMO_VIEWER: Viewer = { userId: 'u-asha', role: 'RELATIONSHIP_MANAGER', tenantId: DEFAULT_TENANT_ID, displayName: 'Asha Rao' };

/** The seeded demo users' password outside production (DEMO_PASSWORD overrides it). */
export const DEFAULT_DEMO_PASSWORD = 'creditgraph-demo';

const ISSUER = 'creditgraph';
/** How long a token is valid: a working day, then the user signs in again. */
export const TOKEN_TTL_SECONDS = 12 * 3600;

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(viewer: Viewer): Promise<string> {
    return (await this.signWithExpiry(viewer)).token;
  }

  /** A token and when it expires. */
  async signWithExpiry(viewer: Viewer): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, string> = { role: viewer.role, tenant: viewer.tenantId };
    if (viewer.displayName) claims.name = viewer.displayName;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(viewer.userId)
      .setIssuedAt(now)
      .setExpirationTime(now + TOKEN_TTL_SECONDS)
      .sign(this.key);
    return { token, expiresAt: new Date((now + TOKEN_TTL_SECONDS) * 1000) };
  }

  /** The viewer in a valid token; throws InvalidTokenError naming what is wrong. */
  async verify(token: string): Promise<Viewer> {
    return (await this.verifyWithExpiry(token)).viewer;
  }

  /** As verify, with the token's expiry (seconds since the epoch). */
  async verifyWithExpiry(token: string): Promise<{ viewer: Viewer; expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const role = payload.role;
      const tenant = payload.tenant;
      if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
        throw new InvalidTokenError('token has no valid role');
      }
      if (typeof tenant !== 'string' || !payload.sub) throw new InvalidTokenError('token has no tenant or subject');
      const displayName = typeof payload.name === 'string' ? payload.name : undefined;
      return { viewer: { userId: payload.sub, role: role as Role, tenantId: tenant, displayName }, expiresAt: payload.exp ?? 0 };
    } catch (e) {
      if (e instanceof InvalidTokenError) throw e;
      if (e instanceof joseErrors.JWTExpired) throw new InvalidTokenError('token has expired');
      throw new InvalidTokenError('token is not valid');
    }
  }
}

export class InvalidTokenError extends Error {}
