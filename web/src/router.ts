// A tiny hash router: #/customers, #/customers/<id>, #/products, #/products/<id>, #/prospect,
// #/dashboard, #/experiments, #/collections, #/collections/<case id>.
// Links can be shared and the browser's Back button works; no dependency needed.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'products' }
  | { name: 'product'; id: string }
  | { name: 'prospect' }
  | { name: 'dashboard' }
  | { name: 'experiments' }
  | { name: 'collections' }
  | { name: 'case'; id: string }
  | { name: 'notFound'; path: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'customers' };
  const [head, id] = parts;
  if (head === 'customers' && parts.length === 1) return { name: 'customers' };
  if (head === 'customers' && parts.length === 2) return { name: 'customer', id };
  if (head === 'products' && parts.length === 1) return { name: 'products' };
  if (head === 'products' && parts.length === 2) return { name: 'product', id };
  if (head === 'prospect' && parts.length === 1) return { name: 'prospect' };
  if (head === 'dashboard' && parts.length === 1) return { name: 'dashboard' };
  if (head === 'experiments' && parts.length === 1) return { name: 'experiments' };
  if (head === 'collections' && parts.length === 1) return { name: 'collections' };
  if (head === 'collections' && parts.length === 2) return { name: 'case', id };
  return { name: 'notFound', path };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'customers':
      return '#/customers';
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'products':
      return '#/products';
    case 'product':
      return `#/products/${encodeURIComponent(route.id)}`;
    case 'prospect':
      return '#/prospect';
    case 'dashboard':
      return '#/dashboard';
    case 'experiments':
      return '#/experiments';
    case 'collections':
      return '#/collections';
    case 'case':
      return `#/collections/${encodeURIComponent(route.id)}`;
    case 'notFound':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}
