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

/** How a command is named in messages: `docker run nginx:1`. */
export function describe(command: ParsedCommand): string {
  const verb =
    command.command.kind === 'run' ? 'docker run' : 'docker service create'

  return command.image ? `${verb} ${command.image.text}` : verb
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
