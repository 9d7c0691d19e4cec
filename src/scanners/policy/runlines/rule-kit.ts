import type { Severity } from '../../../findings/index.js'
import type { ComposeHit } from '../compose/rule-kit.js'
import type { PolicyRule, PolicyRuleMeta } from '../rule.js'
import type { Word } from './extract.js'
import type { ParsedCommand } from './parse.js'

/** A rule over one `docker run` / `docker service create` command. */
export interface RunLineRule extends PolicyRule<ParsedCommand> {
  check(command: ParsedCommand): readonly ComposeHit[]
}

/** What a run-line rule states about itself (`R1` becomes `CSG-R1`). */
export interface RunLineRuleSpec {
  readonly concern: string
  readonly title: string
  readonly severity: Severity
  readonly help: string
  readonly peers: readonly string[]
  readonly precision?: PolicyRuleMeta['precision']
}

/** Metadata of a run-line rule. */
export function runLineMeta(spec: RunLineRuleSpec): PolicyRuleMeta {
  return {
    id: `CSG-${spec.concern}`,
    concern: spec.concern,
    title: spec.title,
    help: spec.help,
    defaultSeverity: spec.severity,
    precision: spec.precision ?? 'high',
    tags: ['security', 'docker-run'],
    peers: spec.peers
  }
}

/** A hit on `word`; the key names the command by its image, not its line. */
export function hitOn(
  word: Word,
  command: ParsedCommand,
  message: string,
  detail: string,
  severity?: Severity
): ComposeHit {
  return {
    path: word.place.path,
    region: word.place.region,
    message,
    key: `${command.command.kind}/${command.image?.text ?? '?'}/${detail}`,
    ...(severity ? { severity } : {})
  }
}

/**
 * How a command is named in messages: `docker run nginx:1`. Only the
 * engine and an image reference are quoted from the file, never other
 * words, so no value written on the line can reach a report.
 */
export function describe(command: ParsedCommand): string {
  const engine = engineName(command.command.docker.text)
  const verb = command.command.kind === 'run' ? 'run' : 'service create'
  const image = command.image ? imageLabel(command.image.text) : undefined

  return image ? `${engine} ${verb} ${image}` : `${engine} ${verb}`
}

// Longest image reference quoted; real ones stay well under it.
const MAX_IMAGE = 120

// `registry:5000/team/app:1.2@sha256:...`, `$IMAGE`, `${REGISTRY}/app`,
// `${{ env.IMAGE }}`: image references and the variables that stand for
// them. An `=` or a space never appears in one.
const IMAGE_REFERENCE =
  /^(?:[\w.:/@-]|\$\{\{ *[\w.-]+ *\}\}|\$\{?\w+\}?|\$\(\w+\))+$/

/** The image word as a message may show it, or undefined when it is not one. */
export function imageLabel(text: string): string | undefined {
  if (text.length > MAX_IMAGE || !IMAGE_REFERENCE.test(text)) return undefined

  return text
}

// `docker`, `podman`, `nerdctl`, or a variable standing for one.
function engineName(text: string): string {
  const name = text.slice(text.lastIndexOf('/') + 1)

  return /^[\w$(){}.-]{1,40}$/.test(name) ? name : 'docker'
}

/**
 * A rule for a flag that must be present: it fires at the `docker` word
 * when none of `names` is given, unless variables hide the options.
 */
export function requiredFlagRule(
  meta: PolicyRuleMeta,
  satisfied: (command: ParsedCommand) => boolean,
  missing: string,
  appliesTo: readonly ('run' | 'service')[] = ['run', 'service']
): RunLineRule {
  return {
    meta,
    check: (command) => {
      if (command.opaque || !appliesTo.includes(command.command.kind)) return []
      if (satisfied(command)) return []

      return [
        hitOn(
          command.command.docker,
          command,
          `${describe(command)} runs without ${missing}.`,
          meta.concern
        )
      ]
    }
  }
}

// Longest path or name quoted from a command line in a message.
const MAX_QUOTED = 80

/**
 * A word of the file as a message may quote it: its first line only, at
 * most 80 characters, control characters removed.
 */
export function shown(text: string): string {
  const line = (text.split(/[\r\n]/)[0] ?? '').replace(/\p{Cc}/gu, '')
  const cut = line.length > MAX_QUOTED || line.length < text.length

  return cut ? `${line.slice(0, MAX_QUOTED)}...` : line
}
