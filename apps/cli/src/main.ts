export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const HELP = `trailmap — customer journey mapping and mining

Usage:
  trailmap serve [--port N] [--host H] [--data DIR] [--no-demo]
      Serve the app and the API (default http://localhost:3000). Embedded storage in DIR (default ./data);
      DATABASE_URL switches workspace content to PostgreSQL. Demo mode (the default on embedded storage)
      seeds a demo workspace and the account demo@trailmap.local / trailmap-demo.
  trailmap demo [--data DIR]
      Reset the demo workspace to its original content.
  trailmap mine <file> [--format text|json|html] [--out FILE] [--case COL] [--activity COL] [--timestamp COL]
                [--customer COL] [--channel COL] [--nps COL] [--csat COL] [--ces COL] [--classifier K1,K2]
                [--object-type TYPE] [--gap DURATION] [--strict-case] [--log-format FORMAT]
      Import an event log (CSV, XES, XES.gz, Parquet, NDJSON, OCEL 2.0 JSON, Segment JSON) and show the
      real journeys, channels and survey scores (see docs/mining.md).
  trailmap import <file> --url URL --key KEY [--dataset NAME] [mapping flags as for mine; --start A --end B]
      Upload a log to a Trailmap server through its API (a write API key), as a new dataset or as the next
      version of --dataset NAME, with a progress line; waits until the import has ended.
  trailmap generate --events N [--seed S] [--format csv|parquet|ndjson|segment] --out FILE
      Write a realistic multi-channel retail journey log with planted effects (for trying and testing).
  trailmap help
      This text.

Environment: PORT, HOST, DATABASE_URL, TRAILMAP_DATA_DIR; export limits and worker threads:
TRAILMAP_EXPORT_MAX_CARDS, TRAILMAP_EXPORT_MAX_PIXELS, TRAILMAP_EXPORT_TIMEOUT_MS,
TRAILMAP_EXPORT_PER_WORKSPACE, TRAILMAP_EXPORT_PER_SHARE_LINK, TRAILMAP_JOB_THREADS, TRAILMAP_JOB_QUEUE,
TRAILMAP_JOB_HEAP_MB (see README).
`;

/** Runs one command and returns its exit code. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded only when it runs: the server's modules alone take seconds to load.
    case 'serve':
      return (await import('./commands/serve.js')).runServe(rest, io);
    case 'demo':
      return (await import('./commands/demo.js')).runDemo(rest, io);
    case 'mine':
      return (await import('./commands/mine.js')).runMine(rest, io);
    case 'import':
      return (await import('./commands/import.js')).runImport(rest, io);
    case 'generate':
      return (await import('./commands/generate.js')).runGenerate(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(HELP);
      return 0;
    default:
      io.stderr.write(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}
