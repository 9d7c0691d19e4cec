import { describe, expect, it } from '@jest/globals'
import type { Finding, Severity } from '../../src/findings/index.js'
import { decide, type GateOptions } from '../../src/judge/gate.js'
import {
  failed,
  imageVuln,
  ok,
  policy,
  vuln
} from '../fixtures/reports/build.js'

const findings: Finding[] = [
  vuln('CVE-2024-0001', 'CRITICAL'),
  vuln('CVE-2024-0002', 'HIGH'),
  policy('CSG-D1', 'MEDIUM', 'Dockerfile', 3),
  vuln('CVE-2024-0004', 'LOW'),
  vuln('CVE-2024-0005', 'UNKNOWN')
]
const outcomes = [ok('trivy-fs', '.', findings)]
const base: GateOptions = {
  threshold: 'HIGH',
  failOnScannerError: true,
  failOn: 'all'
}

describe('decide', () => {
  describe.each<[Severity, number, 0 | 1]>([
    ['CRITICAL', 1, 1],
    ['HIGH', 2, 1],
    ['MEDIUM', 3, 1],
    ['LOW', 4, 1],
    ['UNKNOWN', 5, 1]
  ])('when the threshold is %s', (threshold, blocking, exitCode) => {
    it(`blocks ${blocking} finding(s) and exits ${exitCode}`, () => {
      const verdict = decide(findings, outcomes, { ...base, threshold })

      expect(verdict.blocking).toHaveLength(blocking)
      expect(verdict.exitCode).toBe(exitCode)
      expect(verdict.status).toBe('failed-findings')
      expect(verdict.reasons[0]).toContain(
        `${blocking} finding(s) at or above ${threshold}`
      )
    })
  })

  it('passes when nothing reaches the threshold, and says so', () => {
    const verdict = decide(findings.slice(2), outcomes, base)

    expect(verdict).toMatchObject({ status: 'passed', exitCode: 0 })
    expect(verdict.blocking).toEqual([])
    expect(verdict.reasons).toEqual([
      'No unsuppressed findings at or above HIGH.'
    ])
  })

  it('counts by severity and source, suppressed apart, and orders blocking most severe first', () => {
    const suppressed = vuln('CVE-2024-0009', 'CRITICAL', {
      suppression: { kind: 'inline', reason: 'not reachable' }
    })
    const verdict = decide(
      [...findings.slice().reverse(), suppressed],
      outcomes,
      base
    )

    expect(verdict.blocking.map((f) => f.rule.id)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-0002'
    ])
    expect(verdict.counts).toEqual({
      total: 6,
      bySeverity: { CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 1, UNKNOWN: 1 },
      bySource: {
        trivy: { CRITICAL: 1, HIGH: 1, MEDIUM: 0, LOW: 1, UNKNOWN: 1 },
        policy: { CRITICAL: 0, HIGH: 0, MEDIUM: 1, LOW: 0, UNKNOWN: 0 }
      },
      suppressed: 1,
      blocking: 2
    })
    expect(verdict.reasons).toContain('1 suppressed finding(s) did not count.')
  })

  it('names at most three examples and how many more', () => {
    const many = ['1', '2', '3', '4', '5'].map((n) =>
      vuln(`CVE-2024-100${n}`, 'HIGH')
    )
    const verdict = decide(many, outcomes, base)

    expect(verdict.reasons[0]).toBe(
      '5 finding(s) at or above HIGH (5 HIGH): CVE-2024-1001 (HIGH) in lodash 4.17.20 at package-lock.json:1; CVE-2024-1002 (HIGH) in lodash 4.17.20 at package-lock.json:1; CVE-2024-1003 (HIGH) in lodash 4.17.20 at package-lock.json:1, and 2 more.'
    )
  })

  describe('with failOn new', () => {
    const marked = [
      vuln('CVE-2024-0001', 'CRITICAL', { baselineState: 'unchanged' }),
      vuln('CVE-2024-0002', 'HIGH', { baselineState: 'new' }),
      vuln('CVE-2024-0003', 'HIGH')
    ]

    it('blocks new findings and those without a baseline state, never unchanged ones', () => {
      const verdict = decide(marked, outcomes, { ...base, failOn: 'new' })

      expect(verdict.blocking.map((f) => f.rule.id)).toEqual([
        'CVE-2024-0002',
        'CVE-2024-0003'
      ])
      expect(verdict.reasons[0]).toMatch(/^2 new finding\(s\) at or above HIGH/)
    })

    it('passes when only unchanged findings reach the threshold', () => {
      const verdict = decide(marked.slice(0, 1), outcomes, {
        ...base,
        failOn: 'new'
      })

      expect(verdict.exitCode).toBe(0)
    })
  })

  describe('when a scanner failed', () => {
    const broken = [
      ...outcomes,
      failed(
        'trivy-image',
        'ghcr.io/acme/api:1.2',
        'REGISTRY_AUTH',
        'UNAUTHORIZED: authentication required'
      )
    ]

    it.each([
      ['findings too', findings],
      ['no findings', []]
    ])(
      'exits 3 with %s, naming the scanner, the error and a fix',
      (_, found) => {
        const verdict = decide(found, broken, base)

        expect(verdict).toMatchObject({ status: 'failed-scanner', exitCode: 3 })
        expect(verdict.reasons[0]).toBe(
          'Scanner trivy-image (trivy) on image ghcr.io/acme/api:1.2 could not run (exit code 1): trivy exited with code 1. trivy said: "UNAUTHORIZED: authentication required". To fix: provide registry credentials through the environment (for example a docker login before this step).'
        )
      }
    )

    it('only warns when scanner errors are allowed, and findings still decide', () => {
      const options = { ...base, failOnScannerError: false }
      const withFindings = decide(findings, broken, options)
      const without = decide([], broken, options)

      expect(withFindings).toMatchObject({
        status: 'failed-findings',
        exitCode: 1
      })
      expect(without).toMatchObject({ status: 'passed', exitCode: 0 })
      expect(without.reasons[0]).toMatch(
        /^Warning \(not failing: scanner errors are allowed\): Scanner trivy-image/
      )
    })

    it('prefers the hint the scanner gave', () => {
      const outcome = failed('cosign', 'ghcr.io/acme/api:1.2')
      const hinted = {
        ...outcome,
        error: Object.assign(outcome.error, {
          details: { hint: 'pass --certificate-identity.' }
        })
      }
      const verdict = decide([], [hinted], base)

      expect(verdict.reasons[0]).toMatch(
        /To fix: pass --certificate-identity\.$/
      )
    })
  })

  it('never lets a suppressed finding block, whatever its severity', () => {
    const finding = imageVuln(
      'CVE-2024-0007',
      'CRITICAL',
      'alpine:3.10',
      undefined,
      {
        suppression: {
          kind: 'exceptions-file',
          reason: 'accepted',
          until: '2099-01-01'
        }
      }
    )
    const verdict = decide([finding], outcomes, {
      ...base,
      threshold: 'UNKNOWN'
    })

    expect(verdict.exitCode).toBe(0)
  })
})
