import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Bar } from '../../components/Bar';
import { ErrorBox } from '../../components/ErrorBox';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { humanize } from '../../format';
import { useDebounced, useSessionState } from '../../hooks';

const SEARCH_PRODUCTS = graphql(`
  query SearchProducts($text: String!, $first: Int) {
    searchProducts(text: $text, first: $first) {
      score
      product {
        id
        name
        provider
        category
        description
        tags
      }
    }
  }
`);

const EXAMPLES = ['low-interest loan for a home renovation', 'card with airport lounge access', 'crop loan repaid after harvest'];

export function ProductSearch() {
  const [text, setText] = useSessionState('products.search', '');
  const [first, setFirst] = useState(10);
  const query = useDebounced(text.trim(), 400);
  const { data, previousData, loading, error } = useQuery(
    SEARCH_PRODUCTS,
    query ? { variables: { text: query, first } } : skipToken,
  );
  const matches = query ? (data ?? previousData)?.searchProducts : undefined;

  return (
    <section className="panel" aria-labelledby="search-h">
      <div className="panel__head">
        <h2 id="search-h">Semantic search</h2>
        <label className="inline-field">
          <span>Results</span>
          <select value={first} onChange={(e) => setFirst(Number(e.target.value))}>
            {[5, 10, 20, 50].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <input
        type="search"
        className="input input--search input--wide"
        placeholder="Describe a need, e.g. “save for my daughter’s education”"
        aria-label="Describe what the customer needs"
        data-testid="product-search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {!query && (
        <p className="small muted">
          Try:{' '}
          {EXAMPLES.map((ex, i) => (
            <span key={ex}>
              {i > 0 && ' · '}
              <button type="button" className="btn btn--link" onClick={() => setText(ex)}>
                {ex}
              </button>
            </span>
          ))}
        </p>
      )}
      {error && <ErrorBox error={error} title="Search failed" />}
      {query && !matches && loading && <Loading label="Searching…" />}
      {matches && (
        <ol className={loading ? 'matches table--stale' : 'matches'} data-testid="product-matches">
          {matches.length === 0 && <li className="empty">No matches.</li>}
          {matches.map((m) => (
            <li key={m.product.id} className="match" data-testid="product-match">
              <div className="match__score" title={`Cosine similarity ${m.score.toFixed(3)}`}>
                <span className="match__score-value">{m.score.toFixed(2)}</span>
                <Bar value={Math.max(0, m.score)} tone="primary" label="Similarity" />
              </div>
              <div className="match__body">
                <Link to={{ name: 'product', id: m.product.id }} className="strong">
                  {m.product.name}
                </Link>{' '}
                <span className="muted small">
                  {m.product.provider} · {humanize(m.product.category)}
                </span>
                <p className="match__desc">{m.product.description}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
