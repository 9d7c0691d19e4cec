import path from 'node:path'

import type { Config } from '../../src/config/config.js'

/**
 * A complete, valid Config for tests, as the loader would build it with
 * every default, rooted at `root`; any part can be overridden.
 */
export function baseConfig(root: string, over: Partial<Config> = {}): Config {
  return {
    path: root,
    images: [],
    dockerfiles: [],
    composeFiles: [],
    scanners: ['trivy-fs', 'trivy-image', 'cosign', 'policy'],
    severityThreshold: 'HIGH',
    minSeverity: 'UNKNOWN',
    ignoreUnfixed: false,
    trivy: {
      skipDirs: [],
      timeoutSeconds: 300,
      reports: [],
      skipDockerfileChecks: true
    },
    policy: {
      rules: {},
      trustedRegistries: [],
      allowedBaseImages: [],
      requiredLabels: [],
      level: 'default'
    },
    cosign: {
      attestationTypes: [],
      verifyBaseImages: false,
      timeoutSeconds: 60
    },
    tools: {
      trivyVersion: '0.58.1',
      cosignVersion: '2.4.1',
      downloadBaseUrl: 'https://github.com'
    },
    sarifFile: path.join(root, 'results.sarif'),
    failOnScannerError: true,
    failOn: 'all',
    resolveDigests: false,
    concurrency: 2,
    ...over
  }
}
