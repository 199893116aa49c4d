import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/lib/site/server.ts';

/** The raw response (no decoding), as a browser receives it. */
function fetchRaw(url: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('static server with compress', () => {
  const html = `<!DOCTYPE html><title>x</title>${'<p>中核人材</p>'.repeat(200)}`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let dir: string;
  let server: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-server-gzip-'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'mark.png'), png);
    server = await startServer(dir, { compress: true });
    plain = await startServer(dir);
  });
  afterAll(async () => {
    await server.close();
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('gzips a text file for a client that accepts gzip, and the bytes decode to the file', async () => {
    const { headers, body } = await fetchRaw(server.urlOf('/'), 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('accept-encoding');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(html) / 10);
    expect(gunzipSync(body).toString('utf8')).toBe(html);
  });

  test('sends the file as it is to a client that does not accept gzip, an image always, and without compress', async () => {
    const noGzip = await fetchRaw(server.urlOf('/'));
    expect(noGzip.headers['content-encoding']).toBeUndefined();
    expect(noGzip.body.toString('utf8')).toBe(html);
    const image = await fetchRaw(server.urlOf('/mark.png'), 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const off = await fetchRaw(plain.urlOf('/'), 'gzip');
    expect(off.headers['content-encoding']).toBeUndefined();
    expect(off.body.toString('utf8')).toBe(html);
  });
});
