// Who is asking. Carried in a signed token (HS256); every query is scoped to viewer.tenantId.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

/** PARTNER: a white-label partner's staff or API client; see security/partner-access.ts for what it may do. */
export const ROLES = ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR', 'ADMIN', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: string;
  role: Role;
  tenantId: string;
}

export const DEFAULT_TENANT_ID = 'demo';

/** The demo relationship manager that token-less requests act as outside production. */
export const DEMO_VIEWER: Viewer = { userId: 'demo-rm', role: 'RELATIONSHIP_MANAGER', tenantId: DEFAULT_TENANT_ID };

const ISSUER = 'creditgraph';
const TOKEN_TTL = '12h';

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(viewer: Viewer): Promise<string> {
    return new SignJWT({ role: viewer.role, tenant: viewer.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(viewer.userId)
      .setIssuedAt()
      .setExpirationTime(TOKEN_TTL)
      .sign(this.key);
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
      return { viewer: { userId: payload.sub, role: role as Role, tenantId: tenant }, expiresAt: payload.exp ?? 0 };
    } catch (e) {
      if (e instanceof InvalidTokenError) throw e;
      if (e instanceof joseErrors.JWTExpired) throw new InvalidTokenError('token has expired');
      throw new InvalidTokenError('token is not valid');
    }
  }
}

export class InvalidTokenError extends Error {}
