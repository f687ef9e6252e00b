// Idempotency keys for mutations that make a decision or move money.
// One key per submission attempt; a retry of the very same input after it got no answer (network
// error, server error) reuses the key, so the server returns the application it may already have
// made instead of making a second one.
import { useCallback, useRef, useState } from 'react';

/** A random v4 UUID. crypto.randomUUID needs a secure context; getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface IdempotentAttempts {
  /** The key for submitting `input`: the unanswered attempt's key when `input` is the same, else a new one. */
  keyFor(input: unknown): string;
  /** The server answered (with a result or a rejection): the next submission is a new attempt. */
  settle(): void;
  /** An attempt got no answer; submitting the same input again reuses its key. */
  unanswered: boolean;
}

export function useIdempotentAttempts(): IdempotentAttempts {
  const pending = useRef<{ key: string; fingerprint: string } | null>(null);
  const [unanswered, setUnanswered] = useState(false);

  const keyFor = useCallback((input: unknown) => {
    // Inputs are built in a fixed field order, so equal inputs stringify equally.
    const fingerprint = JSON.stringify(input);
    if (pending.current?.fingerprint !== fingerprint) pending.current = { key: newIdempotencyKey(), fingerprint };
    // Until settle() is called, this attempt counts as unanswered.
    setUnanswered(true);
    return pending.current.key;
  }, []);

  const settle = useCallback(() => {
    pending.current = null;
    setUnanswered(false);
  }, []);

  return { keyFor, settle, unanswered };
}
