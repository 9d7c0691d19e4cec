import { INPUTS } from '../../config/inputs.js'

/** Exit codes of the CLI, also documented in the README. */
export const EXIT_CODES = {
  passed: 0,
  findings: 1,
  usage: 2,
  scannerFailed: 3,
  internal: 4
} as const

/** The text of `--help`: usage, every flag with its default, exit codes. */
export function helpText(): string {
  const flags = INPUTS.map((input) => {
    const value = input.type === 'boolean' ? '' : ' <value>'
    const repeat = input.type === 'list' ? ' (repeatable)' : ''
    const def = input.default ? ` [default: ${input.default}]` : ''
    const note = input.secret ? ' (environment only)' : ''

    return `  --${input.name}${value}${repeat}${note}\n      ${input.description}${def}`
  })

  return [
    'Usage: container-security-gate scan [PATH] [flags]',
    '',
    'Scans PATH (default: the current folder) with Trivy, verifies image',
    'signatures with cosign, checks Dockerfiles and Compose files against the',
    'hardening policy, writes one SARIF log and fails on findings at or above',
    'the threshold or when a scanner could not run.',
    '',
    'Flags:',
    ...flags,
    '  --markdown-file <path>',
    '      Also write the Markdown summary to this file.',
    '  --verbose',
    "      Show debug lines, including the tools' raw output.",
    '  --color, --no-color',
    '      Force coloured or plain output (default: colour on a terminal, unless NO_COLOR is set).',
    '',
    'Exit codes:',
    '  0  passed',
    '  1  findings at or above the severity threshold',
    '  2  invalid usage or configuration',
    '  3  a scanner could not run (wins over 1)',
    '  4  an internal error of the gate itself',
    ''
  ].join('\n')
}
