/** A path with the current query kept (so `?next=` survives a switch between sign-in and sign-up). */
export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
