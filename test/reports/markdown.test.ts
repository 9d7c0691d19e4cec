import { describe, expect, it } from '@jest/globals'
import { escape, toMarkdownSummary } from '../../src/reports/markdown.js'
import { ok, vuln } from '../fixtures/reports/build.js'
import { sampleReport } from '../fixtures/reports/report.js'

describe('toMarkdownSummary', () => {
  const text = toMarkdownSummary(sampleReport())
  const lines = text.split('\n')

  it('starts with the verdict word and every reason on one line', () => {
    expect(lines[0]).toContain(
      '**FAILED**: Scanner cosign (cosign) on image registry.example.com:5000/acme/worker:1.4 could not run'
    )
    expect(lines[0]).toContain(
      ' 5 finding(s) at or above HIGH (2 CRITICAL, 3 HIGH)'
    )
    expect(lines[2]).toBe(
      'Container Security Gate 0.1.0: threshold HIGH, exit code 3.'
    )
  })

  it('counts unsuppressed findings by tool and severity', () => {
    expect(text).toContain(
      [
        '| Tool | CRITICAL | HIGH | MEDIUM | LOW | UNKNOWN |',
        '|---|--:|--:|--:|--:|--:|',
        '| policy | 0 | 0 | 1 | 0 | 0 |',
        '| trivy | 2 | 3 | 0 | 0 | 1 |',
        '| **Total** | 2 | 3 | 1 | 0 | 1 |',
        '',
        '9 finding(s) in all: 5 blocking, 2 suppressed.'
      ].join('\n')
    )
  })

  it('lists every scanner with its outcome, duration and error', () => {
    expect(text).toContain('| trivy-fs | . | ok | 1.2 s | 4 finding(s) |')
    expect(text).toContain(
      '| cosign | registry.example.com:5000/acme/worker:1.4 | failed | 50 ms | cosign exited with code 1: Error: no signatures found |'
    )
    expect(text).toContain(
      '| trivy-image | . | skipped | 0 ms | no images were given |'
    )
  })

  it('lists top findings most severe first, with package and fix, escaping tool text', () => {
    const top = lines.filter((l) =>
      /^\| (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN) \|/.test(l)
    )

    expect(text).toContain('### Top findings (7 of 7 unsuppressed)')
    expect(top[0]).toBe(
      '| CRITICAL | CVE-2021-3711 | Package openssl@1.1.1k-r0 is affected by CVE-2021-3711. | services/api/Dockerfile:1 | openssl 1.1.1k-r0 | 1.1.1l-r0 |'
    )
    expect(top.at(-1)).toBe(
      '| UNKNOWN | CVE-2023-0001 | Package left-pad@1.0.0 is affected by CVE-2023-0001. | package-lock.json:1 | left-pad 1.0.0 | no fix yet |'
    )
    expect(top).toHaveLength(7)
    expect(toMarkdownSummary(sampleReport(), { maxFindings: 2 })).toContain(
      '### Top findings (2 of 7 unsuppressed)'
    )
  })

  it('shows verified signatures and notes, truncation included', () => {
    const withCuts = toMarkdownSummary(sampleReport(), {
      truncated: {
        resultsPerRun: 3,
        locationsPerResult: 0,
        bySize: 0,
        mergedGroups: 4
      }
    })

    expect(text).toContain(
      '- ghcr.io/acme/api:3f2c1d0 (sha256:cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd): keyless, identity https://github.com/acme/api/.github/workflows/release.yml@refs/heads/main, issuer https://token.actions.githubusercontent.com'
    )
    expect(text).toContain(
      '### Notes\n\n- Exception for CVE-2020-1 (expired 2024-01-01) no longer applies.'
    )
    expect(withCuts).toContain(
      "- SARIF: 3 result(s) past GitHub's 25,000 per run were left out."
    )
    expect(withCuts).toContain(
      '- SARIF: 4 target group(s) share one run to stay within 20 runs.'
    )
  })

  it('says PASSED when the gate passes, and leaves out empty sections', () => {
    const clean = [vuln('CVE-2024-1', 'LOW')]
    const passed = toMarkdownSummary(
      sampleReport({
        findings: clean,
        outcomes: [ok('trivy-fs', '.', clean)],
        notes: []
      })
    )

    expect(passed.split('\n')[0]).toBe(
      '**PASSED**: No unsuppressed findings at or above HIGH.'
    )
    expect(passed).not.toContain('### Notes')
    expect(passed).not.toContain('### Signatures verified')
  })
})

describe('escape', () => {
  it('makes HTML, Markdown and table breaks inert', () => {
    expect(
      escape('<img src=x onerror=alert(1)> | **bold** [x](y)\nnext & `code`')
    ).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\| \\*\\*bold\\*\\* \\[x\\](y) next &amp; \\`code\\`'
    )
  })
})
