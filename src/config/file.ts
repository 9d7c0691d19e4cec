import { readFile } from 'node:fs/promises'

import { parse } from 'yaml'

import { UserError, errorText } from '../errors.js'
import { INPUTS } from './inputs.js'

/** The config file's values, as text or lists, plus its policy section. */
export interface ConfigFileValues {
  readonly inputs: ReadonlyMap<string, string | readonly string[]>
  readonly policy: Readonly<Record<string, unknown>>
  readonly file: string
}

const FILE_KEYS = INPUTS.filter((i) => !i.notInConfigFile).map((i) => i.name)

/**
 * Reads the YAML config file. Every key must be an input name or `policy`;
 * an unknown key is an error, so a typo never silently does nothing.
 */
export async function readConfigFile(file: string): Promise<ConfigFileValues> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UserError(
      `Cannot read the config file ${file}: ${errorText(error)}`,
      'config-file',
      { cause: error }
    )
  }

  let data: unknown
  try {
    data = parse(text, { maxAliasCount: 100 })
  } catch (error) {
    throw new UserError(
      `The config file ${file} is not valid YAML: ${errorText(error)}`,
      'config-file',
      { cause: error }
    )
  }

  return toValues(file, data ?? {})
}

function toValues(file: string, data: unknown): ConfigFileValues {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(
      `The config file ${file} must be a YAML mapping of settings (such as severity-threshold: high).`,
      'config-file'
    )
  }

  const inputs = new Map<string, string | readonly string[]>()
  let policy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (key === 'policy') {
      policy = policySection(file, value)
      continue
    }

    if (!FILE_KEYS.includes(key)) {
      throw new UserError(
        `Unknown key "${key}" in the config file ${file}: expected policy or one of ${FILE_KEYS.join(', ')}.`,
        'config-file'
      )
    }

    inputs.set(key, toText(file, key, value))
  }

  return { inputs, policy, file }
}

function policySection(file: string, value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {}
  if (typeof value === 'object' && !Array.isArray(value)) {
    return value as Record<string, unknown>
  }

  throw new UserError(
    `"policy" in the config file ${file} must be a mapping (level, rules, trusted-registries, allowed-base-images, required-labels).`,
    'config-file'
  )
}

function toText(file: string, key: string, value: unknown): string | string[] {
  if (Array.isArray(value)) {
    return value.map((item) => scalarText(file, key, item))
  }

  return scalarText(file, key, value)
}

function scalarText(file: string, key: string, value: unknown): string {
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return String(value)
  }

  throw new UserError(
    `Invalid "${key}" in the config file ${file}: expected a string, number, boolean or a list of them.`,
    'config-file'
  )
}
