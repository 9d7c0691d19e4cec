import type { PolicyConfig } from '../../../../src/config/config.js'
import type { FileCheckResult } from '../../../../src/scanners/policy/engine.js'
import { checkScripts } from '../../../../src/scanners/policy/runlines/checker.js'
import { at, defaultPolicy, withRepo } from '../compose/helpers.js'

/** Checks `files` (a lone string is `deploy.sh`) as scripts. */
export async function scanScripts(
  files: string | Readonly<Record<string, string>>,
  policy: PolicyConfig = defaultPolicy()
): Promise<FileCheckResult> {
  const all = typeof files === 'string' ? { 'deploy.sh': files } : files
  const scripts = Object.keys(all).filter((f) => !f.endsWith('.json'))

  return withRepo(all, (root) => checkScripts(scripts, root, policy))
}

/** Where `ruleId` fires, unsuppressed, as `path:line:column`. */
export async function runHits(
  ruleId: string,
  files: string | Readonly<Record<string, string>>
): Promise<string[]> {
  const result = await scanScripts(files)
  if (result.errors.length > 0)
    throw new Error(result.errors.map((e) => e.message).join('\n'))

  return result.findings
    .filter((f) => f.rule.id === ruleId && !f.suppression)
    .map((f) => at(f, true))
}

/** A hardened command that no run-line rule flags, to build on. */
export const SAFE =
  '--read-only --cap-drop ALL --security-opt no-new-privileges --memory 256m --pids-limit 100'
