/** The demo account and where the demo opens, as GET /api/config tells it in demo mode. */
export interface DemoLanding {
  email: string;
  workspaceId?: string | null;
  journeyId?: string | null;
}

/** Only a path inside this app may be a `?next=` target (no other sites, no sign-in loops). */
export function isSafeNextPath(next: string): boolean {
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return false;
  return !/^\/sign-(in|up)(\/|\?|$)/.test(next);
}

/** The demo's shoe map, when the server names one (demo mode). */
export function demoJourneyPath(demo: DemoLanding | null): string | null {
  if (!demo?.workspaceId || !demo.journeyId) return null;
  return `/w/${encodeURIComponent(demo.workspaceId)}/journeys/${encodeURIComponent(demo.journeyId)}`;
}

/** Whether `next` only means "home" (`/`, or the demo workspace itself), not a page the user asked for. */
function isHomePath(next: string, demo: DemoLanding | null): boolean {
  const path = next.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path === '' || (!!demo?.workspaceId && path === `/w/${encodeURIComponent(demo.workspaceId)}`);
}

/**
 * Where to go after signing in: the page that sent the user here (`?next=`), else the demo journey
 * for the demo account (also when `next` is only home: `/` or the demo workspace), else `/` (which
 * reopens the last map or the first workspace).
 */
export function chooseLandingPath(next: string | null, email: string, demo: DemoLanding | null): string {
  const safeNext = next && isSafeNextPath(next) ? next : null;
  const demoPath = demoJourneyPath(demo);
  const isDemoAccount = !!demo && email.trim().toLowerCase() === demo.email.toLowerCase();
  if (demoPath && isDemoAccount && (!safeNext || isHomePath(safeNext, demo))) return demoPath;
  return safeNext ?? '/';
}
