// Small shared hooks: debouncing, state that survives leaving a page, cursor paging.
import { useCallback, useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

// Page state kept in memory for the session (e.g. the customer list's filters and page),
// so that opening a customer and pressing Back returns to the same list.
const memory = new Map<string, unknown>();

export function clearSessionState(): void {
  memory.clear();
}

export function useSessionState<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  useEffect(() => {
    memory.set(key, value);
  }, [key, value]);
  return [value, setValue];
}

export interface CursorPager {
  /** The `after` argument for the current page. */
  after: string | null;
  /** 0-based page number. */
  page: number;
  next(endCursor: string): void;
  previous(): void;
}

interface PagerState {
  filterKey: string;
  stack: (string | null)[];
}

/**
 * Relay paging with a stack of the cursors we came through, so Previous works without `before`.
 * The stack belongs to one filter: when filterKey changes, paging starts again at page 1.
 */
export function useCursorPager(key: string, filterKey: string): CursorPager {
  const [state, setState] = useSessionState<PagerState>(key, { filterKey, stack: [null] });
  const stack = state.filterKey === filterKey ? state.stack : [null];
  const next = useCallback(
    (endCursor: string) => setState({ filterKey, stack: [...stack, endCursor] }),
    [setState, filterKey, stack],
  );
  const previous = useCallback(
    () => setState({ filterKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
    [setState, filterKey, stack],
  );
  return { after: stack[stack.length - 1], page: stack.length - 1, next, previous };
}
