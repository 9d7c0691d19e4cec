/** The Compose policy: rules, the file checker and discovery. */
import type { FileChecker } from '../engine.js'
import type { PolicyRuleMeta } from '../rule.js'
import { seccompRules } from '../seccomp/index.js'
import { checkComposeFiles } from './checker.js'
import { COMPOSE_RULES } from './rules/index.js'
import { UNKNOWN_SUPPRESSION } from './unknown-suppression.js'

export { isComposeFile, groupProjects } from './discover.js'

/** Every Compose rule's metadata, in POLICY.md order. */
export const composeRules: readonly PolicyRuleMeta[] = COMPOSE_RULES.map(
  (rule) => rule.meta
)

/** Checks Compose files and the seccomp profiles they name. */
export const composeChecker: FileChecker = {
  kind: 'compose',
  rules: [...composeRules, ...seccompRules, UNKNOWN_SUPPRESSION],
  check: checkComposeFiles
}
