import { SHOES_NOW_TITLE } from '@trailmap/domain';
import { z } from 'zod';
import { APP_VERSION, type AppContext } from '../app.js';
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE_NAME } from '../demo/seedDemo.js';
import type { Api } from '../http/types.js';
import { describeSignUpPolicy } from '../auth/decideSignUp.js';

/**
 * Where the demo opens: the demo workspace's "Buying shoes — now" map, found afresh by its title (as
 * `trailmap demo` rebuilds it with new ids); none when it was renamed or deleted (the app then opens the
 * journeys list).
 */
async function findDemoLanding({ store }: AppContext) {
  const user = await store.users.findByEmail(DEMO_EMAIL);
  if (!user) return null;
  const workspace = (await store.workspaces.listForUser(user.id)).find((w) => w.name === DEMO_WORKSPACE_NAME);
  if (!workspace) return null;
  const journeys = await store.journeys.list(workspace.id);
  const journey = journeys.find((j) => j.title === SHOES_NOW_TITLE);
  return { workspaceId: workspace.id, journeyId: journey?.id ?? null };
}

export function registerConfigRoutes(api: Api, context: AppContext) {
  api.get(
    '/api/config',
    {
      schema: {
        tags: ['system'],
        summary:
          'What the sign-in and sign-up pages need to know: the version, who may sign up (`open`, `invite`, `domain:<domain>`; `firstUser` when the install has no user yet), and the demo account in demo mode',
        security: [],
        response: {
          200: z.object({
            version: z.string(),
            signUp: z.object({
              policy: z.string(),
              firstUser: z
                .boolean()
                .describe('the install has no user yet: the next sign-up becomes its admin'),
            }),
            demo: z
              .object({
                email: z.string(),
                password: z.string(),
                workspaceId: z.string().nullable(),
                journeyId: z.string().nullable(),
              })
              .nullable(),
          }),
        },
      },
    },
    async () => {
      const signUp = {
        policy: describeSignUpPolicy(context.signUpPolicy),
        firstUser: (await context.store.users.count()) === 0,
      };
      if (!context.options.demo) return { version: APP_VERSION, signUp, demo: null };
      const landing = await findDemoLanding(context);
      return {
        version: APP_VERSION,
        signUp,
        demo: {
          email: DEMO_EMAIL,
          password: DEMO_PASSWORD,
          workspaceId: landing?.workspaceId ?? null,
          journeyId: landing?.journeyId ?? null,
        },
      };
    },
  );
}
