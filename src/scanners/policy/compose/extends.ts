import path from 'node:path'

import type { LoadedYaml } from './load.js'
import type { YMap } from './model.js'
import { mergeMaps } from './merge.js'
import { normalizeService } from './normalize.js'
import { entryAt, textOf } from './query.js'

/** Loads a repository-relative file once; shared across a project. */
export type YamlLoader = (file: string) => Promise<LoadedYaml>

/** A file-level problem found while resolving `extends`. */
export interface ExtendsError {
  readonly path: string
  readonly message: string
}

/** Services of one file by name, normalized. */
export function servicesOf(root: YMap): Map<string, YMap> {
  const services = new Map<string, YMap>()
  const node = entryAt(root, 'services')?.value
  if (node?.kind !== 'map') return services
  for (const [name, entry] of node.entries)
    if (entry.value.kind === 'map')
      services.set(name, normalizeService(entry.value))

  return services
}

/**
 * Resolves `extends` (same file or another file) for every service, the
 * base service's keys merged under the service's own. A missing base, a
 * file outside the repository or a cycle is reported and the service is
 * checked as written.
 */
export async function resolveExtends(
  services: Map<string, YMap>,
  load: YamlLoader,
  errors: ExtendsError[]
): Promise<Map<string, YMap>> {
  const resolved = new Map<string, YMap>()
  for (const [name, node] of services)
    resolved.set(name, await resolveOne(name, node, services, load, errors, []))

  return resolved
}

async function resolveOne(
  name: string,
  node: YMap,
  siblings: Map<string, YMap>,
  load: YamlLoader,
  errors: ExtendsError[],
  stack: readonly string[]
): Promise<YMap> {
  const extend = node.entries.get('extends')
  if (!extend) return node
  const own: YMap = { ...node, entries: new Map(node.entries) }
  ;(own.entries as Map<string, unknown>).delete('extends')

  const where = extend.keyPlace.path
  const baseName =
    textOf(extend.value) ??
    textOf(entryAt(extend.value as YMap, 'service')?.value)
  const fileText =
    extend.value.kind === 'map'
      ? textOf(entryAt(extend.value, 'file')?.value)
      : undefined
  const fail = (message: string): YMap => {
    errors.push({ path: where, message: `service "${name}": ${message}` })
    return own
  }
  if (!baseName) return fail('extends names no service')

  let pool = siblings
  let baseFile = where
  if (fileText !== undefined) {
    baseFile = path.posix.normalize(
      path.posix.join(path.posix.dirname(where), fileText.replaceAll('\\', '/'))
    )
    if (baseFile.startsWith('../') || path.posix.isAbsolute(baseFile))
      return fail(`extends file "${fileText}" is outside the repository`)
    const loaded = await load(baseFile)
    if (!loaded.ok) return fail(`extends file "${fileText}": ${loaded.message}`)
    pool = servicesOf(loaded.root)
  }

  const id = `${baseFile}#${baseName}`
  if (stack.includes(id)) return fail(`extends cycle through "${baseName}"`)
  const base = pool.get(baseName)
  if (!base)
    return fail(`extends service "${baseName}" is not defined in ${baseFile}`)

  const resolvedBase = await resolveOne(baseName, base, pool, load, errors, [
    ...stack,
    id
  ])

  return mergeMaps(resolvedBase, own, ['services', name])
}
