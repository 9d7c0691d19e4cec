import { UserError } from '../errors.js'
import { parseSeverity } from '../findings/index.js'
import type { PolicyConfig, RuleSetting } from './config.js'

const POLICY_KEYS = [
  'level',
  'rules',
  'trusted-registries',
  'allowed-base-images',
  'required-labels'
]

const RULE_ID = /^CSG-[A-Z0-9-]+$/

/**
 * Reads the config file's `policy` section. `level` from the inputs wins
 * over the file's when both are given.
 */
export function parsePolicy(
  section: Readonly<Record<string, unknown>>,
  level: 'default' | 'strict' | undefined,
  file: string
): PolicyConfig {
  for (const key of Object.keys(section)) {
    if (!POLICY_KEYS.includes(key)) {
      throw new UserError(
        `Unknown key "policy.${key}" in ${file}: expected one of ${POLICY_KEYS.join(', ')}.`,
        'config-file'
      )
    }
  }

  const fileLevel = policyLevel(section.level, file)
  if (level && section.level !== undefined && level !== fileLevel) {
    throw new UserError(
      `policy-level is ${level} but policy.level in ${file} is ${fileLevel}: set the level in one place.`,
      'policy-level'
    )
  }

  return {
    level: level ?? fileLevel,
    rules: ruleSettings(section.rules, file),
    trustedRegistries: stringList(section, 'trusted-registries', file),
    allowedBaseImages: stringList(section, 'allowed-base-images', file),
    requiredLabels: stringList(section, 'required-labels', file)
  }
}

function policyLevel(value: unknown, file: string): 'default' | 'strict' {
  if (value === undefined || value === null) return 'default'
  if (value === 'default' || value === 'strict') return value

  throw new UserError(
    `Invalid "policy.level" in ${file}: expected default or strict.`,
    'config-file'
  )
}

function ruleSettings(
  value: unknown,
  file: string
): Record<string, RuleSetting> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(
      `Invalid "policy.rules" in ${file}: expected a mapping of rule ids (CSG-D1: off, CSG-C11: { severity: low }).`,
      'config-file'
    )
  }

  const settings: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value)) {
    if (!RULE_ID.test(id)) {
      throw new UserError(
        `Invalid rule id "${id}" under policy.rules in ${file}: expected an id such as CSG-D1 (see docs/rules).`,
        'config-file'
      )
    }

    settings[id] = ruleSetting(id, setting, file)
  }

  return settings
}

function ruleSetting(id: string, value: unknown, file: string): RuleSetting {
  if (value === false || value === 'off') return { enabled: false }
  if (value === true || value === 'on') return { enabled: true }
  if (typeof value === 'string' && parseSeverity(value)) {
    return { enabled: true, severity: parseSeverity(value) }
  }

  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entry = value as Record<string, unknown>
    const severity =
      typeof entry.severity === 'string'
        ? parseSeverity(entry.severity)
        : undefined
    const enabled = entry.enabled
    const keysOk = Object.keys(entry).every((k) =>
      ['severity', 'enabled'].includes(k)
    )
    const severityOk = entry.severity === undefined || severity !== undefined
    const enabledOk = enabled === undefined || typeof enabled === 'boolean'
    if (keysOk && severityOk && enabledOk) {
      return { enabled: enabled as boolean | undefined, severity }
    }
  }

  throw new UserError(
    `Invalid setting for ${id} under policy.rules in ${file}: expected off, on, a severity (critical, high, medium, low, unknown) or { severity: ..., enabled: true|false }.`,
    'config-file'
  )
}

function stringList(
  section: Readonly<Record<string, unknown>>,
  key: string,
  file: string
): string[] {
  const value = section[key]
  if (value === undefined || value === null) return []
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value as string[]
  }

  throw new UserError(
    `Invalid "policy.${key}" in ${file}: expected a list of strings.`,
    'config-file'
  )
}
