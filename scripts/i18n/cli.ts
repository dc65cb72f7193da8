/** Runs the translation tools: `tsx scripts/i18n/cli.ts <command> …` (./tools.ts says which). */
import { buildReport, check, exportCommand, importCommand } from './tools.ts';

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = {
  check,
  export: exportCommand,
  import: importCommand,
  'build-report': buildReport,
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(`Commands: ${Object.keys(commands).join(', ')}`);
  process.exit(1);
}
await run(rest);
