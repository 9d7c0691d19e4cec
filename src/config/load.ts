import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import { UserError } from '../errors.js'
import { SCANNER_NAMES, type ScannerName } from '../scanners/outcome.js'
import type { Config, CosignConfig } from './config.js'
import { type ConfigFileValues, readConfigFile } from './file.js'
import { checkConfig } from './checks.js'
import { Values } from './layers.js'
import { sourceRootOf } from './source-root.js'
import { parseImages } from './images.js'
import { ENV, INPUTS, inputSpec } from './inputs.js'
import { parsePolicy } from './policy.js'
import {
  parseChoice,
  parseDuration,
  parseInteger,
  parseSeverityInput,
  parseUrl
} from './values.js'

const LEVELS = ['default', 'strict'] as const

/** Input values as a face read them: text, or a list for repeated flags. */
export type RawInputs = ReadonlyMap<string, string | readonly string[]>

/** What the loader needs besides the inputs. */
export interface LoadOptions {
  /** Folder relative paths of outputs and reports are resolved from. */
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
}

/**
 * Turns inputs (Action inputs or CLI flags) and the optional config file
 * into one validated Config. Precedence: an input given explicitly, then
 * the config file, then the default. Throws a `UserError` naming the input.
 */
export async function loadConfig(
  raw: RawInputs,
  options: LoadOptions
): Promise<Config> {
  checkNames(raw)
  const root = repositoryRoot(text(raw, 'path') ?? '.', options.cwd)
  const file = await configFile(raw, root)
  const values = new Values(raw, file)
  // A path given as an input is relative to the working folder; one written
  // in the config file is relative to the repository it lives in.
  const resolve = (name: string, p: string): string =>
    path.resolve(values.fromFile(name) ? root : options.cwd, p)

  const scanners = values.list('scanners').map((s) => scannerName(s))
  const exceptions = values.text('exceptions-file')

  const config: Config = {
    path: root,
    sourceRoot: sourceRootOf(root),
    images: parseImages(values.list('images'), root),
    dockerfiles: values.list('dockerfiles'),
    composeFiles: values.list('compose-files'),
    scanners: [...new Set(scanners)],
    severityThreshold: parseSeverityInput(
      'severity-threshold',
      values.required('severity-threshold')
    ),
    minSeverity: parseSeverityInput(
      'min-severity',
      values.required('min-severity')
    ),
    ignoreUnfixed: values.bool('ignore-unfixed'),
    trivy: {
      skipDirs: values.list('trivy-skip-dirs'),
      configFile: existing(root, values.text('trivy-config'), 'trivy-config'),
      timeoutSeconds: parseDuration(
        'trivy-timeout',
        values.required('trivy-timeout')
      ),
      reports: values
        .list('trivy-reports')
        .map((r) => existingFile(resolve('trivy-reports', r), 'trivy-reports')),
      server: optionalUrl('trivy-server', values.text('trivy-server')),
      dbRepository: values.text('trivy-db-repository'),
      cacheDir: mapOptional(values.text('trivy-cache-dir'), (d) =>
        resolve('trivy-cache-dir', d)
      ),
      skipDockerfileChecks: !values.bool('trivy-dockerfile-checks')
    },
    policy: parsePolicy(
      file?.policy ?? {},
      values.given('policy-level')
        ? parseChoice('policy-level', values.required('policy-level'), LEVELS)
        : undefined,
      file?.file ?? 'the config file'
    ),
    cosign: cosignConfig(values, root),
    tools: {
      trivyVersion: version('trivy-version', values.required('trivy-version')),
      cosignVersion: version(
        'cosign-version',
        values.required('cosign-version')
      ),
      downloadBaseUrl: parseUrl(
        'download-base-url',
        values.required('download-base-url')
      ),
      cacheDir: mapOptional(values.text('tool-cache-dir'), (d) =>
        resolve('tool-cache-dir', d)
      )
    },
    sarifFile: resolve('sarif-file', values.required('sarif-file')),
    failOnScannerError: values.bool('fail-on-scanner-error'),
    exceptionsFile: exceptions,
    baseline: mapOptional(values.text('baseline-sarif'), (b) =>
      existingFile(resolve('baseline-sarif', b), 'baseline-sarif')
    ),
    failOn: parseChoice('fail-on', values.required('fail-on'), ['all', 'new']),
    registryAuth: registryAuth(raw, options.env),
    resolveDigests: values.bool('resolve-digests'),
    concurrency: parseInteger(
      'concurrency',
      values.required('concurrency'),
      1,
      32
    )
  }
  await checkConfig(config)

  return config
}

function checkNames(raw: RawInputs): void {
  for (const name of raw.keys()) {
    if (!INPUTS.some((i) => i.name === name)) {
      throw new UserError(
        `Unknown input "${name}": expected one of ${INPUTS.map((i) => i.name).join(', ')}.`,
        name
      )
    }
  }
}

function text(raw: RawInputs, name: string): string | undefined {
  const value = raw.get(name)

  return typeof value === 'string' ? value.trim() || undefined : value?.[0]
}

function repositoryRoot(input: string, cwd: string): string {
  const root = path.resolve(cwd, input)
  if (existsSync(root) && statSync(root).isDirectory()) return root

  throw new UserError(
    `Invalid path "${input}": expected an existing folder (resolved to ${root}).`,
    'path'
  )
}

async function configFile(
  raw: RawInputs,
  root: string
): Promise<ConfigFileValues | undefined> {
  const given = text(raw, 'config-file')
  const file = path.resolve(root, given ?? inputSpec('config-file').default!)
  if (existsSync(file)) return readConfigFile(file)
  if (given === undefined) return undefined

  throw new UserError(
    `Invalid config-file "${given}": no such file under path (resolved to ${file}).`,
    'config-file'
  )
}

function scannerName(name: string): ScannerName {
  return parseChoice('scanners', name, SCANNER_NAMES)
}

function existing(
  root: string,
  file: string | undefined,
  name: string
): string | undefined {
  return file === undefined
    ? undefined
    : existingFile(path.resolve(root, file), name)
}

function existingFile(file: string, name: string): string {
  if (existsSync(file) && statSync(file).isFile()) return file

  throw new UserError(`Invalid ${name}: the file ${file} does not exist.`, name)
}

function optionalUrl(name: string, value: string | undefined) {
  return value === undefined ? undefined : parseUrl(name, value)
}

function mapOptional<T>(
  value: string | undefined,
  map: (v: string) => T
): T | undefined {
  return value === undefined ? undefined : map(value)
}

function version(name: string, value: string): string {
  const bare = value.replace(/^v/, '')
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(bare)) return bare

  throw new UserError(
    `Invalid ${name} "${value}": expected a release version such as 1.2.3.`,
    name
  )
}

function cosignConfig(values: Values, root: string): CosignConfig {
  const key = values.text('cosign-key')
  const keyIsFile = key !== undefined && !/^[a-z0-9]+:\/\//.test(key)

  return {
    key: keyIsFile ? existingFile(path.resolve(root, key), 'cosign-key') : key,
    certificateIdentity: values.text('cosign-certificate-identity'),
    certificateIdentityRegexp: values.text(
      'cosign-certificate-identity-regexp'
    ),
    certificateOidcIssuer: values.text('cosign-certificate-oidc-issuer'),
    certificateOidcIssuerRegexp: values.text(
      'cosign-certificate-oidc-issuer-regexp'
    ),
    attestationTypes: values.list('cosign-attestation-types'),
    verifyBaseImages: values.bool('cosign-verify-base-images'),
    rekorUrl: optionalUrl('cosign-rekor-url', values.text('cosign-rekor-url')),
    timeoutSeconds: parseDuration(
      'cosign-timeout',
      values.required('cosign-timeout')
    )
  }
}

function registryAuth(
  raw: RawInputs,
  env: NodeJS.ProcessEnv
): Config['registryAuth'] {
  const username = text(raw, 'registry-username') ?? env[ENV.registryUsername]
  const password = text(raw, 'registry-password') ?? env[ENV.registryPassword]
  if (!username && !password) return undefined
  if (username && password) return { username, password }

  throw new UserError(
    `Registry credentials need both a user name and a password: set registry-username and registry-password (or ${ENV.registryUsername} and ${ENV.registryPassword}).`,
    username ? 'registry-password' : 'registry-username'
  )
}
