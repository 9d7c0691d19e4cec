import {
  DEFAULT_SCORES,
  fingerprintOf,
  type Finding
} from '../../findings/index.js'
import { strings, text } from './fields.js'
import type { TrivyMisconfiguration } from './report-types.js'
import type { ResultScope } from './scope.js'
import { severityOf } from './severity.js'

/**
 * True for a failed check. Passes and exceptions appear only with
 * `--include-non-failures`; old reports listed failures without a status.
 */
export function isFailure(check: TrivyMisconfiguration): boolean {
  const status = text(check.Status)

  return status === undefined || status === 'FAIL'
}

/** One failed configuration check as a Finding, at the lines Trivy names. */
export function misconfigurationFinding(
  check: TrivyMisconfiguration,
  scope: ResultScope,
  configType: string | undefined
): Finding {
  const id = text(check.ID) ?? text(check.AVDID) ?? 'unknown-check'
  const avdId = text(check.AVDID)
  const severity = severityOf(check.Severity)
  const title = text(check.Title) ?? id
  const message = text(check.Message) ?? title
  const cause = check.CauseMetadata ?? {}
  const links = [
    ...new Set([text(check.PrimaryURL), ...strings(check.References)])
  ].filter((link): link is string => link !== undefined)
  const description = text(check.Description) ?? title
  const resolution = text(check.Resolution)

  const help = [
    `${id}: ${title}`,
    description,
    resolution ? `How to fix: ${resolution}` : '',
    links.join('\n')
  ]
  const markdown = [
    `**${id}**: ${title}`,
    description,
    resolution ? `**How to fix:** ${resolution}` : '',
    links.map((link) => `- <${link}>`).join('\n')
  ]

  return {
    rule: {
      id,
      title,
      help: help.filter(Boolean).join('\n\n'),
      helpMarkdown: markdown.filter(Boolean).join('\n\n'),
      helpUri: links[0],
      defaultSeverity: severity,
      precision: 'high',
      tags: ['security', 'misconfiguration', configType].filter(
        (tag): tag is string => tag !== undefined
      ),
      ...(avdId && avdId !== id && { peers: [avdId] })
    },
    source: 'trivy',
    kind: 'misconfiguration',
    severity,
    score: DEFAULT_SCORES[severity],
    message,
    location: scope.locate(cause.StartLine, cause.EndLine),
    target: scope.target,
    fingerprint: fingerprintOf(
      id,
      scope.fingerprintTarget,
      text(cause.Resource),
      message
    )
  }
}
