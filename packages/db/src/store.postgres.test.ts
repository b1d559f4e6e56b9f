import { afterAll } from 'vitest';
import { openStore } from './openStore.js';
import { runCommentStoreCases } from './comments.case.js';
import { runProjectStoreCases } from './projects.case.js';
import { runStoreCases } from './store.case.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let database: TestDatabase | undefined;
let projectsDatabase: TestDatabase | undefined;
let commentsDatabase: TestDatabase | undefined;

runStoreCases('postgres', async () => {
  database = await createTestDatabase();
  return openStore({ engine: 'postgres', databaseUrl: database.databaseUrl });
});

runProjectStoreCases('postgres', async () => {
  projectsDatabase = await createTestDatabase();
  return openStore({ engine: 'postgres', databaseUrl: projectsDatabase.databaseUrl });
});

runCommentStoreCases('postgres', async () => {
  commentsDatabase = await createTestDatabase();
  return openStore({ engine: 'postgres', databaseUrl: commentsDatabase.databaseUrl });
});

// Registered after the suite's own afterAll (which closes the store), so the database is dropped last.
afterAll(async () => {
  await database?.drop();
  await projectsDatabase?.drop();
  await commentsDatabase?.drop();
});
