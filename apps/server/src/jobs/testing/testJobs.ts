// Tasks for the tests of createJobPool: each stands for a kind of real job (quick, failing, endless,
// memory-hungry).

import { getPriority } from 'node:os';

export const jobs = {
  add: (input: { a: number; b: number }) => input.a + input.b,
  /** The nice value of the thread that runs the job (Linux: per thread). */
  niceness: (_input: null) => getPriority(0),
  fillBytes: (input: { size: number; value: number }) => new Uint8Array(input.size).fill(input.value),
  fail: (input: { message: string }): never => {
    throw new RangeError(input.message);
  },
  /** Never returns, like a render that takes too long. */
  spin: (_input: null): never => {
    for (;;) {
      /* busy */
    }
  },
  /** Allocates until the heap limit stops it. */
  exhaustHeap: (_input: null): never => {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(100_000).fill(kept.length));
  },
};

export type TestJobs = typeof jobs;
