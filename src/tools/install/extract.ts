import { gunzipSync, inflateRawSync } from 'node:zlib'

/**
 * Takes one file out of a release archive in memory: the regular file
 * whose base name is `name`. Nothing else is written, so entries with
 * `..` or absolute paths cannot reach the disk. Throws when it is absent or
 * the archive is damaged.
 */
export function extractFile(
  archive: Buffer,
  format: 'tar.gz' | 'zip',
  name: string
): Buffer {
  const found =
    format === 'zip'
      ? fromZip(archive, name)
      : fromTar(gunzipSync(archive), name)
  if (!found) throw new Error(`the archive holds no file named ${name}`)

  return found
}

const BLOCK = 512

function fromTar(tar: Buffer, name: string): Buffer | undefined {
  let offset = 0
  let longName: string | undefined
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) return undefined

    const size = parseInt(text(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const prefix = text(header, 345, 155)
    const entry =
      longName ?? (prefix ? `${prefix}/` : '') + text(header, 0, 100)
    const start = offset + BLOCK
    if (Number.isNaN(size) || start + size > tar.length) {
      throw new Error('the tar archive is truncated or damaged')
    }
    const data = tar.subarray(start, start + size)
    longName = undefined
    if (type === 'L') longName = text(data, 0, size)
    else if ((type === '0' || type === '\0') && baseName(entry) === name) {
      return Buffer.from(data)
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK
  }

  throw new Error('the tar archive ends without its end marker')
}

function fromZip(zip: Buffer, name: string): Buffer | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('the zip archive has no central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)

  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) {
      throw new Error('the zip central directory is damaged')
    }
    const method = zip.readUInt16LE(at + 10)
    const packed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip =
      nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const entry = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + skip
    if (baseName(entry) !== name || entry.endsWith('/')) continue

    const dataStart =
      local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(dataStart, dataStart + packed)
    const data = method === 0 ? raw : inflateRawSync(raw)
    if (data.length !== size)
      throw new Error(`${name} in the zip archive is damaged`)

    return Buffer.from(data)
  }

  return undefined
}

function text(buf: Buffer, start: number, length: number): string {
  const raw = buf.subarray(start, start + length)
  const nul = raw.indexOf(0)

  return raw.toString('utf8', 0, nul < 0 ? raw.length : nul)
}

function baseName(entry: string): string {
  return entry.replace(/\/+$/, '').split('/').at(-1) ?? ''
}
