import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { loadSession } from './composables/use-session';
import { loadStaffMessages } from './i18n';
// The volunteer's home is where most visits land: it ships with the app instead of after it.
import HomePage from './pages/HomePage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The i18n key of the page's title. */
    title: string;
    /** Pages of a signed-in volunteer: the tab bar shows, and a visitor is sent to sign in. */
    volunteer?: boolean;
    /** Pages of organisers, schools, administrators and auditors: a visitor is sent to sign in. */
    staff?: boolean;
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: HomePage,
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
    path: '/organizer/activities/:activityId',
    component: () => import('./pages/organizer/ActivityDayPage.vue'),
    props: true,
    meta: { title: 'staff.activity.title', staff: true },
  },
  {
    path: '/admin/dashboard',
    component: () => import('./pages/admin/DashboardPage.vue'),
    meta: { title: 'staff.dashboard.title', staff: true },
  },
  {
    path: '/organizer/activities',
    component: () => import('./pages/organizer/MyActivitiesPage.vue'),
    meta: { title: 'organizer.activities.title', staff: true },
  },
  {
    path: '/organizer/review',
    component: () => import('./pages/organizer/ReviewQueuePage.vue'),
    meta: { title: 'organizer.review.title', staff: true },
  },
  {
    path: '/organizer/activities/:activityId/paper-sheet',
    component: () => import('./pages/organizer/PaperSheetPage.vue'),
    props: true,
    meta: { title: 'organizer.paper.title', staff: true },
  },
  {
    path: '/school',
    component: () => import('./pages/school/SchoolRosterPage.vue'),
    meta: { title: 'school.title', staff: true },
  },
  {
    path: '/admin/audit',
    component: () => import('./pages/admin/AuditListPage.vue'),
    meta: { title: 'audit.listTitle', staff: true },
  },
  {
    path: '/admin/audit/volunteers/:volunteerId',
    component: () => import('./pages/admin/AuditVolunteerPage.vue'),
    props: true,
    meta: { title: 'audit.volunteerTitle', staff: true },
  },
  {
    path: '/admin/award-integrity',
    component: () => import('./pages/admin/AwardIntegrityPage.vue'),
    meta: { title: 'audit.integrityTitle', staff: true },
  },
  {
    path: '/admin/organizations',
    component: () => import('./pages/admin/OrganizationsPage.vue'),
    meta: { title: 'organizations.title', staff: true },
  },
  {
    path: '/admin/volunteers/:volunteerId',
    name: 'admin-volunteer',
    component: () => import('./pages/admin/VolunteerLedgerPage.vue'),
    props: true,
    meta: { title: 'organizations.ledgerTitle', staff: true },
  },
  {
    path: '/me/data',
    component: () => import('./pages/MyDataPage.vue'),
    meta: { title: 'personalData.mine.title', volunteer: true },
  },
  {
    path: '/admin/personal-data-reads',
    component: () => import('./pages/admin/PersonalDataReadsPage.vue'),
    meta: { title: 'personalData.reads.title', staff: true },
  },
  {
    path: '/:rest(.*)*',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'notFound.title' },
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  if (to.meta.staff) await loadStaffMessages();
  if (!to.meta.volunteer && !to.meta.staff) return true;
  const session = await loadSession();
  // When the session cannot be read the page itself shows why; only a known visitor is sent to sign in.
  if (session && !session.signedIn) return { path: '/sign-in', query: { returnTo: to.fullPath } };
  return true;
});
