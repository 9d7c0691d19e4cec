import { pathToFileURL } from 'node:url'
import type { Finding } from '../../findings/index.js'
import type { ScanOutcome } from '../../scanners/outcome.js'
import type { Report } from '../report.js'
import { MAX_RUNS, type RunGroup } from './groups.js'
import { toResult } from './result.js'
import { toRules } from './rules.js'
import type {
  SarifNotification,
  SarifRun,
  SarifToolComponent
} from './types.js'

/** What the limits took out of one run. */
export interface RunCuts {
  /** Results past GitHub's per-run limit. */
  readonly byCount: number
  /** Results left out to keep the gzipped file under GitHub's size limit. */
  readonly bySize: number
}

/** Pages about the tools we run, for their tool components. */
const TOOL_URIS: Readonly<Record<string, string>> = {
  trivy: 'https://trivy.dev/',
  cosign: 'https://github.com/sigstore/cosign'
}

/** Everything one run is built from. */
export interface RunInput {
  readonly group: RunGroup
  /** The findings that stay, sorted most severe first. */
  readonly findings: readonly Finding[]
  readonly cuts: RunCuts
  /** Notes that belong to the whole log, given to the first run only. */
  readonly logNotes: readonly string[]
  /** True when a baseline was compared: every result gets a baselineState. */
  readonly withBaseline: boolean
}

/** One run: the gate as driver, the tool behind it as an extension. */
export function toRun(input: RunInput, report: Report): SarifRun {
  const { group, findings } = input
  const { rules, index } = toRules(findings)
  const results = findings.map((f) =>
    toResult(f, index.get(f.rule.id) ?? 0, report.root, input.withBaseline)
  )
  const extensions = extensionsOf(group.outcomes)

  return {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: report.tool.informationUri,
        rules
      },
      ...(extensions.length ? { extensions } : {})
    },
    automationDetails: { id: `${report.tool.name}/${group.key}/` },
    originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(report.root) } },
    invocations: [
      {
        executionSuccessful: group.outcomes.every((o) => o.status !== 'failed'),
        toolExecutionNotifications: notificationsOf(input),
        startTimeUtc: report.startedAt.toISOString(),
        endTimeUtc: report.finishedAt.toISOString()
      }
    ],
    results,
    columnKind: 'utf16CodeUnits'
  }
}

function extensionsOf(outcomes: readonly ScanOutcome[]): SarifToolComponent[] {
  const byName = new Map<string, SarifToolComponent>()
  for (const outcome of outcomes) {
    const uri = TOOL_URIS[outcome.tool]
    if (!uri || byName.has(outcome.tool)) continue
    byName.set(outcome.tool, {
      name: outcome.tool,
      ...(outcome.toolVersion ? { version: outcome.toolVersion } : {}),
      informationUri: uri
    })
  }

  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
}

function notificationsOf(input: RunInput): SarifNotification[] {
  const { group, cuts } = input
  const out: SarifNotification[] = []
  const note = (level: SarifNotification['level'], text: string): void => {
    out.push({ level, message: { text } })
  }

  for (const outcome of group.outcomes) {
    const on = `${outcome.scanner} on ${outcome.target.name}`
    if (outcome.status === 'failed') {
      const line = outcome.error.details.stderrLine
      const quoted = line && outcome.error.message.includes(line.slice(0, 60))
      const said = line && !quoted ? ` ${outcome.tool} said: ${line}` : ''
      note('error', `${on} could not run: ${outcome.error.message}.${said}`)
    } else if (outcome.status === 'skipped') {
      note('note', `${on} was skipped: ${outcome.reason}`)
    } else {
      for (const text of outcome.notes ?? []) note('note', `${on}: ${text}`)
    }
  }
  if (group.mergedFrom.length > 0) {
    note(
      'warning',
      `GitHub accepts at most ${MAX_RUNS} runs in one log, so ${group.mergedFrom.length} target groups share this run: ${group.mergedFrom.join(', ')}.`
    )
  }
  if (cuts.byCount > 0) {
    note(
      'warning',
      `${cuts.byCount} least severe result(s) were left out: GitHub accepts at most 25000 results in one run.`
    )
  }
  if (cuts.bySize > 0) {
    note(
      'warning',
      `${cuts.bySize} least severe result(s) were left out to keep the gzipped log under GitHub's 10 MB limit.`
    )
  }
  for (const text of input.logNotes) note('warning', text)

  return out
}

// The repository root as an absolute file URI ending in a slash, as
// originalUriBaseIds requires for a base.
function rootUri(root: string): string {
  const href = pathToFileURL(root).href

  return href.endsWith('/') ? href : `${href}/`
}
