import type { PolicyConfig } from '../../../config/config.js'
import type { Finding } from '../../../findings/index.js'
import type { YamlLoader } from '../compose/extends.js'
import { InlineSuppressions } from '../compose/inline.js'
import { type LoadedYaml, loadYaml, readText } from '../compose/load.js'
import {
  UNKNOWN_SUPPRESSION,
  unknownSuppressionFinding
} from '../compose/unknown-suppression.js'
import type { FileCheckResult } from '../engine.js'
import { toPolicyFinding } from '../finding.js'
import type { PolicyRuleMeta } from '../rule.js'
import {
  type SeccompReference,
  checkSeccompProfiles,
  isProfileValue
} from '../seccomp/index.js'
import { isRuleEnabled } from '../settings.js'
import { extractCommands } from './extract.js'
import { type ParsedCommand, optionsNamed, parseCommand } from './parse.js'
import { RUN_LINE_RULES } from './rules/index.js'

const METAS: readonly PolicyRuleMeta[] = [
  ...RUN_LINE_RULES.map((r) => r.meta),
  UNKNOWN_SUPPRESSION
]

/**
 * Checks the `docker run` and `docker service create` lines of scripts
 * and CI files, and the seccomp profiles they name.
 */
export async function checkScripts(
  files: readonly string[],
  root: string,
  policy: PolicyConfig
): Promise<FileCheckResult> {
  const findings: Finding[] = []
  const errors: FileCheckResult['errors'] = []
  const seccomp: SeccompReference[] = []
  for (const file of files) {
    const read = await readText(root, file)
    if ('message' in read) {
      errors.push({ path: file, message: `Script ${file}: ${read.message}` })
      continue
    }
    const inline = new InlineSuppressions(read.text, file, METAS)
    const commands = extractCommands(read.text, file).map(parseCommand)
    for (const command of commands) {
      findings.push(...commandFindings(command, policy, inline))
      seccomp.push(...seccompRefs(command))
    }
    if (isRuleEnabled(UNKNOWN_SUPPRESSION, policy))
      for (const unknown of inline.unknownIds())
        findings.push(unknownSuppressionFinding(file, unknown, policy))
  }

  const cache = new Map<string, Promise<LoadedYaml>>()
  const load: YamlLoader = (file) => {
    const loaded = cache.get(file) ?? loadYaml(root, file)
    cache.set(file, loaded)

    return loaded
  }
  const profiles = await checkSeccompProfiles(seccomp, policy, load)

  return {
    findings: [...findings, ...profiles.findings],
    errors: [...errors, ...profiles.errors]
  }
}

function commandFindings(
  command: ParsedCommand,
  policy: PolicyConfig,
  inline: InlineSuppressions
): Finding[] {
  const first = command.command.docker.place.region.startLine
  const findings: Finding[] = []
  for (const rule of RUN_LINE_RULES) {
    if (!isRuleEnabled(rule.meta, policy)) continue
    for (const hit of rule.check(command)) {
      // A comment can only sit above the command's first line.
      const suppression =
        inline.suppressionFor(rule.meta.id, hit.region.startLine) ??
        inline.suppressionFor(rule.meta.id, first)
      findings.push(
        toPolicyFinding(rule.meta, hit, hit.path, policy, suppression)
      )
    }
  }

  return findings
}

function seccompRefs(command: ParsedCommand): SeccompReference[] {
  return optionsNamed(command, 'security-opt').flatMap((option) => {
    const match = /^seccomp[:=](.*)$/i.exec(option.value ?? '')
    const value = match?.[1] ?? ''
    // A path on more than one line, or longer than any file name, names
    // no profile; it would only carry file text into an error message.
    if (!match || !isProfileValue(value)) return []
    if (value.length > 255 || /\p{Cc}/u.test(value)) return []

    return [{ written: value, from: option.word.place }]
  })
}
