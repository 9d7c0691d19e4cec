/**
 * Compose policy throughput: 300 generated Compose files checked by the
 * Compose checker, beside parsing the same files with `yaml` alone (the
 * floor). Prints files/second for both and their ratio (goal <= 2.0).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { parseDocument } from 'yaml'

import { checkComposeFiles } from '../src/scanners/policy/compose/checker.js'
import { measure, report } from './measure.js'

const FILES = 300
const ROUNDS = 5

// A realistic file: anchors, several services, both volume and port syntaxes.
function composeFile(n: number): string {
  const services = Array.from({ length: 6 }, (_, i) =>
    [
      `  svc${i}:`,
      '    <<: *defaults',
      `    image: registry.example/team/app${i}:${n}.${i}`,
      '    ports:',
      `      - "${8000 + i}:80"`,
      '      - target: 443',
      `        published: ${9000 + i}`,
      '    volumes:',
      `      - ./data${i}:/data`,
      '      - type: bind',
      '        source: /srv/cache',
      '        target: /cache',
      '    environment:',
      `      - MODE=prod${i}`,
      '      - DB_PASSWORD=${DB_PASSWORD}',
      '    security_opt: ["no-new-privileges:true"]',
      '    deploy:',
      '      resources:',
      '        limits: { cpus: "0.5", memory: 256M }'
    ].join('\n')
  )

  return [
    'x-defaults: &defaults',
    '  read_only: yes',
    '  cap_drop: [ALL]',
    '  restart: unless-stopped',
    'services:',
    ...services,
    'networks:',
    '  back:',
    '    internal: true',
    ''
  ].join('\n')
}

const root = await mkdtemp(path.join(os.tmpdir(), 'csg-bench-compose-'))
const names = Array.from(
  { length: FILES },
  (_, n) => `p${n}/docker-compose.prod.yml`
)
for (const [n, name] of names.entries()) {
  await mkdir(path.join(root, path.dirname(name)), { recursive: true })
  await writeFile(path.join(root, name), composeFile(n))
}
const policy = {
  rules: {},
  trustedRegistries: [],
  allowedBaseImages: [],
  requiredLabels: [],
  level: 'default' as const
}

// Warm both paths once so JIT compilation is not measured.
await checkComposeFiles(names.slice(0, 20), root, policy)

let best = { floor: Infinity, checker: Infinity }
let findings = 0
for (let round = 0; round < ROUNDS; round++) {
  const floor = await measure(async () => {
    for (const name of names)
      parseDocument(await readFile(path.join(root, name), 'utf8'), {
        version: '1.1',
        merge: true
      })
  })
  const checker = await measure(async () => {
    findings = (await checkComposeFiles(names, root, policy)).findings.length
  })
  best = {
    floor: Math.min(best.floor, floor.ms),
    checker: Math.min(best.checker, checker.ms)
  }
}
await rm(root, { recursive: true, force: true })

const perSecond = (ms: number) => ((FILES * 1000) / ms).toFixed(0)
report('compose files', String(FILES))
report('findings per run', String(findings))
report('yaml parse only (floor), files/s', perSecond(best.floor))
report('compose checker, files/s', perSecond(best.checker))
report(
  'ratio checker/floor (goal <= 2.0)',
  (best.checker / best.floor).toFixed(2)
)
