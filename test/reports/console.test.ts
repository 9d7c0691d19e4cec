import { describe, expect, it } from '@jest/globals'
import { toConsoleText } from '../../src/reports/console.js'
import { ok, vuln } from '../fixtures/reports/build.js'
import { sampleReport } from '../fixtures/reports/report.js'

describe('toConsoleText', () => {
  it('prints the verdict, reasons, scanners, findings and notes without colour', () => {
    const text = toConsoleText(sampleReport(), { color: false })
    const lines = text.split('\n')

    expect(lines[0]).toBe(
      'Container Security Gate: FAILED (exit code 3, threshold HIGH)'
    )
    expect(lines[1]).toMatch(
      /^ {2}Scanner cosign \(cosign\) on image registry\.example\.com:5000\/acme\/worker:1\.4 could not run/
    )
    expect(text).toContain(
      '  failed  cosign      registry.example.com:5000/acme/worker:1.4 (50 ms): cosign exited with code 1: Error: no signatures found'
    )
    expect(text).toContain(
      'Findings: 2 CRITICAL, 3 HIGH, 1 MEDIUM, 1 UNKNOWN; 5 blocking, 2 suppressed.'
    )
    expect(text).toContain(
      '  CRITICAL CVE-2021-3711 openssl 1.1.1k-r0 -> 1.1.1l-r0 at services/api/Dockerfile:1\n' +
        '           Package openssl@1.1.1k-r0 is affected by CVE-2021-3711.'
    )
    expect(text).toContain(
      'Notes:\n  - Exception for CVE-2020-1 (expired 2024-01-01) no longer applies.'
    )
    expect(text).not.toContain('\u001b')
  })

  it('colours the verdict and severities when asked', () => {
    const text = toConsoleText(sampleReport(), { color: true })

    expect(text).toContain('\u001b[31mFAILED\u001b[0m')
    expect(text).toContain('\u001b[31mCRITICAL\u001b[0m')
  })

  it('replaces control characters from tool text so it cannot drive the terminal', () => {
    const evil = vuln('CVE-2024-1\u001b[2J', 'HIGH')
    const text = toConsoleText(
      sampleReport({
        findings: [evil],
        outcomes: [ok('trivy-fs', '.', [evil])],
        notes: []
      }),
      { color: false }
    )

    expect(text).toContain('CVE-2024-1?[2J')
    expect(text).not.toContain('\u001b')
  })
})

describe('toConsoleText limits', () => {
  it('says how many findings it did not list, and what the SARIF log lost', () => {
    const text = toConsoleText(sampleReport(), {
      color: false,
      maxFindings: 2,
      truncated: {
        resultsPerRun: 7,
        locationsPerResult: 0,
        bySize: 0,
        mergedGroups: 0
      }
    })

    expect(text).toMatch(/… and \d+ more: the SARIF log has every finding\./)
    expect(text).toContain(
      "SARIF: 7 result(s) past GitHub's 25,000 per run were left out."
    )
  })
})
