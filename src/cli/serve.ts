import { createService, stopGracefully } from '../serve/createService.js';
import { evaluateOptions, type Flags, UsageError } from './args.js';
import type { CliIo } from './output.js';

/** A whole number flag at least `min`, or the default. */
function count(flags: Flags, name: 'port' | 'max-body' | 'max-batch', fallback: number, min: number): number {
  const text = flags[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(
      `--${name} 应为不小于 ${min} 的整数 / --${name} must be a whole number of at least ${min}: ${text}`,
    );
  }
  return value;
}

/**
 * `serve`: the service for portals that are not JavaScript (see `createService`), on `--host`
 * (127.0.0.1 unless said) and `--port` (8080). SIGTERM or Ctrl-C stops it gracefully: no new
 * connection is taken, the requests in flight are answered, then it exits 0 (10 s at most).
 */
export async function serve(flags: Flags, io: CliIo, version: string): Promise<number> {
  const { pack } = evaluateOptions(flags);
  const port = count(flags, 'port', 8080, 0);
  const host = flags.host ?? '127.0.0.1';
  const server = createService({
    pack,
    version,
    maxBodyBytes: count(flags, 'max-body', 8 * 1024 * 1024, 1024),
    maxBatch: count(flags, 'max-batch', 10_000, 1),
    ...(flags.cors === undefined ? {} : { cors: flags.cors }),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const shown =
    typeof address === 'object' && address !== null ? `${address.address}:${address.port}` : String(address);
  io.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), event: 'listening', address: shown, pack: pack.meta.name })}\n`,
  );
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      io.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event: 'stopping', signal })}\n`);
      void stopGracefully(server).then(() => resolve(0));
      setTimeout(() => {
        server.closeAllConnections();
        resolve(0);
      }, 10_000).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    // Ctrl-C stops the service gracefully too, not as it stops a batch.
    process.removeAllListeners('SIGINT');
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
