import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorBox } from '../../components/ErrorBox';

const SEARCH_POLICIES = graphql(`
  query SearchPolicies($question: String!) {
    searchPolicies(question: $question, first: 3) {
      id
      score
      text
      document {
        id
        title
      }
      section {
        number
        heading
      }
    }
  }
`);

const MAX_CHARS = 280;
const truncate = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS).trimEnd()}…` : s);

/** Ask the lending policies a question; shows the best three passages with their citations. */
export function PolicySearchCard() {
  const [question, setQuestion] = useState('');
  const [search, { data, loading, error, called }] = useLazyQuery(SEARCH_POLICIES);
  const passages = data?.searchPolicies;

  return (
    <section className="panel" aria-labelledby="policy-h" data-testid="policy-search">
      <h2 id="policy-h">Policy search</h2>
      <form
        className="policy-search__form"
        onSubmit={(e) => {
          e.preventDefault();
          const q = question.trim();
          if (q) void search({ variables: { question: q } }).catch(() => undefined);
        }}
      >
        <input
          className="input"
          type="search"
          value={question}
          maxLength={500}
          placeholder="e.g. quiet hours"
          aria-label="Question"
          onChange={(e) => setQuestion(e.target.value)}
          data-testid="policy-question"
        />
        <button type="submit" className="btn btn--primary" disabled={loading || !question.trim()} data-testid="policy-submit">
          Search
        </button>
      </form>
      {error && <ErrorBox error={error} title="Could not search the policies" testId="policy-error" />}
      {called && !loading && passages?.length === 0 && <p className="muted">No passage found.</p>}
      {passages && passages.length > 0 && (
        <ol className="passages" aria-busy={loading}>
          {passages.map((p) => (
            <li key={p.id} className="passage" data-testid="policy-passage" data-id={p.id}>
              <cite className="passage__cite" data-testid="policy-passage-cite">
                {p.document.title} · §{p.section.number} {p.section.heading}
              </cite>
              <p className="passage__text" title={p.text}>
                {truncate(p.text)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
