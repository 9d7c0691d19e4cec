import path from 'node:path'

import type { PolicyConfig } from '../../../config/config.js'
import type { YamlLoader } from '../compose/extends.js'
import type { Place } from '../compose/model.js'
import type { FileCheckResult } from '../engine.js'
import { toPolicyFinding } from '../finding.js'
import type { PolicyRuleMeta } from '../rule.js'
import { isRuleEnabled } from '../settings.js'
import type { SeccompRule } from './rule-kit.js'
import { S1 } from './rules/S1.js'
import { S2 } from './rules/S2.js'

const RULES: readonly SeccompRule[] = [S1, S2]

/** Every seccomp rule's metadata. */
export const seccompRules: readonly PolicyRuleMeta[] = RULES.map((r) => r.meta)

/** A seccomp profile named by a Compose file or a `docker run` line. */
export interface SeccompReference {
  /** The path as written (`./seccomp.json`). */
  readonly written: string
  /** Where it is written; relative paths are taken from that file's folder. */
  readonly from: Place
}

/**
 * Checks the profiles `refs` name, each once. A profile that cannot be
 * read or parsed is an error of the file that names it.
 */
export async function checkSeccompProfiles(
  refs: readonly SeccompReference[],
  policy: PolicyConfig,
  load: YamlLoader
): Promise<FileCheckResult> {
  const result: FileCheckResult = { findings: [], errors: [] }
  const done = new Set<string>()
  for (const ref of refs) {
    const file = profilePath(ref)
    if (done.has(file)) continue
    done.add(file)
    // Known limitation: a profile outside the repository (an absolute host
    // path such as /etc/docker/seccomp.json) cannot be read, so it is skipped.
    if (file.startsWith('../') || path.posix.isAbsolute(file)) continue

    const loaded = await load(file)
    if (!loaded.ok) {
      result.errors.push({
        path: ref.from.path,
        message: `${ref.from.path}:${ref.from.region.startLine}: seccomp profile ${ref.written} cannot be checked: ${loaded.message}`
      })
      continue
    }
    for (const rule of RULES) {
      if (!isRuleEnabled(rule.meta, policy)) continue
      for (const hit of rule.check({ path: file, root: loaded.root }))
        result.findings.push(toPolicyFinding(rule.meta, hit, hit.path, policy))
    }
  }

  return result
}

/** True for `security_opt`/`--security-opt` seccomp values naming a file. */
export function isProfileValue(value: string): boolean {
  const text = value.trim()

  return text !== '' && !['unconfined', 'builtin'].includes(text.toLowerCase())
}

function profilePath(ref: SeccompReference): string {
  const written = ref.written.trim().replaceAll('\\', '/')
  if (path.posix.isAbsolute(written)) return written

  return path.posix.normalize(
    path.posix.join(path.posix.dirname(ref.from.path), written)
  )
}
