import { extract } from "../extract.js";
import { createEvalCommand } from "./eval-command.js";
import { extractCommand } from "./extract-command.js";
import type { Command, CliIO } from "./io.js";

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  eval: createEvalCommand((input, options) => extract(input, options)),
};

const USAGE = `usage: parley <command> [arguments]

Commands:
  extract <file | folder | url | -> ...   event records, actors and quotes of articles
  eval <gold-dir>                         score the extractor against answer keys

Run "parley <command> --help" for a command's options.
`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`parley: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args, io);
}
