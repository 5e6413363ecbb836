import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const app = buildApp(config);

  // On a signal: /readyz turns 503, the listener closes, in-flight requests finish, the pool drains, exit 0.
  // After SHUTDOWN_GRACE_MS the process gives up on them and exits 1.
  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an uncaught error');
    else app.log.info({ signal }, 'shutting down');
    app.beginShutdown();
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  try {
    await app.warmUp();
  } catch (err) {
    app.log.fatal({ err }, 'the engine failed to warm up');
    await app.close();
    process.exit(1);
  }
  app.log.info({ workers: config.workers }, 'engine warmed up; ready');
}

void main();
