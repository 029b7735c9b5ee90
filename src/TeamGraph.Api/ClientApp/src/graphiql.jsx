// GraphiQL for the TeamGraph API, with the repository's example queries (docs/examples) as its first tabs.
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-sse';
import { createRoot } from 'react-dom/client';
import { postGraphQL } from './graphql-client.js';

// Relative URLs keep the page working behind a path base: it is served at <base>/ and at <base>/graphql.
const endpoint = new URL('graphql', document.baseURI).href;

async function loadExamples() {
  try {
    const response = await fetch(new URL('ui/examples.json', document.baseURI));
    return response.ok ? await response.json() : [];
  } catch {
    return [];
  }
}

function isSubscription({ query, operationName }) {
  try {
    return getOperationAST(parse(query), operationName)?.operation === 'subscription';
  } catch {
    return false; // the server says what is wrong with it
  }
}

// A subscription streams over Server-Sent Events (GraphQL over SSE, distinct connections mode) until the user stops it,
// which closes its connection; everything else is one POST. A refusal (too many subscriptions) shows at once, not after retries.
const fetcher = (params, options) =>
  isSubscription(params)
    ? createClient({ url: endpoint, headers: options?.headers ?? {}, retryAttempts: 0 }).iterate(params)
    : postGraphQL(endpoint, params, options?.headers);

const examples = await loadExamples();
const defaultTabs = examples.map((example) => ({ query: example.query }));

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
    defaultEditorToolsVisibility={false}
  />,
);
