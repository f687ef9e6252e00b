import { useEffect } from 'react';
import type { ViewerQuery } from '../gql/graphql';

type Theme = ViewerQuery['viewer']['tenant']['theme'];

/** Puts the tenant's white-label theme on :root as CSS variables that the stylesheet uses. */
export function ThemeVars({ theme }: { theme: Theme | undefined }) {
  useEffect(() => {
    if (!theme) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', theme.primaryColor);
    root.setProperty('--accent', theme.accentColor);
    root.setProperty('--font', `${theme.fontFamily}, var(--font-fallback)`);
    document.title = `${theme.logoText} · Relationship manager`;
    // Signed out (or another tenant next): back to the stylesheet's defaults, not the last tenant's look.
    return () => {
      root.removeProperty('--primary');
      root.removeProperty('--accent');
      root.removeProperty('--font');
      document.title = 'creditgraph';
    };
  }, [theme]);
  return null;
}
