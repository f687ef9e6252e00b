import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      userId
      role
      displayName
      tenant {
        id
        name
        theme {
          primaryColor
          accentColor
          logoText
          fontFamily
        }
      }
    }
  }
`);

export function useViewer() {
  return useQuery(VIEWER_QUERY);
}
