/**
 * Parsing a large Trivy report: 50,000 vulnerabilities over 50 image
 * results, beside `JSON.parse` alone (the floor). Median time of several
 * runs; peak resident memory growth of one run each, each in a fresh
 * process so that neither inherits the other's heap.
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { parseTrivyReport } from '../src/scanners/trivy/index.js'
import { measure, report } from './measure.js'

const RESULTS = 50
const PER_RESULT = 1000
const RUNS = 5

function vulnerability(result: number, index: number): unknown {
  const id = `CVE-2024-${String(result * PER_RESULT + index).padStart(6, '0')}`

  return {
    VulnerabilityID: id,
    PkgID: `pkg-${index % 300}@1.${index % 7}.0`,
    PkgName: `pkg-${index % 300}`,
    PkgIdentifier: {
      PURL: `pkg:deb/debian/pkg-${index % 300}@1.${index % 7}.0`
    },
    InstalledVersion: `1.${index % 7}.0`,
    FixedVersion: index % 3 === 0 ? '' : `1.${index % 7}.1`,
    Status: index % 3 === 0 ? 'affected' : 'fixed',
    SeveritySource: 'debian',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    Title: `pkg-${index % 300}: a flaw in the parser of section ${index}`,
    Description:
      'A crafted input makes the parser read past the end of its buffer, which can crash the process or disclose memory. '.repeat(
        3
      ),
    Severity: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN'][index % 5],
    CweIDs: ['CWE-125'],
    VendorSeverity: { debian: 1, nvd: 3 },
    CVSS: {
      nvd: {
        V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H',
        V3Score: 9.1
      },
      redhat: {
        V3Vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:L',
        V3Score: 4.8
      }
    },
    References: Array.from(
      { length: 6 },
      (_, r) => `https://example.org/advisories/${id}/${r}`
    ),
    PublishedDate: '2024-01-01T00:00:00Z',
    LastModifiedDate: '2024-02-01T00:00:00Z'
  }
}

const text = JSON.stringify({
  SchemaVersion: 2,
  ArtifactName: 'registry.local/big:1',
  ArtifactType: 'container_image',
  Results: Array.from({ length: RESULTS }, (_, r) => ({
    Target: `registry.local/big:1 (layer ${r})`,
    Class: 'os-pkgs',
    Type: 'debian',
    Vulnerabilities: Array.from({ length: PER_RESULT }, (_, i) =>
      vulnerability(r, i)
    )
  }))
})

function medianMs(work: () => unknown): number {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    work()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)

  return samples[Math.floor(RUNS / 2)] ?? NaN
}

const parseOnly = () => JSON.parse(text) as unknown
const full = () => parseTrivyReport(text, 'bench.json', {})

// In a child: measure one of the two, print its peak and stop.
const child = process.argv[2]
if (child) {
  const { peakMiB } = await measure(child === 'json' ? parseOnly : full)
  process.stdout.write(String(peakMiB))
  process.exit(0)
}

function peakInChild(which: 'json' | 'full'): number {
  const script = fileURLToPath(import.meta.url)
  const result = spawnSync(process.execPath, ['--expose-gc', script, which], {
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`child ${which}: ${result.stderr}`)

  return Number(result.stdout)
}

const count = full().length
if (count !== RESULTS * PER_RESULT) {
  throw new Error(`expected ${RESULTS * PER_RESULT} findings, got ${count}`)
}

const jsonMs = medianMs(parseOnly)
const fullMs = medianMs(full)

report('report size, MiB', (text.length / 1024 / 1024).toFixed(1))
report('vulnerabilities', String(count))
report('JSON.parse alone, median ms', jsonMs.toFixed(0))
report('parseTrivyReport, median ms', fullMs.toFixed(0))
report('parseTrivyReport over JSON.parse, x', (fullMs / jsonMs).toFixed(2))
report(
  'findings per second',
  Math.round(count / (fullMs / 1000)).toLocaleString('en')
)
report('JSON.parse alone, peak RSS growth MiB', peakInChild('json').toFixed(0))
report('parseTrivyReport, peak RSS growth MiB', peakInChild('full').toFixed(0))
