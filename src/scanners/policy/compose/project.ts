import type { ExtendsError, YamlLoader } from './extends.js'
import { resolveExtends, servicesOf } from './extends.js'
import { mergeMaps } from './merge.js'
import type { ComposeProject, ComposeService, Place, YMap } from './model.js'
import { entryAt } from './query.js'

/** A project, or the per-file errors that stopped it. */
export interface ProjectResult {
  readonly project?: ComposeProject
  readonly errors: readonly ExtendsError[]
}

/**
 * Loads the files of one project, merges them in order (later files
 * override earlier ones) and resolves `extends`. A file that cannot be
 * loaded is reported and left out; the rest are still checked.
 */
export async function buildProject(
  files: readonly string[],
  load: YamlLoader
): Promise<ProjectResult> {
  const errors: ExtendsError[] = []
  const loaded: { file: string; root: YMap }[] = []
  for (const file of files) {
    const result = await load(file)
    if (result.ok) loaded.push({ file, root: result.root })
    else errors.push({ path: file, message: result.message })
  }
  const [first, ...rest] = loaded
  if (!first) return { errors }

  let root = normalizeServices(first.root)
  for (const next of rest)
    root = mergeMaps(root, normalizeServices(next.root), [])

  const resolved = await resolveExtends(servicesOf(root), load, errors)
  const services: ComposeService[] = []
  const names = entryAt(root, 'services')?.value
  for (const [name, node] of resolved) {
    const namePlace: Place =
      names?.kind === 'map'
        ? (names.entries.get(name)?.keyPlace ?? node.place)
        : node.place
    services.push({ name, namePlace, node })
  }

  return {
    project: { files: loaded.map((l) => l.file), root, services },
    errors
  }
}

// List-form environments become mappings before merging, so a list in one
// file and a mapping in the next merge key by key.
function normalizeServices(root: YMap): YMap {
  const services = entryAt(root, 'services')
  if (services?.value.kind !== 'map') return root
  const normalized = servicesOf(root)
  const entries = new Map(services.value.entries)
  for (const [name, node] of normalized) {
    const entry = entries.get(name)
    if (entry) entries.set(name, { ...entry, value: node })
  }
  const top = new Map(root.entries)
  top.set('services', {
    ...services,
    value: { ...services.value, entries }
  })

  return { ...root, entries: top }
}
