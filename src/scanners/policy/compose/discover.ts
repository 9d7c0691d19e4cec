import path from 'node:path'

import picomatch from 'picomatch'

// The names `docker compose` looks for, and the usual variants of them
// (`docker-compose.prod.yml`, `compose.ci.yaml`).
const COMPOSE_NAME = picomatch('{compose,docker-compose}{,.*,-*}.{yml,yaml}', {
  nocase: true
})

/** True for files named like Compose files (`compose.yaml`, `docker-compose.prod.yml`). */
export function isComposeFile(file: string): boolean {
  return COMPOSE_NAME(path.posix.basename(file.replaceAll('\\', '/')))
}

const BASE = /^(compose|docker-compose)\.(ya?ml)$/i
const OVERRIDE = /^(compose|docker-compose)\.override\.(ya?ml)$/i

/**
 * Groups files into the projects `docker compose` would load without `-f`:
 * in one folder, `compose.yaml` with `compose.override.yaml` (and the
 * `docker-compose` names likewise). Every other file is a project alone.
 */
export function groupProjects(files: readonly string[]): string[][] {
  const projects: string[][] = []
  const overrides = new Map<string, string>()
  for (const file of files) {
    const match = OVERRIDE.exec(path.posix.basename(file))
    if (match) overrides.set(projectKey(file, match[1] ?? ''), file)
  }

  const used = new Set<string>()
  for (const file of files) {
    if (OVERRIDE.test(path.posix.basename(file))) continue
    const match = BASE.exec(path.posix.basename(file))
    const override = match && overrides.get(projectKey(file, match[1] ?? ''))
    if (override && !used.has(override)) {
      used.add(override)
      projects.push([file, override])
    } else projects.push([file])
  }
  for (const override of overrides.values())
    if (!used.has(override)) projects.push([override])

  return projects
}

function projectKey(file: string, stem: string): string {
  return `${path.posix.dirname(file)}\0${stem.toLowerCase()}`
}
