// The HTTP API the page reads (README, `serve`): one place that builds its URLs and reads its JSON.
import {el} from './dom.js';
import {queryString} from './route.js';

/** An API URL: path plus the non-empty parameters, in the given order (stable, shareable). */
export function apiUrl(path, params = {}) {
  const s = queryString(params);
  return s ? `${path}?${s}` : path;
}

/** The same URL asking for CSV. */
export function csvUrl(url) {
  return withParam(url, 'format', 'csv');
}

/** An error the server answered with: its message (which names the valid values of a 400). */
class ApiError extends Error {
  constructor(status, body) {
    const message = (body && body.error) || `HTTP ${status}`;
    super(message.length > 400 ? `${message.slice(0, 400)}…` : message);
    this.status = status;
    this.body = body;
  }
}

async function read(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : {error: (await res.text()).slice(0, 200)};
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** GET a JSON view. */
export async function getJson(url, signal) {
  return read(await fetch(url, {headers: {Accept: 'application/json'}, signal}));
}

/** POST JSON with extra headers (the review token). */
export async function postJson(url, body, headers = {}) {
  return read(await fetch(url, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', ...headers},
    body: JSON.stringify(body),
  }));
}

/**
 * The small "data: CSV · JSON" line naming the API URL a view reads; a view whose CSV comes in
 * parts (one table each, `part=NAME`) gets one CSV link per part.
 */
export function dataLinks(url, label = 'data', parts = null) {
  const csv = parts
    ? ['CSV ', parts.map((p, i) => [i ? ' · ' : '', el('a', {href: csvUrl(withParam(url, 'part', p)), download: ''}, p)])]
    : el('a', {href: csvUrl(url), download: ''}, 'CSV');
  return el('p', {class: 'data-links'}, `${label}: `, csv, ' · ',
    el('a', {href: url, type: 'application/json'}, 'JSON'));
}

function withParam(url, key, value) {
  return `${url}${url.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}
