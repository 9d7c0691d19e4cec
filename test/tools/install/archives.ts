import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** A Node script that answers like the tool's version command. */
export function fakeToolScript(
  tool: 'trivy' | 'cosign',
  version: string
): string {
  const line =
    tool === 'trivy' ? `Version: ${version}` : `GitVersion:    v${version}`

  return `#!/usr/bin/env node\nconsole.log(${JSON.stringify(line)})\n`
}

/** Builds a real release archive (tar.gz or zip) holding `files`. */
export async function buildArchive(
  format: 'tar.gz' | 'zip',
  files: Record<string, string>
): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csg-archive-'))
  try {
    for (const [name, content] of Object.entries(files)) {
      await writeFile(path.join(dir, name), content, { mode: 0o755 })
    }
    const out = path.join(dir, `out.${format}`)
    const names = Object.keys(files)
    if (format === 'zip')
      execFileSync('zip', ['-q', out, ...names], { cwd: dir })
    else execFileSync('tar', ['-czf', out, ...names], { cwd: dir })

    return await readFile(out)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** `<sha256>  <name>` as a release checksums file has it. */
export function checksumsLine(name: string, data: Buffer): string {
  return `${createHash('sha256').update(data).digest('hex')}  ${name}\n`
}
