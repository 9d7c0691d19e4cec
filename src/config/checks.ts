import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import { UserError } from '../errors.js'
import { loadExceptions } from '../judge/exceptions-file.js'
import { validateCosignConfig } from '../scanners/cosign/validate.js'
import { policyRules } from '../scanners/policy/index.js'
import type { Config } from './config.js'

/**
 * Checks that need the whole Config: settings that contradict each other
 * or would make a scan check nothing. Runs before any scanner, so a typo
 * costs seconds, not a scan.
 */
export async function checkConfig(config: Config): Promise<void> {
  if (config.scanners.length === 0) {
    throw new UserError(
      'The input scanners is empty: expected one or more of trivy-fs, trivy-image, cosign, policy (a gate that runs nothing would pass anything).',
      'scanners'
    )
  }

  if (config.failOn === 'new' && !config.baseline) {
    throw new UserError(
      'fail-on: new needs baseline-sarif, the earlier SARIF log that says which findings are not new.',
      'fail-on'
    )
  }

  checkSarifFile(config.sarifFile)
  checkRuleIds(config)
  checkCosign(config)
  await loadExceptions(config.path, config.exceptionsFile)
}

function checkSarifFile(file: string): void {
  const isDir = existsSync(file) && statSync(file).isDirectory()
  if (!isDir && /\.(sarif|json)$/i.test(path.basename(file))) return

  throw new UserError(
    `Invalid sarif-file "${file}": expected a file name ending in .sarif or .json${isDir ? ', not a folder' : ''}.`,
    'sarif-file'
  )
}

// A rule id that matches no rule would silently configure nothing.
function checkRuleIds(config: Config): void {
  const known = new Set(policyRules().map((r) => r.id))
  const unknown = Object.keys(config.policy.rules).filter(
    (id) => !known.has(id)
  )
  if (unknown.length === 0) return

  throw new UserError(
    `Unknown rule id(s) under policy.rules: ${unknown.join(', ')}. The rules are listed in docs/rules/README.md (ids such as CSG-D1, CSG-C11, CSG-R1).`,
    'config-file'
  )
}

// Signatures are checked only where there is something to verify; then
// the key or the expected signer must be given, or the run stops here.
function checkCosign(config: Config): void {
  const verifies =
    config.images.some((i) => !i.archive) || config.cosign.verifyBaseImages
  if (config.scanners.includes('cosign') && verifies) {
    validateCosignConfig(config.cosign)
  }
}
