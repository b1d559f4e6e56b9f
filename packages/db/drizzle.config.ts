import { defineConfig } from 'drizzle-kit';

// Run from the repository root: npx drizzle-kit generate --config packages/db/drizzle.config.ts
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema.ts',
  out: './packages/db/drizzle',
});
