export const USAGE = `Usage: pik <command> [options]

Commands:
  demo                       build, synthesize, run every pattern in the local twin, compare them, report
  twin up [--patterns ids]   run the patterns' data plane on 127.0.0.1 from cdk.out (writes .pik/targets.json)
  twin up --app dir          the same for your own CDK app folder (--cdk-out dir: an assembly)
  twin cold-start|replica|token
                             force cold starts, stop/pause/restart a replica, mint a token (twin running)
  bench --targets FILE       run the benchmark scenarios against a targets file (twin or AWS)
  report DIR [DIR...]        re-render and compare result folders; two (a b): their differences
                             against the run-to-run spread (diff.md)
  advise --services N --api rest|http
                             which integration options fit, which quotas bite, what they cost
  openapi export <stack> [--stage s] [--extensions apigateway|none] [--out file]
                             a synthesized stack's REST or HTTP API as OpenAPI 3.0

Run 'pik <command> --help' for the options of a command.
`;

type Handler = (argv: string[]) => Promise<number>;

const commands: Record<string, Handler> = {
  demo: async (argv) => (await import('./demo.js')).runDemoCli(argv),
  // up, cold-start, replica, token: the twin's own CLI parses the sub-command (none means up).
  twin: async (argv) => (await import('@pik/twin')).runTwinCli(argv),
  bench: async (argv) => (await import('@pik/benchmarks')).runBenchCli(argv),
  report: async (argv) => (await import('@pik/benchmarks')).runReportCli(argv),
  advise: async (argv) => (await import('@pik/advisor')).runAdviseCli(argv),
  openapi: async (argv) => (await import('@pik/twin')).runOpenApiCli(argv),
};

/** Runs one command and returns the process exit code (2 for a usage error). */
export async function routeCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const handler = commands[name];
  if (!handler) {
    process.stderr.write(`pik: unknown command '${name}'\n`);
    return 2;
  }
  return handler(rest);
}
