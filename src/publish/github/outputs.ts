import * as core from '@actions/core'

import { OUTPUTS } from '../../config/inputs.js'
import type { Report } from '../../reports/report.js'

/** Sets the step outputs: SARIF path, verdict, exit code and counts. */
export function setOutputs(report: Report, sarifFile: string): void {
  const { verdict, findings } = report
  const active = findings.filter((f) => !f.suppression)
  const count = (severity: string): number =>
    active.filter((f) => f.severity === severity).length
  const failed = report.outcomes
    .filter((o) => o.status === 'failed')
    .map((o) => `${o.scanner}:${o.target.name}`)

  core.setOutput(OUTPUTS.sarifFile, sarifFile)
  core.setOutput(
    OUTPUTS.verdict,
    verdict.status === 'passed' ? 'passed' : 'failed'
  )
  core.setOutput(OUTPUTS.exitCode, String(verdict.exitCode))
  core.setOutput(OUTPUTS.findings, String(active.length))
  core.setOutput(OUTPUTS.blocking, String(verdict.blocking.length))
  core.setOutput(OUTPUTS.critical, String(count('CRITICAL')))
  core.setOutput(OUTPUTS.high, String(count('HIGH')))
  core.setOutput(OUTPUTS.medium, String(count('MEDIUM')))
  core.setOutput(OUTPUTS.low, String(count('LOW')))
  core.setOutput(OUTPUTS.unknown, String(count('UNKNOWN')))
  core.setOutput(OUTPUTS.failedScanners, failed.join(','))
}
