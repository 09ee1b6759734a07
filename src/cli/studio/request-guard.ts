/**
 * Who may talk to the studio's server. It listens on 127.0.0.1 only, and still every request
 * must show that it comes from the studio page the volunteer opened:
 * - its `Host` is the server's own address (a DNS-rebinding page reaches 127.0.0.1 under its
 *   own host name, and is refused);
 * - an `Origin` or `Sec-Fetch-Site`, when the browser sends one, is the server's own (another
 *   site open in the same browser is refused), and a request that changes something must
 *   send its Origin;
 * - it carries the random token of the printed address: in the query of the first visit, then
 *   in an HttpOnly, SameSite=Strict cookie the server sets, or in an `X-Baltic-Studio-Token` header.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-baltic-studio-token';

export const newToken = (): string => randomBytes(24).toString('base64url');

export type GuardVerdict = { ok: true; fromQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

export class RequestGuard {
  readonly #token: Buffer;

  constructor(
    token: string,
    readonly port: number,
  ) {
    this.#token = Buffer.from(token);
  }

  /** The names this server answers to. */
  get hosts(): string[] {
    return [`127.0.0.1:${this.port}`, `localhost:${this.port}`];
  }

  /** The cookie that carries the token. Cookies ignore ports, so the port is in its name: two studios can run at once. */
  get cookieName(): string {
    return `baltic-studio-${this.port}`;
  }

  cookieHeader(): string {
    return `${this.cookieName}=${this.#token.toString()}; Path=/; HttpOnly; SameSite=Strict`;
  }

  check(request: IncomingMessage, url: URL): GuardVerdict {
    const host = request.headers.host ?? '';
    if (!this.hosts.includes(host.toLowerCase())) return { ok: false, status: 403, reason: `not this studio's address (Host: ${host || 'none'})` };
    const origin = request.headers.origin;
    if (origin !== undefined && !this.hosts.some((own) => origin.toLowerCase() === `http://${own}`)) {
      return { ok: false, status: 403, reason: `requests from ${origin} are not accepted` };
    }
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: `cross-site request (${site})` };
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD' && origin === undefined) return { ok: false, status: 403, reason: 'a change must come from the studio page (no Origin)' };

    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null) return this.#matches(fromQuery) ? { ok: true, fromQuery: true } : { ok: false, status: 401, reason: 'wrong token' };
    const fromHeader = request.headers[TOKEN_HEADER];
    const fromCookie = cookieValue(request.headers.cookie, this.cookieName);
    const presented = typeof fromHeader === 'string' ? fromHeader : fromCookie;
    if (presented === undefined) return { ok: false, status: 401, reason: 'open the address the studio printed (it holds the token)' };
    return this.#matches(presented) ? { ok: true, fromQuery: false } : { ok: false, status: 401, reason: 'wrong token' };
  }

  #matches(candidate: string): boolean {
    const bytes = Buffer.from(candidate);
    return bytes.length === this.#token.length && timingSafeEqual(bytes, this.#token);
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
