// POSTs a GraphQL request as the GraphQL over HTTP spec describes and returns the decoded response.
export async function postGraphQL(endpoint, request, headers) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json;q=0.9',
      ...headers,
    },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text || response.statusText}` }] };
  }
}

// Runs a query and returns its data; throws with the GraphQL error messages when there are any.
export async function query(endpoint, text, variables) {
  const result = await postGraphQL(endpoint, { query: text, variables });
  if (result.errors?.length) {
    throw new Error(result.errors.map((e) => e.message).join('; '));
  }
  return result.data;
}
