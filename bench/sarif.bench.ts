/**
 * Turning 100,000 findings into SARIF: toSarif plus serialising it, and
 * writeSarif to a file, beside JSON.stringify of the same findings as the
 * floor. Time and peak memory of each, and the ratio to the floor.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  DEFAULT_SCORES,
  SEVERITIES,
  fingerprintOf,
  type Finding
} from '../src/findings/index.js'
import { decide } from '../src/judge/gate.js'
import type { Report } from '../src/reports/report.js'
import {
  toSarif,
  writeSarif,
  type SarifWriteSummary
} from '../src/reports/sarif/index.js'
import type { ScanOutcome } from '../src/scanners/outcome.js'
import { measure, report, type Measurement } from './measure.js'

const COUNT = 100_000
const IMAGES = ['api', 'worker', 'web', 'batch', 'proxy'].map(
  (name) => `ghcr.io/acme/${name}:1.0.${name.length}`
)

// Findings shaped like Trivy's: 5,000 distinct CVEs spread over five images
// and the repository, one package each, every severity represented.
function makeFinding(i: number): Finding {
  const severity = SEVERITIES[i % SEVERITIES.length] ?? 'LOW'
  const id = `CVE-2024-${String(10000 + (i % 5000))}`
  const image = i % 6 === 5 ? undefined : IMAGES[i % 6]
  const pkg = `pkg-${i % 1500}`
  const version = `1.${i % 37}.${i % 11}`

  return {
    rule: {
      id,
      title: `${pkg}: buffer overflow in the parser of ${id}`,
      help: `A crafted input overflows a buffer in ${pkg}. Upgrade to a fixed version.`,
      helpUri: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
      defaultSeverity: severity,
      precision: 'high',
      tags: ['security', 'vulnerability']
    },
    source: 'trivy',
    kind: 'vulnerability',
    severity,
    score: DEFAULT_SCORES[severity],
    message: `Package ${pkg}@${version} is affected by ${id}; fixed in ${version}-r1.`,
    location: image
      ? { image: { ref: image } }
      : {
          path: 'services/app/package-lock.json',
          region: { startLine: 1 + (i % 900) }
        },
    target: image ?? 'services/app/package-lock.json',
    fingerprint: fingerprintOf(id, image, pkg, version, String(i)),
    package: {
      name: pkg,
      installedVersion: version,
      fixedVersion: `${version}-r1`,
      type: 'npm'
    }
  }
}

const findings = Array.from({ length: COUNT }, (_, i) => makeFinding(i))
const outcomes: ScanOutcome[] = [
  ...IMAGES.map((ref): ScanOutcome => ({
    scanner: 'trivy-image',
    tool: 'trivy',
    toolVersion: '0.58.1',
    target: { kind: 'image', name: ref },
    durationMs: 30_000,
    status: 'ok',
    findings: findings.filter((f) => f.location.image?.ref === ref)
  }))
]
const sample: Report = {
  tool: {
    name: 'container-security-gate',
    version: '0.1.0',
    informationUri: 'https://example.invalid/csg'
  },
  root: '/work/repo',
  outcomes,
  findings,
  verdict: decide(findings, outcomes, {
    threshold: 'HIGH',
    failOnScannerError: true,
    failOn: 'all'
  }),
  notes: [],
  startedAt: new Date('2025-03-01T10:00:00Z'),
  finishedAt: new Date('2025-03-01T10:05:00Z')
}

// Each measurement runs in a fresh process of this file: resident memory
// does not shrink after a step, so a second step in the same process would
// show no peak of its own.
const part = process.argv[2]

if (part === 'floor') {
  let bytes = 0
  const m = await measure(() => {
    bytes = JSON.stringify(findings).length
  })
  process.stdout.write(JSON.stringify({ ...m, bytes }))
} else if (part === 'sarif') {
  let bytes = 0
  const m = await measure(() => {
    bytes = JSON.stringify(toSarif(sample)).length
  })
  process.stdout.write(JSON.stringify({ ...m, bytes }))
} else if (part === 'write') {
  const dir = mkdtempSync(path.join(tmpdir(), 'csg-bench-sarif-'))
  let summary: SarifWriteSummary | undefined
  const m = await measure(async () => {
    summary = await writeSarif(path.join(dir, 'bench.sarif'), sample)
  })
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify({ ...m, summary }))
} else {
  const floor = runPart('floor')
  const sarif = runPart('sarif')
  const written = runPart('write')
  const summary = written.summary as SarifWriteSummary

  report('findings', String(COUNT))
  report('JSON.stringify(findings) (floor), ms', floor.ms.toFixed(0))
  report('JSON.stringify(findings) peak MiB', floor.peakMiB.toFixed(0))
  report('toSarif + JSON.stringify, ms', sarif.ms.toFixed(0))
  report('toSarif + JSON.stringify peak MiB', sarif.peakMiB.toFixed(0))
  report('writeSarif to a file, ms', written.ms.toFixed(0))
  report('writeSarif peak MiB', written.peakMiB.toFixed(0))
  report('toSarif + stringify / floor, time', (sarif.ms / floor.ms).toFixed(1))
  report(
    'toSarif + stringify / floor, peak memory',
    (sarif.peakMiB / floor.peakMiB).toFixed(1)
  )
  report(
    'floor / SARIF size, MB',
    `${(Number(floor.bytes) / 1e6).toFixed(1)} / ${(Number(sarif.bytes) / 1e6).toFixed(1)}`
  )
  report(
    'written: runs, results, gzip MB',
    `${summary.runs}, ${summary.results}, ${(summary.gzipBytes / 1e6).toFixed(2)}`
  )
  report(
    'cut: per run / by size / merged groups',
    `${summary.truncated.resultsPerRun} / ${summary.truncated.bySize} / ${summary.truncated.mergedGroups}`
  )
}

function runPart(name: string): Measurement & Record<string, unknown> {
  const file = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, ['--expose-gc', file, name], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024
  })
  if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`)

  return JSON.parse(child.stdout) as Measurement & Record<string, unknown>
}
