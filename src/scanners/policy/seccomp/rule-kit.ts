import type { YMap } from '../compose/model.js'
import type { ComposeHit } from '../compose/rule-kit.js'
import type { PolicyRule, PolicyRuleMeta } from '../rule.js'

/** A seccomp profile file, parsed with places. */
export interface SeccompProfile {
  /** Repository-relative path. */
  readonly path: string
  readonly root: YMap
}

/** A rule over one seccomp profile; hits name their file. */
export interface SeccompRule extends PolicyRule<SeccompProfile> {
  check(profile: SeccompProfile): readonly ComposeHit[]
}

/** Seccomp actions that let a call through. */
export const ALLOWING = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG'])

/** Metadata of a seccomp rule (`S1` becomes `CSG-S1`). */
export function seccompMeta(
  meta: Omit<PolicyRuleMeta, 'id' | 'tags' | 'precision'> & {
    readonly precision?: PolicyRuleMeta['precision']
  }
): PolicyRuleMeta {
  return {
    ...meta,
    id: `CSG-${meta.concern}`,
    precision: meta.precision ?? 'very-high',
    tags: ['security', 'seccomp']
  }
}
