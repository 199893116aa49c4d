import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `outDir` with exactly `files`, or leaves it as it was: everything is written to a
 * sibling temporary folder first, and only a complete folder is swapped in.
 */
export function writeFolderAtomically(outDir: string, files: Map<string, string | Uint8Array>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(outDir)}.staging-`));
  // mkdtemp creates 0700; a served folder must be readable by the web server.
  chmodSync(staging, 0o755);
  try {
    for (const [name, content] of files) {
      const path = join(staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}.previous`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
