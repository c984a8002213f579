/**
 * Cross-origin isolation: SharedArrayBuffer (the keyboard ring) exists only on a page served with
 * `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`
 * (https://developer.mozilla.org/en-US/docs/Web/API/Window/crossOriginIsolated). A host that cannot
 * send them gets them from our service worker (sw.ts), which needs one reload on the first visit.
 * Where even that is impossible (file://, a browser without service workers), the page says so.
 */
const RELOADED = 'exo-lab-isolation-reload';

export async function ensureIsolation(status: HTMLElement): Promise<boolean> {
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOADED);
    return true;
  }
  if ('serviceWorker' in navigator && window.isSecureContext && !sessionStorage.getItem(RELOADED)) {
    try {
      status.textContent = 'Preparing the lab (first visit)...';
      await navigator.serviceWorker.register('sw.js');
      await navigator.serviceWorker.ready;
      sessionStorage.setItem(RELOADED, '1');
      location.reload();
      return false;
    } catch {
      // fall through to the explanation
    }
  }
  sessionStorage.removeItem(RELOADED);
  status.className = 'status error';
  status.setAttribute('role', 'alert');
  status.textContent =
    location.protocol === 'file:'
      ? 'This lab must be served by a web server (any static one); it cannot run from a file:// address. See the trainer notes: docs/labs.md, "Labs in the browser".'
      : 'This browser could not isolate the page, which the lab needs (SharedArrayBuffer). Ask the host to send the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp, or open the page over https or on localhost so its service worker can add them.';
  return false;
}
