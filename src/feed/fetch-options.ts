/** How every feed request is made (the shared request and the loader's retries): JSON, cookies only to the page's own origin. */
export const feedFetchOptions = (signal: AbortSignal): RequestInit => ({ signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
