import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** One file of an export. */
export interface ExportFile {
  path: string;
  content: Buffer;
}

/**
 * A zip of the files, as a stream: yazl writes each entry as it is read, so the response starts at once and the
 * archive is never held in memory twice. Dates are the export's, so the same export gives the same archive.
 */
export function zipStream(files: ExportFile[], at: Date): Readable {
  const zip = new ZipFile();
  for (const f of files) zip.addBuffer(f.content, f.path, { mtime: at });
  zip.end();
  return zip.outputStream as Readable;
}
