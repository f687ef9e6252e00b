// Creating a staff or partner user (`npm run users:add`, users-add-cli.ts): a production database
// seeds no demo users, so this is how people get an account. Everything is checked before anything
// is written, a refusal says what is wrong, and the user row commits with its USER_CREATED audit
// row or not at all.
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { tenants, users } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { userByUsername, type UserRow } from '../repositories/users.js';
import { auditLog } from './audit-log.js';
import { hashPassword } from './passwords.js';
import { ROLES, type Role } from './viewer.js';

/** Lowercase letters, digits, dot, dash and underscore; sign-in lowercases what is typed. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{2,64}$/;
export const MIN_PASSWORD_LENGTH = 12;
/** Sign-in refuses longer passwords (login.ts), so a longer one could never be used. */
export const MAX_PASSWORD_LENGTH = 200;
const MAX_DISPLAY_NAME_LENGTH = 200;
/** Shorthands accepted for --role, beside the role names themselves in any case. */
const ROLE_ALIASES: Record<string, Role> = { RM: 'RELATIONSHIP_MANAGER' };

export interface NewUserInput {
  username: string;
  /** A role name (any case, dashes or spaces for underscores) or RM. */
  role: string;
  tenantId: string;
  /** The name staff know the user by; the username when left out. */
  displayName?: string;
  password: string;
}

export type AddUserRefusalReason =
  | 'USERNAME_INVALID'
  | 'ROLE_UNKNOWN'
  | 'DISPLAY_NAME_INVALID'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'TENANT_UNKNOWN'
  | 'USERNAME_TAKEN';

export interface AddUserRefusal {
  ok: false;
  reason: AddUserRefusalReason;
  /** One line for a person, naming the field: "role: ...". */
  message: string;
}

export type CreatedUser = Omit<UserRow, 'passwordHash'>;
export type AddUserResult = { ok: true; user: CreatedUser } | AddUserRefusal;

export interface ValidUserInput {
  username: string;
  role: Role;
  tenantId: string;
  displayName: string;
  password: string;
}

const refuse = (reason: AddUserRefusalReason, message: string): AddUserRefusal => ({ ok: false, reason, message });

/** The checks that need no database: the input normalised, or the first thing wrong with it. */
export function validateNewUser(input: NewUserInput): { ok: true; value: ValidUserInput } | AddUserRefusal {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    return refuse('USERNAME_INVALID', `username: "${input.username}" must be 2 to 64 characters, each a lowercase letter, digit, dot, dash or underscore`);
  }
  const role = parseRole(input.role);
  if (!role) {
    return refuse('ROLE_UNKNOWN', `role: "${input.role}" is not a role; valid roles: ${ROLES.join(', ')} (RM for RELATIONSHIP_MANAGER)`);
  }
  const displayName = (input.displayName ?? username).trim();
  // eslint-disable-next-line no-control-regex
  if (displayName.length === 0 || displayName.length > MAX_DISPLAY_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(displayName)) {
    return refuse('DISPLAY_NAME_INVALID', `display name: must be 1 to ${MAX_DISPLAY_NAME_LENGTH} characters with no control characters`);
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return refuse('PASSWORD_TOO_SHORT', `password: must be at least ${MIN_PASSWORD_LENGTH} characters (got ${input.password.length})`);
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) {
    return refuse('PASSWORD_TOO_LONG', `password: must be at most ${MAX_PASSWORD_LENGTH} characters, the longest sign-in accepts (got ${input.password.length})`);
  }
  return { ok: true, value: { username, role, tenantId: input.tenantId.trim(), displayName, password: input.password } };
}

/**
 * Creates an active user who can sign in at once, with a USER_CREATED audit row in the same
 * transaction. Refuses, writing nothing, what validateNewUser refuses, a tenant that does not
 * exist and a username already taken (usernames are unique across tenants).
 */
export async function addUser(db: AppDb, input: NewUserInput, actor = 'system'): Promise<AddUserResult> {
  const valid = validateNewUser(input);
  if (!valid.ok) return valid;
  const u = valid.value;

  const known = (await db.select({ id: tenants.id }).from(tenants).orderBy(tenants.id)).map((t) => t.id);
  if (!known.includes(u.tenantId)) {
    const list = known.length === 0 ? 'there are no tenants yet (npm run seed creates them)' : `tenants: ${known.join(', ')}`;
    return refuse('TENANT_UNKNOWN', `tenant: "${u.tenantId}" does not exist; ${list}`);
  }
  const taken = () => refuse('USERNAME_TAKEN', `username: "${u.username}" is already taken (usernames are unique across tenants)`);
  if (await userByUsername(db, u.username)) return taken();

  // Ids read as the seeded ones do (u-asha); an id left by an earlier user of that name gets a suffix.
  const [idInUse] = await db.select({ id: users.id }).from(users).where(eq(users.id, `u-${u.username}`));
  const id = idInUse ? `u-${u.username}-${randomBytes(3).toString('hex')}` : `u-${u.username}`;
  const passwordHash = await hashPassword(u.password);

  const created = await auditLog.recordChange(
    db,
    async (tx) => {
      // Another run creating the same username at the same moment: the unique index decides.
      const [row] = await tx
        .insert(users)
        .values({ id, tenantId: u.tenantId, username: u.username, displayName: u.displayName, role: u.role, passwordHash })
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },
    (row) => ({
      tenantId: u.tenantId,
      actor,
      action: 'USER_CREATED',
      entityType: 'User',
      entityId: row.id,
      details: { username: row.username, role: row.role, displayName: row.displayName },
    }),
  );
  if (!created) return taken();
  const { passwordHash: _hash, ...user } = created;
  return { ok: true, user };
}

function parseRole(text: string): Role | null {
  const name = text.trim().toUpperCase().replace(/[-\s]+/g, '_');
  if ((ROLES as readonly string[]).includes(name)) return name as Role;
  return ROLE_ALIASES[name] ?? null;
}
