// Turns whatever Apollo hands us into the message a person should read, plus the code and field.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ErrorInfo {
  message: string;
  code?: string;
  field?: string;
}

interface RawError {
  message?: string;
  extensions?: { code?: unknown; field?: unknown };
}

function fromRaw(errors: readonly RawError[]): ErrorInfo | null {
  if (!errors.length) return null;
  const first = errors[0];
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
  const message = errors.map((e) => e.message ?? 'Unknown error').join('; ');
  return { message, code, field };
}

export function describeError(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    return fromRaw(error.errors as readonly RawError[]) ?? { message: error.message };
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawError[] };
      const info = body.errors ? fromRaw(body.errors) : null;
      if (info) return info;
    } catch {
      // not JSON: fall through to the status line
    }
    return { message: `Server responded ${error.statusCode}` };
  }
  if (error instanceof Error) {
    if (error.message === 'Failed to fetch') return { message: 'Cannot reach the server.' };
    return { message: error.message };
  }
  return { message: String(error) };
}
