// What a first-time visitor of the IDE sees (GraphiQL keeps later edits in localStorage).
export const DEFAULT_QUERY = `# creditgraph GraphQL IDE (self-hosted, works offline)
#
# You query as the web app's signed-in viewer: its token
# goes along as a Bearer header (none: the demo viewer).
# An Authorization header in Headers below overrides it.
#
# Run: Ctrl-Enter   Complete: Ctrl-Space
# Prettify: Shift-Ctrl-P   Docs: book icon, top left

query FirstCustomersWithRecommendations {
  customers(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        segmentLabel
        creditScore
        recommendations(k: 3) {
          rank
          confidence
          product {
            name
            category
          }
          reasons {
            code
            text
          }
        }
      }
    }
  }
}
`;
