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

/**
 * Where to go after signing in: the page that sent the user here (`?next=`), else the demo journey
 * for the demo account, else `/` (which reopens the last map or the first workspace).
 */
export function chooseLandingPath(next: string | null, email: string, demo: DemoLanding | null): string {
  if (next && isSafeNextPath(next)) return next;
  if (demo?.workspaceId && demo.journeyId && email.trim().toLowerCase() === demo.email.toLowerCase()) {
    return `/w/${encodeURIComponent(demo.workspaceId)}/journeys/${encodeURIComponent(demo.journeyId)}`;
  }
  return '/';
}
