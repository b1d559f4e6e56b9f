import { count, eq } from 'drizzle-orm';
import { createId, type User, type UserId } from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { users } from '../schema.js';
import type { UserWithPassword, UsersRepository } from '../types.js';

type UserRow = typeof users.$inferSelect;

/** E-mail addresses are compared and stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: UserRow): User {
  return {
    id: row.id as UserId,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin,
    createdAt: toIso(row.createdAt),
  };
}

function toUserWithPassword(row: UserRow): UserWithPassword {
  return { ...toUser(row), passwordHash: row.passwordHash };
}

export function createUsersRepository(db: Database): UsersRepository {
  return {
    async create(input) {
      const row = {
        id: createId('user'),
        email: normaliseEmail(input.email),
        name: input.name,
        passwordHash: input.passwordHash,
        isAdmin: input.isAdmin ?? false,
        createdAt: new Date(),
      };
      await rejectDuplicates(() => db.insert(users).values(row));
      return toUser(row);
    },
    async get(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toUser(row) : null;
    },
    async findByEmail(email) {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(users.email, normaliseEmail(email)));
      return row ? toUserWithPassword(row) : null;
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
  };
}
