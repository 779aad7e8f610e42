import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * Writes a file readable by its owner only, unless it exists, and returns what the file holds:
 * processes doing this together (test workers) all end up with the first content written.
 */
export function writeOnce(file: string, content: string): string {
  const draft = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, content, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, 'utf8');
}
