/**
 * The engines the policy scanner runs, one per kind of file. The Compose
 * and `docker run` engines add themselves to this list.
 */
import { composeChecker } from './compose/index.js'
import { dockerfileChecker } from './dockerfile/checker.js'
import type { FileChecker } from './engine.js'
import { scriptChecker } from './runlines/index.js'

/** Every file checker, in the order their outcomes are reported. */
export const fileCheckers: FileChecker[] = [
  dockerfileChecker,
  composeChecker,
  scriptChecker
]
