// Query strings and hash links between views (#/route[/arg][?params]), so every view state is a
// shareable URL and every API URL is stable.

/** "a=1&b=x,y" from the non-empty parameters, in the given order; arrays joined by commas. */
export function queryString(params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return q.toString();
}

/** A hash link for a route, its argument (e.g. a document id) and parameters. */
export function hashFor(route, params = {}, arg = null) {
  const s = queryString(params);
  return `#/${route}${arg != null ? '/' + encodeURIComponent(arg) : ''}${s ? '?' + s : ''}`;
}
