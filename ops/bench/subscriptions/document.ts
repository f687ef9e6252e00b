// The subscription documents a run can send (--document), each sent alike to creditgraph and to
// the stock baseline, so both serialise the same selection and their messages are the same size.
//
// totals.views must be the first `views` of a message: graphql-js writes fields in the order they
// are selected, so a client reads it from the bytes without parsing the whole message (viewsIn
// below; the first message of every socket is parsed in full to check). Each event raises
// totals.views by one.

/**
 * The headline totals only (about 230 bytes a message): on it the stock baseline reproduces the
 * issue's reference figures (p99 73 ms at 1,000 subscribers, about 40 µs of CPU per delivery).
 */
const TOTALS = /* GraphQL */ `subscription Dashboard {
  dashboard(window: LAST_HOUR) {
    totals { views clicks applications approvals approvalRate predictedDefaults }
    version
    asOf
  }
}`;

/** Totals, regions and the top products, no series (about 1.4 KB). */
const HEADLINE = /* GraphQL */ `subscription Dashboard {
  dashboard(window: LAST_HOUR) {
    totals { views clicks applications approvals approvalRate predictedDefaults }
    version
    asOf
    byRegion { region kpis { views applications approvals } }
    topProducts { product { id name } kpis { applications approvals } }
  }
}`;

/**
 * What the web app's analyst dashboard (web/src/pages/DashboardPage.tsx and its fragments)
 * subscribes with, as Apollo Client sends it (with __typename): 60-point series included.
 */
const WEB = /* GraphQL */ `subscription Dashboard {
  dashboard(window: LAST_HOUR) {
    window from asOf version
    totals { ...KpiFields __typename }
    series { ...SeriesPoint __typename }
    byRegion { ...RegionRow __typename }
    topProducts { ...TopProductRow __typename }
    __typename
  }
}
fragment KpiFields on Kpis { recommendations views clicks applications approvals clickThroughRate conversionRate approvalRate averageProbabilityOfDefault predictedDefaults decisionLatencyP50Ms decisionLatencyP99Ms __typename }
fragment SeriesPoint on KpiPoint { at kpis { applications approvals views clicks approvalRate decisionLatencyP50Ms decisionLatencyP99Ms __typename } __typename }
fragment RegionRow on RegionKpis { region kpis { applications approvals approvalRate views clicks clickThroughRate averageProbabilityOfDefault __typename } __typename }
fragment TopProductRow on ProductKpis { product { id name provider __typename } kpis { recommendations applications approvals approvalRate __typename } __typename }`;

/** Everything a page could draw: all totals, regions, every product, top products, series. */
const FULL = /* GraphQL */ `subscription Dashboard {
  dashboard(window: LAST_HOUR) {
    totals { views clicks recommendations applications approvals approvalRate clickThroughRate conversionRate averageProbabilityOfDefault predictedDefaults decisionLatencyP50Ms decisionLatencyP99Ms }
    version
    asOf
    byRegion { region kpis { views applications approvals approvalRate } }
    byProduct { product { id name } kpis { recommendations views clicks applications approvals } }
    topProducts { product { id name } kpis { applications approvals } }
    series { at kpis { views applications approvals } }
  }
}`;

export const DOCUMENTS: Record<string, string> = { totals: TOTALS, headline: HEADLINE, web: WEB, full: FULL };

const VIEWS = Buffer.from('"views":');

/** totals.views of a `next` message, read from its bytes; -1 when the message has none. */
export function viewsIn(message: Buffer): number {
  const at = message.indexOf(VIEWS);
  if (at < 0) return -1;
  let n = 0;
  let i = at + VIEWS.length;
  for (let c = message[i]; c >= 48 && c <= 57; c = message[++i]) n = n * 10 + (c - 48);
  return i === at + VIEWS.length ? -1 : n;
}
