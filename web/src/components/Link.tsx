import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { href, type Route } from '../router';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
  children: ReactNode;
}

export function Link({ to, children, ...rest }: Props) {
  return (
    <a href={href(to)} {...rest}>
      {children}
    </a>
  );
}
