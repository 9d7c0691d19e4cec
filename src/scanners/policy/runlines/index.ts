/** The `docker run` policy: rules, the script checker and discovery. */
import { UNKNOWN_SUPPRESSION } from '../compose/unknown-suppression.js'
import type { FileChecker } from '../engine.js'
import type { PolicyRuleMeta } from '../rule.js'
import { seccompRules } from '../seccomp/index.js'
import { checkScripts } from './checker.js'
import { RUN_LINE_RULES } from './rules/index.js'

export { isScriptCandidate } from './discover.js'

/** Every `docker run` rule's metadata. */
export const runLineRules: readonly PolicyRuleMeta[] = RUN_LINE_RULES.map(
  (rule) => rule.meta
)

/** Checks `docker run` lines in scripts and CI files, and their seccomp profiles. */
export const scriptChecker: FileChecker = {
  kind: 'script',
  rules: [...runLineRules, ...seccompRules, UNKNOWN_SUPPRESSION],
  check: checkScripts
}
