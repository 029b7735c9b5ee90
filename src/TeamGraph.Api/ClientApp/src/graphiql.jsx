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

// GraphiQL works the operation name out of the editor's text a moment after it changes, so a query run right after
// switching tabs can carry the previous tab's operation name, which the server refuses ("Document does not contain an
// operation named ..."). A name the document does not define is dropped: with one operation the server runs it, with
// several it says a name is needed.
function withDefinedOperation(params) {
  if (!params.operationName) {
    return params;
  }
  try {
    const defined = parse(params.query).definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === params.operationName);
    return defined ? params : { ...params, operationName: undefined };
  } catch {
    return params; // the server says what is wrong with it
  }
}

// A subscription streams over Server-Sent Events (GraphQL over SSE, distinct connections mode) until the user stops it,
// which closes its connection; everything else is one POST. A refusal (too many subscriptions) shows at once, not after retries.
const fetcher = (params, options) => {
  const request = withDefinedOperation(params);
  return isSubscription(request)
    ? createClient({ url: endpoint, headers: options?.headers ?? {}, retryAttempts: 0 }).iterate(request)
    : postGraphQL(endpoint, request, options?.headers);
};

const examples = await loadExamples();
const defaultTabs = examples.map((example) => ({ query: example.query }));

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
    defaultEditorToolsVisibility={false}
  />,
);
