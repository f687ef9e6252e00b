import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ProfileInput } from '../gql/graphql';
import { KSelect } from '../components/KSelect';
import { Loading } from '../components/Loading';
import { RecommendationList } from '../components/RecommendationList';
import { describeError } from '../errors';
import { useSessionState } from '../hooks';
import { INITIAL_PROSPECT, ProspectForm, type ProspectFormState } from './prospect/ProspectForm';

const PROSPECT_RECOMMENDATIONS = graphql(`
  query ProspectRecommendations($profile: ProfileInput!, $k: Int) {
    recommendationsForProfile(profile: $profile, k: $k) {
      ...RecommendationFields
    }
  }
`);

export function ProspectPage() {
  const [form, setForm] = useSessionState<ProspectFormState>('prospect.form', INITIAL_PROSPECT);
  const [profile, setProfile] = useState<ProfileInput | null>(null);
  const [k, setK] = useSessionState('prospect.k', 5);
  const { data, loading, error } = useQuery(
    PROSPECT_RECOMMENDATIONS,
    profile ? { variables: { profile, k }, fetchPolicy: 'network-only' } : skipToken,
  );
  const recs = error ? undefined : data?.recommendationsForProfile;

  return (
    <section className="page">
      <div className="page__head">
        <div>
          <h1>Prospect</h1>
          <p className="muted">Recommendations for someone with no record yet: describe them and rank the catalog.</p>
        </div>
      </div>
      <div className="prospect-grid">
        <ProspectForm
          value={form}
          onChange={setForm}
          onSubmit={setProfile}
          error={error ? describeError(error) : null}
          loading={loading}
        />
        <section className="panel panel--recs" aria-labelledby="prospect-recs-h" data-testid="recommendations">
          <div className="panel__head">
            <h2 id="prospect-recs-h">Recommendations</h2>
            <KSelect value={k} onChange={setK} />
          </div>
          {!profile && <p className="empty">Fill in the profile and press “Recommend products”.</p>}
          {profile && loading && !recs && <Loading label="Ranking products…" />}
          {error && <p className="empty">Fix the profile to see recommendations.</p>}
          {recs && <RecommendationList recommendations={recs} stale={loading} />}
        </section>
      </div>
    </section>
  );
}
