import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PolicyConfig } from '../../../../src/config/config.js'
import type { Finding } from '../../../../src/findings/index.js'
import { checkComposeFiles } from '../../../../src/scanners/policy/compose/checker.js'
import type { FileCheckResult } from '../../../../src/scanners/policy/engine.js'

/** The policy with every setting at its default. */
export function defaultPolicy(
  overrides: Partial<PolicyConfig> = {}
): PolicyConfig {
  return {
    rules: {},
    trustedRegistries: [],
    allowedBaseImages: [],
    requiredLabels: [],
    level: 'default',
    ...overrides
  }
}

/** Writes `files` into a fresh folder, runs `work` on it, removes it. */
export async function withRepo<T>(
  files: Readonly<Record<string, string | Buffer>>,
  work: (root: string) => Promise<T>
): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'csg-compose-'))
  try {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true })
      await writeFile(path.join(root, name), content)
    }

    return await work(root)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/**
 * Checks the Compose files among `files` (a lone string is `compose.yaml`)
 * with the given policy.
 */
export async function scan(
  files: string | Readonly<Record<string, string | Buffer>>,
  policy: PolicyConfig = defaultPolicy(),
  only?: readonly string[]
): Promise<FileCheckResult> {
  const all = typeof files === 'string' ? { 'compose.yaml': files } : files
  const names = only ?? Object.keys(all).filter((f) => /compose/.test(f))

  return withRepo(all, (root) => checkComposeFiles(names, root, policy))
}

/** One finding as `path:line` (and `:column` when asked), for exact asserts. */
export function at(finding: Finding, column = false): string {
  const region = finding.location.region
  const col = column ? `:${region?.startColumn}` : ''

  return `${finding.location.path}:${region?.startLine}${col}`
}

/** Where `ruleId` fires, unsuppressed, as `path:line` strings. */
export async function hits(
  ruleId: string,
  files: string | Readonly<Record<string, string | Buffer>>,
  policy?: PolicyConfig
): Promise<string[]> {
  const result = await scan(files, policy)
  if (result.errors.length > 0)
    throw new Error(result.errors.map((e) => e.message).join('\n'))

  return result.findings
    .filter((f) => f.rule.id === ruleId && !f.suppression)
    .map((f) => at(f))
}

/** Joins lines into a YAML document (keeps line numbers easy to read). */
export function yaml(...lines: readonly string[]): string {
  return `${lines.join('\n')}\n`
}
