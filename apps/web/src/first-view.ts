import { type SessionAnswer } from './api/client';
import { setSession } from './composables/use-session';
import { primeBalance, type Balance } from './composables/use-volunteer-reads';

/**
 * The signed-in volunteer's home page comes from the api app with its figures already drawn, and beside
 * them the session and balance they were drawn from (apps/api/src/web/first-view.ts). The app starts from
 * those instead of asking again; it draws the page itself when it mounts, replacing the first view.
 * Returns whether there was one.
 */
export function adoptFirstView(): boolean {
  const element = document.getElementById('vl-first-view');
  if (!element?.textContent) return false;
  try {
    const data = JSON.parse(element.textContent) as { session?: SessionAnswer; balance?: Balance };
    if (!data.session?.signedIn) return false;
    setSession(data.session);
    if (data.balance) primeBalance(data.balance);
    return true;
  } catch {
    return false;
  } finally {
    element.remove();
  }
}
