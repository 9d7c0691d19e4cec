import { baseName, stripPrefixes } from '../dockerfile/shell.js'

/** Where the parts of an engine command sit in its argv. */
export interface EngineCall {
  /** Index of the engine word (`docker`, `podman`, `$(DOCKER)`). */
  readonly engine: number
  readonly kind: 'run' | 'service'
  /** Index of the first word after the subcommand. */
  readonly args: number
}

// Engines that take `docker run`'s flags.
const ENGINES = new Set(['docker', 'podman', 'nerdctl'])

// `$(DOCKER)`, `${PODMAN}`, `$CONTAINER_ENGINE`: a variable that names one.
const ENGINE_VARIABLE =
  /^\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/
const ENGINE_NAME =
  /docker|podman|nerdctl|^(?:(?:oci|container)_)?(?:engine|runtime|cli)$/i

// Global options of the engines that take a value (`docker -H x run`).
const GLOBAL_VALUE_OPTIONS = new Set([
  '-H',
  '--host',
  '-c',
  '--context',
  '--config',
  '-l',
  '--log-level',
  '--connection',
  '--url',
  '--identity',
  '--root',
  '--runroot',
  '-n',
  '--namespace',
  '-a',
  '--address'
])

/** True for a word naming a container engine that takes docker's flags. */
export function isEngine(word: string): boolean {
  if (ENGINES.has(baseName(word))) return true
  const match = ENGINE_VARIABLE.exec(word)
  const name = match?.[1] ?? match?.[2] ?? match?.[3]

  return !!name && ENGINE_NAME.test(name) && !/compose/i.test(name)
}

// Known limitation: only `sudo`, `env`, `command`, `exec`, `nohup` and
// `time` are looked through, so `timeout 60 docker run`, `xargs docker run`
// and `ssh host docker run` are not read; `docker create` is not checked.
/**
 * Reads `argv` (words unquoted) as `[sudo] docker [global options] run`,
 * `container run` or `service create`; undefined for anything else.
 */
export function engineCall(argv: readonly string[]): EngineCall | undefined {
  const engine = argv.length - stripPrefixes(argv).length
  if (!isEngine(argv[engine] ?? '')) return undefined

  let at = engine + 1
  while ((argv[at] ?? '').startsWith('-')) {
    const option = argv[at] ?? ''
    at += GLOBAL_VALUE_OPTIONS.has(option) ? 2 : 1
  }
  const first = argv[at]
  const second = argv[at + 1]
  if (first === 'run') return { engine, kind: 'run', args: at + 1 }
  if (first === 'container' && second === 'run')
    return { engine, kind: 'run', args: at + 2 }
  if (first === 'service' && second === 'create')
    return { engine, kind: 'service', args: at + 2 }

  return undefined
}
