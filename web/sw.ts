/**
 * The lab's service worker: adds the cross-origin isolation headers (COOP same-origin, COEP
 * require-corp) to every same-origin response, for static hosts that cannot send them (a file share
 * behind a plain web server, GitHub Pages). Same technique as coi-serviceworker
 * (https://github.com/gzuidhof/coi-serviceworker): a response passed through a service worker may
 * carry headers the server did not send, and the browser applies them to the page it loads.
 * Written for this project; only same-origin requests are touched.
 */
interface FetchEventLike {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface SwScope {
  addEventListener(type: 'install', fn: () => void): void;
  addEventListener(type: 'activate', fn: (e: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}
const sw = self as unknown as SwScope;

sw.addEventListener('install', () => void sw.skipWaiting());
sw.addEventListener('activate', (e) => e.waitUntil(sw.clients.claim()));
sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (new URL(req.url).origin !== sw.location.origin) return;
  // "only-if-cached" is allowed only for same-origin requests (a Chromium quirk); leave it be.
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') return;
  e.respondWith(
    fetch(req).then((res) => {
      if (res.status === 0) return res;
      const headers = new Headers(res.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'same-origin');
      return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
    }),
  );
});
