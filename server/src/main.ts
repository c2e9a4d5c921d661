import 'reflect-metadata';
import { ConfigError, describeMode, loadConfig } from './config/config';
import { DataDirLockedError } from './database/data-dir-lock';
import { EmbeddedDatabaseError } from './database/embedded-database';
import { startApp } from './bootstrap';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  try {
    const running = await startApp(config);
    const stop = async (signal: string) => {
      console.log(`Arrêt de Cocon (${signal})…`);
      await running.close();
      process.exit(0);
    };
    // Listened to before saying it is ready: whoever waits for that line may stop the server at once.
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    console.log(`Cocon est prêt : ${config.publicUrl}`);
    for (const line of describeMode(config)) console.log(line);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof EmbeddedDatabaseError || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error('Cocon n’a pas pu démarrer :', error);
    process.exit(1);
  }
}

void main();
