import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { loadSession } from './composables/use-session';

declare module 'vue-router' {
  interface RouteMeta {
    /** The i18n key of the page's title. */
    title: string;
    /** Pages of a signed-in volunteer: the tab bar shows, and a visitor is sent to sign in. */
    volunteer?: boolean;
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('./pages/HomePage.vue'),
    meta: { title: 'home.title', volunteer: true },
  },
  {
    path: '/ledger',
    component: () => import('./pages/LedgerPage.vue'),
    meta: { title: 'ledger.title', volunteer: true },
  },
  {
    path: '/certificates',
    component: () => import('./pages/CertificatesPage.vue'),
    meta: { title: 'certificates.title', volunteer: true },
  },
  {
    path: '/schools',
    component: () => import('./pages/SchoolsPage.vue'),
    meta: { title: 'schools.title', volunteer: true },
  },
  {
    path: '/check-in/:activityId',
    component: () => import('./pages/CheckInPage.vue'),
    props: true,
    meta: { title: 'checkIn.title', volunteer: true },
  },
  { path: '/sign-in', component: () => import('./pages/SignInPage.vue'), meta: { title: 'signIn.title' } },
  {
    path: '/verify',
    component: () => import('./pages/VerifyLookupPage.vue'),
    meta: { title: 'verify.lookupTitle' },
  },
  {
    path: '/verify/:code',
    component: () => import('./pages/VerifyPage.vue'),
    props: true,
    meta: { title: 'verify.title' },
  },
  {
    path: '/:rest(.*)*',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'notFound.title' },
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  if (!to.meta.volunteer) return true;
  const session = await loadSession();
  // When the session cannot be read the page itself shows why; only a known visitor is sent to sign in.
  if (session && !session.signedIn) return { path: '/sign-in', query: { returnTo: to.fullPath } };
  return true;
});
