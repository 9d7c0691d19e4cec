import { stringify } from 'yaml'

import { INPUTS, OUTPUTS } from '../../config/inputs.js'

/** What each step output means, for action.yml and the README. */
export const OUTPUT_DESCRIPTIONS: Record<string, string> = {
  [OUTPUTS.sarifFile]: 'Path of the SARIF log written.',
  [OUTPUTS.verdict]: 'passed or failed.',
  [OUTPUTS.exitCode]:
    'The CLI exit code for this verdict: 0 passed, 1 findings, 2 configuration, 3 a scanner failed.',
  [OUTPUTS.findings]: 'Unsuppressed findings reported.',
  [OUTPUTS.blocking]: 'Findings that failed the gate.',
  [OUTPUTS.critical]: 'Unsuppressed CRITICAL findings.',
  [OUTPUTS.high]: 'Unsuppressed HIGH findings.',
  [OUTPUTS.medium]: 'Unsuppressed MEDIUM findings.',
  [OUTPUTS.low]: 'Unsuppressed LOW findings.',
  [OUTPUTS.unknown]: 'Unsuppressed findings of UNKNOWN severity.',
  [OUTPUTS.failedScanners]:
    'Comma-separated scanner:target pairs that could not run (empty when all ran).'
}

/**
 * The Action's metadata. Defaults are applied in code, after the config
 * file, so action.yml states them in the description and leaves `default`
 * out: an input the workflow does not set must not hide the config file.
 */
export function renderActionYml(): string {
  const inputs = Object.fromEntries(
    INPUTS.filter((i) => !i.cliOnly).map((i) => [
      i.name,
      {
        description: i.default
          ? `${i.description} Default when unset: ${i.default}`
          : i.description,
        required: false
      }
    ])
  )
  const outputs = Object.fromEntries(
    Object.values(OUTPUTS).map((name) => [
      name,
      { description: OUTPUT_DESCRIPTIONS[name] }
    ])
  )
  const action = {
    name: 'Container Security Gate',
    description:
      'Trivy, cosign and a Dockerfile/Compose hardening policy in one gate, with one SARIF report.',
    author: 'Container Security Gate',
    branding: { icon: 'shield', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/action/index.js' }
  }

  return `# Generated from src/config/inputs.ts by npm run action-yml: edit there.\n${stringify(action, { lineWidth: 0 })}`
}
