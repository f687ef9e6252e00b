import type { CaseDetailFragment } from '../../gql/graphql';
import { Bar } from '../../components/Bar';
import { formatNumber, formatPercent, humanize } from '../../format';
import { bandLabel, channelName, enumLabel, featureLabel, segmentLabel } from './labels';

/** How many propensity factors to show: the largest effects. */
const TOP_FACTORS = 4;

/** Why the case is worked the way it is: segment and strategy with their reasons, propensity and its drivers, when to call. */
export function AssessmentCard({ c }: { c: CaseDetailFragment }) {
  const factors = [...c.propensityFactors].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect)).slice(0, TOP_FACTORS);
  const contact = c.bestContact;
  return (
    <section className="panel" aria-labelledby="assessment-h" data-testid="case-assessment">
      <h2 id="assessment-h">Assessment</h2>
      <div className="assessment">
        <div>
          <h3>Segment and strategy</h3>
          <p data-testid="case-segment" data-segment={c.segment} data-strategy={c.strategy}>
            <span className="strong">{segmentLabel(c.segment)}</span> → <span className="strong">{enumLabel(c.strategy)}</span>
          </p>
          <p className="muted small">
            Ability {humanize(c.ability).toLowerCase()} ({formatNumber(c.abilityScore, 2)}) · willingness {humanize(c.willingness).toLowerCase()} (
            {formatNumber(c.willingnessScore, 2)})
          </p>
          <ul className="plain-list case-reasons" data-testid="case-reasons">
            {c.reasons.map((r) => (
              <li key={r.code} data-code={r.code}>
                {r.text}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Propensity to pay: {formatPercent(c.propensityToPay)}</h3>
          <Bar value={c.propensityToPay} size="md" label="Propensity to pay in 30 days" />
          <ul className="plain-list factors" data-testid="propensity-factors">
            {factors.map((f) => (
              <li key={f.feature} className={f.effect >= 0 ? 'factor factor--up' : 'factor factor--down'} data-feature={f.feature}>
                <span>{featureLabel(f.feature)}</span>
                <span className="muted small num-inline">{formatNumber(f.value, 2)}</span>
                <span className="factor__effect num-inline">{f.effect >= 0 ? '▲ raises' : '▼ lowers'}</span>
              </li>
            ))}
          </ul>
          <p className="footnote">model {c.propensityModelVersion}</p>
        </div>
        <div>
          <h3>Best time to contact</h3>
          {contact ? (
            <div data-testid="best-contact" data-channel={contact.channel} data-band={contact.band}>
              <p>
                <span className="strong">{channelName(contact.channel)}</span>, {bandLabel(contact.band)}
              </p>
              <p className="muted small">
                Reached {formatPercent(contact.reachRate)} of the time
                {contact.basedOnAttempts > 0 ? ` over ${contact.basedOnAttempts} attempts` : ' (population estimate)'}
              </p>
              <p className="small">{contact.reason}</p>
            </div>
          ) : (
            <p className="muted">No estimate yet.</p>
          )}
        </div>
      </div>
    </section>
  );
}
