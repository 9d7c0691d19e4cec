import type { PolicyConfig } from '../../../config/config.js'
import type { Finding } from '../../../findings/index.js'
import type { FileCheckError, FileCheckResult } from '../engine.js'
import { toPolicyFinding } from '../finding.js'
import { isRuleEnabled } from '../settings.js'
import {
  type SeccompReference,
  checkSeccompProfiles,
  isProfileValue
} from '../seccomp/index.js'
import { groupProjects } from './discover.js'
import type { YamlLoader } from './extends.js'
import { InlineSuppressions } from './inline.js'
import { type LoadedYaml, loadYaml } from './load.js'
import type { ComposeProject } from './model.js'
import { buildProject } from './project.js'
import { COMPOSE_RULES } from './rules/index.js'
import {
  UNKNOWN_SUPPRESSION,
  unknownSuppressionFinding
} from './unknown-suppression.js'
import { securityOpts } from './security-opt.js'

const METAS = COMPOSE_RULES.map((rule) => rule.meta)

/**
 * Checks Compose files: groups them into projects, merges each project's
 * files, runs every enabled rule, applies inline suppressions and checks
 * the seccomp profiles the services name.
 */
export async function checkComposeFiles(
  files: readonly string[],
  root: string,
  policy: PolicyConfig
): Promise<FileCheckResult> {
  const cache = new Map<string, Promise<LoadedYaml>>()
  const load: YamlLoader = (file) => {
    let loaded = cache.get(file)
    if (!loaded) {
      loaded = loadYaml(root, file)
      cache.set(file, loaded)
    }

    return loaded
  }
  const findings: Finding[] = []
  const errors: FileCheckError[] = []
  const seccomp: SeccompReference[] = []

  for (const group of groupProjects(files)) {
    const built = await buildProject(group, load)
    for (const error of built.errors)
      errors.push({
        path: error.path,
        message: `Compose file ${error.path}: ${error.message}`
      })
    if (!built.project) continue
    findings.push(
      ...runRules(
        built.project,
        policy,
        await suppressionsOf(built.project, load)
      )
    )
    seccomp.push(...seccompRefs(built.project))
  }

  const profiles = await checkSeccompProfiles(seccomp, policy, load)

  return {
    findings: [...findings, ...profiles.findings],
    errors: [...errors, ...profiles.errors]
  }
}

function runRules(
  project: ComposeProject,
  policy: PolicyConfig,
  inline: ReadonlyMap<string, InlineSuppressions>
): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const rule of COMPOSE_RULES) {
    if (!isRuleEnabled(rule.meta, policy)) continue
    for (const hit of rule.check(project, {
      path: project.files[0] ?? '',
      policy
    })) {
      const id = `${rule.meta.id}|${hit.path}|${hit.region.startLine}|${hit.key}`
      if (seen.has(id)) continue
      seen.add(id)
      const suppression = inline
        .get(hit.path)
        ?.suppressionFor(rule.meta.id, hit.region.startLine)
      findings.push(
        toPolicyFinding(rule.meta, hit, hit.path, policy, suppression)
      )
    }
  }
  if (isRuleEnabled(UNKNOWN_SUPPRESSION, policy))
    for (const [file, comments] of inline)
      for (const unknown of comments.unknownIds())
        findings.push(unknownSuppressionFinding(file, unknown, policy))

  return findings
}

async function suppressionsOf(
  project: ComposeProject,
  load: YamlLoader
): Promise<Map<string, InlineSuppressions>> {
  const byFile = new Map<string, InlineSuppressions>()
  for (const file of project.files) {
    const loaded = await load(file)
    if (loaded.ok)
      byFile.set(
        file,
        new InlineSuppressions(loaded.text, file, [
          ...METAS,
          UNKNOWN_SUPPRESSION
        ])
      )
  }

  return byFile
}

function seccompRefs(project: ComposeProject): SeccompReference[] {
  return project.services.flatMap((service) =>
    securityOpts(service)
      .filter((opt) => opt.name === 'seccomp' && isProfileValue(opt.value))
      .map((opt) => ({ written: opt.value, from: opt.node.place }))
  )
}
